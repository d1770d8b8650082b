import { z } from 'zod';
import { LiveEvidenceSchema, LivePermissionRequestSchema } from '../analyzer/model/live';
import { ScanReportSchema } from '../analyzer/model/scan-report';
import { PageSnapshotSchema } from '../analyzer/model/snapshot';
import { RulebookIdSchema } from '../analyzer/rulebooks/ids';
import { PolicyFetchFailureSchema, PolicyViewSchema } from './policy-view';

// The one messaging protocol between the extension's parts. Every message is a
// discriminated union member; receivers parse with these schemas (zod) before
// acting. Names are contracts: add, never rename.
//
//   content script ──(ContentToBackground)──► background
//   popup / pages  ──(UiToBackground)───────► background
//   background     ──(BackgroundToContent)──► content script
//   main-world observer ──window.postMessage(PageObserverMessage)──► content script
//
// The content script imports only the *types* from here (`import type`), so
// zod is never bundled into it; the background parses what it receives.

/** Content script → background. Only these may come from a content script (allow-list). */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page.analysed'),
    snapshot: PageSnapshotSchema,
    live: LiveEvidenceSchema,
    /** Main-thread time the content script spent extracting, for benchmarks. */
    extractMs: z.number().min(0).max(60_000),
  }),
  /** The cheap check found no personal-data form: clear any result for the tab. */
  z.object({ type: z.literal('page.notForm'), url: z.string().max(2000) }),
  /**
   * The bootstrap found a personal-data form page that is analysed (or the user asked): inject
   * the analysis half (content-analysis.js) into the sending frame. Changes no state.
   */
  z.object({ type: z.literal('page.formFound'), url: z.string().max(2000) }),
  /**
   * A personal-data form on an analysed page was submitted. Carries, per field
   * of the submitted group, only whether it had a value — never the value —
   * and the consent controls' state at that moment. The background maps
   * selectors to categories with its own classification and writes the ledger.
   */
  z.object({
    type: z.literal('page.submitted'),
    url: z.string().max(2000),
    /** Index of the submitted group in the latest snapshot's `groups`. */
    group: z.number().int().nonnegative().max(1000),
    filled: z.array(z.object({ selector: z.string().max(300), hadValue: z.boolean() })).max(400),
    consentStates: z
      .array(z.object({ selector: z.string().max(300), checked: z.boolean() }))
      .max(150),
    /** Opt-in only (settings.storeHints): masked hints such as "j***@gmail.com", never values. */
    hints: z
      .array(z.object({ selector: z.string().max(300), hint: z.string().max(80) }))
      .max(10)
      .optional(),
    at: z.string().max(64),
  }),
  /** Permission calls reported by the page's main world (untrusted, labelled `page`). */
  z.object({
    type: z.literal('page.permissions'),
    url: z.string().max(2000),
    requests: z.array(LivePermissionRequestSchema).max(50),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

export const UiLangSchema = z.enum(['id', 'en']);

/** Popup and extension pages → background. Only accepted from extension pages. */
export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab.get'), tabId: z.number().int().nonnegative() }),
  /** Run the analysis now (pages analysed "only on click", or to refresh). */
  z.object({ type: z.literal('tab.analyse'), tabId: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('tab.highlight'),
    tabId: z.number().int().nonnegative(),
    on: z.boolean(),
  }),
  /** Fetch the page's privacy policy again now ("retry"); the URL is the tab's own policy link. */
  z.object({ type: z.literal('tab.policy'), tabId: z.number().int().nonnegative() }),
  /**
   * Check tracked privacy policies for changes now (the dashboard's "Check now"): the one
   * `url` (which must be tracked), or every tracked policy. Answered with PolicyRecheckResponse.
   */
  z.object({ type: z.literal('policy.recheck'), url: z.string().max(2048).optional() }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

/** One policy checked by `policy.recheck`; `reason`/`status` when the fetch failed. */
export const PolicyCheckOutcomeSchema = z.object({
  url: z.string().max(2048),
  outcome: z.enum(['first', 'changed', 'unchanged', 'failed', 'skipped']),
  reason: PolicyFetchFailureSchema.optional(),
  status: z.number().int().optional(),
  added: z.number().int().nonnegative().optional(),
  removed: z.number().int().nonnegative().optional(),
});
export type PolicyCheckOutcome = z.infer<typeof PolicyCheckOutcomeSchema>;

export const PolicyRecheckResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), results: z.array(PolicyCheckOutcomeSchema).max(100) }),
  z.object({ ok: z.literal(false), error: z.string().max(500) }),
]);
export type PolicyRecheckResponse = z.infer<typeof PolicyRecheckResponseSchema>;

export const TabStatusSchema = z.enum([
  /** Analysed: a personal-data form was found. */
  'analysed',
  /** The page has no personal-data form. */
  'not_form',
  /** The site is in the user's ignore list, or its page kind is not analysed automatically. */
  'skipped',
  /** Nothing heard from the page yet (not an http(s) page, or still loading). */
  'unknown',
]);
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** What the popup shows for a tab, computed in the user's language and rulebook. */
export const TabViewSchema = z.object({
  status: TabStatusSchema,
  url: z.string(),
  report: ScanReportSchema.nullable(),
  /** "Why this score" lines from analyzer/score explainScore. */
  explanation: z.array(z.string()),
  rulebook: RulebookIdSchema,
  lang: UiLangSchema,
  highlighted: z.boolean(),
  analysedAt: z.string().nullable(),
  /**
   * The last disclosure this tab's submit could not record (history/errors LedgerError code and
   * its message in `lang`). Absent when the last one was recorded, or none failed.
   */
  ledgerError: z
    .object({ code: z.string().max(40), message: z.string().max(500), at: z.string().max(64) })
    .optional(),
  /** The privacy policy the analysed page links to: fetch state and analysis (utils/policy-view.ts). */
  policy: PolicyViewSchema.optional(),
});
export type TabView = z.infer<typeof TabViewSchema>;

export const UiResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), view: TabViewSchema }),
  z.object({ ok: z.literal(false), error: z.string().max(500) }),
]);
export type UiResponse = z.infer<typeof UiResponseSchema>;

export const HighlightItemSchema = z.object({
  selector: z.string().max(300),
  severity: z.enum(['info', 'low', 'medium', 'high']),
  /** Short label drawn next to the outline (a finding title), as text. */
  label: z.string().max(120),
  ruleId: z.string().max(64),
});
export type HighlightItem = z.infer<typeof HighlightItemSchema>;

/** Background → content script. */
export const BackgroundToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content.analyse') }),
  /**
   * Has this page a personal-data form? A page without one sends nothing while it loads; the
   * content script answers `true` and sends page.notForm when it has none.
   */
  z.object({ type: z.literal('content.status') }),
  z.object({
    type: z.literal('content.highlight'),
    on: z.boolean(),
    items: z.array(HighlightItemSchema).max(200),
  }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

export {
  PAGE_OBSERVER_CHANNEL,
  type PageObserverMessage,
  PAGE_OBSERVER_REPLAY_EVENT,
} from './page-channel';

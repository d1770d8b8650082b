import { classifyPage } from '../../../analyzer';
import type { ClassifiedPage } from '../../../analyzer/model/classified';
import type { ScanReport } from '../../../analyzer/model/scan-report';
import type { PageSnapshot } from '../../../analyzer/model/snapshot';
import {
  buildDisclosure,
  LedgerError,
  MaskedHintSchema,
  type ConsentInput,
  type MaskedHint,
  type FieldAtSubmit,
  type SubmitObservation,
} from '../../../history';
import type { ContentToBackground } from '../../../utils/protocol';
import { getSettings } from '../../../utils/settings-store';
import { getTabRecord, isOtherPage, pageUrl, type TabRecord } from '../../../utils/tab-state';
import { backgroundLedger, clearLedgerError, dropLedgerOnError, setLedgerError } from '../ledger';
import { policyHashForDisclosure, trackAfterDisclosure } from '../policy/tracking';
import { withTab } from '../tab-queue';
import { analyseRecord, resolveUiLang } from '../view';

// page.submitted → one disclosure record. The message says, per selector of the
// submitted group, only whether it had a value and whether a choice control was
// ticked; categories, consent texts and purposes come from this background's own
// classification of the tab's latest snapshot, in the user's rulebook. Nothing
// is stored with keepHistory off, on ignored sites, or on a page that was not
// analysed (a kind the user did not enable, or click mode without "Analyse").

type Msg = Extract<ContentToBackground, { type: 'page.submitted' }>;

/** How long a tab's record stays usable for a submit after the page navigated away. */
const RECENT_MS = 30_000;
const recent = new Map<number, { record: TabRecord; until: number }>();

/** Keep a tab's record briefly when navigation clears it: the submit that caused it may be in flight. */
export function rememberClearedRecord(record: TabRecord | null): void {
  if (record === null || record.snapshot === null) return;
  const now = Date.now();
  for (const [tabId, entry] of recent) if (entry.until < now) recent.delete(tabId);
  recent.set(record.tabId, { record, until: now + RECENT_MS });
}

async function recordOfPage(tabId: number, url: string): Promise<TabRecord | null> {
  const current = await withTab(tabId, () => getTabRecord(tabId));
  if (current !== null && current.url !== '' && !isOtherPage(current, url)) return current;
  const kept = recent.get(tabId);
  if (kept === undefined || kept.until < Date.now() || kept.record.url !== pageUrl(url))
    return null;
  return kept.record;
}

export async function onPageSubmitted(tabId: number, msg: Msg): Promise<void> {
  const settings = await getSettings();
  if (!settings.keepHistory) return;
  const record = await recordOfPage(tabId, msg.url);
  if (record === null || record.snapshot === null) return;
  const analysis = analyseRecord(record, settings, resolveUiLang(settings));
  if (analysis.status !== 'analysed' || analysis.report === null) return;
  const observation = observe(record.snapshot, analysis.report, msg, new Date());
  if (observation === null) return;
  try {
    const ledger = await backgroundLedger();
    // Which version of the policy this disclosure is made under, when Tegas knows it.
    const policy = observation.policy;
    const textHash =
      policy === undefined ? undefined : await policyHashForDisclosure(ledger, policy.url);
    const draft = buildDisclosure(
      policy === undefined || textHash === undefined
        ? observation
        : { ...observation, policy: { ...policy, textHash } },
      { storeHints: settings.storeHints },
    );
    await ledger.append(draft);
    await clearLedgerError(tabId);
    if (policy !== undefined) void trackAfterDisclosure(ledger, policy.url);
  } catch (error) {
    const failure =
      error instanceof LedgerError
        ? error
        : new LedgerError('write_failed', error instanceof Error ? error.name : 'unknown');
    // The code and a one-line detail only: a LedgerError never carries user data.
    console.warn(`[tegas] disclosure not recorded: ${failure.code}`, failure.detail ?? '');
    dropLedgerOnError(failure);
    await setLedgerError(tabId, failure.code);
  }
}

/** The submit as the ledger wants it, or null when the group is not in the snapshot. */
export function observe(
  snapshot: PageSnapshot,
  report: ScanReport,
  msg: Msg,
  submittedAt: Date,
): SubmitObservation | null {
  const group = msg.group;
  if (!snapshot.groups.some((g) => g.index === group)) return null;
  const page = classifyPage(snapshot);
  const filled = new Map(msg.filled.map((f) => [f.selector, f.hadValue]));
  const ticked = new Map(msg.consentStates.map((c) => [c.selector, c.checked]));
  const hints = new Map<string, MaskedHint>();
  for (const h of msg.hints ?? []) {
    // A hint from the page is untrusted: only the masked shape passes.
    const parsed = MaskedHintSchema.safeParse(h.hint);
    if (parsed.success && !hints.has(h.selector)) hints.set(h.selector, parsed.data);
  }
  const fields = page.fields
    .filter((f) => f.group === group)
    .map((f): FieldAtSubmit => {
      const hadValue = filled.get(f.selector) === true;
      const contact = f.category === 'email' || f.category === 'phone';
      const hint = hadValue && contact ? hints.get(f.selector) : undefined;
      return { category: f.category, hadValue, ...(hint === undefined ? {} : { hint }) };
    });
  const consents = page.consents
    .filter((c) => c.group === group)
    .map((c): ConsentInput => ({
      text: c.text,
      control: c.control,
      prechecked: c.prechecked,
      required: c.required,
      purposes: c.purposes,
      bundled: c.bundled,
      checked: c.selector !== undefined && ticked.get(c.selector) === true,
    }));
  const policy = policyLinkOf(page, group);
  return {
    submittedAt,
    pageUrl: msg.url,
    pageKind: report.pageKind,
    fields,
    consents,
    ...(policy === undefined ? {} : { policy: { url: policy } }),
    score: report.score,
    findings: report.findings,
  };
}

const PRIVACY_RE = /priva|data pribadi|perlindungan data|pdp|data protection/i;

/** The privacy policy the form pointed to: a privacy link of the group first, then any on the page. */
function policyLinkOf(page: ClassifiedPage, group: number): string | undefined {
  const rank = (l: ClassifiedPage['policyLinks'][number]) =>
    (l.group === group ? 0 : 2) + (PRIVACY_RE.test(`${l.text} ${l.href}`) ? 0 : 1);
  const best = [...page.policyLinks].sort((a, b) => rank(a) - rank(b))[0];
  return best?.href;
}

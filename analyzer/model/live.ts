import { z } from 'zod';

// LiveEvidence: what only the running browser can see — layout (is the consent
// text visible?), permission API calls, scripts added after load. The extension
// gathers it and hands it to the rules next to the ClassifiedPage.
//
// Two sources, labelled on every item:
// - `extension`: measured by Tegas's own content script (isolated world).
// - `page`: reported by the main-world observer, i.e. by code the website can
//   tamper with. Untrusted: parsed here with bounds, and findings built from it
//   say so.

// Constants in live-limits.ts (no zod), shared with the content script.
import { LIVE_EVIDENCE_SCHEMA_VERSION, LIVE_LIMITS } from './live-limits';

export { LIVE_EVIDENCE_SCHEMA_VERSION, LIVE_LIMITS };

const selector = z.string().max(LIVE_LIMITS.selector);

export const HiddenReasonSchema = z.enum([
  'collapsed',
  'scrolled_out',
  'tiny_text',
  'low_contrast',
  'offscreen',
]);
export type HiddenReason = z.infer<typeof HiddenReasonSchema>;

export const HiddenConsentSchema = z.object({
  /** Selector of the consent control or statement, as in ClassifiedConsent.selector. */
  selector,
  reason: HiddenReasonSchema,
  /** Start of the hidden text, for the report. */
  text: z.string().max(LIVE_LIMITS.text).optional(),
  /** Computed font size, for tiny_text. */
  fontSizePx: z.number().min(0).max(1000).optional(),
  /** WCAG contrast ratio, for low_contrast. */
  contrastRatio: z.number().min(1).max(21).optional(),
  source: z.literal('extension'),
});
export type HiddenConsent = z.infer<typeof HiddenConsentSchema>;

export const LivePermissionRequestSchema = z.object({
  /** Permission name as the page asked: geolocation, notifications, camera, microphone, … */
  permission: z.string().min(1).max(LIVE_LIMITS.name),
  /** ISO 8601 time of the request. */
  at: z.string().max(LIVE_LIMITS.name),
  /** navigator.userActivation.isActive at the time of the call. */
  userGesture: z.boolean(),
  /** Whether visible text explained the request before it was made, when known. */
  explained: z.boolean().optional(),
  source: z.literal('page'),
});
export type LivePermissionRequest = z.infer<typeof LivePermissionRequestSchema>;

export const ScriptSeenSchema = z.object({
  src: z.string().max(LIVE_LIMITS.url),
  source: z.enum(['extension', 'page']),
});
export type ScriptSeen = z.infer<typeof ScriptSeenSchema>;

export const LiveEvidenceSchema = z.object({
  schemaVersion: z.literal(LIVE_EVIDENCE_SCHEMA_VERSION),
  hiddenConsents: z.array(HiddenConsentSchema).max(LIVE_LIMITS.hiddenConsents),
  permissionRequests: z.array(LivePermissionRequestSchema).max(LIVE_LIMITS.permissionRequests),
  scripts: z.array(ScriptSeenSchema).max(LIVE_LIMITS.scripts),
  /** True when a bound was hit and some evidence was dropped before sending. */
  truncated: z.boolean(),
});
export type LiveEvidence = z.infer<typeof LiveEvidenceSchema>;

/** Parse untrusted live evidence; null when it does not fit the schema. */
export function parseLiveEvidence(input: unknown): LiveEvidence | null {
  const parsed = LiveEvidenceSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

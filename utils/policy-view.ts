import { z } from 'zod';
import { PolicyReportSchema } from '../analyzer/model/policy-report';
import { POLICY_FETCH_FAILURES } from '../analyzer/policy/source-check';

// What the popup, report page and dashboard get about the privacy policy the
// analysed page links to (TabView.policy). Absent: the page has no policy link
// (or was not analysed). The report is the cached analysis, never the text.

export const PolicyFetchFailureSchema = z.enum(POLICY_FETCH_FAILURES);

export const PolicyViewSchema = z.object({
  url: z.string().max(2000),
  state: z.enum(['loading', 'ok', 'error']),
  reason: PolicyFetchFailureSchema.optional(),
  status: z.number().int().optional(),
  report: PolicyReportSchema.nullable(),
  fetchedAt: z.string().max(64).nullable(),
  /** Filled by change tracking: the policy changed since the user's last disclosure under it. */
  changed: z
    .object({
      since: z.string().max(64),
      added: z.number().int().nonnegative(),
      removed: z.number().int().nonnegative(),
    })
    .optional(),
});
export type PolicyView = z.infer<typeof PolicyViewSchema>;

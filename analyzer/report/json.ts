import type { ReportInput } from './input';
import { toDate } from './input';

// The report as JSON: the inputs as they are, plus when the page was
// analysed. Consumers that render it must escape page text themselves.

export const REPORT_JSON_SCHEMA_VERSION = 1;

export function reportJson(input: ReportInput): string {
  const analysed = toDate(input.analysedAt);
  return `${JSON.stringify(
    {
      schemaVersion: REPORT_JSON_SCHEMA_VERSION,
      kind: 'tegas-report',
      analysedAt: analysed === undefined ? String(input.analysedAt) : analysed.toISOString(),
      scan: input.scan,
      ...(input.policy === undefined ? {} : { policy: input.policy }),
      ...(input.ledger === undefined ? {} : { ledger: input.ledger }),
      ...(input.policyChange === undefined ? {} : { policyChange: input.policyChange }),
    },
    null,
    2,
  )}\n`;
}

import type { ClassifiedPage } from '../model/classified';
import type { LiveEvidence } from '../model/live';
import type { Evidence, Severity } from '../model/scan-report';
import type { CitationTag, Localized, RuleId } from '../rulebooks';

export interface RuleContext {
  readonly page: ClassifiedPage;
  /** Present only in the browser; rules with needsLive are skipped without it. */
  readonly live: LiveEvidence | undefined;
}

/** One problem a rule saw. The engine turns it into a Finding with texts and citations. */
export interface Hit {
  readonly evidence: readonly Evidence[];
  /** Overrides the rule's default severity for this hit (e.g. a milder case). */
  readonly severity?: Severity;
  /** Selects tagged citations (see rulebooks/types.ts). */
  readonly tags?: readonly CitationTag[];
  /** A short sentence appended to the explanation (which data, which reason). */
  readonly note?: Localized;
}

export interface Rule {
  readonly id: RuleId;
  /** Bumped when the rule's logic changes; append-only. */
  readonly version: number;
  /** Default severity; a hit may override it. */
  readonly severity: Severity;
  /** One line: why this severity. */
  readonly severityWhy: string;
  readonly needsLive: boolean;
  evaluate(ctx: RuleContext): readonly Hit[];
}

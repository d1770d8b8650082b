// Public API of the rules layer: evaluate a ClassifiedPage against a rulebook.
export { evaluate, MAX_EVIDENCE_PER_FINDING, type EvaluateOptions } from './engine';
export { RULES } from './registry';
export type { Hit, Rule, RuleContext } from './types';
export { hasPersonalData } from './lib/page';
export {
  DEFAULT_RULEBOOK,
  RULEBOOK_IDS,
  RULE_IDS,
  RulebookIdSchema,
  getRulebook,
  isRulebookId,
  type Locale,
  type RuleId,
  type RulebookId,
} from '../rulebooks';
export { LiveEvidenceSchema, parseLiveEvidence, type LiveEvidence } from '../model/live';

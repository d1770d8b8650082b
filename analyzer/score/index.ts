// Public API of the score layer. Formula in README.md.
export {
  GRADE_FLOORS,
  REPEAT_FACTOR,
  RULE_CAP_FACTOR,
  SEVERITY_POINTS,
  deductions,
  gradeFor,
  score,
  type RuleDeduction,
  type ScoreOptions,
} from './formula';
export { explainScore, type ExplainOptions } from './explain';

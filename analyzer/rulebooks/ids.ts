import { z } from 'zod';

// Stable public ids. Renaming one is a breaking change (STYLE.md "Public ids").

/** Rules built so far. policy.missing_elements and policy.changed come in a later issue. */
export const RULE_IDS = [
  'consent.prechecked',
  'consent.bundled',
  'consent.implied',
  'consent.forced',
  'consent.no_policy_link',
  'consent.language',
  'consent.readability',
  'consent.hidden',
  'data.specific',
  'data.excessive',
  'data.child',
  'data.insecure',
  'data.third_party_post',
  'permission.no_gesture',
  'permission.unrelated',
  'tracking.session_replay',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

export const RULEBOOK_IDS = ['uu-pdp-2022', 'ruu-pdp', 'pm-20-2016', 'gdpr'] as const;
export const RulebookIdSchema = z.enum(RULEBOOK_IDS);
export type RulebookId = z.infer<typeof RulebookIdSchema>;

/** The enacted Indonesian law is the yardstick unless the user picks another. */
export const DEFAULT_RULEBOOK: RulebookId = 'uu-pdp-2022';

export const LOCALES = ['id', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export function isRulebookId(value: string): value is RulebookId {
  return RulebookIdSchema.safeParse(value).success;
}

import { GDPR } from './gdpr';
import type { Locale, RuleId, RulebookId } from './ids';
import { PM_20_2016 } from './pm-20-2016';
import { RUU_PDP } from './ruu-pdp';
import { TEXTS_EN } from './texts-en';
import { TEXTS_ID } from './texts-id';
import type { Rulebook, RuleText } from './types';
import { UU_PDP_2022 } from './uu-pdp-2022';

export * from './ids';
export type { CitationEntry, CitationTag, Localized, Rulebook, RuleText, RuleTexts } from './types';
export { CITATION_TAGS } from './types';

const RULEBOOKS: Readonly<Record<RulebookId, Rulebook>> = {
  'uu-pdp-2022': UU_PDP_2022,
  'ruu-pdp': RUU_PDP,
  'pm-20-2016': PM_20_2016,
  gdpr: GDPR,
};

export function getRulebook(id: RulebookId): Rulebook {
  return RULEBOOKS[id];
}

export function getRuleText(id: RuleId, lang: Locale): RuleText {
  return lang === 'id' ? TEXTS_ID[id] : TEXTS_EN[id];
}

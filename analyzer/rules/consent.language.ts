import { consentEvidence } from './lib/evidence';
import { indonesiaSignals, isAimedAtIndonesia } from './lib/indonesia';
import { isClearlyNotIndonesian } from './lib/language';
import type { Rule } from './types';

export const consentLanguage: Rule = {
  id: 'consent.language',
  version: 1,
  severity: 'medium',
  severityWhy:
    'A shopper may not understand what they agree to; medium because the text may still be clear to many readers.',
  needsLive: false,
  evaluate({ page }) {
    if (page.consents.length === 0) return [];
    if (!isAimedAtIndonesia(indonesiaSignals(page))) return [];
    const foreign = page.consents.filter((c) => isClearlyNotIndonesian(c.text));
    if (foreign.length === 0) return [];
    return [{ evidence: foreign.map(consentEvidence) }];
  },
};

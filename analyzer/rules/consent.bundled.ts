import { consentEvidence } from './lib/evidence';
import { optionalPurposesOf } from './lib/page';
import type { Hit, Rule } from './types';

export const consentBundled: Rule = {
  id: 'consent.bundled',
  version: 1,
  severity: 'high',
  severityWhy:
    'Tying marketing, sharing or profiling to the terms leaves no separate choice; a bundle of terms and privacy only is medium.',
  needsLive: false,
  evaluate({ page }) {
    const hits: Hit[] = [];
    for (const c of page.consents) {
      if (!c.bundled) continue;
      // The classifier's flag decides; the purposes only set how bad it is.
      const mixesOptional =
        optionalPurposesOf(c).length > 0 &&
        c.purposes.some((p) => p === 'terms' || p === 'privacy');
      hits.push({
        evidence: [consentEvidence(c)],
        ...(mixesOptional || optionalPurposesOf(c).length >= 2
          ? {}
          : { severity: 'medium' as const }),
      });
    }
    return hits;
  },
};

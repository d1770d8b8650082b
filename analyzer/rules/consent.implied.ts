import type { Purpose } from '../model/scan-report';
import { consentEvidence } from './lib/evidence';
import { DATA_USE_PURPOSES, isAffirmativeControl, OPTIONAL_PURPOSES } from './lib/page';
import type { Hit, Rule } from './types';

export const consentImplied: Rule = {
  id: 'consent.implied',
  version: 1,
  severity: 'high',
  severityWhy:
    'Consent to marketing, sharing or profiling read into a click is high; to the privacy policy alone it is medium, since data the order needs may rest on another basis.',
  needsLive: false,
  evaluate({ page }) {
    // Purposes the shopper can agree to with their own tick somewhere on the page.
    const covered = new Set<Purpose>(
      page.consents.filter(isAffirmativeControl).flatMap((c) => c.purposes),
    );
    const hits: Hit[] = [];
    for (const c of page.consents) {
      if (c.control !== 'implied_text') continue;
      const uncovered = c.purposes.filter((p) => DATA_USE_PURPOSES.includes(p) && !covered.has(p));
      if (uncovered.length === 0) continue;
      const optional = uncovered.some((p) => OPTIONAL_PURPOSES.includes(p));
      hits.push({
        evidence: [consentEvidence(c)],
        ...(optional ? {} : { severity: 'medium' as const }),
      });
    }
    return hits;
  },
};

import { consentEvidence } from './lib/evidence';
import { isControl, optionalPurposesOf } from './lib/page';
import type { Hit, Rule } from './types';

export const consentForced: Rule = {
  id: 'consent.forced',
  version: 1,
  severity: 'high',
  severityWhy:
    'The shopper cannot buy or sign up without agreeing to marketing, sharing or profiling: no free choice.',
  needsLive: false,
  evaluate({ page }) {
    const hits: Hit[] = [];
    for (const c of page.consents) {
      // A required opt-out box is odd wording, not coercion; a required radio
      // group still offers "No". Only a box that must be ticked forces agreement.
      if (!isControl(c) || c.control === 'radio' || !c.required || c.optOut) continue;
      if (optionalPurposesOf(c).length === 0) continue;
      hits.push({ evidence: [consentEvidence(c)] });
    }
    return hits;
  },
};

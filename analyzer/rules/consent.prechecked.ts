import type { ClassifiedConsent } from '../model/classified';
import { consentEvidence } from './lib/evidence';
import { isControl, optionalPurposesOf } from './lib/page';
import type { Hit, Rule } from './types';

// Opt-out boxes: a checkbox or toggle worded as refusal ("I do NOT want
// offers") left unticked means the shopper is opted in by default — the same
// problem as a pre-ticked opt-in, so it fires too. Ticked by default, it means
// opted out by default: fine. Radios are different: an unselected "No" radio
// says nothing about the default, so only a preselected "Yes" radio counts.
function isOnByDefault(consent: ClassifiedConsent): boolean {
  if (consent.control === 'radio') return consent.prechecked && !consent.optOut;
  return consent.optOut ? !consent.prechecked : consent.prechecked;
}

export const consentPrechecked: Rule = {
  id: 'consent.prechecked',
  version: 1,
  severity: 'high',
  severityWhy:
    'A pre-ticked box for marketing, sharing or profiling is the textbook case of consent the shopper never gave (Planet49).',
  needsLive: false,
  evaluate({ page }) {
    const hits: Hit[] = [];
    for (const c of page.consents) {
      if (!isControl(c) || optionalPurposesOf(c).length === 0) continue;
      if (!isOnByDefault(c)) continue;
      hits.push({
        evidence: [consentEvidence(c)],
        ...(c.optOut && c.control !== 'radio'
          ? {
              note: {
                id: 'Kotak ini untuk menolak, dan dibiarkan kosong: tanpa tindakan, Anda dianggap setuju.',
                en: 'This box is for refusing and is left unticked: without any action you count as agreeing.',
              },
            }
          : {}),
      });
    }
    return hits;
  },
};

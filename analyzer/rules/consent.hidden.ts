import type { HiddenReason } from '../model/live';
import type { Localized } from '../rulebooks';
import { evidence } from './lib/evidence';
import type { Hit, Rule } from './types';

const REASON_TEXT: Readonly<Record<HiddenReason, Localized>> = {
  collapsed: { id: 'dilipat', en: 'collapsed' },
  scrolled_out: { id: 'di luar area gulir', en: 'scrolled out of view' },
  tiny_text: { id: 'hurufnya sangat kecil', en: 'tiny text' },
  low_contrast: { id: 'kontrasnya rendah', en: 'low contrast' },
  offscreen: { id: 'di luar layar', en: 'off screen' },
};

export const consentHidden: Rule = {
  id: 'consent.hidden',
  version: 1,
  severity: 'medium',
  severityWhy:
    'Consent the shopper cannot see is not informed; medium because the text exists and can be revealed.',
  needsLive: true,
  evaluate({ page, live }) {
    if (!live) return [];
    // The content script measures every choice control and statement candidate;
    // only those classified as consent requests count here.
    const consentSelectors = new Set(page.consents.map((c) => c.selector));
    const hits: Hit[] = [];
    for (const h of live.hiddenConsents) {
      if (!consentSelectors.has(h.selector)) continue;
      hits.push({
        evidence: [evidence(h.selector, h.text)],
        note: {
          id: `Cara disembunyikan: ${REASON_TEXT[h.reason].id}.`,
          en: `How it is hidden: ${REASON_TEXT[h.reason].en}.`,
        },
      });
    }
    return hits;
  },
};

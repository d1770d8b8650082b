import type { GroupEvidence } from '../model/snapshot';
import { PAYMENT_PROVIDER_DOMAINS } from './data/trackers';
import { evidence } from './lib/evidence';
import { hostMatches, isSameSite, isWebScheme, parseUrl } from './lib/url';
import type { Hit, Rule } from './types';

export const dataThirdPartyPost: Rule = {
  id: 'data.third_party_post',
  version: 1,
  severity: 'medium',
  severityWhy:
    'Another organisation receives the data, possibly unannounced; low when the recipient is a known payment provider.',
  needsLive: false,
  evaluate({ page }) {
    const pageUrl = parseUrl(page.url);
    // A saved file or an unknown origin gives nothing to compare against.
    if (!pageUrl || !isWebScheme(pageUrl.scheme)) return [];
    const personalGroups = new Set(
      page.fields.filter((f) => f.sensitivity !== 'none').map((f) => f.group),
    );
    const hits: Hit[] = [];
    for (const g of page.snapshot.groups) {
      const target = thirdPartyHost(g, pageUrl.host);
      if (target === null || !personalGroups.has(g.index)) continue;
      const payment = PAYMENT_PROVIDER_DOMAINS.some((d) => hostMatches(target, d));
      hits.push({
        evidence: [evidence(g.selector, `action=${g.action ?? ''}`)],
        ...(payment
          ? {
              severity: 'low' as const,
              note: {
                id: 'Penerimanya tampaknya penyedia pembayaran.',
                en: 'The recipient looks like a payment provider.',
              },
            }
          : {}),
      });
    }
    return hits;
  },
};

function thirdPartyHost(group: GroupEvidence, pageHost: string): string | null {
  if (group.action === undefined) return null;
  const action = parseUrl(group.action);
  if (!action || !isWebScheme(action.scheme) || action.host === '') return null;
  return isSameSite(action.host, pageHost) ? null : action.host;
}

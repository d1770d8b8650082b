import type { Evidence } from '../model/scan-report';
import { evidence } from './lib/evidence';
import { hasPersonalData } from './lib/page';
import { isLocalHost, parseUrl } from './lib/url';
import type { Rule } from './types';

function isPlainHttp(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.scheme === 'http' && !isLocalHost(parsed.host);
}

export const dataInsecure: Rule = {
  id: 'data.insecure',
  version: 1,
  severity: 'high',
  severityWhy:
    'Anyone on the network path can read or alter what the shopper types, cards and passwords included.',
  needsLive: false,
  evaluate({ page }) {
    if (!hasPersonalData(page)) return [];
    const found: Evidence[] = [];
    if (isPlainHttp(page.url)) found.push(evidence(undefined, page.url));
    for (const g of page.snapshot.groups) {
      if (g.action !== undefined && isPlainHttp(g.action)) {
        found.push(evidence(g.selector, `action=${g.action}`));
      }
    }
    return found.length > 0 ? [{ evidence: found }] : [];
  },
};

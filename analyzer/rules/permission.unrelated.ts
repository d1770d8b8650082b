import type { PageKind } from '../model/scan-report';
import { PERMISSIONS } from './data/permissions';
import { evidence } from './lib/evidence';
import { normalizePermission, PAGE_REPORTED_NOTE } from './lib/live';
import type { Hit, Rule } from './types';

const JOB_PAGES: readonly PageKind[] = ['checkout', 'signup'];
const UNRELATED: readonly string[] = PERMISSIONS.unrelated;

export const permissionUnrelated: Rule = {
  id: 'permission.unrelated',
  version: 1,
  severity: 'medium',
  severityWhy:
    'Camera or microphone access has no link to buying; location is low, since some shops use it to pin a delivery address.',
  needsLive: true,
  evaluate({ page, live }) {
    if (!live || !JOB_PAGES.includes(page.pageKind)) return [];
    const hits: Hit[] = [];
    for (const r of live.permissionRequests) {
      const name = normalizePermission(r.permission);
      if (!UNRELATED.includes(name)) continue;
      hits.push({
        evidence: [evidence(undefined, `${name} @ ${r.at}`)],
        note: PAGE_REPORTED_NOTE,
        ...(name === 'geolocation' ? { severity: 'low' as const } : {}),
      });
    }
    return hits;
  },
};

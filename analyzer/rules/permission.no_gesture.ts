import { PERMISSIONS } from './data/permissions';
import { evidence } from './lib/evidence';
import { normalizePermission, PAGE_REPORTED_NOTE } from './lib/live';
import type { Rule } from './types';

const WATCHED: readonly string[] = PERMISSIONS.gestureNeeded;

export const permissionNoGesture: Rule = {
  id: 'permission.no_gesture',
  version: 1,
  severity: 'medium',
  severityWhy:
    'A prompt the shopper did not trigger or understand is not a real choice; medium because the browser still lets them refuse.',
  needsLive: true,
  evaluate({ live }) {
    if (!live) return [];
    const found = live.permissionRequests.filter(
      (r) =>
        WATCHED.includes(normalizePermission(r.permission)) &&
        (!r.userGesture || r.explained === false),
    );
    if (found.length === 0) return [];
    return [
      {
        evidence: found.map((r) =>
          evidence(
            undefined,
            `${normalizePermission(r.permission)} @ ${r.at}; userGesture=${String(r.userGesture)}` +
              (r.explained === false ? '; explained=false' : ''),
          ),
        ),
        note: PAGE_REPORTED_NOTE,
      },
    ];
  },
};

import { hiddenConsentEvidence } from '../../analyzer/extract/layout';
import type { LiveEvidence, LivePermissionRequest, ScriptSeen } from '../../analyzer/model/live';
import type { PageSnapshot } from '../../analyzer/model/snapshot';

// LiveEvidence for one scan, within analyzer/model/live.ts's bounds (restated:
// importing LIVE_LIMITS would pull zod into this bundle).
const MAX_SCRIPTS = 150;
const MAX_URL = 2000;
const MAX_PERMISSIONS = 50;

export function collectLive(
  snapshot: PageSnapshot,
  doc: Document,
  permissions: LivePermissionRequest[],
): LiveEvidence {
  const hidden = hiddenConsentEvidence([...snapshot.controls, ...snapshot.statements], doc);
  const scripts = scriptsSeen(doc);
  return {
    schemaVersion: 1,
    hiddenConsents: hidden.hidden,
    permissionRequests: permissions.slice(0, MAX_PERMISSIONS),
    scripts: scripts.scripts,
    truncated: hidden.truncated || scripts.truncated || permissions.length > MAX_PERMISSIONS,
  };
}

/** External scripts on the page now, including those a tag manager added after load. */
export function scriptsSeen(doc: Document): { scripts: ScriptSeen[]; truncated: boolean } {
  const scripts: ScriptSeen[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const script of Array.from(doc.scripts)) {
    const src = script.src;
    if (!src || seen.has(src)) continue;
    if (scripts.length >= MAX_SCRIPTS || src.length > MAX_URL) {
      truncated = true;
      continue;
    }
    seen.add(src);
    scripts.push({ src, source: 'extension' });
  }
  return { scripts, truncated };
}

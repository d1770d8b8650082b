import { hiddenConsentEvidence } from '../../analyzer/extract/layout';
import type { LiveEvidence, LivePermissionRequest, ScriptSeen } from '../../analyzer/model/live';
import type { PageSnapshot } from '../../analyzer/model/snapshot';
import { LIVE_EVIDENCE_SCHEMA_VERSION, LIVE_LIMITS } from '../../analyzer/model/live-limits';

// LiveEvidence for one scan, within analyzer/model/live-limits.ts's bounds.
const MAX_SCRIPTS = LIVE_LIMITS.scripts;
const MAX_URL = LIVE_LIMITS.url;
const MAX_PERMISSIONS = LIVE_LIMITS.permissionRequests;

export function collectLive(
  snapshot: PageSnapshot,
  doc: Document,
  permissions: LivePermissionRequest[],
  /** The snapshot's elements by selector, from extractPage (saves querying them again). */
  elements?: ReadonlyMap<string, Element>,
): LiveEvidence {
  const hidden = hiddenConsentEvidence(
    [...snapshot.controls, ...snapshot.statements],
    doc,
    elements,
  );
  const scripts = scriptsSeen(doc);
  return {
    schemaVersion: LIVE_EVIDENCE_SCHEMA_VERSION,
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

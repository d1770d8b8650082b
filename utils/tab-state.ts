import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  LIVE_LIMITS,
  LiveEvidenceSchema,
  LivePermissionRequestSchema,
  type LiveEvidence,
  type LivePermissionRequest,
} from '../analyzer/model/live';
import { PageSnapshotSchema, type PageSnapshot } from '../analyzer/model/snapshot';

// Per-tab state of the background: the latest snapshot and live evidence of the
// page in each tab, plus the page-reported permission requests seen there.
//
// MV3 service workers are stopped when idle, so records are written through to
// `storage.session` (in memory, cleared with the browser session, not readable
// by content scripts) and read back after a restart; without it (old Firefox) a
// Map in memory is all there is. Records hold evidence only, never typed values:
// snapshots carry none by construction.

export const TAB_STATE_VERSION = 1;
const KEY_PREFIX = 'tegas:tab:';

export const TabRecordSchema = z.object({
  version: z.literal(TAB_STATE_VERSION),
  tabId: z.number().int().nonnegative(),
  /** Page URL without its fragment; '' until the page reports it. */
  url: z.string().max(2000),
  /** 'not_form' after page.notForm or when only permission requests were heard. */
  kind: z.enum(['form', 'not_form']),
  snapshot: PageSnapshotSchema.nullable(),
  live: LiveEvidenceSchema.nullable(),
  /** Page-reported permission requests, merged (deduplicated by permission + at), first ones kept. */
  permissions: z.array(LivePermissionRequestSchema).max(LIVE_LIMITS.permissionRequests),
  permissionsTruncated: z.boolean(),
  /** The user asked for this page's analysis ("Analyse" in the popup): page-kind settings do not apply. */
  forced: z.boolean(),
  highlighted: z.boolean(),
  analysedAt: z.string().max(64).nullable(),
});
export type TabRecord = z.infer<typeof TabRecordSchema>;

export function emptyRecord(tabId: number, url: string): TabRecord {
  return {
    version: TAB_STATE_VERSION,
    tabId,
    url: pageUrl(url),
    kind: 'not_form',
    snapshot: null,
    live: null,
    permissions: [],
    permissionsTruncated: false,
    forced: false,
    highlighted: false,
    analysedAt: null,
  };
}

/** The URL that identifies a page: without the fragment (in-page anchors are the same page). */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** True when `url` is another page than the record's (an unknown record URL matches anything). */
export function isOtherPage(record: TabRecord, url: string): boolean {
  return record.url !== '' && record.url !== pageUrl(url);
}

/** Merge page-reported requests: dedupe by permission + time, keep the first ones up to the bound. */
export function mergePermissions(
  current: readonly LivePermissionRequest[],
  incoming: readonly LivePermissionRequest[],
): { permissions: LivePermissionRequest[]; truncated: boolean } {
  const seen = new Set(current.map(permissionKey));
  const out = [...current];
  let truncated = false;
  for (const r of incoming) {
    const key = permissionKey(r);
    if (seen.has(key)) continue;
    if (out.length >= LIVE_LIMITS.permissionRequests) {
      truncated = true;
      break;
    }
    seen.add(key);
    out.push(r);
  }
  return { permissions: out, truncated };
}

function permissionKey(r: LivePermissionRequest): string {
  return `${r.permission}\u0000${r.at}`;
}

/** The live evidence the rules get: the content script's, with the merged page-reported requests. */
export function effectiveLive(record: TabRecord): LiveEvidence {
  const base: LiveEvidence = record.live ?? {
    schemaVersion: 1,
    hiddenConsents: [],
    permissionRequests: [],
    scripts: [],
    truncated: false,
  };
  const merged = mergePermissions(base.permissionRequests, record.permissions);
  return {
    ...base,
    permissionRequests: merged.permissions,
    truncated: base.truncated || merged.truncated || record.permissionsTruncated,
  };
}

/** The snapshot to analyse; a page without a form gets an empty one so its permission requests still count. */
export function snapshotOf(record: TabRecord): PageSnapshot {
  return (
    record.snapshot ?? {
      schemaVersion: 1,
      url: record.url,
      title: '',
      headings: [],
      textSample: '',
      groups: [],
      fields: [],
      controls: [],
      statements: [],
      policyLinks: [],
      scripts: [],
      truncated: false,
    }
  );
}

// --- storage -----------------------------------------------------------------

const memory = new Map<number, TabRecord>();

function sessionArea(): Browser.storage.StorageArea | undefined {
  // Chrome MV3 and Firefox 115+ have storage.session; anything older keeps memory only.
  return browser.storage?.session;
}

/** The record of a tab, from memory or, after a service-worker restart, from session storage. */
export async function getTabRecord(tabId: number): Promise<TabRecord | null> {
  const cached = memory.get(tabId);
  if (cached !== undefined) return cached;
  const area = sessionArea();
  if (area === undefined) return null;
  const key = KEY_PREFIX + String(tabId);
  try {
    const stored: Record<string, unknown> = await area.get(key);
    const parsed = TabRecordSchema.safeParse(stored[key]);
    if (!parsed.success || parsed.data.tabId !== tabId) return null;
    memory.set(tabId, parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

/** Store a tab's record in memory and session storage (a failed write, e.g. quota, keeps memory). */
export async function putTabRecord(record: TabRecord): Promise<void> {
  memory.set(record.tabId, record);
  const area = sessionArea();
  if (area === undefined) return;
  try {
    await area.set({ [KEY_PREFIX + String(record.tabId)]: record });
  } catch {
    // Over the session quota: the record lives in memory until the worker stops.
  }
}

export async function clearTabRecord(tabId: number): Promise<void> {
  memory.delete(tabId);
  const area = sessionArea();
  if (area === undefined) return;
  try {
    await area.remove(KEY_PREFIX + String(tabId));
  } catch {
    // Nothing to clear.
  }
}

/** Every stored record (for refreshing badges after a settings change). */
export async function allTabRecords(): Promise<TabRecord[]> {
  const area = sessionArea();
  if (area !== undefined) {
    try {
      const stored: Record<string, unknown> = await area.get(null);
      for (const [key, value] of Object.entries(stored)) {
        if (!key.startsWith(KEY_PREFIX)) continue;
        const parsed = TabRecordSchema.safeParse(value);
        if (parsed.success && !memory.has(parsed.data.tabId)) {
          memory.set(parsed.data.tabId, parsed.data);
        }
      }
    } catch {
      // Memory is all there is.
    }
  }
  return [...memory.values()];
}

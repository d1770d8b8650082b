import type { LivePermissionRequest } from '../../analyzer/model/live';
import type { BackgroundToContent, HighlightItem, PageObserverMessage } from '../../utils/protocol';
import { PAGE_OBSERVER_CHANNEL } from '../page-observer.content/channel';

// Hand-written checks for what reaches the content script (zod stays out of
// this bundle). Bounds mirror utils/protocol.ts and analyzer/model/live.ts;
// test/unit/content/messages.test.ts checks them against the schemas.

const SEVERITIES: ReadonlySet<string> = new Set(['info', 'low', 'medium', 'high']);
const MAX_HIGHLIGHTS = 200;
const MAX_PERMISSION = 64;
const PERMISSION_RE = /^[a-z0-9][a-z0-9:._-]*$/i;

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A message from the background, or null when it is not one we accept. */
export function parseBackgroundMessage(raw: unknown): BackgroundToContent | null {
  if (!isBag(raw)) return null;
  if (raw['type'] === 'content.analyse') return { type: 'content.analyse' };
  if (raw['type'] === 'content.status') return { type: 'content.status' };
  if (raw['type'] !== 'content.highlight' || typeof raw['on'] !== 'boolean') return null;
  const items = raw['items'];
  if (!Array.isArray(items) || items.length > MAX_HIGHLIGHTS) return null;
  const parsed: HighlightItem[] = [];
  for (const item of items) {
    const one = parseHighlightItem(item);
    if (!one) return null;
    parsed.push(one);
  }
  return { type: 'content.highlight', on: raw['on'], items: parsed };
}

function parseHighlightItem(raw: unknown): HighlightItem | null {
  if (!isBag(raw)) return null;
  const { selector, severity, label, ruleId } = raw;
  if (!isText(selector, 300) || !isText(label, 120) || !isText(ruleId, 64)) return null;
  if (typeof severity !== 'string' || !SEVERITIES.has(severity)) return null;
  return { selector, severity: severity as HighlightItem['severity'], label, ruleId };
}

/**
 * A permission report from the page's main world, labelled `page`, or null. The page can
 * forge these: shape and sizes are checked here, the count is capped by the caller.
 */
export function parsePageObserverMessage(raw: unknown): LivePermissionRequest | null {
  if (!isBag(raw) || raw['channel'] !== PAGE_OBSERVER_CHANNEL || raw['kind'] !== 'permission')
    return null;
  const { permission, userGesture, at } = raw as Partial<
    Record<keyof PageObserverMessage, unknown>
  >;
  if (!isText(permission, MAX_PERMISSION) || !PERMISSION_RE.test(permission)) return null;
  if (typeof userGesture !== 'boolean' || !isText(at, 64) || Number.isNaN(Date.parse(at)))
    return null;
  return { permission, at, userGesture, source: 'page' };
}

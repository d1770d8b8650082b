import type { ContentToBackground } from '../../../utils/protocol';
import {
  emptyRecord,
  getTabRecord,
  isOtherPage,
  mergePermissions,
  pageUrl,
  putTabRecord,
  type TabRecord,
} from '../../../utils/tab-state';
import { refreshTab } from '../refresh';
import { startPolicy } from './policy';
import { withTab } from '../tab-queue';

// Content script → background. Messages arrive parsed and sender-checked (router.ts);
// these only update the tab's record and refresh the badge.

type Msg<T extends ContentToBackground['type']> = Extract<ContentToBackground, { type: T }>;

/** The tab's record for `url`: the stored one when it is the same page, else a fresh one. */
async function recordFor(tabId: number, url: string): Promise<TabRecord> {
  const prev = await getTabRecord(tabId);
  if (prev === null || isOtherPage(prev, url)) return emptyRecord(tabId, url);
  return { ...prev, url: pageUrl(url) };
}

export async function onPageAnalysed(tabId: number, msg: Msg<'page.analysed'>): Promise<void> {
  await withTab(tabId, async () => {
    const base = await recordFor(tabId, msg.snapshot.url);
    await putTabRecord({
      ...base,
      kind: 'form',
      snapshot: msg.snapshot,
      live: msg.live,
      analysedAt: new Date().toISOString(),
    });
  });
  await refreshTab(tabId);
  // The linked privacy policy is fetched in the background; the message does not wait for it.
  void startPolicy(tabId);
}

export async function onPageNotForm(tabId: number, msg: Msg<'page.notForm'>): Promise<void> {
  await withTab(tabId, async () => {
    const base = await recordFor(tabId, msg.url);
    await putTabRecord({
      ...base,
      kind: 'not_form',
      snapshot: null,
      live: null,
      highlighted: false,
      analysedAt: new Date().toISOString(),
    });
  });
  await refreshTab(tabId);
}

export async function onPagePermissions(
  tabId: number,
  msg: Msg<'page.permissions'>,
): Promise<void> {
  await withTab(tabId, async () => {
    const base = await recordFor(tabId, msg.url);
    const merged = mergePermissions(base.permissions, msg.requests);
    await putTabRecord({
      ...base,
      permissions: merged.permissions,
      permissionsTruncated: base.permissionsTruncated || merged.truncated,
    });
  });
  await refreshTab(tabId);
}

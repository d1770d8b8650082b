import { browser } from 'wxt/browser';
import type { BackgroundToContent, UiResponse, UiToBackground } from '../../../utils/protocol';
import { getSettings } from '../../../utils/settings-store';
import { emptyRecord, getTabRecord, putTabRecord, type TabRecord } from '../../../utils/tab-state';
import { withLedgerError } from '../ledger';
import { nextResult, refreshTab, sendToContent } from '../refresh';
import { injectBootstrap } from './inject';
import { withTab } from '../tab-queue';
import {
  analyseRecord,
  buildTabView,
  highlightItems,
  isIgnored,
  resolveUiLang,
  type UiLang,
} from '../view';

// Popup / extension pages → background. Each answers a UiResponse.

type Msg<T extends UiToBackground['type']> = Extract<UiToBackground, { type: T }>;

/** How long "Analyse" waits for the page's fresh snapshot before answering with what there is. */
export const ANALYSE_WAIT_MS = 4000;

const ERRORS = {
  noContentScript: {
    id: 'Tegas tidak dapat membaca halaman ini. Muat ulang halaman, lalu coba lagi.',
    en: 'Tegas cannot read this page. Reload the page and try again.',
  },
  nothingToHighlight: {
    id: 'Belum ada hasil analisis untuk ditandai di halaman ini.',
    en: 'There is no analysis to show on this page yet.',
  },
} as const;

function fail(key: keyof typeof ERRORS, lang: UiLang): UiResponse {
  return { ok: false, error: ERRORS[key][lang] };
}

export async function onTabGet(msg: Msg<'tab.get'>): Promise<UiResponse> {
  const settings = await getSettings();
  const record = (await getTabRecord(msg.tabId)) ?? (await askPage(msg.tabId));
  const view = buildTabView(record, settings, resolveUiLang(settings));
  return { ok: true, view: await withLedgerError(msg.tabId, view) };
}

/** How long tab.get waits for the page.notForm of a page that has not spoken. */
export const STATUS_WAIT_MS = 1000;

/**
 * A page without a personal-data form sends nothing while it loads (so the content script
 * costs next to nothing there): ask it, and wait for its page.notForm if one is coming.
 */
async function askPage(tabId: number): Promise<TabRecord | null> {
  const fresh = nextResult(tabId, STATUS_WAIT_MS);
  let coming: unknown = false;
  try {
    const status: BackgroundToContent = { type: 'content.status' };
    coming = await browser.tabs.sendMessage(tabId, status, { frameId: 0 });
  } catch {
    // No content script: not an http(s) page, or not loaded yet.
  }
  if (coming === true) await fresh;
  return getTabRecord(tabId);
}

/** Analyse now, whatever the page-kind settings say (not on ignored sites). */
export async function onTabAnalyse(msg: Msg<'tab.analyse'>): Promise<UiResponse> {
  const { tabId } = msg;
  const settings = await getSettings();
  const lang = resolveUiLang(settings);
  const current = await getTabRecord(tabId);
  if (current !== null && isIgnored(current, settings)) {
    return { ok: true, view: buildTabView(current, settings, lang) };
  }
  await withTab(tabId, async () => {
    const record = (await getTabRecord(tabId)) ?? emptyRecord(tabId, '');
    await putTabRecord({ ...record, forced: true });
  });
  const fresh = nextResult(tabId, ANALYSE_WAIT_MS);
  if (!(await askToAnalyse(tabId))) return fail('noContentScript', lang);
  await fresh;
  await refreshTab(tabId, settings);
  return { ok: true, view: buildTabView(await getTabRecord(tabId), settings, lang) };
}

/** The injected bootstrap starts its listener after a timer tick: ask a few times. */
const BOOTSTRAP_TRIES = 5;
const BOOTSTRAP_RETRY_MS = 100;

/** content.analyse to the tab's content script, injecting the bootstrap if the tab has none. */
async function askToAnalyse(tabId: number): Promise<boolean> {
  if (await sendToContent(tabId, { type: 'content.analyse' })) return true;
  if (!(await injectBootstrap(tabId))) return false;
  for (let i = 0; i < BOOTSTRAP_TRIES; i++) {
    await new Promise((resolve) => setTimeout(resolve, BOOTSTRAP_RETRY_MS));
    if (await sendToContent(tabId, { type: 'content.analyse' })) return true;
  }
  return false;
}

export async function onTabHighlight(msg: Msg<'tab.highlight'>): Promise<UiResponse> {
  const { tabId, on } = msg;
  const settings = await getSettings();
  const lang = resolveUiLang(settings);
  const record = await getTabRecord(tabId);
  const analysis = analyseRecord(record, settings, lang);
  if (record === null) return fail('nothingToHighlight', lang);
  if (on && (analysis.status !== 'analysed' || analysis.report === null)) {
    return fail('nothingToHighlight', lang);
  }
  const items = on && analysis.report !== null ? highlightItems(analysis.report) : [];
  const sent = await sendToContent(tabId, { type: 'content.highlight', on, items });
  if (!sent && on) return fail('noContentScript', lang);
  const updated = await withTab(tabId, async () => {
    const latest = (await getTabRecord(tabId)) ?? record;
    const next = { ...latest, highlighted: on };
    await putTabRecord(next);
    return next;
  });
  return { ok: true, view: buildTabView(updated, settings, lang) };
}

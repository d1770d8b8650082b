import type { UiResponse, UiToBackground } from '../../../utils/protocol';
import { getSettings } from '../../../utils/settings-store';
import { emptyRecord, getTabRecord, putTabRecord } from '../../../utils/tab-state';
import { nextResult, refreshTab, sendToContent } from '../refresh';
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
  const record = await getTabRecord(msg.tabId);
  return { ok: true, view: buildTabView(record, settings, resolveUiLang(settings)) };
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
  if (!(await sendToContent(tabId, { type: 'content.analyse' }))) {
    return fail('noContentScript', lang);
  }
  await fresh;
  await refreshTab(tabId, settings);
  return { ok: true, view: buildTabView(await getTabRecord(tabId), settings, lang) };
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

import { classifyPage } from '../../../analyzer';
import type { ClassifiedPage } from '../../../analyzer/model/classified';
import { isWebUrl } from '../../../analyzer/policy/source-check';
import type { UiResponse, UiToBackground } from '../../../utils/protocol';
import { getSettings } from '../../../utils/settings-store';
import { getTabRecord, pageUrl } from '../../../utils/tab-state';
import { getTabPolicy, setTabPolicy, type TabPolicy } from '../policy/tab-policy';
import { loadPolicy } from '../policy/service';
import { analyseRecord, resolveUiLang } from '../view';
import { onTabGet } from './tab';

// After a page is analysed: fetch and analyse the privacy policy it links to.
// The URL always comes from the tab's own classified policy links — never from
// a message — so a page or a UI cannot make Tegas fetch anything else. Once per
// page and link; "retry" (tab.policy) fetches again.

type Msg<T extends UiToBackground['type']> = Extract<UiToBackground, { type: T }>;

const PRIVACY_RE = /priva|data pribadi|perlindungan data|pdp|data protection/i;

/** The policy link to read: a privacy link on a form first, then any privacy link, then any link. */
export function pickPolicyLink(page: ClassifiedPage, base: string): string | undefined {
  const rank = (l: ClassifiedPage['policyLinks'][number]) =>
    (l.group === undefined ? 2 : 0) + (PRIVACY_RE.test(`${l.text} ${l.href}`) ? 0 : 1);
  const links = page.policyLinks
    .map((l) => ({ link: l, url: absolute(l.href, base) }))
    .filter((l): l is { link: typeof l.link; url: string } => l.url !== null && isWebUrl(l.url));
  const best = links.sort((a, b) => rank(a.link) - rank(b.link))[0];
  return best?.url;
}

function absolute(href: string, base: string): string | null {
  try {
    return pageUrl(new URL(href, base).href);
  } catch {
    return null;
  }
}

const work = new Map<number, Promise<void>>();

/** The tab's policy work in progress, if any (tests and "retry" wait for it). */
export function policyWork(tabId: number): Promise<void> {
  return work.get(tabId) ?? Promise.resolve();
}

/** Start fetching the tab's policy (not awaited by the page's message). */
export function startPolicy(tabId: number, force = false): Promise<void> {
  const job = updatePolicy(tabId, force)
    .catch(() => undefined)
    .finally(() => {
      if (work.get(tabId) === job) work.delete(tabId);
    });
  work.set(tabId, job);
  return job;
}

async function updatePolicy(tabId: number, force: boolean): Promise<void> {
  const settings = await getSettings();
  const lang = resolveUiLang(settings);
  const record = await getTabRecord(tabId);
  if (record === null || record.snapshot === null) return;
  // Only pages the user's settings analyse (not ignored sites, not "on click" before the click).
  if (analyseRecord(record, settings, lang).status !== 'analysed') return;
  const url = pickPolicyLink(classifyPage(record.snapshot), record.url);
  if (url === undefined) return;
  const previous = await getTabPolicy(tabId);
  if (!force && previous?.pageUrl === record.url && previous.url === url) return;
  const base = { version: 1 as const, pageUrl: record.url, url };
  await setTabPolicy(tabId, { ...base, state: 'loading', fetchedAt: null });
  const loaded = await loadPolicy(url, { locale: lang, force });
  // The tab may have moved to another page meanwhile: its state is not ours to write.
  if ((await getTabRecord(tabId))?.url !== record.url) return;
  const next: TabPolicy = loaded.ok
    ? { ...base, state: 'ok', fetchedAt: loaded.entry.fetchedAt }
    : {
        ...base,
        state: 'error',
        reason: loaded.reason,
        ...(loaded.status === undefined ? {} : { status: loaded.status }),
        fetchedAt: null,
      };
  await setTabPolicy(tabId, next);
}

/** How long "retry" waits for the fetch before answering with the loading state. */
export const POLICY_WAIT_MS = 4000;

export async function onTabPolicy(msg: Msg<'tab.policy'>): Promise<UiResponse> {
  const job = startPolicy(msg.tabId, true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([job, new Promise((r) => (timer = setTimeout(r, POLICY_WAIT_MS)))]);
  clearTimeout(timer);
  return onTabGet({ type: 'tab.get', tabId: msg.tabId });
}

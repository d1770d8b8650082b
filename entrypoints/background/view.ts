import { browser } from 'wxt/browser';
import { analyzeSnapshot } from '../../analyzer';
import type { ScanReport } from '../../analyzer/model/scan-report';
import { explainScore } from '../../analyzer/score';
import { BADGE_PAGE_KINDS, clearBadge, setGradeBadge } from '../../utils/badge';
import type { HighlightItem, TabStatus, TabView } from '../../utils/protocol';
import { isIgnoredHost, type Settings } from '../../utils/settings';
import { effectiveLive, snapshotOf, type TabRecord } from '../../utils/tab-state';
import { missingElementFindings } from '../../analyzer/policy';
import { isWebUrl } from '../../analyzer/policy/source-check';
import type { UiResponse } from '../../utils/protocol';
import type { PolicyView } from '../../utils/policy-view';
import { getCachedPolicy } from './policy/cache';
import { getTabPolicy } from './policy/tab-policy';
import { policyChangeForPage } from './policy/tracking';

// From a stored record to what the user sees: status, report (in the user's
// rulebook and language), "why this score", badge and highlight items. Pure
// apart from reading the browser's UI language and setting the badge.

export type UiLang = 'id' | 'en';

/** The UI language: the setting, or the browser's ('id…' → Indonesian, anything else → English). */
export function resolveUiLang(settings: Settings): UiLang {
  if (settings.uiLanguage !== 'auto') return settings.uiLanguage;
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('id') ? 'id' : 'en';
  } catch {
    return 'en';
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function isIgnored(record: TabRecord, settings: Settings): boolean {
  const host = hostOf(record.url);
  return host !== null && isIgnoredHost(host, settings.ignoredSites);
}

interface Analysis {
  status: TabStatus;
  report: ScanReport | null;
}

/**
 * Status and report of a tab. A page without a form but with page-reported
 * permission requests gets a minimal report (status 'not_form', no grade) so
 * the popup can list the requests and permission.no_gesture findings.
 */
export function analyseRecord(
  record: TabRecord | null,
  settings: Settings,
  lang: UiLang,
): Analysis {
  if (record === null) return { status: 'unknown', report: null };
  if (isIgnored(record, settings)) return { status: 'skipped', report: null };
  const options = { rulebook: settings.rulebook, lang, live: effectiveLive(record) };
  if (record.kind === 'not_form' || record.snapshot === null) {
    if (record.permissions.length === 0 && (record.live?.permissionRequests.length ?? 0) === 0) {
      return { status: record.url === '' ? 'unknown' : 'not_form', report: null };
    }
    return { status: 'not_form', report: analyzeSnapshot(snapshotOf(record), options) };
  }
  const report = analyzeSnapshot(record.snapshot, options);
  if (!record.forced && !isAutoAnalysed(report.pageKind, settings)) {
    return { status: 'skipped', report: null };
  }
  return { status: 'analysed', report };
}

/** Auto mode analyses the enabled kinds; 'other' personal-data forms are shown in the popup but never badged. */
function isAutoAnalysed(kind: ScanReport['pageKind'], settings: Settings): boolean {
  if (settings.mode === 'click') return false;
  return kind === 'other' ? true : settings.pageKinds[kind];
}

export function buildTabView(
  record: TabRecord | null,
  settings: Settings,
  lang: UiLang,
  analysis: Analysis = analyseRecord(record, settings, lang),
): TabView {
  const { status, report } = analysis;
  return {
    status,
    url: record?.url ?? '',
    report,
    explanation:
      report === null
        ? []
        : explainScore(report.findings, {
            rulebook: settings.rulebook,
            lang,
            hasPersonalData: report.score !== null,
          }),
    rulebook: settings.rulebook,
    lang,
    highlighted: status === 'analysed' && (record?.highlighted ?? false),
    analysedAt: record?.analysedAt ?? null,
  };
}

/** Grade badge on analysed checkout/signup pages with a grade; cleared everywhere else. */
export async function applyBadge(tabId: number, analysis: Analysis, lang: UiLang): Promise<void> {
  const { status, report } = analysis;
  if (
    status === 'analysed' &&
    report !== null &&
    report.score !== null &&
    BADGE_PAGE_KINDS.includes(report.pageKind)
  ) {
    await setGradeBadge(tabId, {
      grade: report.score.grade,
      findings: report.findings.length,
      lang,
    });
  } else {
    await clearBadge(tabId);
  }
}

export const MAX_HIGHLIGHTS = 200;

/** One outline per (selector, rule) from the findings' evidence, worst first. */
export function highlightItems(report: ScanReport): HighlightItem[] {
  const order = { high: 0, medium: 1, low: 2, info: 3 } as const;
  const findings = [...report.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const seen = new Set<string>();
  const items: HighlightItem[] = [];
  for (const f of findings) {
    for (const e of f.evidence) {
      if (e.selector === undefined || e.selector === '' || e.selector.length > 300) continue;
      const key = `${f.ruleId}\u0000${e.selector}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        selector: e.selector,
        severity: f.severity,
        label: f.title.slice(0, 120),
        ruleId: f.ruleId.slice(0, 64),
      });
      if (items.length >= MAX_HIGHLIGHTS) return items;
    }
  }
  return items;
}

/**
 * The view with the privacy policy of the tab's analysed page (TabView.policy): its fetch
 * state, and the cached analysis with findings in the view's language. Absent when the
 * page was not analysed or links to no policy.
 */
export async function withPolicy(tabId: number, response: UiResponse): Promise<UiResponse> {
  if (!response.ok || response.view.status !== 'analysed') return response;
  const { view } = response;
  const state = await getTabPolicy(tabId);
  if (state === null || state.pageUrl !== view.url) {
    // Analysed a moment ago: the fetch of its policy link is about to start.
    const link = view.report?.policyLinks.map((l) => absoluteUrl(l.href, view.url)).find(isWebUrl);
    if (link === undefined) return response;
    const starting: PolicyView = { url: link, state: 'loading', report: null, fetchedAt: null };
    return { ok: true, view: { ...view, policy: starting } };
  }
  const entry = state.state === 'ok' ? await getCachedPolicy(state.url) : null;
  const report =
    entry === null
      ? null
      : {
          ...entry.report,
          // The cache keeps one analysis; the findings follow the user's language.
          findings:
            entry.report.readability.words === 0
              ? []
              : missingElementFindings(entry.report.elements, view.lang),
        };
  const policy: PolicyView = {
    url: state.url,
    state: state.state,
    ...(state.reason === undefined ? {} : { reason: state.reason }),
    ...(state.status === undefined ? {} : { status: state.status }),
    // null with 'ok' only when the analysis was evicted from the cache since: "retry" fetches it again.
    report,
    fetchedAt: entry?.fetchedAt ?? state.fetchedAt,
  };
  // Change tracking: a newer version than the one of the user's last disclosure on this site.
  const changed = await policyChangeForPage(view.url, state.url);
  if (changed !== null) policy.changed = changed;
  return { ok: true, view: { ...view, policy } };
}

function absoluteUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

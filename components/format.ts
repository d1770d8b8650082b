import { CATEGORY_NAMES } from '../analyzer/report/labels';
import type {
  Citation,
  DataCategory,
  Field,
  Finding,
  Severity,
} from '../analyzer/model/scan-report';
import { getRulebook, isRulebookId } from '../analyzer/rulebooks';
import type { UiLang } from '../utils/i18n';

// Pure helpers that turn report data into what the pages show. No browser APIs.

/** Most serious first: the order findings are listed and grouped in. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/** Findings grouped by severity (high → info), empty groups left out, order within a group kept. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

/**
 * "UU PDP (UU 27/2022) Pasal 20(2)(a), Pasal 22(1)": each rulebook's short
 * name once, then its articles, exactly as the finding carries them.
 */
export function formatCitations(citations: readonly Citation[], lang: UiLang): string {
  const byBook = new Map<string, string[]>();
  for (const c of citations) {
    const articles = byBook.get(c.rulebook) ?? [];
    if (!articles.includes(c.article)) articles.push(c.article);
    byBook.set(c.rulebook, articles);
  }
  return [...byBook]
    .map(([book, articles]) => `${rulebookShortName(book, lang)} ${articles.join(', ')}`)
    .join('; ');
}

export function rulebookShortName(id: string, lang: UiLang): string {
  return isRulebookId(id) ? getRulebook(id).shortName[lang] : id;
}

export interface RequestedCategory {
  readonly category: DataCategory;
  readonly name: string;
  /** Specific personal data (UU PDP Pasal 4(2)): health, biometric, financial, … */
  readonly specific: boolean;
  readonly credential: boolean;
  readonly required: boolean;
  /** The page's own labels for the fields of this category. */
  readonly labels: readonly string[];
}

/** The personal data a page asks for, one entry per category, specific data first. */
export function requestedCategories(fields: readonly Field[], lang: UiLang): RequestedCategory[] {
  const seen = new Map<DataCategory, Field[]>();
  for (const f of fields) {
    if (f.category === 'other' || f.sensitivity === 'none') continue;
    seen.set(f.category, [...(seen.get(f.category) ?? []), f]);
  }
  const rows = [...seen].map(([category, list]) => ({
    category,
    name: CATEGORY_NAMES[lang][category],
    specific: list.some((f) => f.sensitivity === 'specific'),
    credential: list.some((f) => f.sensitivity === 'credential'),
    required: list.some((f) => f.required),
    labels: [...new Set(list.map((f) => cleanLabel(f.label)).filter((l) => l !== ''))],
  }));
  // Stable sort: specific data first, otherwise the page's order.
  return rows.sort((a, b) => Number(b.specific) - Number(a.specific));
}

function cleanLabel(label: string): string {
  return label.replace(/\s*\*\s*$/, '').trim();
}

/** Shortens page text for the compact popup; the report page shows it whole. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function formatDateTime(iso: string, lang: UiLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

/** The page's language as a `lang` attribute for quoted text, when it is one we know. */
export function quoteLang(language: string): string | undefined {
  return /^[a-z]{2,3}$/.test(language) ? language : undefined;
}

import type { Finding, Severity } from '../model/scan-report';
import { getRulebook, type Locale } from '../rulebooks';
import { deductions, score, type ScoreOptions } from './formula';

export interface ExplainOptions extends ScoreOptions {
  readonly lang: Locale;
}

const SEVERITY_WORD: Readonly<Record<Severity, Readonly<Record<Locale, string>>>> = {
  high: { id: 'berat', en: 'high' },
  medium: { id: 'sedang', en: 'medium' },
  low: { id: 'ringan', en: 'low' },
  info: { id: 'info', en: 'info' },
};

function worstOf(findings: readonly Finding[]): Severity {
  const order: readonly Severity[] = ['high', 'medium', 'low', 'info'];
  return order.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
}

/**
 * "Why this score", one line each: the total, then what each rule took off.
 * Titles come from the findings, so they are already in the caller's language
 * when the findings were evaluated with the same `lang`.
 */
export function explainScore(findings: readonly Finding[], opts: ExplainOptions): string[] {
  const { lang } = opts;
  const book = getRulebook(opts.rulebook).shortName[lang];
  const result = score(findings, opts);
  if (result === null) {
    return [
      lang === 'id'
        ? 'Tanpa nilai: halaman ini tidak meminta data pribadi.'
        : 'No grade: this page does not ask for personal data.',
    ];
  }
  const lines = [
    lang === 'id'
      ? `Skor ${result.value}/100, nilai ${result.grade}, menurut ${book}.`
      : `Score ${result.value}/100, grade ${result.grade}, under ${book}.`,
  ];
  const rows = deductions(findings);
  if (rows.length === 0) {
    lines.push(
      lang === 'id'
        ? 'Tegas tidak menemukan masalah pada hal-hal yang dapat diperiksanya di halaman ini. Ini bukan jaminan kepatuhan.'
        : 'Tegas found no problem among the things it can check on this page. This is not a guarantee of compliance.',
    );
    return lines;
  }
  for (const d of rows) {
    const first = d.findings[0];
    if (first === undefined) continue;
    const count = d.findings.length > 1 ? ` ×${d.findings.length}` : '';
    const sev = SEVERITY_WORD[worstOf(d.findings)][lang];
    const pts = d.points > 0 ? `−${d.points}` : '±0';
    lines.push(`${pts}: ${first.title}${count} (${sev})`);
  }
  return lines;
}

import type { Evidence, Finding } from '../analyzer/model/scan-report';
import { SEVERITY_NAMES } from '../analyzer/report/labels';
import { t, type UiLang } from '../utils/i18n';
import type { Citation } from '../analyzer/model/scan-report';
import { clip, formatCitations, groupBySeverity } from './format';

interface Props {
  readonly findings: readonly Finding[];
  /** UI language (headings, labels). */
  readonly lang: UiLang;
  /** Language the findings' titles and explanations were written in (TabView.lang). */
  readonly findingLang: UiLang;
  /** Language of the page, for quoted evidence. */
  readonly pageLang?: string | undefined;
  /** Compact (popup): evidence clipped, at most two quotes per finding. Full (report): everything. */
  readonly compact: boolean;
}

const POPUP_QUOTES = 2;
const POPUP_QUOTE_CHARS = 180;

export function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function severityName(severity: Finding['severity'], lang: UiLang): string {
  return capitalise(SEVERITY_NAMES[lang][severity]);
}

export function countText(n: number, lang: UiLang): string {
  return n === 1 ? t('findingCountOne', lang) : t('findingCountMany', lang, String(n));
}

/** Findings grouped by severity, most serious first; each with explanation, citation and quoted evidence. */
export function FindingList({ findings, lang, findingLang, pageLang, compact }: Props) {
  if (findings.length === 0) return <p class="muted">{t('noFindings', lang)}</p>;
  return (
    <div class="finding-groups">
      {groupBySeverity(findings).map((group) => (
        <section
          key={group.severity}
          class={`severity-group sev-${group.severity}`}
          aria-labelledby={`sev-${group.severity}`}
        >
          <h3 id={`sev-${group.severity}`} class="severity-heading">
            <span class={`sev-dot sev-${group.severity}`} aria-hidden="true" />
            {severityName(group.severity, lang)}
            <span class="muted"> · {countText(group.findings.length, lang)}</span>
          </h3>
          <ul class="findings">
            {group.findings.map((f, i) => (
              <li key={`${f.ruleId}-${i}`}>
                <FindingItem
                  finding={f}
                  lang={lang}
                  findingLang={findingLang}
                  pageLang={pageLang}
                  compact={compact}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface ItemProps extends Omit<Props, 'findings'> {
  readonly finding: Finding;
}

export function FindingItem({ finding, lang, findingLang, pageLang, compact }: ItemProps) {
  const quotes = finding.evidence.filter((e) => (e.text ?? '').trim() !== '' || !compact);
  const shown = compact ? quotes.slice(0, POPUP_QUOTES) : quotes;
  const hidden = quotes.length - shown.length;
  return (
    <article
      class={`finding sev-${finding.severity}`}
      data-testid="finding"
      data-rule-id={finding.ruleId}
      data-severity={finding.severity}
      lang={findingLang === lang ? undefined : findingLang}
    >
      <h4 class="finding-title">
        <span class={`sev-tag sev-${finding.severity}`} lang={lang}>
          {SEVERITY_NAMES[lang][finding.severity]}
        </span>{' '}
        {finding.title}
      </h4>
      <p class="finding-explanation">{finding.explanation}</p>
      <CitationLine citations={finding.citations} lang={lang} />
      {shown.length > 0 && (
        <div class="evidence" lang={lang}>
          <p class="label">{t(compact ? 'evidenceOnPage' : 'evidenceFull', lang)}</p>
          <ul>
            {shown.map((e, i) => (
              <EvidenceItem key={i} evidence={e} compact={compact} pageLang={pageLang} />
            ))}
          </ul>
          {hidden > 0 && <p class="muted">{t('moreEvidence', lang, String(hidden))}</p>}
        </div>
      )}
    </article>
  );
}

function EvidenceItem({
  evidence,
  compact,
  pageLang,
}: {
  readonly evidence: Evidence;
  readonly compact: boolean;
  readonly pageLang?: string | undefined;
}) {
  const text = evidence.text?.trim() ?? '';
  return (
    <li>
      {text !== '' && (
        <blockquote lang={pageLang}>
          {compact ? clip(text, POPUP_QUOTE_CHARS) : text.replace(/\s+/g, ' ')}
        </blockquote>
      )}
      {!compact && evidence.selector !== undefined && (
        <code class="selector">{evidence.selector}</code>
      )}
    </li>
  );
}

/** "Legal basis: UU PDP Pasal …" under a finding; nothing when the rulebook cites no article. */
export function CitationLine({
  citations,
  lang,
}: {
  readonly citations: readonly Citation[];
  readonly lang: UiLang;
}) {
  if (citations.length === 0) return null;
  return (
    <p class="citation" lang={lang}>
      <span class="label">{t('legalBasis', lang)}</span>{' '}
      <cite>{formatCitations(citations, lang)}</cite>
    </p>
  );
}

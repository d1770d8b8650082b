import { useEffect, useRef } from 'preact/hooks';
import { PAGE_KIND_NAMES, PURPOSE_NAMES, SEVERITY_NAMES } from '../analyzer/report/labels';
import type { DisclosureRecord } from '../history';
import { t, type MessageKey, type UiLang } from '../utils/i18n';
import { CitationLine } from './finding-list';
import { formatDateTime, rulebookShortName } from './format';
import { HistoryCategoryChips } from './history-category-chips';
import { HistoryLetterLinks } from './history-letter-links';
import { ruleTitle } from './history-format';

type Control = DisclosureRecord['consents'][number]['control'];
const CONTROL_NAMES: Readonly<Record<Control, MessageKey>> = {
  checkbox: 'controlCheckbox',
  radio: 'controlRadio',
  toggle: 'controlToggle',
};

interface Props {
  readonly record: DisclosureRecord;
  readonly lang: UiLang;
  readonly onClose: () => void;
  readonly onDelete: (record: DisclosureRecord) => void;
  readonly disabled: boolean;
}

/**
 * One record with its consent evidence: the boxes with their page text, how
 * each was preset and whether it was ticked when sent, the statements that
 * claim consent, the policy and its fingerprint, the grade and findings with
 * their legal basis. All page text is rendered as text.
 */
export function HistoryRecordDetail({ record: r, lang, onClose, onDelete, disabled }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [r.id]);
  const host = new URL(r.origin).host;
  const purposes = (list: readonly (keyof (typeof PURPOSE_NAMES)['en'])[]) =>
    list.length === 0 ? null : (
      <p class="small">
        <span class="label">{t('purposes', lang)}</span>{' '}
        {list.map((p) => PURPOSE_NAMES[lang][p]).join(', ')}
      </p>
    );
  return (
    <section
      class="record-detail panel"
      data-testid="record-detail"
      data-id={r.id}
      aria-labelledby="record-detail-title"
    >
      <div class="panel-head">
        <h2 id="record-detail-title" ref={heading} tabIndex={-1}>
          {t('dashDetailHeading', lang, formatDateTime(r.time, lang), host)}
        </h2>
        <button type="button" class="button" data-testid="record-close" onClick={onClose}>
          {t('dashClose', lang)}
        </button>
      </div>
      <dl class="facts">
        <dt>{t('dashPageUrl', lang)}</dt>
        <dd class="url">{r.pageUrl}</dd>
        <dt>{t('dashFilterKind', lang)}</dt>
        <dd>{PAGE_KIND_NAMES[lang][r.pageKind]}</dd>
      </dl>

      <h3>{t('dashDataGiven', lang)}</h3>
      <HistoryCategoryChips categories={r.categories} lang={lang} />
      {r.hints !== undefined && r.hints.length > 0 && (
        <p class="small">
          <span class="label">{t('dashHints', lang)}</span> {r.hints.map((h) => h.hint).join(', ')}
        </p>
      )}

      <h3>{t('dashConsentHeading', lang)}</h3>
      {r.consents.length === 0 ? (
        <p class="muted">{t('dashNoConsents', lang)}</p>
      ) : (
        <ul class="consents">
          {r.consents.map((c, i) => (
            <li key={i} class="consent" data-testid="record-consent" data-checked={c.checked}>
              <p class="consent-meta">
                <span class="tag">{t(CONTROL_NAMES[c.control], lang)}</span>
                <span class={c.prechecked ? 'tag tag-warn' : 'tag tag-quiet'}>
                  {t(c.prechecked ? 'defaultOn' : 'defaultOff', lang)}
                </span>
                <span class={c.checked ? 'tag tag-strong' : 'tag tag-quiet'}>
                  {t(c.checked ? 'dashChecked' : 'dashUnchecked', lang)}
                </span>
                <span class="tag tag-quiet">
                  {t(c.required ? 'consentRequired' : 'consentOptional', lang)}
                </span>
                {c.bundled && <span class="tag tag-warn">{t('consentBundled', lang)}</span>}
              </p>
              <blockquote>{c.text}</blockquote>
              {purposes(c.purposes)}
            </li>
          ))}
        </ul>
      )}

      {r.statements.length > 0 && (
        <>
          <h3>{t('dashStatementsHeading', lang)}</h3>
          <ul class="consents">
            {r.statements.map((s, i) => (
              <li key={i} class="consent" data-testid="record-statement">
                <blockquote>{s.text}</blockquote>
                {purposes(s.purposes)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('dashPolicyHeading', lang)}</h3>
      {r.policy === undefined ? (
        <p class="muted">{t('dashNoPolicy', lang)}</p>
      ) : (
        <div class="policy" data-testid="record-policy">
          <p class="url">{r.policy.url}</p>
          {r.policy.textHash === undefined ? (
            <p class="muted small">{t('dashPolicyNotRead', lang)}</p>
          ) : (
            <p class="small">
              <span class="label">{t('dashPolicyHash', lang)}</span>{' '}
              <code class="hash">{r.policy.textHash}</code>
            </p>
          )}
        </div>
      )}

      <h3>{t('dashGradeHeading', lang)}</h3>
      {r.scan === null ? (
        <p class="muted">{t('dashNotGraded', lang)}</p>
      ) : (
        <p data-testid="record-grade" data-grade={r.scan.grade}>
          {t(
            'dashGradeLine',
            lang,
            r.scan.grade,
            String(r.scan.score),
            rulebookShortName(r.scan.rulebook, lang),
          )}
        </p>
      )}
      {r.findings.length > 0 && (
        <ul class="record-findings">
          {r.findings.map((f, i) => (
            <li key={i} class={`finding sev-${f.severity}`} data-testid="record-finding">
              <p>
                <span class={`sev-tag sev-${f.severity}`}>{SEVERITY_NAMES[lang][f.severity]}</span>{' '}
                {ruleTitle(f.ruleId, lang)}
              </p>
              <CitationLine citations={f.citations} lang={lang} />
            </li>
          ))}
        </ul>
      )}

      <p class="muted small chain-line">{t('dashChainLine', lang, String(r.seq + 1), r.hash)}</p>
      <div class="actions">
        <HistoryLetterLinks origin={r.origin} host={host} lang={lang} />
        <button
          type="button"
          class="button danger"
          data-testid="delete-record"
          disabled={disabled}
          onClick={() => onDelete(r)}
        >
          {t('dashDeleteRecord', lang)}
        </button>
      </div>
    </section>
  );
}

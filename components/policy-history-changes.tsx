import { useEffect, useState } from 'preact/hooks';
import { policyChangedFinding } from '../analyzer/policy/changes';
import type { RulebookId } from '../analyzer/rulebooks/ids';
import {
  changeAfter,
  disclosuresUnderOlderVersion,
  policyHistory,
  versionOf,
  type LedgerError,
  type Ledger,
  type PolicyVersion,
  type TrackedPolicy,
} from '../history';
import { t, type UiLang } from '../utils/i18n';
import { formatCitations, formatDateTime } from './format';
import { asLedgerError } from './ledger-async';

// One tracked policy's change history: per version its dates and the
// sentences added (+) and removed (−), newest first; and, when the user gave
// data under an older version than the current one, the policy.changed flag
// with its citation and those disclosures. Sentences are page text: rendered
// as text, never as HTML.

interface Props {
  readonly ledger: Ledger;
  readonly policy: TrackedPolicy;
  readonly version: number;
  readonly lang: UiLang;
  readonly rulebook: RulebookId;
  readonly onError: (error: LedgerError) => void;
}

export function PolicyHistoryChanges({ ledger, policy, version, lang, rulebook, onError }: Props) {
  const [versions, setVersions] = useState<readonly PolicyVersion[] | null>(null);

  useEffect(() => {
    let alive = true;
    policyHistory(ledger.db, policy.url).then(
      (rows) => alive && setVersions(rows),
      (error: unknown) => alive && onError(asLedgerError(error, 'read_failed')),
    );
    return () => {
      alive = false;
    };
  }, [ledger, policy.url, version, onError]);

  if (versions === null) return <p class="muted">{t('loading', lang)}</p>;
  if (versions.length === 0)
    return (
      <p class="muted" data-testid="policy-no-versions">
        {t('polhistNoVersions', lang)}
      </p>
    );
  return (
    <div class="policy-history">
      <ChangedFlag versions={versions} policy={policy} lang={lang} rulebook={rulebook} />
      <ol class="policy-versions" aria-label={t('polhistVersionsLabel', lang)}>
        {[...versions].reverse().map((v, i) => (
          <VersionItem key={v.id} version={v} current={i === 0} lang={lang} />
        ))}
      </ol>
    </div>
  );
}

interface FlagProps {
  readonly versions: readonly PolicyVersion[];
  readonly policy: TrackedPolicy;
  readonly lang: UiLang;
  readonly rulebook: RulebookId;
}

/** policy.changed against the disclosures made under an older version. */
function ChangedFlag({ versions, policy, lang, rulebook }: FlagProps) {
  const affected = disclosuresUnderOlderVersion(versions, policy.disclosures);
  const oldest = affected.at(-1);
  const base = oldest === undefined ? null : versionOf(versions, oldest);
  if (base === null) return null;
  const diff = changeAfter(versions, base);
  const finding = policyChangedFinding(
    { ...diff, disclosures: affected.map((d) => d.time) },
    { locale: lang, rulebook },
  );
  if (finding === null) return null;
  return (
    <section
      class="policy-flag"
      data-testid="policy-changed-flag"
      data-rule-id={finding.ruleId}
      data-severity={finding.severity}
      aria-label={finding.title}
    >
      <h4>{finding.title}</h4>
      <p>{finding.explanation}</p>
      <p class="small" data-testid="policy-changed-citation">
        <span class="label">{t('polhistCitation', lang)}</span>{' '}
        {formatCitations(finding.citations, lang)}
      </p>
      <h5 class="label">{t('polhistAffected', lang)}</h5>
      <ul class="policy-affected">
        {affected.map((d) => (
          <li key={d.id} data-testid="policy-affected-disclosure" data-id={d.id}>
            {t('polhistAffectedItem', lang, formatDateTime(d.time, lang))}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface VersionProps {
  readonly version: PolicyVersion;
  readonly current: boolean;
  readonly lang: UiLang;
}

function VersionItem({ version, current, lang }: VersionProps) {
  const first = version.previousId === null;
  return (
    <li
      class="policy-version"
      data-testid="policy-version"
      data-id={version.id}
      data-current={current ? 'true' : 'false'}
    >
      <p class="label">
        {t(
          'polhistVersionRange',
          lang,
          formatDateTime(version.firstSeen, lang),
          formatDateTime(version.lastSeen, lang),
        )}
        {current && ` · ${t('polhistCurrent', lang)}`}
      </p>
      {version.truncated && <p class="small muted">{t('polhistTruncated', lang)}</p>}
      {first ? (
        <p class="small muted">{t('polhistFirstVersion', lang)}</p>
      ) : (
        <>
          <DiffList
            kind="add"
            heading={t('polhistAdded', lang, String(version.addedCount))}
            sentences={version.added}
            total={version.addedCount}
            lang={lang}
          />
          <DiffList
            kind="del"
            heading={t('polhistRemoved', lang, String(version.removedCount))}
            sentences={version.removed}
            total={version.removedCount}
            lang={lang}
          />
        </>
      )}
    </li>
  );
}

interface DiffProps {
  readonly kind: 'add' | 'del';
  readonly heading: string;
  readonly sentences: readonly string[];
  readonly total: number;
  readonly lang: UiLang;
}

function DiffList({ kind, heading, sentences, total, lang }: DiffProps) {
  if (total === 0) return null;
  const sign = kind === 'add' ? '+' : '−';
  return (
    <div>
      <h5 class="small label">{heading}</h5>
      <ul class="policy-diff">
        {sentences.map((s, i) => (
          <li
            key={i}
            class={`diff-${kind}`}
            data-testid={kind === 'add' ? 'policy-added' : 'policy-removed'}
          >
            <span aria-hidden="true">{sign} </span>
            {s}
          </li>
        ))}
      </ul>
      {total > sentences.length && (
        <p class="small muted">{t('polhistMore', lang, String(total - sentences.length))}</p>
      )}
    </div>
  );
}

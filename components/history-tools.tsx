import type { ChainResult, ImportResult, LedgerError } from '../history';
import { CHAIN_PROBLEM_TEXT } from '../history';
import { t, type UiLang } from '../utils/i18n';

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly error: LedgerError };

interface Props {
  readonly lang: UiLang;
  readonly busy: boolean;
  /** False when the ledger is empty: nothing to verify, export or delete. */
  readonly hasData: boolean;
  readonly verify: ChainResult | null;
  readonly imported: ImportOutcome | null;
  readonly onVerify: () => void;
  readonly onExport: () => void;
  readonly onImport: (file: File) => void;
  readonly onDeleteAll: () => void;
}

/** Check the chain, back up (export), restore (import), delete everything. */
export function HistoryTools(props: Props) {
  const { lang, busy, hasData, verify, imported } = props;
  return (
    <section class="tools panel" aria-labelledby="tools-title">
      <h2 id="tools-title">{t('dashToolsHeading', lang)}</h2>
      <div class="actions">
        <button
          type="button"
          class="button"
          data-testid="verify-button"
          disabled={busy || !hasData}
          onClick={props.onVerify}
        >
          {t('dashVerify', lang)}
        </button>
        <button
          type="button"
          class="button"
          data-testid="export-button"
          disabled={busy || !hasData}
          onClick={props.onExport}
        >
          {t('dashExport', lang)}
        </button>
        <button
          type="button"
          class="button danger"
          data-testid="delete-all"
          disabled={busy || !hasData}
          onClick={props.onDeleteAll}
        >
          {t('dashDeleteAll', lang)}
        </button>
      </div>
      {verify !== null && <VerifyResult result={verify} lang={lang} />}
      <div class="field">
        <label for="import-input">{t('dashImport', lang)}</label>
        <input
          id="import-input"
          type="file"
          accept=".json,application/json"
          data-testid="import-input"
          aria-describedby="import-help"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again is a new change.
            input.value = '';
            if (file !== undefined) props.onImport(file);
          }}
        />
        <p id="import-help" class="small muted">
          {t('dashImportHelp', lang)}
        </p>
      </div>
      {imported !== null && <ImportMessage outcome={imported} lang={lang} />}
    </section>
  );
}

function VerifyResult({ result, lang }: { readonly result: ChainResult; readonly lang: UiLang }) {
  return (
    <div
      class={result.ok ? 'result ok' : 'result broken'}
      data-testid="verify-result"
      data-ok={result.ok ? 'true' : 'false'}
      role="status"
    >
      {result.ok ? (
        <>
          <p>{t('dashVerifyOk', lang, String(result.records), String(result.tombstones))}</p>
          <code class="hash">{result.headHash}</code>
        </>
      ) : (
        <>
          <p class="label">
            {t(
              'dashVerifyBroken',
              lang,
              String(result.firstBrokenIndex + 1),
              CHAIN_PROBLEM_TEXT[result.reason][lang],
            )}
          </p>
          <p>{t('dashVerifyBrokenMeaning', lang)}</p>
        </>
      )}
    </div>
  );
}

function ImportMessage({
  outcome,
  lang,
}: {
  readonly outcome: ImportOutcome;
  readonly lang: UiLang;
}) {
  if (outcome.ok)
    return (
      <p
        class="result ok"
        data-testid="import-result"
        data-ok="true"
        data-added={outcome.result.added}
        role="status"
      >
        {t(
          'dashImported',
          lang,
          String(outcome.result.added),
          String(outcome.result.alreadyPresent),
        )}
      </p>
    );
  const { error } = outcome;
  return (
    <div
      class="result broken"
      data-testid="import-result"
      data-ok="false"
      data-code={error.code}
      role="alert"
    >
      <p class="label">{error.messages[lang]}</p>
      <p>{t('dashNothingChanged', lang)}</p>
      {error.detail !== undefined && (
        <p class="small muted">
          {t('dashTechnical', lang)} <span lang="en">{error.detail}</span>
        </p>
      )}
    </div>
  );
}

import type { ReportView } from '../analyzer/report';
import { t, type UiLang } from '../utils/i18n';
import { ReportLink } from './report-document';
import type { LedgerState } from './report-ledger-source';

// The report's disclosure-history section: the site's ledger records (time,
// categories, consent state, policy link, hash) and whether the hash chain
// verified. The rows come from the ReportView, as in the exports.

interface Props {
  readonly state: LedgerState;
  /** Built with the ledger summary once `state` is ready. */
  readonly v: ReportView;
  readonly lang: UiLang;
}

export function ReportLedger({ state, v, lang }: Props) {
  const { t: rt } = v;
  return (
    <section
      class="section"
      aria-labelledby="r-ledger"
      data-testid="report-ledger"
      data-state={state.kind}
      aria-busy={state.kind === 'loading' || state.kind === 'verifying'}
    >
      <h2 id="r-ledger">{rt.ledger}</h2>
      <LedgerBody state={state} v={v} lang={lang} />
    </section>
  );
}

function LedgerBody({ state, v, lang }: Props) {
  const { t: rt, ledger } = v;
  switch (state.kind) {
    case 'loading':
      return <p class="muted">{t('rptLedgerLoading', lang)}</p>;
    case 'verifying':
      return (
        <p class="muted" role="status">
          {t('rptLedgerVerifying', lang, String(state.count))}
        </p>
      );
    case 'none':
      return <p class="muted">{t('rptLedgerNone', lang)}</p>;
    case 'error':
      return (
        <p class="warn" role="alert" data-testid="ledger-error" data-code={state.error.code}>
          {t('rptLedgerUnavailable', lang)} {state.error.messages[lang]}
        </p>
      );
    case 'ready':
      break;
  }
  if (ledger === null) return null;
  return (
    <>
      <p
        data-testid="ledger-verified"
        data-ok={ledger.verified ? 'true' : 'false'}
        class={ledger.verified ? 'ok' : 'warn'}
        role={ledger.verified ? undefined : 'alert'}
      >
        {ledger.verified ? rt.ledgerVerified : rt.ledgerBroken}
      </p>
      {ledger.algorithm !== null && (
        <p class="muted small">
          {rt.algorithm}: {ledger.algorithm}
        </p>
      )}
      {state.more && <p class="muted small">{t('rptLedgerMore', lang)}</p>}
      <table class="ledger-table">
        <thead>
          <tr>
            <th scope="col">{rt.date}</th>
            <th scope="col">{rt.disclosed}</th>
            <th scope="col">{rt.consentAtSubmit}</th>
            <th scope="col">{rt.policyUrl}</th>
            <th scope="col">{rt.hash}</th>
          </tr>
        </thead>
        <tbody>
          {ledger.records.map((r) => (
            <tr key={r.hash} data-testid="ledger-record">
              <td>
                {r.at}
                <br />
                <span class="muted small">{r.site}</span>
              </td>
              <td>{r.categories}</td>
              <td>
                {r.consents.length === 0
                  ? '-'
                  : r.consents.map((c, i) => (
                      <span key={i} class="ledger-consent">
                        “{c.text}”: {c.state}
                      </span>
                    ))}
              </td>
              <td>{r.policyUrl === null ? '-' : <ReportLink url={r.policyUrl} />}</td>
              <td class="hash">{r.hash}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

import type { ComponentChildren } from 'preact';
import type { ReportView } from '../analyzer/report';
import { isWebUrl } from '../analyzer/report/escape';
import type { FindingView } from '../analyzer/report/report-model';

// The report page's body, drawn from the same ReportView that the Markdown
// and HTML exports are rendered from, so the page, the print and the files say
// the same thing in the same words. Every string is rendered as text.

/** A URL as a link only when it is plain http(s); `label` text gets the URL printed after it. */
export function ReportLink({ url, label }: { readonly url: string; readonly label?: string }) {
  if (!isWebUrl(url)) return <span class="url">{label ?? url}</span>;
  return (
    <a
      class={label === undefined ? 'url' : 'url print-href'}
      href={url}
      target="_blank"
      rel="noreferrer noopener"
    >
      {label ?? url}
    </a>
  );
}

function Section(props: {
  readonly id: string;
  readonly title: string;
  readonly testId: string;
  readonly children: ComponentChildren;
}) {
  return (
    <section class="section" aria-labelledby={props.id} data-testid={props.testId}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function ReportFinding({
  finding,
  v,
  testId = 'finding',
}: {
  readonly finding: FindingView;
  readonly v: ReportView;
  /** `finding` for the page's findings, `policy-finding` for the policy's. */
  readonly testId?: string;
}) {
  const { t } = v;
  return (
    <article
      class={`finding report-finding sev-${finding.severity}`}
      data-testid={testId}
      data-rule-id={finding.ruleId}
      data-severity={finding.severity}
    >
      <h3>
        <span class={`sev-tag sev-${finding.severity}`}>{finding.severityName}</span>{' '}
        {finding.title}
      </h3>
      <p>{finding.explanation}</p>
      <p class="citation">
        <strong>{t.citation}:</strong>{' '}
        <span data-testid="citation">{finding.citations.join('; ') || '-'}</span>{' '}
        <span class="selector">[{finding.ruleId}]</span>
      </p>
      {finding.evidence.length > 0 && (
        <div class="evidence">
          <p>
            <strong>{t.evidence}:</strong>
          </p>
          {finding.evidence.map((e, i) => (
            <blockquote key={i} lang={v.page.language || undefined}>
              {e.text !== undefined && `“${e.text}”`}
              {e.selector !== undefined && (
                <>
                  {' '}
                  <code class="selector">{e.selector}</code>
                </>
              )}
            </blockquote>
          ))}
        </div>
      )}
    </article>
  );
}

function PageMeta({ v }: { readonly v: ReportView }) {
  const { t, page } = v;
  return (
    <Section id="r-page" title={t.page} testId="report-page-meta">
      <dl class="meta">
        <div>
          <dt>{t.url}</dt>
          <dd data-testid="report-url">
            <ReportLink url={page.url} />
          </dd>
        </div>
        <div>
          <dt>{t.analysedAt}</dt>
          <dd data-testid="report-time">{page.analysedAt}</dd>
        </div>
        <div>
          <dt>{t.pageKind}</dt>
          <dd>{page.pageKind}</dd>
        </div>
        <div>
          <dt>{t.language}</dt>
          <dd>{page.language}</dd>
        </div>
        <div>
          <dt>{t.grade}</dt>
          <dd data-testid="report-grade" class="report-grade">
            {page.grade ?? t.noGrade}
          </dd>
        </div>
        {page.rulebookName !== null && (
          <div>
            <dt>{t.rulebook}</dt>
            <dd data-testid="report-rulebook">
              {page.rulebookName}
              <br />
              <span class="muted small">{page.rulebookStatus}</span>
            </dd>
          </div>
        )}
      </dl>
      {page.why.length > 0 && (
        <details class="why-score" data-testid="why-score" open>
          <summary>{t.why}</summary>
          <ul>
            {page.why.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {page.policyLinks.length > 0 && (
        <p class="policy-links">
          <strong>{t.policyLinks}:</strong>{' '}
          {page.policyLinks.map((l, i) => (
            <span key={i}>
              {i > 0 && '; '}
              <ReportLink url={l.href} {...(l.text === '' ? {} : { label: l.text })} />
            </span>
          ))}
        </p>
      )}
    </Section>
  );
}

function DataTables({ v }: { readonly v: ReportView }) {
  const { t } = v;
  return (
    <>
      <Section id="r-data" title={t.categories} testId="report-categories">
        {v.categories.length === 0 ? (
          <p class="muted">{t.noCategories}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.categories}</th>
                <th scope="col">{t.required}</th>
                <th scope="col">{t.fieldLabels}</th>
              </tr>
            </thead>
            <tbody>
              {v.categories.map((c) => (
                <tr
                  key={c.category}
                  data-testid="category"
                  data-category={c.category}
                  data-specific={c.specific ? 'true' : 'false'}
                >
                  <td class={c.specific ? 'specific' : undefined}>
                    {c.name}
                    {c.specific && ` — ${t.specificMark}`}
                  </td>
                  <td>{c.required ? t.yes : t.no}</td>
                  <td>{c.labels.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="r-consents" title={t.consents} testId="report-consents">
        {v.consents.length === 0 ? (
          <p class="muted">{t.noConsents}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.consents}</th>
                <th scope="col">{t.control}</th>
                <th scope="col">{t.defaultState}</th>
                <th scope="col">{t.purposes}</th>
              </tr>
            </thead>
            <tbody>
              {v.consents.map((c, i) => (
                <tr
                  key={i}
                  data-testid="consent"
                  data-control={c.kind}
                  data-prechecked={c.prechecked ? 'true' : 'false'}
                >
                  <td lang={v.page.language || undefined}>“{c.text}”</td>
                  <td>
                    {c.control}; {c.required ? t.required : t.optional}
                  </td>
                  <td class={c.prechecked ? 'warn' : undefined}>{c.defaultState}</td>
                  <td>
                    {c.purposes}
                    {c.bundled && (
                      <>
                        <br />
                        {t.bundled}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="r-perm" title={t.permissions} testId="report-permissions">
        <p class="muted small">{t.permissionsNote}</p>
        {v.permissions.length === 0 ? (
          <p class="muted">{t.noPermissions}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.permission}</th>
                <th scope="col">{t.time}</th>
                <th scope="col">{t.gesture}</th>
              </tr>
            </thead>
            <tbody>
              {v.permissions.map((p, i) => (
                <tr
                  key={i}
                  data-testid="permission-request"
                  data-permission={p.permission}
                  data-user-gesture={p.userGesture ? 'true' : 'false'}
                >
                  <td>{p.permission}</td>
                  <td>{p.at}</td>
                  <td>{p.userGesture ? t.yes : t.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}

/** The policy checklist from the ReportView (present only when the policy was read). */
export function ReportPolicy({ v }: { readonly v: ReportView }) {
  const { t, policy } = v;
  if (policy === null) return null;
  const state = (s: 'present' | 'weak' | 'missing') =>
    s === 'present' ? t.present : s === 'weak' ? t.weak : t.missing;
  return (
    <div data-testid="report-policy-checklist">
      <p>
        <strong>{t.policySource}:</strong> <ReportLink url={policy.source} /> ({policy.language})
      </p>
      {policy.truncated && <p class="muted small">{t.truncated}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t.element}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.evidence}</th>
          </tr>
        </thead>
        <tbody>
          {policy.rows.map((r) => (
            <tr key={r.name} data-testid="policy-row" data-state={r.state}>
              <td>{r.name}</td>
              <td class={r.state === 'missing' ? 'warn' : undefined}>{state(r.state)}</td>
              <td lang={policy.language || undefined}>
                {r.evidence === '' ? '' : `“${r.evidence}”`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {policy.findings.map((f, i) => (
        <ReportFinding key={`${f.ruleId}-${i}`} finding={f} v={v} testId="policy-finding" />
      ))}
    </div>
  );
}

/** The policy changed since the user's last disclosure on the site (TabView.policy.changed). */
export function ReportPolicyChange({ v }: { readonly v: ReportView }) {
  const { t, policyChange: c } = v;
  if (c === null) return null;
  return (
    <Section id="r-policy-changed" title={t.policyChanged} testId="report-policy-changed">
      <p class="alert" data-testid="report-policy-changed-notice">
        {c.notice}
      </p>
      {c.citations.length > 0 && (
        <p class="citation">
          <strong>{t.citation}:</strong>{' '}
          <span data-testid="report-policy-changed-citation">{c.citations.join('; ')}</span>{' '}
          <span class="selector">[{c.ruleId}]</span>
        </p>
      )}
    </Section>
  );
}

interface Props {
  readonly v: ReportView;
  /** The policy section's body when the ReportView has no policy (loading, failed, none). */
  readonly policyStatus?: ComponentChildren;
}

/** Page, findings, data, consents, permissions and the policy checklist, in the exports' order. */
export function ReportDocument({ v, policyStatus }: Props) {
  const { t } = v;
  return (
    <>
      <PageMeta v={v} />
      <Section
        id="r-findings"
        title={`${t.findings} (${v.findings.length})`}
        testId="report-findings"
      >
        {v.findings.length === 0 ? (
          <p class="muted">{t.noFindings}</p>
        ) : (
          v.findings.map((f, i) => <ReportFinding key={`${f.ruleId}-${i}`} finding={f} v={v} />)
        )}
      </Section>
      <DataTables v={v} />
      <ReportPolicyChange v={v} />
      {(v.policy !== null || policyStatus !== undefined) && (
        <Section id="r-policy" title={t.policy} testId="report-policy">
          {v.policy !== null ? <ReportPolicy v={v} /> : policyStatus}
        </Section>
      )}
    </>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { categoriesOf, type LetterKind } from '../../analyzer/report';
import { ZONES, type Zone } from '../../analyzer/report/deadlines';
import { contactOf } from '../../analyzer/report/letters/common';
import { hostOf } from '../../components/format';
import { LetterComplaintFields } from '../../components/letter-complaint-fields';
import { LetterDeadline } from '../../components/letter-deadline';
import { LetterDetailsFields } from '../../components/letter-details-fields';
import { LetterEditor } from '../../components/letter-editor';
import {
  buildLetter,
  localInput,
  type LetterContext,
  type LetterForm,
} from '../../components/letter-form';
import { KIND_TEXT, LetterKindPicker } from '../../components/letter-kind-picker';
import { LetterMarkSent, type MarkState } from '../../components/letter-mark-sent';
import {
  LetterCategories,
  LetterControllerFields,
  LetterDetailsField,
} from '../../components/letter-request-fields';
import { dueOf } from '../../components/request-due';
import { useSettings } from '../../components/use-settings';
import { addRequest, markReminded } from '../../history';
import { t, type UiLang } from '../../utils/i18n';
import {
  draftOf,
  forgetProfile,
  getProfile,
  isEmptyProfile,
  saveProfile,
  validateProfile,
  type ProfileDraft,
  type ProfileField,
} from '../../utils/profile';
import { parseLettersParams } from './params';
import {
  loadSource,
  openDefaultLedger,
  type LettersSource,
  type MakeTasks,
  type OpenLedger,
} from './source';

// letters.html: a complaint or data-subject request drafted from the tab's
// analysis and the site's history, edited by the user, copied or downloaded,
// and — once the user has sent it themselves — tracked in the dashboard.
// The text comes from analyzer/report/letters; this page only gathers inputs.

interface Props {
  readonly search: string;
  readonly openLedger?: OpenLedger;
  /** Where the chain check runs (main.tsx: the ledger worker); in-page by default. */
  readonly makeTasks?: MakeTasks;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

interface Loaded {
  readonly source: LettersSource;
  readonly remembered: ProfileDraft;
}

function initialForm(source: LettersSource, kind: LetterKind, now: Date, user: ProfileDraft) {
  const zone: Zone = source.request?.zone ?? 'WIB';
  const r = source.request;
  const escalate = r !== null && r.kind !== 'complaint' && kind === 'complaint';
  const host = source.url === null ? '' : hostOf(source.url);
  const form: LetterForm = {
    kind,
    zone,
    user,
    controllerName: r?.controller || host,
    controllerContact: '',
    details: '',
    sentAt: localInput(now, zone),
    recipient: '',
    knownDate: '',
    consent: true,
    breach: {
      on: false,
      leaked: '',
      categories: [],
      learnedAt: '',
      source: '',
      notice: 'unknown',
      noticeAt: '',
    },
    unanswered: {
      on: escalate,
      requestId: escalate ? r.id : '',
      kind: r !== null && r.kind !== 'complaint' ? r.kind : 'access',
      sentAt: r === null ? '' : localInput(new Date(r.sentAt), zone),
    },
    useLedger: true,
  };
  return form;
}

export function App({ search, openLedger = openDefaultLedger, makeTasks, now: clock }: Props) {
  const { lang } = useSettings();
  const params = useMemo(() => parseLettersParams(search), [search]);
  const [now] = useState(() => (clock ?? (() => new Date()))());
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  /** The site's record count while the chain is checked, before the page has its inputs. */
  const [verifying, setVerifying] = useState<number | null>(null);
  const [form, setForm] = useState<LetterForm | null>(null);
  const [remember, setRemember] = useState(false);
  const [invalid, setInvalid] = useState<readonly ProfileField[]>([]);
  const [profileNote, setProfileNote] = useState<'' | 'saved' | 'forgotten' | 'failed'>('');
  const [text, setText] = useState('');
  // The draft the text was last filled from; a ref, so a late effect never acts on a stale copy.
  const base = useRef<string | null>(null);
  const [, setKept] = useState(0);
  const [mark, setMark] = useState<MarkState>({ kind: 'idle' });
  const touchedProfile = useRef(false);

  useEffect(() => {
    document.title = `${t('lettersTitle', lang)} · Tegas`;
  }, [lang]);

  useEffect(() => {
    let alive = true;
    let db: LettersSource['db'] = null;
    const options = {
      ...(makeTasks === undefined ? {} : { makeTasks }),
      onVerifying: (count: number) => alive && setVerifying(count),
    };
    void Promise.all([
      loadSource(params, openLedger, options),
      getProfile().catch(() => ({})),
    ]).then(([source, profile]) => {
      db = source.db;
      if (!alive) {
        db?.close();
        return;
      }
      const user = draftOf(profile);
      const kind: LetterKind =
        params.followup === 'complaint'
          ? 'complaint'
          : params.followup === 'reminder' &&
              source.request !== null &&
              source.request.kind !== 'complaint'
            ? source.request.kind
            : (params.kind ?? source.request?.kind ?? 'access');
      setRemember(!isEmptyProfile(profile));
      setLoaded({ source, remembered: user });
      setForm(initialForm(source, kind, now, user));
    });
    return () => {
      alive = false;
      db?.close();
    };
  }, [params, openLedger, makeTasks, now]);

  const source = loaded?.source ?? null;
  const reminderFor =
    params.followup === 'reminder' && source?.request != null && source.request.kind !== 'complaint'
      ? { kind: source.request.kind, sentAt: new Date(source.request.sentAt) }
      : undefined;
  const ctx: LetterContext = useMemo(
    () =>
      source === null
        ? {}
        : {
            ...(source.scan === undefined ? {} : { scan: source.scan }),
            ...(source.analysedAt === undefined ? {} : { analysedAt: source.analysedAt }),
            ...(source.policy === undefined ? {} : { policy: source.policy }),
            ...(source.ledger === undefined ? {} : { ledger: source.ledger }),
            ...(reminderFor === undefined ? {} : { reminderFor }),
          },
    // reminderFor is derived from source and params.followup.
    [source, params.followup],
  );
  const built = useMemo(
    () => (form === null ? null : buildLetter(form, ctx, now, lang)),
    [form, ctx, now, lang],
  );
  const generated = built?.letter.body ?? null;

  // An unedited text follows the inputs; an edited one waits for the user's word.
  useEffect(() => {
    if (generated === null) return;
    setText((current) => {
      const follows = base.current === null || current === base.current;
      if (follows) base.current = generated;
      return follows ? generated : current;
    });
  }, [generated]);
  const pending =
    generated !== null &&
    base.current !== null &&
    generated !== base.current &&
    text !== base.current;

  // Remember the details only when the user asks to; a bad field is flagged and not saved.
  useEffect(() => {
    if (form === null || !touchedProfile.current) return;
    if (!remember) return;
    const result = validateProfile(form.user);
    if (!result.ok) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    saveProfile(result.profile).then(
      () => setProfileNote('saved'),
      () => setProfileNote('failed'),
    );
  }, [form?.user, remember]);

  if (loaded === null || form === null || built === null || source === null) {
    return (
      <main class="letters" data-testid="letters-root" aria-busy="true">
        <h1>{t('lettersTitle', lang)}</h1>
        <p class="muted" role="status" data-testid="letters-loading">
          {verifying === null ? t('loading', lang) : t('leVerifying', lang, String(verifying))}
        </p>
      </main>
    );
  }

  const patch = (p: Partial<LetterForm>) => {
    setMark({ kind: 'idle' });
    setForm({ ...form, ...p });
  };
  const letter = built.letter;
  const uses = categoriesOf(ctx.scan, form.useLedger ? ctx.ledger : undefined);
  const findings = (ctx.scan?.findings ?? []).filter((f) => f.severity !== 'info');
  const policyContact = (() => {
    const c = contactOf({ date: now, ...(ctx.policy === undefined ? {} : { policy: ctx.policy }) });
    return c?.fromPolicy ? c.value : undefined;
  })();
  const day = form.sentAt.slice(0, 10) || localInput(now, form.zone).slice(0, 10);
  const fileBase = `tegas-${reminderFor === undefined ? form.kind : 'reminder'}-${safeName(source.url === null ? '' : hostOf(source.url))}-${day}`;
  const sentBad = built.badDates.includes('sentAt');

  const onMark = () => {
    const db = source.db;
    const sentAt = built.input.sentAt;
    if (db === null || sentAt === undefined) return;
    setMark({ kind: 'saving' });
    const done =
      reminderFor !== undefined && source.request !== null
        ? markReminded(db.db, source.request.id, sentAt).then(() => setMark({ kind: 'reminded' }))
        : addRequest(
            db.db,
            {
              kind: form.kind,
              origin: source.origin,
              controller:
                form.controllerName.trim() || (source.url === null ? '' : hostOf(source.url)),
              categories: [
                ...uses.map((u) => u.category),
                ...(form.kind === 'complaint' && form.breach.on ? form.breach.categories : []),
              ],
              sentAt,
              zone: form.zone,
              due: dueOf(form.kind, sentAt, form.zone),
              followUpOf:
                form.kind === 'complaint' && form.unanswered.on && form.unanswered.requestId !== ''
                  ? form.unanswered.requestId
                  : null,
            },
            now,
          ).then((request) => setMark({ kind: 'saved', request }));
    done.catch((e: unknown) => setMark({ kind: 'failed', message: messageOf(e, lang) }));
  };

  return (
    <main class="letters" data-testid="letters-root" data-kind={form.kind}>
      <header class="letters-header">
        <p class="brand">Tegas</p>
        <h1>{t('lettersTitle', lang)}</h1>
        <p class="muted">{t('lettersIntro', lang)}</p>
        {source.url !== null && (
          <p class="small" data-testid="letters-site">
            {t('lettersFor', lang, source.url)}
          </p>
        )}
      </header>
      <Problems source={source} lang={lang} />

      {reminderFor !== undefined ? (
        <p class="notice" data-testid="letters-reminder">
          {t(
            'lettersReminderFor',
            lang,
            t(KIND_TEXT[reminderFor.kind].name, lang),
            new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
              dateStyle: 'long',
              timeStyle: 'short',
            }).format(reminderFor.sentAt),
          )}
        </p>
      ) : (
        <LetterKindPicker kind={form.kind} lang={lang} onKind={(kind) => patch({ kind })} />
      )}

      <div class="letters-grid">
        <div class="letters-inputs">
          <section aria-labelledby="h-you">
            <h2 id="h-you">{t('lettersYouHeading', lang)}</h2>
            <p class="small muted">{t('lettersYouHelp', lang)}</p>
            <LetterDetailsFields
              idPrefix="letter-user"
              draft={form.user}
              invalid={invalid}
              lang={lang}
              onChange={(user) => {
                touchedProfile.current = true;
                patch({ user });
              }}
            />
            <label class="check">
              <input
                type="checkbox"
                data-testid="letter-remember"
                checked={remember}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  touchedProfile.current = true;
                  setRemember(on);
                  if (!on)
                    forgetProfile().then(
                      () => setProfileNote('forgotten'),
                      () => setProfileNote('failed'),
                    );
                }}
              />
              {t('lettersRemember', lang)}
            </label>
            <p class="small" role="status" aria-live="polite" data-testid="letter-profile-status">
              {profileNote === 'saved' && remember
                ? t('profileSaved', lang)
                : profileNote === 'forgotten'
                  ? t('profileForgotten', lang)
                  : profileNote === 'failed'
                    ? t('saveFailed', lang)
                    : ''}
            </p>
          </section>

          <section aria-labelledby="h-shop">
            <h2 id="h-shop">
              {t(
                form.kind === 'complaint' ? 'lettersComplaintHeading' : 'lettersShopHeading',
                lang,
              )}
            </h2>
            <LetterControllerFields
              form={form}
              lang={lang}
              policyContact={policyContact}
              onForm={patch}
            />
            {form.kind === 'complaint' ? (
              <LetterComplaintFields
                form={form}
                lang={lang}
                findings={findings}
                tracked={source.tracked}
                badDates={built.badDates}
                onForm={patch}
              />
            ) : (
              <>
                <LetterDetailsField form={form} lang={lang} onForm={patch} />
                <LetterCategories uses={uses} lang={lang} />
              </>
            )}
            <div class="field">
              <label for="letter-zone">{t('lettersZone', lang)}</label>
              <select
                id="letter-zone"
                data-testid="letter-zone"
                value={form.zone}
                onChange={(e) => {
                  const zone = ZONES.find((z) => z === e.currentTarget.value);
                  if (zone !== undefined) patch({ zone });
                }}
              >
                {ZONES.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            </div>
          </section>

          <Evidence source={source} form={form} lang={lang} onForm={patch} />
        </div>

        <div class="letters-output">
          <LetterDeadline letter={letter} lang={lang} />
          <LetterEditor
            text={text}
            lang={lang}
            fileBase={fileBase}
            pending={pending}
            onText={setText}
            onReplace={() => {
              if (generated === null) return;
              base.current = generated;
              setText(generated);
            }}
            onKeep={() => {
              base.current = generated;
              setKept((n) => n + 1);
            }}
          />
          <LetterMarkSent
            sentAt={form.sentAt}
            badSentAt={sentBad}
            lang={lang}
            state={mark}
            available={source.db !== null}
            reminder={reminderFor !== undefined}
            dashboardUrl={browser.runtime.getURL('/dashboard.html')}
            onSentAt={(sentAt) => patch({ sentAt })}
            onMark={onMark}
          />
        </div>
      </div>
    </main>
  );
}

function messageOf(error: unknown, lang: UiLang): string {
  if (typeof error === 'object' && error !== null && 'messages' in error) {
    const m = (error as { messages: unknown }).messages;
    if (typeof m === 'object' && m !== null && lang in m) {
      const text = (m as Record<string, unknown>)[lang];
      if (typeof text === 'string') return text;
    }
  }
  return t('saveFailed', lang);
}

/** A host as part of a file name on every system. */
function safeName(host: string): string {
  const safe = host
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe.slice(0, 80) || 'surat';
}

function Problems({ source, lang }: { readonly source: LettersSource; readonly lang: UiLang }) {
  return (
    <>
      {source.tabProblem !== null && (
        <p class="notice" data-testid="letters-tab-problem" data-reason={source.tabProblem}>
          {t(source.tabProblem === 'gone' ? 'lettersTabGone' : 'lettersTabNotAnalysed', lang)}
        </p>
      )}
      {source.requestMissing && (
        <p class="notice" data-testid="letters-request-missing">
          {t('lettersRequestMissing', lang)}
        </p>
      )}
      {source.ledgerError !== null && (
        <p
          class="alert"
          role="alert"
          data-testid="ledger-error"
          data-code={source.ledgerError.code}
        >
          {source.ledgerError.messages[lang]}
        </p>
      )}
    </>
  );
}

interface EvidenceProps {
  readonly source: LettersSource;
  readonly form: LetterForm;
  readonly lang: UiLang;
  readonly onForm: (p: Partial<LetterForm>) => void;
}

/** The site's history records the letter cites: date, categories, hash. */
function Evidence({ source, form, lang, onForm }: EvidenceProps) {
  const ledger = source.ledger;
  return (
    <section aria-labelledby="h-evidence" data-testid="letter-evidence">
      <h2 id="h-evidence">{t('lettersEvidenceHeading', lang)}</h2>
      {ledger === undefined || ledger.records.length === 0 ? (
        <p class="small muted">{t('lettersEvidenceNone', lang)}</p>
      ) : (
        <>
          <label class="check">
            <input
              type="checkbox"
              data-testid="letter-use-ledger"
              checked={form.useLedger}
              onChange={(e) => onForm({ useLedger: e.currentTarget.checked })}
            />
            {t('lettersEvidenceUse', lang, String(ledger.records.length))}
          </label>
          <p
            class="small"
            data-testid="letter-chain"
            data-ok={ledger.chainVerified ? 'true' : 'false'}
          >
            {t(ledger.chainVerified ? 'lettersChainOk' : 'lettersChainBroken', lang)}
          </p>
          <ul class="small evidence-list">
            {ledger.records.map((r) => (
              <li key={r.hash} data-testid="letter-evidence-record">
                {new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(r.at))}{' '}
                — <code title={r.hash}>{r.hash.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

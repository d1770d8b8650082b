import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { categoriesOf } from '../../analyzer/report';
import { LetterComplaintFields } from '../../components/letter-complaint-fields';
import { LetterDeadline } from '../../components/letter-deadline';
import { LetterEditor } from '../../components/letter-editor';
import { buildLetter, type LetterForm } from '../../components/letter-form';
import { LetterKindPicker } from '../../components/letter-kind-picker';
import { LetterMarkSent, type MarkState } from '../../components/letter-mark-sent';
import {
  LetterCategories,
  LetterControllerFields,
  LetterDetailsField,
} from '../../components/letter-request-fields';
import { useSettings } from '../../components/use-settings';
import { t } from '../../utils/i18n';
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
import { markSent } from './mark-sent';
import { parseLettersParams } from './params';
import {
  Evidence,
  LettersHeader,
  LettersLoading,
  Problems,
  ReminderNotice,
  YouSection,
  ZoneField,
  type ProfileNote,
} from './sections';
import {
  loadSource,
  openDefaultLedger,
  type LettersSource,
  type MakeTasks,
  type OpenLedger,
} from './source';
import {
  contextOf,
  fileBaseOf,
  initialForm,
  initialKind,
  policyContactOf,
  reminderOf,
} from './state';

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
  const [profileNote, setProfileNote] = useState<ProfileNote>('');
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
      const kind = initialKind(params, source);
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
  const reminderFor = reminderOf(params.followup, source);
  const ctx = useMemo(
    () => contextOf(source, reminderFor),
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
    return <LettersLoading verifying={verifying} lang={lang} />;
  }

  const patch = (p: Partial<LetterForm>) => {
    setMark({ kind: 'idle' });
    setForm({ ...form, ...p });
  };
  const letter = built.letter;
  const uses = categoriesOf(ctx.scan, form.useLedger ? ctx.ledger : undefined);
  const findings = (ctx.scan?.findings ?? []).filter((f) => f.severity !== 'info');
  const policyContact = policyContactOf(ctx, now);
  const fileBase = fileBaseOf(form, source, reminderFor !== undefined, now);
  const sentBad = built.badDates.includes('sentAt');

  const onMark = () => {
    const db = source.db;
    const sentAt = built.input.sentAt;
    if (db === null || sentAt === undefined) return;
    setMark({ kind: 'saving' });
    const reminder = reminderFor !== undefined;
    void markSent({ db, sentAt, source, form, uses, reminder, now, lang }).then(setMark);
  };

  return (
    <main class="letters" data-testid="letters-root" data-kind={form.kind}>
      <LettersHeader url={source.url} lang={lang} />
      <Problems source={source} lang={lang} />

      {reminderFor !== undefined ? (
        <ReminderNotice reminderFor={reminderFor} lang={lang} />
      ) : (
        <LetterKindPicker kind={form.kind} lang={lang} onKind={(kind) => patch({ kind })} />
      )}

      <div class="letters-grid">
        <div class="letters-inputs">
          <YouSection
            draft={form.user}
            invalid={invalid}
            remember={remember}
            note={profileNote}
            lang={lang}
            onDraft={(user) => {
              touchedProfile.current = true;
              patch({ user });
            }}
            onRemember={(on) => {
              touchedProfile.current = true;
              setRemember(on);
              if (!on)
                forgetProfile().then(
                  () => setProfileNote('forgotten'),
                  () => setProfileNote('failed'),
                );
            }}
          />

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
            <ZoneField form={form} lang={lang} onForm={patch} />
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

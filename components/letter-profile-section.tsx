import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '../utils/i18n';
import {
  EMPTY_DRAFT,
  draftOf,
  forgetProfile,
  getProfile,
  saveProfile,
  validateProfile,
  type ProfileDraft,
  type ProfileField,
} from '../utils/profile';
import { LetterDetailsFields } from './letter-details-fields';

// Settings: "Your details for letters". Stored on this device only, used only
// to fill letter drafts; a bad field is flagged and nothing is saved.

type Status = '' | 'saved' | 'forgotten' | 'invalid' | 'failed';

export function LetterProfileSection({ lang }: { readonly lang: UiLang }) {
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [invalid, setInvalid] = useState<readonly ProfileField[]>([]);
  const [status, setStatus] = useState<Status>('');

  useEffect(() => {
    let alive = true;
    getProfile().then(
      (p) => alive && setDraft(draftOf(p)),
      () => alive && setDraft(EMPTY_DRAFT),
    );
    return () => {
      alive = false;
    };
  }, []);

  const save = async () => {
    if (draft === null) return;
    const result = validateProfile(draft);
    if (!result.ok) {
      setInvalid(result.invalid);
      setStatus('invalid');
      return;
    }
    setInvalid([]);
    try {
      await saveProfile(result.profile);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const forget = async () => {
    try {
      await forgetProfile();
      setDraft(EMPTY_DRAFT);
      setInvalid([]);
      setStatus('forgotten');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section aria-labelledby="h-profile" data-testid="profile-section">
      <h2 id="h-profile">{t('profileHeading', lang)}</h2>
      <p class="small muted">{t('profileHelp', lang)}</p>
      {draft === null ? (
        <p class="muted">{t('loading', lang)}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <LetterDetailsFields
            idPrefix="profile"
            draft={draft}
            invalid={invalid}
            lang={lang}
            onChange={(d) => {
              setDraft(d);
              setStatus('');
            }}
          />
          <p class="actions">
            <button type="submit" class="button primary" data-testid="profile-save">
              {t('profileSave', lang)}
            </button>{' '}
            <button
              type="button"
              class="button"
              data-testid="profile-forget"
              onClick={() => void forget()}
            >
              {t('profileForget', lang)}
            </button>
          </p>
        </form>
      )}
      <p class="small" data-testid="profile-status" role="status" aria-live="polite">
        {status === 'saved'
          ? t('profileSaved', lang)
          : status === 'forgotten'
            ? t('profileForgotten', lang)
            : status === 'invalid'
              ? t('profileNotSaved', lang)
              : status === 'failed'
                ? t('saveFailed', lang)
                : ''}
      </p>
    </section>
  );
}

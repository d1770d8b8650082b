import { t, type MessageKey, type UiLang } from '../utils/i18n';
import {
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  type ProfileDraft,
  type ProfileField,
} from '../utils/profile';

// The user's own details for letters: the same five inputs on the letters
// page and in the settings.

const LABEL: Readonly<Record<ProfileField, MessageKey>> = {
  name: 'profileName',
  address: 'profileAddress',
  email: 'profileEmail',
  phone: 'profilePhone',
  place: 'profilePlace',
};
const ERROR: Readonly<Record<ProfileField, MessageKey>> = {
  name: 'profileInvalidText',
  address: 'profileInvalidText',
  email: 'profileInvalidEmail',
  phone: 'profileInvalidPhone',
  place: 'profileInvalidText',
};
const AUTOCOMPLETE: Readonly<Record<ProfileField, string>> = {
  name: 'name',
  address: 'street-address',
  email: 'email',
  phone: 'tel',
  place: 'address-level2',
};

interface Props {
  /** Prefix for ids and test ids, unique on the page. */
  readonly idPrefix: string;
  readonly draft: ProfileDraft;
  readonly invalid: readonly ProfileField[];
  readonly lang: UiLang;
  readonly onChange: (draft: ProfileDraft) => void;
}

export function LetterDetailsFields({ idPrefix, draft, invalid, lang, onChange }: Props) {
  return (
    <div class="details-fields">
      {PROFILE_FIELDS.map((field) => {
        const id = `${idPrefix}-${field}`;
        const bad = invalid.includes(field);
        const common = {
          id,
          'data-testid': id,
          value: draft[field],
          maxLength: PROFILE_LIMITS[field],
          autocomplete: AUTOCOMPLETE[field],
          'aria-invalid': bad,
          ...(bad ? { 'aria-describedby': `${id}-error` } : {}),
          onInput: (e: Event) => {
            const target = e.currentTarget;
            if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
              onChange({ ...draft, [field]: target.value });
          },
        };
        return (
          <div key={field} class="field">
            <label for={id}>{t(LABEL[field], lang)}</label>
            {field === 'address' ? (
              <textarea rows={2} {...common} />
            ) : field === 'email' ? (
              <input type="email" {...common} />
            ) : field === 'phone' ? (
              <input type="tel" {...common} />
            ) : (
              <input type="text" {...common} />
            )}
            {bad && (
              <p id={`${id}-error`} class="field-error small">
                {t(ERROR[field], lang)}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

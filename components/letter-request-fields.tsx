import type { CategoryUse, LetterKind } from '../analyzer/report';
import { CATEGORY_NAMES } from '../analyzer/report/labels';
import { t, type MessageKey, type UiLang } from '../utils/i18n';
import type { LetterForm } from './letter-form';

// A data-subject request's inputs: the shop (name and contact, the contact
// prefilled from its privacy policy when it names one), the specifics the
// kind needs, and the data categories the letter will list.

/** The specifics field each kind needs; none for access, deletion and objection. */
const DETAILS: Partial<Record<LetterKind, { label: MessageKey; help: MessageKey }>> = {
  correction: { label: 'lettersDetailsCorrection', help: 'lettersDetailsCorrectionHelp' },
  restrict: { label: 'lettersDetailsRestrict', help: 'lettersDetailsRestrictHelp' },
  withdraw: { label: 'lettersDetailsWithdraw', help: 'lettersDetailsWithdrawHelp' },
};

export function needsDetails(kind: LetterKind): boolean {
  return DETAILS[kind] !== undefined;
}

interface Props {
  readonly form: LetterForm;
  readonly lang: UiLang;
  /** An e-mail the shop's privacy policy names as its contact. */
  readonly policyContact: string | undefined;
  readonly onForm: (patch: Partial<LetterForm>) => void;
}

export function LetterControllerFields({ form, lang, policyContact, onForm }: Props) {
  return (
    <div class="controller-fields">
      <div class="field">
        <label for="controller-name">{t('lettersControllerName', lang)}</label>
        <input
          id="controller-name"
          data-testid="controller-name"
          value={form.controllerName}
          maxLength={200}
          onInput={(e) => onForm({ controllerName: e.currentTarget.value })}
        />
      </div>
      {form.kind !== 'complaint' && (
        <div class="field">
          <label for="controller-contact">{t('lettersControllerContact', lang)}</label>
          <input
            id="controller-contact"
            data-testid="controller-contact"
            value={form.controllerContact}
            maxLength={300}
            aria-describedby={policyContact === undefined ? undefined : 'controller-contact-help'}
            onInput={(e) => onForm({ controllerContact: e.currentTarget.value })}
          />
          {policyContact !== undefined && (
            <p id="controller-contact-help" class="small muted" data-testid="policy-contact">
              {t('lettersPolicyContact', lang, policyContact)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

export function LetterDetailsField({ form, lang, onForm }: Omit<Props, 'policyContact'>) {
  const d = DETAILS[form.kind];
  if (d === undefined) return null;
  return (
    <div class="field">
      <label for="letter-details">{t(d.label, lang)}</label>
      <textarea
        id="letter-details"
        data-testid="letter-details"
        rows={3}
        maxLength={1000}
        value={form.details}
        aria-describedby="letter-details-help"
        onInput={(e) => onForm({ details: e.currentTarget.value })}
      />
      <p id="letter-details-help" class="small muted">
        {t(d.help, lang)}
      </p>
    </div>
  );
}

export function LetterCategories({
  uses,
  lang,
}: {
  readonly uses: readonly CategoryUse[];
  readonly lang: UiLang;
}) {
  return (
    <div class="letter-categories" data-testid="letter-categories">
      <p class="label">{t('lettersCategories', lang)}</p>
      {uses.length === 0 ? (
        <p class="small muted">{t('lettersCategoriesNone', lang)}</p>
      ) : (
        <ul class="chips">
          {uses.map((u) => (
            <li
              key={u.category}
              class={u.specific ? 'chip specific' : 'chip'}
              data-testid="letter-category"
              data-category={u.category}
            >
              {CATEGORY_NAMES[lang][u.category]}
            </li>
          ))}
        </ul>
      )}
      <p class="small muted">{t('lettersCategoriesHelp', lang)}</p>
    </div>
  );
}

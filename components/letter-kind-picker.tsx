import { LETTER_KINDS, type LetterKind } from '../analyzer/report';
import { t, type MessageKey, type UiLang } from '../utils/i18n';

// The letter kinds, each with one line on what it asks and its legal deadline.

export const KIND_TEXT: Readonly<
  Record<
    LetterKind,
    { readonly name: MessageKey; readonly what: MessageKey; readonly due: MessageKey }
  >
> = {
  complaint: {
    name: 'lettersKindComplaint',
    what: 'lettersKindComplaintWhat',
    due: 'lettersKindComplaintDue',
  },
  access: { name: 'lettersKindAccess', what: 'lettersKindAccessWhat', due: 'lettersKindAccessDue' },
  correction: {
    name: 'lettersKindCorrection',
    what: 'lettersKindCorrectionWhat',
    due: 'lettersKindCorrectionDue',
  },
  deletion: {
    name: 'lettersKindDeletion',
    what: 'lettersKindDeletionWhat',
    due: 'lettersKindDeletionDue',
  },
  withdraw: {
    name: 'lettersKindWithdraw',
    what: 'lettersKindWithdrawWhat',
    due: 'lettersKindWithdrawDue',
  },
  restrict: {
    name: 'lettersKindRestrict',
    what: 'lettersKindRestrictWhat',
    due: 'lettersKindRestrictDue',
  },
  object: { name: 'lettersKindObject', what: 'lettersKindObjectWhat', due: 'lettersKindObjectDue' },
};

interface Props {
  readonly kind: LetterKind;
  readonly lang: UiLang;
  readonly onKind: (kind: LetterKind) => void;
}

export function LetterKindPicker({ kind, lang, onKind }: Props) {
  return (
    <fieldset class="letter-kinds" data-testid="letter-kinds">
      <legend>{t('lettersKindLegend', lang)}</legend>
      {LETTER_KINDS.map((k) => (
        <label key={k} class="letter-kind">
          <input
            type="radio"
            name="letter-kind"
            value={k}
            data-testid={`letter-kind-${k}`}
            checked={kind === k}
            onChange={() => onKind(k)}
          />
          <span>
            <span class="label">{t(KIND_TEXT[k].name, lang)}</span>
            <span class="small"> — {t(KIND_TEXT[k].what, lang)}</span>
            <span class="small muted block">{t(KIND_TEXT[k].due, lang)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

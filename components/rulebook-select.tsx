import { getRulebook, RULEBOOK_IDS, isRulebookId, type RulebookId } from '../analyzer/rulebooks';
import type { UiLang } from '../utils/i18n';

interface Props {
  readonly id: string;
  readonly testId: string;
  readonly value: RulebookId;
  readonly lang: UiLang;
  readonly onChange: (id: RulebookId) => void;
  readonly disabled?: boolean;
  /** id of the element holding the chosen rulebook's status line. */
  readonly describedBy?: string;
  /** Short names (the narrow popup) instead of full titles. */
  readonly short?: boolean;
}

/** A <select> of the rulebooks by name; labelled by the caller's <label for={id}>. */
export function RulebookSelect({
  id,
  testId,
  value,
  lang,
  onChange,
  disabled = false,
  describedBy,
  short = false,
}: Props) {
  return (
    <select
      id={id}
      data-testid={testId}
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if (isRulebookId(v)) onChange(v);
      }}
    >
      {RULEBOOK_IDS.map((rb) => (
        <option key={rb} value={rb}>
          {short ? getRulebook(rb).shortName[lang] : getRulebook(rb).name[lang]}
        </option>
      ))}
    </select>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { t, type UiLang } from '../utils/i18n';

interface Props {
  readonly title: string;
  readonly body: string;
  /** A second paragraph: what else the deletion touches or leaves (read with the body). */
  readonly note?: string | undefined;
  readonly lang: UiLang;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal yes/no question before a deletion. Focus starts on "Cancel" (the
 * safe answer), Tab stays inside, Escape cancels, and focus goes back to
 * whatever opened it. The caller makes the rest of the page inert.
 */
export function ConfirmDialog({ title, body, note, lang, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    cancel.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || dialog.current === null) return;
    const buttons = [...dialog.current.querySelectorAll<HTMLElement>('button')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <div class="dialog-backdrop">
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby={note === undefined ? 'confirm-body' : 'confirm-body confirm-note'}
        data-testid="confirm-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id="confirm-title">{title}</h2>
        <p id="confirm-body">{body}</p>
        {note !== undefined && (
          <p id="confirm-note" data-testid="confirm-note">
            {note}
          </p>
        )}
        <div class="dialog-actions">
          <button
            ref={cancel}
            type="button"
            class="button"
            data-testid="confirm-no"
            onClick={onCancel}
          >
            {t('dashConfirmNo', lang)}
          </button>
          <button type="button" class="button danger" data-testid="confirm-yes" onClick={onConfirm}>
            {t('dashConfirmYes', lang)}
          </button>
        </div>
      </div>
    </div>
  );
}

import { useRef, useState } from 'preact/hooks';
import { placeholdersIn } from '../analyzer/report';
import { t, type UiLang } from '../utils/i18n';
import { downloadBlob } from './history-transfer';

// The letter as an editable text: copy it, or download it as .txt or .md.
// Tegas never sends it. The text the user edited is what is copied and saved.

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies through the Clipboard API, else through a selection and execCommand (older browsers). */
export async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: fall back to the selection below.
  }
  if (area === null) return false;
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

const MIME = { txt: 'text/plain;charset=utf-8', md: 'text/markdown;charset=utf-8' } as const;

interface Props {
  readonly text: string;
  readonly lang: UiLang;
  /** Base of the download's file name, without extension. */
  readonly fileBase: string;
  /** The inputs changed after the user edited the text: offer the new draft. */
  readonly pending: boolean;
  readonly onText: (text: string) => void;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}

export function LetterEditor({ text, lang, fileBase, pending, onText, onReplace, onKeep }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const left = placeholdersIn(text);
  return (
    <section class="letter-editor" aria-labelledby="h-letter-text">
      <h2 id="h-letter-text">{t('lettersTextHeading', lang)}</h2>
      {pending && (
        <div class="notice" role="alert" data-testid="letter-regenerate">
          <p>{t('lettersRegenerateAsk', lang)}</p>
          <button type="button" class="button" data-testid="letter-replace" onClick={onReplace}>
            {t('lettersRegenerateYes', lang)}
          </button>{' '}
          <button type="button" class="button" data-testid="letter-keep" onClick={onKeep}>
            {t('lettersRegenerateNo', lang)}
          </button>
        </div>
      )}
      <label for="letter-text" class="small muted">
        {t('lettersTextLabel', lang)}
      </label>
      <textarea
        id="letter-text"
        ref={area}
        data-testid="letter-text"
        rows={24}
        spellcheck
        value={text}
        onInput={(e) => {
          // Read first: a state update below may re-render the controlled textarea.
          const value = e.currentTarget.value;
          setCopy('idle');
          onText(value);
        }}
      />
      {left.length > 0 && (
        <div class="warn small" data-testid="letter-placeholders" data-count={left.length}>
          <p>{t('lettersPlaceholders', lang)}</p>
          <ul>
            {left.map((p) => (
              <li key={p} data-testid="letter-placeholder">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="actions">
        <button
          type="button"
          class="button primary"
          data-testid="letter-copy"
          onClick={() =>
            void copyText(text, area.current).then((ok) => setCopy(ok ? 'copied' : 'failed'))
          }
        >
          {t('lettersCopy', lang)}
        </button>{' '}
        <button
          type="button"
          class="button"
          data-testid="letter-download-txt"
          onClick={() => downloadBlob(new Blob([text], { type: MIME.txt }), `${fileBase}.txt`)}
        >
          {t('lettersDownloadTxt', lang)}
        </button>{' '}
        <button
          type="button"
          class="button"
          data-testid="letter-download-md"
          onClick={() => downloadBlob(new Blob([text], { type: MIME.md }), `${fileBase}.md`)}
        >
          {t('lettersDownloadMd', lang)}
        </button>
      </p>
      <p class="small" role="status" aria-live="polite" data-testid="letter-copy-status">
        {copy === 'copied'
          ? t('lettersCopied', lang)
          : copy === 'failed'
            ? t('lettersCopyFailed', lang)
            : ''}
      </p>
      <p class="small muted">{t('lettersNeverSends', lang)}</p>
    </section>
  );
}

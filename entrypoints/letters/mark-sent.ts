import type { CategoryUse } from '../../analyzer/report';
import { hostOf } from '../../components/format';
import type { LetterForm } from '../../components/letter-form';
import type { MarkState } from '../../components/letter-mark-sent';
import { dueOf } from '../../components/request-due';
import { addRequest, markReminded, type Ledger } from '../../history';
import { t, type UiLang } from '../../utils/i18n';
import type { LettersSource } from './source';

// "Mark as sent": once the user has sent the letter themselves, a reminder
// marks its request reminded and any other letter becomes a tracked request.
// Never rejects: a failure is the state the page shows.

export interface MarkSent {
  readonly db: Ledger;
  /** When the user sent it (the letter input's, already checked). */
  readonly sentAt: Date;
  readonly source: LettersSource;
  readonly form: LetterForm;
  /** The categories the letter names. */
  readonly uses: readonly CategoryUse[];
  readonly reminder: boolean;
  readonly now: Date;
  readonly lang: UiLang;
}

export function markSent(m: MarkSent): Promise<MarkState> {
  const { db, sentAt, source, form, now, lang } = m;
  const done: Promise<MarkState> =
    m.reminder && source.request !== null
      ? markReminded(db.db, source.request.id, sentAt).then(() => ({ kind: 'reminded' }))
      : addRequest(
          db.db,
          {
            kind: form.kind,
            origin: source.origin,
            controller:
              form.controllerName.trim() || (source.url === null ? '' : hostOf(source.url)),
            categories: [
              ...m.uses.map((u) => u.category),
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
        ).then((request) => ({ kind: 'saved', request }));
  return done.catch((e: unknown) => ({ kind: 'failed', message: messageOf(e, lang) }));
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

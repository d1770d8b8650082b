import type { LetterKind } from '../../analyzer/report';
import type { Zone } from '../../analyzer/report/deadlines';
import { contactOf } from '../../analyzer/report/letters/common';
import { hostOf } from '../../components/format';
import { localInput, type LetterContext, type LetterForm } from '../../components/letter-form';
import type { ProfileDraft } from '../../utils/profile';
import type { LettersParams } from './params';
import type { LettersSource } from './source';

// What the letters page derives from its source and parameters: the first
// form, the letter's context, and names. Pure, so app.tsx stays composition.

/** The reminder being drafted, when the page was opened to remind a request. */
export type ReminderFor = NonNullable<LetterContext['reminderFor']>;

/** The kind first shown: a follow-up's, else the asked one, else the tracked request's. */
export function initialKind(params: LettersParams, source: LettersSource): LetterKind {
  return params.followup === 'complaint'
    ? 'complaint'
    : params.followup === 'reminder' &&
        source.request !== null &&
        source.request.kind !== 'complaint'
      ? source.request.kind
      : (params.kind ?? source.request?.kind ?? 'access');
}

export function initialForm(
  source: LettersSource,
  kind: LetterKind,
  now: Date,
  user: ProfileDraft,
): LetterForm {
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

export function reminderOf(
  followup: LettersParams['followup'],
  source: LettersSource | null,
): ReminderFor | undefined {
  return followup === 'reminder' && source?.request != null && source.request.kind !== 'complaint'
    ? { kind: source.request.kind, sentAt: new Date(source.request.sentAt) }
    : undefined;
}

export function contextOf(
  source: LettersSource | null,
  reminderFor: ReminderFor | undefined,
): LetterContext {
  return source === null
    ? {}
    : {
        ...(source.scan === undefined ? {} : { scan: source.scan }),
        ...(source.analysedAt === undefined ? {} : { analysedAt: source.analysedAt }),
        ...(source.policy === undefined ? {} : { policy: source.policy }),
        ...(source.ledger === undefined ? {} : { ledger: source.ledger }),
        ...(reminderFor === undefined ? {} : { reminderFor }),
      };
}

/** The contact the policy names, offered as the shop's; none from elsewhere. */
export function policyContactOf(ctx: LetterContext, now: Date): string | undefined {
  const c = contactOf({ date: now, ...(ctx.policy === undefined ? {} : { policy: ctx.policy }) });
  return c?.fromPolicy ? c.value : undefined;
}

/** The download's file name without extension: kind, host and the sent day. */
export function fileBaseOf(
  form: LetterForm,
  source: LettersSource,
  reminder: boolean,
  now: Date,
): string {
  const day = form.sentAt.slice(0, 10) || localInput(now, form.zone).slice(0, 10);
  return `tegas-${reminder ? 'reminder' : form.kind}-${safeName(source.url === null ? '' : hostOf(source.url))}-${day}`;
}

/** A host as part of a file name on every system. */
function safeName(host: string): string {
  const safe = host
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe.slice(0, 80) || 'surat';
}

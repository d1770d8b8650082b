import { statutoryDeadline, type StatutoryDeadlineResult } from '../deadlines';
import { formatDateTime } from '../dates';
import type { UiLang } from '../labels';
import {
  PLACEHOLDERS,
  assemble,
  contactOf,
  given,
  placeDate,
  senderBlock,
  signature,
  zoneOf,
} from './common';
import { complaintLetter } from './complaint';
import { RIGHTS } from './rights';
import type { Letter, LetterInput, RequestKind } from './types';

// Tracking a sent request: is it overdue, and the follow-up drafts — a
// reminder to the shop, or escalation to a complaint to the supervisor.

export interface SentRequest {
  readonly kind: RequestKind;
  readonly sentAt: Date;
}

export interface RequestStatus {
  readonly deadline: StatutoryDeadlineResult;
  /** True only when the law sets a deadline and it has passed at `now`. */
  readonly overdue: boolean;
}

export function requestStatus(
  request: SentRequest,
  now: Date,
  zone: LetterInput['zone'] = 'WIB',
): RequestStatus {
  const deadline = statutoryDeadline(RIGHTS[request.kind].statutory, request.sentAt, {
    zone: zone ?? 'WIB',
  });
  return { deadline, overdue: deadline.hasDeadline && now.getTime() > deadline.deadline.getTime() };
}

export type FollowUpStage = 'reminder' | 'escalation';

function reminder(request: SentRequest, input: LetterInput, lang: UiLang): Letter {
  const id = lang === 'id';
  const p = PLACEHOLDERS[lang];
  const zone = zoneOf(input);
  const r = RIGHTS[request.kind];
  const status = requestStatus(request, input.date, zone);
  const controller = given(input.controller?.name, p.controller, 200);
  const sent = formatDateTime(request.sentAt, zone, lang);
  const subject = id
    ? `Pengingat: ${r.subject.id}, dikirim ${sent}`
    : `Reminder: ${r.subject.en}, sent ${sent}`;
  const lines = [
    ...senderBlock(input, lang),
    '',
    placeDate(input, lang),
    '',
    id ? 'Kepada Yth.' : 'To:',
    controller,
    contactOf(input)?.value ?? p.contact,
    '',
    `${id ? 'Perihal' : 'Subject'}: ${subject}`,
    '',
    id ? 'Dengan hormat,' : 'Dear Sir or Madam,',
    '',
    id
      ? `Pada ${sent}, saya telah menyampaikan permohonan tercatat sebagaimana dimaksud dalam Pasal 14 UU 27/2022 tentang Pelindungan Data Pribadi ("UU PDP") untuk melaksanakan ${r.right.id}.`
      : `On ${sent} I made a recorded request under Article 14 (Pasal 14) of UU 27/2022 on Personal Data Protection ("UU PDP") to exercise ${r.right.en}.`,
    '',
  ];
  const notes: string[] = [];
  const d = status.deadline;
  if (d.hasDeadline) {
    const due = formatDateTime(d.deadline, zone, lang);
    lines.push(
      status.overdue
        ? id
          ? `Berdasarkan ${d.citation.article} UU PDP, permohonan tersebut wajib dipenuhi paling lambat 3 × 24 jam sejak diterima, yaitu pada ${due} apabila diterima pada waktu pengirimannya. Batas waktu tersebut telah lewat dan sampai dengan tanggal surat ini saya belum menerima tanggapan.`
          : `Under Article ${d.citation.article.replace('Pasal ', '')} (${d.citation.article}) of UU PDP the request had to be fulfilled within 3 × 24 hours of receipt, that is by ${due} if it was received when sent. That deadline has passed and as of the date of this letter I have had no reply.`
        : id
          ? `Berdasarkan ${d.citation.article} UU PDP, permohonan tersebut wajib dipenuhi paling lambat 3 × 24 jam sejak diterima, yaitu pada ${due} apabila diterima pada waktu pengirimannya.`
          : `Under Article ${d.citation.article.replace('Pasal ', '')} (${d.citation.article}) of UU PDP the request must be fulfilled within 3 × 24 hours of receipt, that is by ${due} if it was received when sent.`,
      '',
    );
    if (!status.overdue)
      notes.push(
        id
          ? `Batas waktu (${due}) belum lewat pada tanggal surat ini.`
          : `The deadline (${due}) has not passed on the date of this letter.`,
      );
  } else {
    lines.push(
      id
        ? 'Sampai dengan tanggal surat ini, saya belum menerima tanggapan.'
        : 'As of the date of this letter I have had no reply.',
      '',
    );
    notes.push(d.note[lang]);
  }
  lines.push(
    id
      ? 'Dengan ini saya mohon agar permohonan tersebut segera dipenuhi dan tanggapannya disampaikan secara tertulis kepada saya. Apabila permohonan ini tetap tidak ditanggapi, saya akan mempertimbangkan untuk menyampaikan pengaduan kepada instansi pengawas pelindungan data pribadi.'
      : 'I ask you to fulfil the request promptly and to reply to me in writing. If it remains unanswered, I will consider complaining to the personal data protection supervisory authority.',
    '',
    id ? 'Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.' : 'Thank you for your attention.',
    '',
    ...signature(input, lang),
  );
  notes.push(
    id
      ? 'Lampirkan atau kutip surat permohonan pertama Anda, dan simpan bukti pengiriman pengingat ini.'
      : 'Attach or quote your first request, and keep proof of sending this reminder.',
  );
  return assemble({ kind: 'reminder', lang, subject, lines, notes, responseDeadline: d });
}

/**
 * Follow-up for a request the shop has not answered: a reminder to the shop,
 * or escalation — the complaint draft with the unanswered request as a ground.
 */
export function followUp(
  stage: FollowUpStage,
  request: SentRequest,
  input: LetterInput,
  lang: UiLang,
): Letter {
  if (stage === 'reminder') return reminder(request, input, lang);
  return complaintLetter(
    {
      ...input,
      complaint: {
        ...input.complaint,
        unanswered: { request: request.kind, sentAt: request.sentAt },
      },
    },
    lang,
  );
}

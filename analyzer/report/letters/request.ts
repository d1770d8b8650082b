import { statutoryDeadline, type StatutoryDeadlineResult } from '../deadlines';
import { formatDateTime } from '../dates';
import { cleanText } from '../escape';
import { PURPOSE_NAMES, type UiLang } from '../labels';
import {
  PLACEHOLDERS,
  assemble,
  categoryLines,
  contactOf,
  given,
  placeDate,
  senderBlock,
  signature,
  siteOf,
  zoneOf,
} from './common';
import { RIGHTS } from './rights';
import type { Letter, LetterInput, RequestKind } from './types';

// Data-subject request letters to the shop (UU 27/2022 Pasal 6–11), each a
// recorded request under Pasal 14, with the response deadline as a date and
// time when the law gives one.

const OPTIONAL_PURPOSES = ['marketing', 'third_party', 'profiling', 'other'] as const;

function asks(kind: RequestKind, input: LetterInput, lang: UiLang): string[] {
  const id = lang === 'id';
  const details = input.details === undefined ? '' : cleanText(input.details, 1000);
  switch (kind) {
    case 'access':
      return id
        ? [
            'memberikan akses kepada saya atas data pribadi tentang diri saya yang Bapak/Ibu proses, beserta salinannya;',
            'menyertakan rekam jejak pemrosesan data pribadi tersebut.',
          ]
        : [
            'give me access to the personal data about me that you process, with a copy of it;',
            'include the record of how that personal data has been processed.',
          ];
    case 'correction':
      return id
        ? [
            `memperbaiki data berikut: ${details || '[data yang tidak akurat dan data yang benar]'};`,
            'memberitahukan hasil perbaikan tersebut kepada saya.',
          ]
        : [
            `correct the following: ${details || '[the inaccurate data and the correct data]'};`,
            'tell me the result of the correction.',
          ];
    case 'deletion':
      return id
        ? [
            'mengakhiri pemrosesan data pribadi tentang diri saya;',
            'menghapus dan/atau memusnahkan data pribadi tersebut sebagaimana diatur dalam Pasal 42 sampai dengan Pasal 44 UU PDP; apabila sebagian data wajib disimpan berdasarkan peraturan perundang-undangan, mohon sebutkan data dan dasar hukumnya;',
            'mengonfirmasi secara tertulis kepada saya bahwa permohonan ini telah dilaksanakan.',
          ]
        : [
            'end the processing of the personal data about me;',
            'delete and/or destroy that personal data as provided in Articles 42 to 44 (Pasal 42–44) of UU PDP; if a law requires you to keep some of it, please name that data and the legal basis;',
            'confirm to me in writing that this request has been carried out.',
          ];
    case 'withdraw': {
      const purposes = [
        ...new Set(
          (input.scan?.consents ?? []).flatMap((c) =>
            c.purposes.filter((p) => OPTIONAL_PURPOSES.some((o) => o === p)),
          ),
        ),
      ].map((p) => PURPOSE_NAMES[lang][p]);
      const scope =
        details ||
        (purposes.length > 0
          ? id
            ? `pemrosesan untuk ${purposes.join(', ')}`
            : `processing for ${purposes.join(', ')}`
          : id
            ? '[tujuan pemrosesan yang persetujuannya Anda tarik]'
            : '[the purposes for which you withdraw consent]');
      return id
        ? [
            `menghentikan pemrosesan data pribadi saya yang didasarkan pada persetujuan saya, yaitu: ${scope};`,
            'mengonfirmasi secara tertulis kepada saya bahwa pemrosesan tersebut telah dihentikan.',
          ]
        : [
            `stop the processing of my personal data that rests on my consent, namely: ${scope};`,
            'confirm to me in writing that this processing has stopped.',
          ];
    }
    case 'restrict':
      return id
        ? [
            `menunda dan/atau membatasi pemrosesan berikut: ${details || '[pemrosesan yang ingin Anda tunda atau batasi, dan alasannya]'};`,
            'mengonfirmasi secara tertulis kepada saya bahwa penundaan dan/atau pembatasan tersebut telah dilaksanakan.',
          ]
        : [
            `delay and/or restrict the following processing: ${details || '[the processing you want delayed or restricted, and why]'};`,
            'confirm to me in writing that it has been delayed and/or restricted.',
          ];
    case 'object':
      return id
        ? [
            'tidak memberlakukan terhadap saya keputusan yang hanya didasarkan pada pemrosesan secara otomatis, termasuk pemrofilan;',
            'memberitahukan secara tertulis apakah data pribadi saya digunakan dalam pengambilan keputusan otomatis atau pemrofilan, dan tindak lanjut atas keberatan ini.',
          ]
        : [
            'not apply to me decisions based solely on automated processing, including profiling;',
            'tell me in writing whether my personal data is used in automated decision-making or profiling, and what you will do about this objection.',
          ];
  }
}

/** The page's own words about profiling, quoted as context for an objection. */
function profilingEvidence(input: LetterInput): string | undefined {
  const consent = input.scan?.consents.find((c) => c.purposes.includes('profiling'));
  return consent === undefined ? undefined : cleanText(consent.text, 400);
}

function deadlineNotes(
  result: StatutoryDeadlineResult,
  lang: UiLang,
  input: LetterInput,
): string[] {
  const id = lang === 'id';
  if (!result.hasDeadline)
    return [
      `${result.note[lang]} ${id ? 'Tegas tidak menghitung batas waktu untuk surat ini; Anda dapat menyebutkan sendiri tanggal yang wajar untuk ditanggapi.' : 'Tegas computes no deadline for this letter; you may name a reasonable reply date yourself.'}`,
    ];
  const when = formatDateTime(result.deadline, zoneOf(input), lang);
  const notes = [
    id
      ? `Batas waktu tanggapan: ${when} (${result.citation.instrument} ${result.citation.article}: 3 × 24 jam). Dihitung dari waktu pengiriman; jika toko menerima surat lebih lambat, batas waktunya ikut mundur. Simpan bukti pengiriman.`
      : `Response deadline: ${when} (${result.citation.instrument} ${result.citation.article}: 3 × 24 hours). Counted from when you send it; if the shop receives it later, the deadline moves with it. Keep proof of sending.`,
  ];
  if (result.citation.checked === 'secondary')
    notes.push(
      id
        ? `Batas 3 × 24 jam dalam ${result.citation.article} diambil dari sumber sekunder yang konsisten, belum dari teks resmi undang-undang; periksa sebelum mengandalkannya.`
        : `The 3 × 24 hour limit in ${result.citation.article} comes from consistent secondary sources, not yet checked against the official text; verify before relying on it.`,
    );
  return notes;
}

export function requestLetter(kind: RequestKind, input: LetterInput, lang: UiLang): Letter {
  const id = lang === 'id';
  const p = PLACEHOLDERS[lang];
  const r = RIGHTS[kind];
  const zone = zoneOf(input);
  const sentAt = input.sentAt ?? input.date;
  const deadline = statutoryDeadline(r.statutory, sentAt, { zone });
  const name = given(input.user?.name, p.name);
  const controller = given(input.controller?.name, p.controller, 200);
  const contact = contactOf(input);
  const site = siteOf(input);
  const via =
    site === undefined ? '' : id ? ` melalui situs ${site}` : ` through the website ${site}`;

  const lines = [
    ...senderBlock(input, lang),
    '',
    placeDate(input, lang),
    '',
    id ? 'Kepada Yth.' : 'To:',
    controller,
    contact?.value ?? p.contact,
    '',
    `${id ? 'Perihal' : 'Subject'}: ${r.subject[lang]}`,
    '',
    id ? 'Dengan hormat,' : 'Dear Sir or Madam,',
    '',
    id
      ? `Saya, ${name}, adalah Subjek Data Pribadi yang data pribadinya diproses oleh ${controller}${via}.`
      : `I, ${name}, am a data subject whose personal data ${controller} processes${via}.`,
    '',
    id
      ? `Dengan surat ini saya menyampaikan permohonan tercatat sebagaimana dimaksud dalam Pasal 14 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi ("UU PDP") untuk melaksanakan ${r.right[lang]}.`
      : `By this letter I make a recorded request under Article 14 (Pasal 14) of Law No. 27 of 2022 on Personal Data Protection ("UU PDP") to exercise ${r.right[lang]}.`,
    '',
    id
      ? 'Data pribadi saya yang diminta dan/atau telah saya berikan kepada Bapak/Ibu meliputi antara lain:'
      : 'The personal data about me that you asked for and/or that I gave you includes:',
    ...categoryLines(input, lang),
    '',
  ];
  const evidence = kind === 'object' ? profilingEvidence(input) : undefined;
  if (evidence !== undefined)
    lines.push(
      id
        ? `Halaman ${site ?? 'Bapak/Ibu'} menyatakan antara lain: “${evidence}”`
        : `Your page ${site ?? ''} states, among other things: “${evidence}”`.replace('  ', ' '),
      '',
    );
  lines.push(
    id ? 'Sehubungan dengan itu, saya meminta Bapak/Ibu untuk:' : 'I therefore ask you to:',
  );
  asks(kind, input, lang).forEach((a, i) => lines.push(`${i + 1}. ${a}`));
  lines.push('');
  if (r.duty !== null && deadline.hasDeadline) {
    const sent = formatDateTime(sentAt, zone, lang);
    const due = formatDateTime(deadline.deadline, zone, lang);
    lines.push(
      id
        ? `${r.duty.id} Surat ini saya kirimkan pada ${sent}; apabila diterima pada waktu tersebut, batas waktunya adalah ${due}.`
        : `${r.duty.en} I am sending this letter on ${sent}; if it is received then, the deadline is ${due}.`,
      '',
    );
  } else {
    lines.push(
      id
        ? 'Mohon tanggapan tertulis atas permohonan ini.'
        : 'Please reply to this request in writing.',
      '',
    );
  }
  const replyTo = given(input.user?.email, p.email);
  lines.push(
    id
      ? `Apabila diperlukan untuk memverifikasi identitas saya, saya bersedia memberikan keterangan tambahan yang wajar. Mohon tanggapan disampaikan secara tertulis ke ${replyTo} atau ke alamat di atas.`
      : `If you need to verify my identity, I am willing to provide reasonable additional information. Please reply in writing to ${replyTo} or to the address above.`,
    '',
    id
      ? 'Atas perhatian dan kerja sama Bapak/Ibu, saya ucapkan terima kasih.'
      : 'Thank you for your attention and cooperation.',
    '',
    ...signature(input, lang),
  );

  const notes = deadlineNotes(deadline, lang, input);
  if (contact?.fromPolicy)
    notes.push(
      id
        ? `Kontak toko (${contact.value}) diambil dari kebijakan privasinya; pastikan masih berlaku.`
        : `The shop's contact (${contact.value}) was taken from its privacy policy; check that it is current.`,
    );
  notes.push(
    id
      ? 'Kirim melalui saluran yang meninggalkan jejak (email atau formulir resmi toko) dan simpan salinannya: itulah bukti permohonan tercatat Anda (Pasal 14 UU PDP).'
      : 'Send it through a channel that leaves a trace (e-mail or the shop’s official form) and keep a copy: that is the proof of your recorded request (Pasal 14 UU PDP).',
    id
      ? 'Daftar jenis data diambil dari pemindaian halaman dan riwayat Tegas; sesuaikan bila perlu.'
      : 'The list of data types comes from the page scan and the Tegas history; adjust it if needed.',
  );
  return assemble({
    kind,
    lang,
    subject: r.subject[lang],
    lines,
    notes,
    responseDeadline: deadline,
  });
}

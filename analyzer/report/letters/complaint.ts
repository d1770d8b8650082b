import {
  complaintFilingDeadline,
  statutoryDeadline,
  type ComplaintDeadlineResult,
} from '../deadlines';
import { formatDate, formatLocalDate } from '../dates';
import { cleanText } from '../escape';
import { CATEGORY_NAMES, type UiLang } from '../labels';
import { getRulebook } from '../../rulebooks';
import { rulebookOf } from '../report-model';
import { PLACEHOLDERS, assemble, given, placeDate, siteOf, zoneOf } from './common';
import {
  breachGround,
  complaintFindings,
  consentGround,
  unansweredGround,
  type Ground,
} from './complaint-grounds';
import { RIGHTS } from './rights';
import type { Letter, LetterInput } from './types';

// A complaint draft to the supervisor, in the form Permenkominfo 20/2016
// Pasal 31 asks for: name and address, grounds, the resolution requested,
// place, date and signature, and the supporting evidence.

const MAX_LEDGER_LINES = 20;

/** When the user learned of the problem: given, else the best date the inputs hold. */
export function knownDateOf(input: LetterInput): Date | undefined {
  const c = input.complaint;
  if (c?.knownDate !== undefined) return c.knownDate;
  if (c?.breach?.learnedAt !== undefined) return c.breach.learnedAt;
  if (c?.unanswered !== undefined) {
    const d = statutoryDeadline(RIGHTS[c.unanswered.request].statutory, c.unanswered.sentAt);
    if (d.hasDeadline) return d.deadline;
  }
  if (complaintFindings(input.scan).length > 0 && c?.consent !== false) return input.analysedAt;
  return undefined;
}

function grounds(input: LetterInput, lang: UiLang, controller: string): Ground[] {
  const c = input.complaint;
  const out: Ground[] = [];
  if (c?.consent !== false) {
    const g = consentGround(input, lang, controller);
    if (g !== null) out.push(g);
  }
  if (c?.breach !== undefined) out.push(breachGround(c.breach, input, lang, controller));
  if (c?.unanswered !== undefined)
    out.push(unansweredGround(c.unanswered, input, lang, controller));
  return out;
}

function resolution(input: LetterInput, lang: UiLang, controller: string): string[] {
  const id = lang === 'id';
  const c = input.complaint;
  if (c?.resolution !== undefined && c.resolution.length > 0)
    return c.resolution.map((r) => cleanText(r, 500));
  const out = [
    id
      ? 'memeriksa pengaduan ini beserta dugaan pelanggaran yang saya uraikan;'
      : 'examine this complaint and the suspected breaches set out above;',
  ];
  if (c?.consent !== false && complaintFindings(input.scan).length > 0)
    out.push(
      id
        ? `meminta ${controller} memperbaiki cara meminta persetujuan sehingga persetujuan diminta secara tegas dan sah, terpisah untuk setiap tujuan, tidak dicentang sebelumnya, serta hanya meminta data pribadi yang diperlukan;`
        : `require ${controller} to change how it asks for consent so that consent is explicit and valid, separate for each purpose, never pre-ticked, and only the personal data needed is asked for;`,
    );
  if (c?.breach !== undefined)
    out.push(
      id
        ? `meminta ${controller} menyampaikan pemberitahuan tertulis kepada saya mengenai data pribadi yang terungkap, kapan dan bagaimana data tersebut terungkap, serta upaya penanganan dan pemulihannya;`
        : `require ${controller} to tell me in writing what personal data was disclosed, when and how, and what it is doing to handle and recover from it;`,
    );
  if (c?.unanswered !== undefined)
    out.push(
      id
        ? `meminta ${controller} memenuhi permohonan saya mengenai ${RIGHTS[c.unanswered.request].short.id};`
        : `require ${controller} to fulfil my request for ${RIGHTS[c.unanswered.request].short.en};`,
    );
  out.push(
    id
      ? 'memfasilitasi penyelesaian melalui musyawarah atau upaya penyelesaian alternatif lainnya, dan mengambil tindakan lain sesuai kewenangan berdasarkan peraturan perundang-undangan.'
      : 'facilitate a settlement by deliberation or other alternative dispute resolution, and take any other action within your powers under the applicable regulations.',
  );
  return out;
}

function evidence(input: LetterInput, lang: UiLang): string[] {
  const id = lang === 'id';
  const zone = zoneOf(input);
  const out: string[] = [];
  const scan = input.scan;
  if (scan !== undefined) {
    const when =
      input.analysedAt === undefined
        ? ''
        : id
          ? `, dibuat ${formatDate(input.analysedAt, zone, lang)}`
          : `, made ${formatDate(input.analysedAt, zone, lang)}`;
    const grade =
      scan.score === null
        ? ''
        : id
          ? `, nilai ${scan.score.grade} (${scan.score.value}/100)`
          : `, grade ${scan.score.grade} (${scan.score.value}/100)`;
    const book = rulebookOf(scan);
    out.push(
      id
        ? `Laporan pemindaian Tegas atas halaman ${cleanText(scan.url, 500)}${when}${grade}, ${scan.findings.length} temuan${book === null ? '' : ` menurut ${getRulebook(book).shortName.id}`}.`
        : `Tegas scan report of the page ${cleanText(scan.url, 500)}${when}${grade}, ${scan.findings.length} findings${book === null ? '' : ` under ${getRulebook(book).shortName.en}`}.`,
    );
  }
  const ledger = input.ledger;
  if (ledger !== undefined && ledger.records.length > 0) {
    const algo = ledger.algorithm === undefined ? 'hash' : cleanText(ledger.algorithm, 32);
    const state = ledger.chainVerified
      ? id
        ? 'rantai hash terverifikasi'
        : 'hash chain verified'
      : id
        ? 'rantai hash TIDAK terverifikasi'
        : 'hash chain NOT verified';
    out.push(
      id
        ? `Catatan riwayat pengungkapan data di Tegas (${state}):`
        : `Tegas disclosure history records (${state}):`,
    );
    for (const r of ledger.records.slice(0, MAX_LEDGER_LINES)) {
      const at = new Date(r.at);
      const date = Number.isNaN(at.getTime()) ? cleanText(r.at, 64) : formatDate(at, zone, lang);
      const cats = r.categories.map((c) => CATEGORY_NAMES[lang][c]).join(', ') || '-';
      out.push(
        `   - ${date} — ${cleanText(r.site, 200)} — ${cats} — ${algo} ${cleanText(r.hash, 256)}`,
      );
    }
    if (ledger.records.length > MAX_LEDGER_LINES)
      out.push(
        id
          ? `   - (dan ${ledger.records.length - MAX_LEDGER_LINES} catatan lain)`
          : `   - (and ${ledger.records.length - MAX_LEDGER_LINES} more records)`,
      );
  }
  const c = input.complaint;
  if (c?.unanswered !== undefined)
    out.push(
      id
        ? `Salinan permohonan saya tertanggal ${formatDate(c.unanswered.sentAt, zone, lang)} dan bukti pengirimannya.`
        : `A copy of my request dated ${formatDate(c.unanswered.sentAt, zone, lang)} and proof of sending.`,
    );
  if (c?.breach !== undefined)
    out.push(
      c.breach.notice.given === true
        ? id
          ? 'Salinan pemberitahuan dari toko.'
          : "A copy of the shop's notice."
        : id
          ? '[Bukti kebocoran, misalnya tautan berita, email, atau tangkapan layar]'
          : '[Evidence of the breach, e.g. a news link, e-mail or screenshot]',
    );
  out.push(
    id
      ? '[Bukti lain, misalnya tangkapan layar atau korespondensi]'
      : '[Other evidence, e.g. screenshots or correspondence]',
  );
  return out;
}

function filingNotes(
  input: LetterInput,
  lang: UiLang,
  known: Date | undefined,
  result: ComplaintDeadlineResult | undefined,
): string[] {
  const id = lang === 'id';
  if (known === undefined || result === undefined)
    return [
      id
        ? 'Isi tanggal Anda mengetahui masalah ini agar Tegas dapat menghitung batas waktu pengaduan (30 hari kerja, Permenkominfo 20/2016 Pasal 31 huruf a).'
        : 'Enter the date you learned of the problem so that Tegas can compute the filing deadline (30 working days, Permenkominfo 20/2016 Pasal 31 huruf a).',
    ];
  const due = formatLocalDate(result.deadlineLocalDate, lang, true);
  const from = formatDate(known, result.zone, lang);
  const notes = [
    id
      ? `Batas waktu pengaduan: paling lambat ${due} (${result.zone}), yaitu 30 hari kerja sejak ${from}, tanggal Anda mengetahui masalah ini (${result.citation.instrument} ${result.citation.article}). Hari terjadinya dihitung sebagai hari ke-0; kirim jauh sebelum tanggal ini.`
      : `Filing deadline: no later than ${due} (${result.zone}), 30 working days from ${from}, when you learned of the problem (${result.citation.instrument} ${result.citation.article}). The day of the event counts as day 0; file well before this date.`,
    result.note[lang],
  ];
  if (input.date.getTime() > result.deadline.getTime())
    notes.push(
      id
        ? 'Tanggal surat ini sudah melewati batas waktu yang dihitung; pengaduan mungkin tidak dapat diproses menurut prosedur ini.'
        : 'The date of this letter is after the computed deadline; the complaint may not be accepted under this procedure.',
    );
  if (input.complaint?.breach === undefined)
    notes.push(
      id
        ? 'Prosedur 30 hari kerja dalam Permenkominfo 20/2016 diatur untuk kegagalan perlindungan kerahasiaan data pribadi; untuk alasan pengaduan lain, anggap tanggal ini sebagai batas yang hati-hati.'
        : 'The 30-working-day procedure of Permenkominfo 20/2016 is written for failures to protect the confidentiality of personal data; for other grounds, treat this date as a cautious limit.',
    );
  return notes;
}

export function complaintLetter(
  input: LetterInput,
  lang: UiLang,
): Letter & { readonly knownDate?: Date } {
  const id = lang === 'id';
  const p = PLACEHOLDERS[lang];
  const zone = zoneOf(input);
  const controller = given(input.controller?.name, siteOf(input) ?? p.controller, 200);
  const recipient = given(input.complaint?.recipient, p.recipient, 300);
  const known = knownDateOf(input);
  const filing = known === undefined ? undefined : complaintFilingDeadline(known, { zone });
  const gs = grounds(input, lang, controller);
  const subject = id
    ? `Pengaduan dugaan pelanggaran pelindungan data pribadi oleh ${controller}`
    : `Complaint about suspected breaches of personal data protection by ${controller}`;
  const site = siteOf(input);
  const usesPm = input.complaint?.breach !== undefined;

  const lines = [
    id ? 'Kepada Yth.' : 'To:',
    recipient,
    ...(id ? ['di tempat'] : []),
    '',
    `${id ? 'Perihal' : 'Subject'}: ${subject}`,
    '',
    id ? 'Dengan hormat,' : 'Dear Sir or Madam,',
    '',
    id ? 'Yang bertanda tangan di bawah ini:' : 'I, the undersigned:',
    `${id ? 'Nama  ' : 'Name   '}: ${given(input.user?.name, p.name)}`,
    `${id ? 'Alamat' : 'Address'}: ${given(input.user?.address, p.address, 500)}`,
    `${id ? 'Email ' : 'E-mail '}: ${given(input.user?.email, p.email)}`,
    '',
    id
      ? `dengan ini mengajukan pengaduan terhadap ${controller}${site !== undefined && site !== controller ? ` (situs ${site})` : ''} selaku Pengendali Data Pribadi, atas dugaan pelanggaran Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi ("UU PDP")${usesPm ? ' dan Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik ("Permenkominfo 20/2016")' : ''}, dengan uraian sebagai berikut.`
      : `hereby complain about ${controller}${site !== undefined && site !== controller ? ` (website ${site})` : ''}, as the personal data controller, for suspected breaches of Law No. 27 of 2022 on Personal Data Protection ("UU PDP")${usesPm ? ' and Regulation of the Minister of Communication and Informatics No. 20 of 2016 on Personal Data Protection in Electronic Systems ("Permenkominfo 20/2016")' : ''}, as follows.`,
    '',
    id ? 'I. Alasan pengaduan' : 'I. Grounds',
    '',
  ];
  if (gs.length === 0)
    lines.push(
      id ? '1. [Uraikan alasan pengaduan Anda]' : '1. [Describe the grounds of your complaint]',
      '',
    );
  gs.forEach((g, i) => {
    const [head, ...rest] = g.lines;
    lines.push(
      `${i + 1}. ${head ?? ''}`,
      ...rest.map((l) => (l.startsWith('   ') ? l : `   ${l}`)),
      '',
    );
  });
  lines.push(
    id
      ? `Saya mengetahui permasalahan ini pada ${known === undefined ? p.knownDate : formatDate(known, zone, lang)}.`
      : `I learned of the problem on ${known === undefined ? p.knownDate : formatDate(known, zone, lang)}.`,
    '',
    id ? 'II. Permintaan penyelesaian' : 'II. Resolution requested',
    '',
    id ? 'Saya mohon agar Bapak/Ibu:' : 'I ask you to:',
  );
  resolution(input, lang, controller).forEach((r, i) => lines.push(`${i + 1}. ${r}`));
  lines.push('', id ? 'III. Bukti pendukung' : 'III. Supporting evidence', '');
  let n = 0;
  for (const e of evidence(input, lang)) lines.push(e.startsWith('   ') ? e : `${++n}. ${e}`);
  lines.push(
    '',
    id
      ? 'Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas perhatian dan tindak lanjut Bapak/Ibu, saya ucapkan terima kasih.'
      : 'I confirm that this complaint is true to the best of my knowledge. Thank you for your attention and follow-up.',
    '',
    placeDate(input, lang),
    '',
    id ? 'Hormat saya,' : 'Yours faithfully,',
    id ? 'Pengadu,' : 'Complainant,',
    '',
    '',
    id ? '(tanda tangan)' : '(signature)',
    '',
    given(input.user?.name, p.name),
  );

  const notes = [
    id
      ? 'Penerima: UU 27/2022 menyerahkan penanganan pengaduan kepada lembaga penyelenggara pelindungan data pribadi (Pasal 58–60). Menurut sumber sekunder, per awal 2026 lembaga tersebut belum dibentuk, dan sementara itu pengawasan pelindungan data pribadi ditangani Kementerian Komunikasi dan Digital (Komdigi, dahulu Kominfo). Tegas tidak mencantumkan alamat atau saluran resmi: periksa saluran pengaduan yang berlaku dan isi nama instansi sendiri.'
      : 'Recipient: UU 27/2022 gives complaints to a personal data protection agency (Pasal 58–60). According to secondary sources, as of early 2026 that agency had not been formed, and meanwhile the Ministry of Communication and Digital Affairs (Komdigi, formerly Kominfo) supervises personal data protection. Tegas names no official address or channel: check the channel currently in use and fill in the authority yourself.',
    ...filingNotes(input, lang, known, filing),
    id
      ? 'Menurut Permenkominfo 20/2016 Pasal 31, pengaduan disampaikan secara tertulis dan memuat nama dan alamat pengadu, alasan atau dasar pengaduan, permintaan penyelesaian masalah, serta tempat, waktu penyampaian, dan tanda tangan pengadu, dilengkapi bukti pendukung. Lengkapi setiap bagian bertanda [ … ].'
      : 'Under Permenkominfo 20/2016 Pasal 31 a complaint is made in writing and states the complainant’s name and address, the grounds, the resolution requested, and the place, date and signature, with supporting evidence. Fill in every part marked [ … ].',
    id
      ? 'Setelah pengaduan diterima, pejabat penyelesaian sengketa menanggapi dalam 14 hari kerja apakah pengaduan lengkap (Pasal 31 huruf d); pengaduan yang tidak lengkap harus dilengkapi dalam 30 hari kerja atau dianggap batal (Pasal 31 huruf e).'
      : 'Once received, the official answers within 14 working days whether the complaint is complete (Pasal 31 huruf d); an incomplete complaint must be completed within 30 working days or it lapses (Pasal 31 huruf e).',
    ...gs.flatMap((g) => g.notes),
  ];
  if (input.ledger !== undefined && !input.ledger.chainVerified)
    notes.push(
      id
        ? 'Rantai hash riwayat Anda tidak terverifikasi; catatan itu mungkin rusak. Periksa sebelum melampirkannya sebagai bukti.'
        : 'Your history’s hash chain did not verify; the records may be damaged. Check them before attaching them as evidence.',
    );
  const book = input.scan === undefined ? null : rulebookOf(input.scan);
  if (book !== null && book !== 'uu-pdp-2022' && complaintFindings(input.scan).length > 0)
    notes.push(
      id
        ? `Temuan dikutip menurut ${getRulebook(book).shortName.id}, bukan UU 27/2022; untuk pengaduan berdasarkan hukum Indonesia, pindai ulang dengan aturan uu-pdp-2022.`
        : `The findings cite ${getRulebook(book).shortName.en}, not UU 27/2022; for a complaint under Indonesian law, rescan under uu-pdp-2022.`,
    );
  const letter = assemble({
    kind: 'complaint',
    lang,
    subject,
    lines,
    notes,
    ...(filing === undefined ? {} : { filingDeadline: filing }),
  });
  return known === undefined ? letter : { ...letter, knownDate: known };
}

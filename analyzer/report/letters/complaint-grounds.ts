import type { ScanReport } from '../../model/scan-report';
import { statutoryDeadline } from '../deadlines';
import { formatDate, formatDateTime } from '../dates';
import { cleanText } from '../escape';
import { CATEGORY_NAMES, type UiLang } from '../labels';
import { citationText, findingView } from '../report-model';
import { RuleIdSchema } from '../../rulebooks';
import { COMPLAINT_WORDING } from './complaint-wording';
import { RIGHTS } from './rights';
import type { BreachGround, LetterInput, UnansweredGround } from './types';
import { zoneOf } from './common';

// The grounds of a complaint, one numbered block each: consent violations on
// a page, a data breach, a request left unanswered.

export interface Ground {
  readonly lines: readonly string[];
  readonly notes: readonly string[];
}

const MS_PER_DAY = 86_400_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Findings worth a complaint: everything above `info`. */
export function complaintFindings(scan: ScanReport | undefined) {
  return (scan?.findings ?? []).filter((f) => f.severity !== 'info');
}

export function consentGround(input: LetterInput, lang: UiLang, controller: string): Ground | null {
  const scan = input.scan;
  const findings = complaintFindings(scan);
  if (scan === undefined || findings.length === 0) return null;
  const id = lang === 'id';
  const url = cleanText(scan.url, 500);
  const when =
    input.analysedAt === undefined
      ? ''
      : id
        ? `Pada ${formatDateTime(input.analysedAt, zoneOf(input), lang)}, `
        : `On ${formatDateTime(input.analysedAt, zoneOf(input), lang)}, `;
  const lines = [
    id
      ? `Cara ${controller} meminta persetujuan dan data pribadi pada halaman ${url}`
      : `How ${controller} asks for consent and personal data on the page ${url}`,
    id
      ? `${when}${when === '' ? 'S' : 's'}aya memeriksa halaman tersebut dengan alat Tegas. Temuan berikut menunjukkan dugaan bahwa persetujuan dan data pribadi tidak diminta sebagaimana diatur dalam UU PDP:`
      : `${when}I checked that page with the Tegas tool. The following findings indicate that consent and personal data are not asked for as UU PDP requires:`,
  ];
  findings.slice(0, 12).forEach((f, i) => {
    const v = findingView(f, lang);
    const cites = f.citations.map((c) => citationText(c.rulebook, c.article, lang)).join('; ');
    const quote = v.evidence.find((e) => e.text !== undefined)?.text;
    const bukti =
      quote === undefined ? '' : ` ${id ? 'Bukti' : 'Evidence'}: “${cleanText(quote, 300)}”`;
    const rule = RuleIdSchema.safeParse(f.ruleId);
    const what = rule.success ? COMPLAINT_WORDING[rule.data][lang] : v.title;
    lines.push(`   ${LETTERS[i] ?? '-'}. ${what}${cites === '' ? '' : ` (${cites})`}.${bukti}`);
  });
  if (findings.length > 12)
    lines.push(
      id
        ? `   (dan ${findings.length - 12} temuan lain dalam laporan terlampir)`
        : `   (and ${findings.length - 12} more findings in the attached report)`,
    );
  return { lines, notes: [] };
}

function leakedText(breach: BreachGround, lang: UiLang): string {
  const words = breach.leaked === undefined ? '' : cleanText(breach.leaked, 500);
  const cats = (breach.categories ?? []).map((c) => CATEGORY_NAMES[lang][c]).join(', ');
  const parts = [words, cats].filter((s) => s !== '');
  if (parts.length > 0) return parts.join('; ');
  return lang === 'id'
    ? '[uraikan data pribadi yang terungkap]'
    : '[describe the personal data that leaked]';
}

export function breachGround(
  breach: BreachGround,
  input: LetterInput,
  lang: UiLang,
  controller: string,
): Ground {
  const id = lang === 'id';
  const zone = zoneOf(input);
  const learned =
    breach.learnedAt === undefined
      ? id
        ? '[tanggal Anda mengetahui kebocoran]'
        : '[date you learned of the breach]'
      : formatDate(breach.learnedAt, zone, lang);
  const source =
    breach.source === undefined || cleanText(breach.source) === ''
      ? ''
      : id
        ? ` melalui ${cleanText(breach.source, 200)}`
        : ` through ${cleanText(breach.source, 200)}`;
  const lines = [
    id
      ? 'Kegagalan pelindungan data pribadi (kebocoran data)'
      : 'Failure to protect personal data (data breach)',
    id
      ? `Data pribadi saya yang dikelola ${controller} diduga telah terungkap kepada pihak yang tidak berhak. Data yang terungkap: ${leakedText(breach, lang)}. Saya mengetahui hal ini pada ${learned}${source}.`
      : `Personal data about me held by ${controller} appears to have been disclosed to unauthorised parties. The data that leaked: ${leakedText(breach, lang)}. I learned of this on ${learned}${source}.`,
  ];
  const notes: string[] = [];
  const { notice } = breach;
  if (notice.given === false)
    lines.push(
      id
        ? `Sampai dengan tanggal surat ini, saya tidak menerima pemberitahuan tertulis dari ${controller} mengenai kegagalan pelindungan data pribadi tersebut.`
        : `As of the date of this letter I have received no written notice from ${controller} of this failure to protect personal data.`,
    );
  else if (notice.given === true) {
    const at =
      notice.at === undefined
        ? id
          ? '[tanggal pemberitahuan]'
          : '[date of the notice]'
        : formatDate(notice.at, zone, lang);
    lines.push(
      id
        ? `Saya menerima pemberitahuan tertulis dari ${controller} pada ${at}. [Jika pemberitahuan itu terlambat dan Anda mengalami kerugian, uraikan di sini.]`
        : `I received written notice from ${controller} on ${at}. [If the notice came late and you suffered a loss, describe it here.]`,
    );
  } else
    lines.push(
      id
        ? '[Nyatakan apakah Anda menerima pemberitahuan tertulis dari toko, dan kapan.]'
        : '[State whether you received written notice from the shop, and when.]',
    );
  lines.push(
    id
      ? 'Pasal 46 UU PDP mewajibkan Pengendali Data Pribadi, dalam hal terjadi kegagalan pelindungan data pribadi, menyampaikan pemberitahuan tertulis paling lambat 3 × 24 jam kepada Subjek Data Pribadi dan lembaga, yang memuat data pribadi yang terungkap, kapan dan bagaimana data terungkap, serta upaya penanganan dan pemulihannya. Pasal 29 ayat (3) Permenkominfo 20/2016 menjadikan tidak dilakukannya pemberitahuan tertulis, atau kerugian yang timbul meskipun pemberitahuan tertulis telah disampaikan tetapi terlambat, sebagai alasan pengaduan.'
      : 'Article 46 (Pasal 46) of UU PDP requires a controller, when it fails to protect personal data, to give written notice within 3 × 24 hours to the data subject and the agency, stating what personal data was disclosed, when and how, and what is being done to handle and recover from it. Article 29(3) (Pasal 29 ayat (3)) of Permenkominfo 20/2016 makes the absence of written notice, or a loss despite a notice that came late, a ground for complaint.',
  );
  notes.push(
    id
      ? 'Pasal 46 UU PDP dikutip dari sumber sekunder yang konsisten, belum dari teks resmi; periksa sebelum mengirim.'
      : 'Article 46 of UU PDP is cited from consistent secondary sources, not yet the official text; check it before sending.',
  );
  return { lines, notes };
}

export function unansweredGround(
  ground: UnansweredGround,
  input: LetterInput,
  lang: UiLang,
  controller: string,
): Ground {
  const id = lang === 'id';
  const zone = zoneOf(input);
  const r = RIGHTS[ground.request];
  const deadline = statutoryDeadline(r.statutory, ground.sentAt, { zone });
  const sent = formatDateTime(ground.sentAt, zone, lang);
  const lines = [
    id ? 'Permohonan yang tidak ditanggapi' : 'A request left unanswered',
    id
      ? `Pada ${sent}, saya menyampaikan permohonan tercatat (Pasal 14 UU PDP) kepada ${controller} mengenai ${r.short.id} berdasarkan ${r.article} UU PDP.`
      : `On ${sent} I sent ${controller} a recorded request (Article 14, UU PDP) for ${r.short.en} under Article ${r.article.replace('Pasal ', '')} (${r.article}) of UU PDP.`,
  ];
  const notes: string[] = [];
  if (deadline.hasDeadline) {
    const due = formatDateTime(deadline.deadline, zone, lang);
    lines.push(
      id
        ? `Berdasarkan ${deadline.citation.article} UU PDP, permohonan tersebut wajib dipenuhi paling lambat 3 × 24 jam sejak diterima, yaitu pada ${due} apabila diterima pada waktu pengirimannya. Sampai dengan tanggal surat ini, saya belum menerima tanggapan.`
        : `Under Article ${deadline.citation.article.replace('Pasal ', '')} (${deadline.citation.article}) of UU PDP the request had to be fulfilled within 3 × 24 hours of receipt, that is by ${due} if it was received when sent. As of the date of this letter I have had no reply.`,
    );
    if (input.date.getTime() <= deadline.deadline.getTime())
      notes.push(
        id
          ? `Perhatian: batas waktu tanggapan (${due}) belum lewat pada tanggal surat ini. Tunggu sampai batas waktu itu lewat sebelum mengadu.`
          : `Note: the response deadline (${due}) has not passed on the date of this letter. Wait until it has passed before complaining.`,
      );
  } else {
    const days = Math.max(
      0,
      Math.floor((input.date.getTime() - ground.sentAt.getTime()) / MS_PER_DAY),
    );
    lines.push(
      id
        ? `Sampai dengan tanggal surat ini, ${days} hari setelah permohonan dikirim, saya belum menerima tanggapan.`
        : `As of the date of this letter, ${days} days after the request was sent, I have had no reply.`,
    );
    notes.push(deadline.note[lang]);
  }
  return { lines, notes };
}

import type { Zone } from '../deadlines';
import { categoriesOf } from '../categories';
import { formatDate } from '../dates';
import { cleanText } from '../escape';
import { CATEGORY_NAMES, type UiLang } from '../labels';
import type { Letter, LetterInput } from './types';

// Pieces every letter shares: placeholders, the header, the signature, the
// data categories, the closing notes.

export const PLACEHOLDERS = {
  id: {
    name: '[Nama Anda]',
    address: '[Alamat Anda]',
    email: '[Email Anda]',
    place: '[Tempat]',
    controller: '[Nama toko / Pengendali Data Pribadi]',
    contact: '[Alamat atau email kontak toko]',
    recipient: '[nama instansi pengawas pelindungan data pribadi]',
    knownDate: '[tanggal Anda mengetahui masalah ini]',
    categories: '[jenis data pribadi yang Anda berikan]',
  },
  en: {
    name: '[Your name]',
    address: '[Your address]',
    email: '[Your e-mail]',
    place: '[Place]',
    controller: '[Shop name / data controller]',
    contact: "[Shop's postal address or contact e-mail]",
    recipient: '[name of the personal data protection supervisory authority]',
    knownDate: '[date you learned of the problem]',
    categories: '[kinds of personal data you gave]',
  },
} as const satisfies Record<UiLang, Record<string, string>>;

export const NOTES_HEADING = {
  id: 'Catatan untuk Anda — hapus bagian ini sebelum mengirim',
  en: 'Notes for you — delete this part before sending',
} as const;

export const DISCLAIMER = {
  id: 'Draf ini dibuat otomatis oleh Tegas dan bukan nasihat hukum. Periksa dan sesuaikan isinya sebelum mengirim; Tegas tidak mengirim apa pun.',
  en: 'Tegas drafted this automatically; it is not legal advice. Check and adapt it before sending; Tegas sends nothing itself.',
} as const;

/** A user-given value, cleaned, or the placeholder. */
export function given(value: string | undefined, placeholder: string, max = 300): string {
  const clean = value === undefined ? '' : cleanText(value, max);
  return clean === '' ? placeholder : clean;
}

export function zoneOf(input: LetterInput): Zone {
  return input.zone ?? 'WIB';
}

export function letterDate(input: LetterInput, lang: UiLang): string {
  return formatDate(input.date, zoneOf(input), lang);
}

/** Host name of the scanned page; the pure layer has no URL class, so a regex. */
export function siteOf(input: LetterInput): string | undefined {
  if (input.scan === undefined) return undefined;
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(input.scan.url)?.[1];
  return host === undefined ? undefined : cleanText(host.toLowerCase(), 253);
}

/** The shop's contact: given, else an e-mail the policy's contact sentences name. */
export function contactOf(input: LetterInput): { value: string; fromPolicy: boolean } | undefined {
  const given =
    input.controller?.contact === undefined ? '' : cleanText(input.controller.contact, 300);
  if (given !== '') return { value: given, fromPolicy: false };
  for (const sentence of input.policy?.elements.contact.evidence ?? []) {
    const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(sentence)?.[0];
    if (email !== undefined) return { value: email, fromPolicy: true };
  }
  return undefined;
}

/** "- Nama\n- Data kartu pembayaran (data pribadi spesifik, Pasal 4 ayat (2))". */
export function categoryLines(input: LetterInput, lang: UiLang): string[] {
  const uses = categoriesOf(input.scan, input.ledger);
  if (uses.length === 0) return [`- ${PLACEHOLDERS[lang].categories}`];
  const mark =
    lang === 'id'
      ? ' (data pribadi yang bersifat spesifik, Pasal 4 ayat (2) UU PDP)'
      : ' (specific personal data, Article 4(2) UU PDP)';
  return uses.map((u) => `- ${CATEGORY_NAMES[lang][u.category]}${u.specific ? mark : ''}`);
}

export function senderBlock(input: LetterInput, lang: UiLang, email = true): string[] {
  const p = PLACEHOLDERS[lang];
  const lines = [given(input.user?.name, p.name), given(input.user?.address, p.address, 500)];
  if (email) lines.push(given(input.user?.email, p.email));
  if (input.user?.phone !== undefined && cleanText(input.user.phone) !== '')
    lines.push(cleanText(input.user.phone, 40));
  return lines;
}

export function placeDate(input: LetterInput, lang: UiLang): string {
  return `${given(input.user?.place, PLACEHOLDERS[lang].place, 80)}, ${letterDate(input, lang)}`;
}

export function signature(input: LetterInput, lang: UiLang, role?: string): string[] {
  const name = given(input.user?.name, PLACEHOLDERS[lang].name);
  const close = lang === 'id' ? 'Hormat saya,' : 'Yours faithfully,';
  const sign = lang === 'id' ? '(tanda tangan)' : '(signature)';
  return [close, ...(role === undefined ? [] : [role]), '', '', sign, '', name];
}

/** Every "[…]" placeholder left in the text, once each, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\[[^\]\n]{2,120}\]/g) ?? [])];
}

export function assemble(
  base: Omit<Letter, 'text' | 'placeholders' | 'body' | 'notes'> & {
    readonly lines: readonly string[];
    readonly notes: readonly string[];
  },
): Letter {
  const { lines, notes, ...rest } = base;
  const body = `${lines.join('\n')}\n`;
  const allNotes = [...notes, DISCLAIMER[base.lang]];
  const text = `${body}\n---\n\n${NOTES_HEADING[base.lang]}:\n\n${allNotes.map((n) => `- ${n}`).join('\n')}\n`;
  return { ...rest, body, notes: allNotes, text, placeholders: placeholdersIn(body) };
}

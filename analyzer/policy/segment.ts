// Policy text → sections and sentences, for Indonesian and English alike.
// Own tokenizer (not compromise): compromise has no Indonesian model and its
// full build costs ~0.6 s per 10k words, which this path does not need.

export interface PolicySentence {
  text: string;
  /** Index into PolicySegmentation.sections. */
  section: number;
  /** The sentence is (part of) a list item: "a.", "(a)", "1.", "•", "-". */
  isListItem: boolean;
  /** The sentence that introduces the list this item belongs to ("We collect:"). */
  leadIn: string | null;
}

export interface PolicySection {
  heading: string | null;
  /** Indexes into PolicySegmentation.sentences. */
  sentences: number[];
}

export interface PolicySegmentation {
  sections: PolicySection[];
  sentences: PolicySentence[];
}

/** Tokens that end with a period but do not end a sentence (lower case, inner periods kept). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // en
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'approx',
  'incl',
  'no',
  'nos',
  'nr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'ltd',
  'co',
  'corp',
  'llc',
  'st',
  'tel',
  'fax',
  'ext',
  'dept',
  'u.s',
  'u.k',
  'e.u',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'art',
  'sec',
  'para',
  'p',
  'pp',
  // id
  'dll',
  'dsb',
  'dst',
  'tsb',
  'yth',
  'pt',
  'tbk',
  'cv',
  'jl',
  'jln',
  'kec',
  'kel',
  'kab',
  'prov',
  'rp',
  'hlm',
  'bpk',
  'sdr',
  'sdri',
  'a.n',
  'u.p',
  'u.b',
  'no',
  'telp',
  'hp',
  'kp',
  'ds',
  'gg',
  'ayat',
  's.d',
  'psl',
  'uu',
  'ttg',
  'tgl',
  'thn',
  'sbg',
  'spt',
  'yg',
  'dgn',
  'utk',
  'kpd',
  'pd',
  'dr',
  'ir',
  'h',
  'hj',
  's.h',
  's.e',
  'm.h',
  'persero',
]);

/** Sentences longer than this are cut (at a space) so no regex ever sees a pathological string. */
export const MAX_SENTENCE_CHARS = 1500;

const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 150;

// "Pasal 5", "BAB II", "Bagian Kedua", "Article 3", "Section 4".
const STATUTE_HEADING = /^(?:pasal|bab|bagian|article|section)\s+[\divxlc]+[a-z]?\b/i;
// Leading clause markers: "1.", "1.1", "1.1.", "1)", "a.", "a)", "(a)", "(iv)", "•", "-".
const NUMBER_MARKER = /^(\d{1,3}(?:\.\d{1,3})*)(?:[.)]\s+|\s+(?=\S))/;
const LETTER_MARKER = /^(?:\(([a-z]{1,4}|\d{1,3})\)|([a-z]{1,3}|[ivx]{1,5})[.)])\s+/i;
const BULLET_MARKER = /^[•·▪◦●○■□►▶✓✔*\-–—]\s*/;
// A list marker starting inside a line after ";" or ":" ("meliputi: a. nama; b. alamat").
const INLINE_MARKER = /([;:])\s+(?=(?:\([a-z\d]{1,4}\)|[a-z]\.|[ivx]{1,4}\.|\d{1,2}[.)])\s+\S)/gi;

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const OPENERS = /["'“‘([«A-Z0-9À-ÖØ-Þ•\-–]/;

export function normalizePolicyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/ {2,}/g, ' ');
}

interface Marker {
  kind: 'none' | 'number' | 'letter' | 'bullet';
  depth: number;
  rest: string;
}

function readMarker(line: string): Marker {
  const n = NUMBER_MARKER.exec(line);
  if (n) {
    const label = n[1] ?? '';
    return {
      kind: 'number',
      depth: label.split('.').filter(Boolean).length,
      rest: line.slice(n[0].length),
    };
  }
  const l = LETTER_MARKER.exec(line);
  // A single capital letter followed by "." is an initial ("J. Smith"), not a marker; "A." on its own line is rare.
  if (l && !/^[A-Z]\.\s+[A-Z][a-z]/.test(line))
    return { kind: 'letter', depth: 0, rest: line.slice(l[0].length) };
  const b = BULLET_MARKER.exec(line);
  if (b && line.length > b[0].length)
    return { kind: 'bullet', depth: 0, rest: line.slice(b[0].length) };
  return { kind: 'none', depth: 0, rest: line };
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

function looksLikeHeading(line: string, marker: Marker, afterColon: boolean): boolean {
  if (STATUTE_HEADING.test(line) && wordCount(line) <= HEADING_MAX_WORDS) return true;
  if (marker.kind === 'letter' || marker.kind === 'bullet') return false;
  const body = marker.rest.trim();
  if (body === '' || !/\p{L}/u.test(body)) return false;
  if (body.length > HEADING_MAX_CHARS) return false;
  // A bare e-mail, URL or phone line is content ("halo@toko.id"), not a heading.
  if (/@|https?:|www\.|\d{3,}[ -]?\d{3,}/.test(body)) return false;
  if (/[.;,:!?]$/.test(body) && !/^[\p{Lu}\d\s&/,'’()-]+:$/u.test(body)) return false;
  if (wordCount(body) > HEADING_MAX_WORDS) return false;
  // After "… meliputi:" a short unpunctuated line is a list item, not a heading.
  if (afterColon && marker.kind === 'none') return false;
  return true;
}

/** Split one paragraph (no newlines) into sentences, respecting abbreviations. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const n = paragraph.length;
  for (let i = 0; i < n; i++) {
    const ch = paragraph.charAt(i);
    if (!TERMINAL.test(ch)) continue;
    let j = i + 1;
    while (j < n && (TERMINAL.test(paragraph.charAt(j)) || CLOSERS.test(paragraph.charAt(j)))) j++;
    if (j < n && paragraph.charAt(j) !== ' ') {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && paragraph.charAt(k) === ' ') k++;
    if (k < n && !OPENERS.test(paragraph.charAt(k)) && !/\p{Lu}/u.test(paragraph.charAt(k))) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && isAbbreviation(paragraph, i, k < n ? paragraph.charAt(k) : '')) {
      i = j - 1;
      continue;
    }
    pushBounded(out, paragraph.slice(start, j));
    start = k;
    i = k - 1;
  }
  if (start < n) pushBounded(out, paragraph.slice(start));
  return out;
}

function isAbbreviation(s: string, dot: number, next: string): boolean {
  let b = dot;
  while (b > 0 && /[\p{L}.]/u.test(s.charAt(b - 1))) b--;
  const token = s.slice(b, dot).toLowerCase();
  if (token === '') return false;
  // A lone capital is an initial ("J. Smith"), unless it closes a sentence before a new one.
  if (/^\p{Lu}$/u.test(s.slice(b, dot)) && next !== '' && /\p{Lu}/u.test(next)) return true;
  if (ABBREVIATIONS.has(token)) {
    // "etc." and "dll." often do end a sentence: only keep going before a lower-case word or digit.
    if (
      (token === 'etc' || token === 'dll' || token === 'dsb' || token === 'dst') &&
      /\p{Lu}/u.test(next)
    )
      return false;
    return true;
  }
  // Dotted acronyms: "U.S.A.", "S.H.".
  return /^(?:\p{L}\.)+\p{L}$/u.test(token);
}

function pushBounded(out: string[], raw: string): void {
  let s = raw.trim();
  while (s.length > MAX_SENTENCE_CHARS) {
    let cut = s.lastIndexOf('; ', MAX_SENTENCE_CHARS);
    if (cut < MAX_SENTENCE_CHARS / 2) cut = s.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    if (cut < MAX_SENTENCE_CHARS / 2) cut = MAX_SENTENCE_CHARS;
    out.push(s.slice(0, cut + 1).trim());
    s = s.slice(cut + 1).trim();
  }
  if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
}

export function segmentPolicy(text: string): PolicySegmentation {
  const sections: PolicySection[] = [{ heading: null, sentences: [] }];
  const sentences: PolicySentence[] = [];
  let leadIn: string | null = null;
  let afterColon = false;

  const lines = normalizePolicyText(text).replace(INLINE_MARKER, '$1\n').split('\n');
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    const marker = readMarker(line);
    if (looksLikeHeading(line, marker, afterColon)) {
      sections.push({ heading: line.replace(/:$/, ''), sentences: [] });
      leadIn = null;
      afterColon = false;
      continue;
    }
    // An unmarked line after "…:" continues the list while it stays item-like.
    const isListItem =
      marker.kind !== 'none' || (afterColon && (wordCount(line) <= 20 || /[;,]$/.test(line)));
    if (!isListItem) {
      leadIn = null;
      afterColon = false;
    }
    const sectionIndex = sections.length - 1;
    const section = sections[sectionIndex];
    let last = '';
    for (const s of splitSentences(marker.rest)) {
      section?.sentences.push(sentences.length);
      sentences.push({
        text: s,
        section: sectionIndex,
        isListItem,
        leadIn: isListItem ? leadIn : null,
      });
      last = s;
    }
    if (last.endsWith(':')) {
      leadIn = last;
      afterColon = true;
    }
  }
  return {
    sections: sections.filter((s, i) => i > 0 || s.sentences.length > 0),
    sentences: reindex(sections, sentences),
  };
}

// Dropping the empty leading section shifts indexes: keep sentence.section consistent.
function reindex(sections: PolicySection[], sentences: PolicySentence[]): PolicySentence[] {
  const first = sections[0];
  if (first && first.heading === null && first.sentences.length === 0) {
    return sentences.map((s) => ({ ...s, section: s.section - 1 }));
  }
  return sentences;
}

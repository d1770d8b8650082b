import { diffArrays } from 'diff';
import type { Citation, Finding } from '../model/scan-report';
import type { RulebookId } from '../rulebooks/ids';
import type { Locale } from './findings';
import { detectLanguage, type DetectedLanguage } from './language';
import { segmentPolicy } from './segment';

// Change tracking of a privacy policy, the pure half: a policy's text becomes
// a compact list of normalized sentences (what the ledger keeps per version),
// two such lists give the sentences added and removed, and a change seen after
// the user disclosed data under the old text becomes a policy.changed finding.

export const POLICY_CHANGED_RULE_ID = 'policy.changed';

export const COMPACT_LIMITS = {
  /** Characters of input read; the rest of a 50 MB page is never segmented. */
  inputChars: 1_500_000,
  /** Sentences kept per version: the longest real policies have ~1,000. */
  sentences: 3000,
  /** A sentence longer than this is cut (with "…"): still comparable, bounded in storage. */
  sentenceChars: 1000,
  /** Characters of all kept sentences together. */
  totalChars: 400_000,
  /** Added or removed sentences kept per version (the counts are exact). */
  diffSentences: 200,
  /** Beyond this edit distance the sentence diff gives up and compares as multisets. */
  maxEditLength: 2500,
} as const;

export interface CompactPolicy {
  readonly sentences: string[];
  readonly language: DetectedLanguage;
  /** A bound cut the text: the version is the start of the policy. */
  readonly truncated: boolean;
}

export interface PolicyDiff {
  /** In the new version's order; at most COMPACT_LIMITS.diffSentences. */
  readonly added: string[];
  /** In the old version's order; at most COMPACT_LIMITS.diffSentences. */
  readonly removed: string[];
  readonly addedCount: number;
  readonly removedCount: number;
}

const QUOTES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/** One sentence as compared: NFKC, plain quotes and dashes, whitespace collapsed. Case is kept. */
export function normalizeSentence(sentence: string): string {
  let s = sentence.normalize('NFKC');
  for (const [re, plain] of QUOTES) s = s.replace(re, plain);
  return s.replace(/\s+/g, ' ').trim();
}

// Page furniture that changes on every visit and is not the policy: "Viewed 1,234 times",
// "Dibaca 1.234 kali", "Pengunjung hari ini: 87". Short, with a number and a counter word.
const COUNTER_WORD =
  /\b(?:page ?views?|viewed|views|visits?|visitors?|hits|online now|dilihat|dibaca|kunjungan|pengunjung|dikunjungi)\b/i;
const COUNTER_MAX_WORDS = 12;

/** A visit counter or similar noise line, left out of the compact text. */
export function isVolatileSentence(sentence: string): boolean {
  if (!/\d/.test(sentence) || !COUNTER_WORD.test(sentence)) return false;
  const words = sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= COUNTER_MAX_WORDS;
}

function cut(sentence: string): string {
  if (sentence.length <= COMPACT_LIMITS.sentenceChars) return sentence;
  const space = sentence.lastIndexOf(' ', COMPACT_LIMITS.sentenceChars - 1);
  const end = space > COMPACT_LIMITS.sentenceChars / 2 ? space : COMPACT_LIMITS.sentenceChars - 1;
  return `${sentence.slice(0, end)}…`;
}

/** The compact version of a policy text: its sentences, normalized and bounded. */
export function compactPolicy(text: string): CompactPolicy {
  let truncated = text.length > COMPACT_LIMITS.inputChars;
  const input = truncated ? text.slice(0, COMPACT_LIMITS.inputChars) : text;
  const sentences: string[] = [];
  let total = 0;
  for (const { text: raw } of segmentPolicy(input).sentences) {
    const sentence = cut(normalizeSentence(raw));
    if (sentence === '' || isVolatileSentence(sentence)) continue;
    if (
      sentences.length >= COMPACT_LIMITS.sentences ||
      total + sentence.length > COMPACT_LIMITS.totalChars
    ) {
      truncated = true;
      break;
    }
    sentences.push(sentence);
    total += sentence.length;
  }
  return { sentences, language: detectLanguage(sentences.join(' ')), truncated };
}

/** Same sentences in the same order. */
export function sameSentences(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * Sentences added and removed between two compact versions. A sentence that
 * only moved (removed in one place, added in another) is neither: a reorder
 * says nothing new. Huge rewrites fall back to multiset difference.
 */
export function diffPolicies(before: readonly string[], after: readonly string[]): PolicyDiff {
  const changes = diffArrays([...before], [...after], {
    maxEditLength: COMPACT_LIMITS.maxEditLength,
  });
  let added: string[];
  let removed: string[];
  if (changes === undefined) {
    added = minus(after, before);
    removed = minus(before, after);
  } else {
    added = changes.filter((c) => c.added).flatMap((c) => c.value);
    removed = changes.filter((c) => c.removed).flatMap((c) => c.value);
    const moved = intersect(added, removed);
    added = minus(added, moved);
    removed = minus(removed, moved);
  }
  return {
    added: added.slice(0, COMPACT_LIMITS.diffSentences),
    removed: removed.slice(0, COMPACT_LIMITS.diffSentences),
    addedCount: added.length,
    removedCount: removed.length,
  };
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** `a` without the elements of `b`, each occurrence in b cancelling one in a; a's order kept. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = counts(b);
  return a.filter((item) => {
    const n = left.get(item) ?? 0;
    if (n === 0) return true;
    left.set(item, n - 1);
    return false;
  });
}

function intersect(a: readonly string[], b: readonly string[]): string[] {
  const inB = counts(b);
  return a.filter((item) => {
    const n = inB.get(item) ?? 0;
    if (n === 0) return false;
    inB.set(item, n - 1);
    return true;
  });
}

// --- the finding ---------------------------------------------------------------

/**
 * policy.changed per rulebook, as in ../shared/legal/REFERENCE.md: UU 27/2022
 * Pasal 21(2) (notice before the change) [text]; the RUU draft's Pasal 24(3)
 * (within 7×24 h after); GDPR Art. 13(3); Permenkominfo 20/2016 "—".
 */
export const POLICY_CHANGED_CITATIONS: Readonly<Record<RulebookId, readonly Citation[]>> = {
  'uu-pdp-2022': [{ rulebook: 'uu-pdp-2022', article: 'Pasal 21(2)' }],
  'ruu-pdp': [{ rulebook: 'ruu-pdp', article: 'Pasal 24(3)' }],
  'pm-20-2016': [],
  gdpr: [{ rulebook: 'gdpr', article: 'Art. 13(3)' }],
};

/** What each instrument asks about the timing of the notice; only what its row supports. */
const TIMING: Readonly<Record<Exclude<RulebookId, 'pm-20-2016'>, Record<Locale, string>>> = {
  'uu-pdp-2022': {
    id: 'UU 27/2022 mewajibkan pengendali memberitahukan perubahan informasi tersebut kepada Anda sebelum perubahan terjadi.',
    en: 'UU 27/2022 requires the controller to tell you about a change to this information before the change takes place.',
  },
  'ruu-pdp': {
    id: 'RUU PDP (rancangan yang sudah tidak berlaku) meminta pemberitahuan paling lambat 7 × 24 jam setelah perubahan.',
    en: 'The RUU PDP (a superseded draft) asked for notice within 7 × 24 hours after the change.',
  },
  gdpr: {
    id: 'Menurut GDPR, Anda harus diberi tahu sebelum data Anda diproses untuk tujuan lain.',
    en: 'Under the GDPR you must be told before your data is processed for another purpose.',
  },
};

export interface PolicyChangeInput {
  /** Sentences added and removed between the version the user disclosed under and the current one. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly addedCount: number;
  readonly removedCount: number;
  /** ISO times of the disclosures made under an older version, newest first. */
  readonly disclosures: readonly string[];
}

export interface PolicyChangedOptions {
  readonly locale: Locale;
  /** The user's rulebook: its citation only, and no finding where it has no article. All when absent. */
  readonly rulebook?: RulebookId;
}

export const POLICY_CHANGED_EVIDENCE = {
  sentences: 3,
  disclosures: 5,
  chars: 300,
} as const;

const clip = (text: string) =>
  text.length <= POLICY_CHANGED_EVIDENCE.chars
    ? text
    : `${text.slice(0, POLICY_CHANGED_EVIDENCE.chars - 1)}…`;

/** "2026-01-02 09:30 UTC": unambiguous in both languages, no locale data needed. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The policy.changed finding for disclosures made under an older version of a
 * policy, or null when there is nothing to report: no disclosure under an
 * older version, no sentence changed, or no article in the chosen rulebook.
 */
export function policyChangedFinding(
  change: PolicyChangeInput,
  options: PolicyChangedOptions,
): Finding | null {
  const { locale, rulebook } = options;
  if (change.disclosures.length === 0 || change.addedCount + change.removedCount === 0) return null;
  const citations =
    rulebook === undefined
      ? Object.values(POLICY_CHANGED_CITATIONS).flat()
      : [...POLICY_CHANGED_CITATIONS[rulebook]];
  if (citations.length === 0) return null;
  const timing =
    TIMING[rulebook === undefined || rulebook === 'pm-20-2016' ? 'uu-pdp-2022' : rulebook];
  const [added, removed] = [String(change.addedCount), String(change.removedCount)];
  const explanation =
    locale === 'id'
      ? `Teks kebijakan privasi ini berubah setelah Anda memberikan data pribadi berdasarkan versi sebelumnya: ${added} kalimat ditambahkan dan ${removed} kalimat dihapus. ${timing.id} Tegas tidak dapat mengetahui apakah Anda sudah diberi tahu; periksa email atau pemberitahuan dari toko, dan baca kalimat yang berubah.`
      : `This privacy policy changed after you gave personal data under an earlier version: sentences added ${added}, removed ${removed}. ${timing.en} Tegas cannot tell whether you were told; check your e-mail or the shop's notices, and read the sentences that changed.`;
  const disclosed = locale === 'id' ? 'Data diberikan pada' : 'Data given on';
  return {
    ruleId: POLICY_CHANGED_RULE_ID,
    // Tegas sees the change, not whether notice was given: a prompt to check, not a breach.
    severity: 'low',
    title:
      locale === 'id'
        ? 'Kebijakan privasi berubah setelah Anda memberikan data'
        : 'The privacy policy changed after you gave your data',
    explanation,
    citations,
    evidence: [
      ...change.added
        .slice(0, POLICY_CHANGED_EVIDENCE.sentences)
        .map((s) => ({ text: clip(`+ ${s}`) })),
      ...change.removed
        .slice(0, POLICY_CHANGED_EVIDENCE.sentences)
        .map((s) => ({ text: clip(`− ${s}`) })),
      ...change.disclosures
        .slice(0, POLICY_CHANGED_EVIDENCE.disclosures)
        .map((time) => ({ text: `${disclosed} ${when(time)}` })),
    ],
  };
}

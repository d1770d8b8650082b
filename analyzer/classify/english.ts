import nlp from 'compromise/two';

// English refusal that the OPT_OUT lexicon cannot list: negation with
// adverbs and inflected verbs in between ("I'd really rather you didn't
// email me", "Please don't ever share my details"). compromise tags the
// negation and gives verb roots; we only ask "does a first person or an
// imperative negate a verb of contacting, sharing or wanting?".
// Background/CLI only: never import this from detect.ts.

const REFUSED_VERBS: ReadonlySet<string> = new Set([
  'want',
  'wish',
  'like',
  'send',
  'email',
  'contact',
  'call',
  'text',
  'message',
  'receive',
  'get',
  'share',
  'sell',
  'disclose',
  'pass',
  'use',
  'subscribe',
  'agree',
  'consent',
  'accept',
  'add',
  'sign',
  'include',
  'need',
]);
const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  "i'd",
  "i'm",
  "i'll",
  'me',
  'please',
  'kindly',
]);
const PREFERENCE: ReadonlySet<string> = new Set(['prefer', 'rather', 'want', 'wish', 'like']);
const SUBJECT_WINDOW = 6;
const VERB_WINDOW = 4;
const QUICK_NEGATION = /\b(?:not|never|no)\b|n't|n’t/i;

interface Term {
  normal: string;
  tags: string[];
  root?: string;
}

function termsOf(text: string): Term[] {
  const doc = nlp(text);
  doc.compute('root');
  const out: Term[] = [];
  for (const sentence of doc.json({ terms: { normal: true } })) {
    if (!isRecord(sentence) || !Array.isArray(sentence['terms'])) continue;
    for (const t of sentence['terms']) {
      if (!isRecord(t)) continue;
      const normal = typeof t['normal'] === 'string' ? t['normal'] : '';
      const tags = Array.isArray(t['tags'])
        ? t['tags'].filter((x): x is string => typeof x === 'string')
        : [];
      const root = typeof t['root'] === 'string' ? t['root'] : undefined;
      out.push(root === undefined ? { normal, tags } : { normal, tags, root });
    }
  }
  return out;
}

function isMainVerb(t: Term): boolean {
  return t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !t.tags.includes('Modal');
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/**
 * Who negates: the nearest pronoun before the negation must be first person
 * ("I don't want…"), or "you" after a first-person preference ("I'd prefer you
 * didn't…"); with no pronoun, a negation that opens the sentence is an
 * imperative ("Never share my data").
 */
function refusedBySubject(terms: readonly Term[], negation: number): boolean {
  const before = terms
    .slice(Math.max(0, negation - SUBJECT_WINDOW), negation)
    .filter((t) => t.normal !== '');
  for (let j = before.length - 1; j >= 0; j--) {
    const t = before[j];
    if (t === undefined || !t.tags.includes('Pronoun')) continue;
    if (FIRST_PERSON.has(t.normal)) return true;
    if (t.normal !== 'you') return false;
    const earlier = before.slice(0, j);
    return (
      earlier.some((e) => FIRST_PERSON.has(e.normal)) &&
      earlier.some((e) => PREFERENCE.has(e.root ?? e.normal))
    );
  }
  return (
    before.some((t) => FIRST_PERSON.has(t.normal)) ||
    before.length === 0 ||
    (before.length === 1 && before[0]?.tags.includes('Verb') === true)
  );
}

/** True when English text refuses ("I don't ever want emails"), by negation scope. */
export function englishRefuses(text: string): boolean {
  if (!QUICK_NEGATION.test(text)) return false;
  const terms = termsOf(text);
  for (let i = 0; i < terms.length; i++) {
    if (!terms[i]?.tags.includes('Negative') || !refusedBySubject(terms, i)) continue;
    // The negated verb is the first main verb after the negation ("don't miss out, get…" negates "miss").
    const verb = terms.slice(i + 1, i + 1 + VERB_WINDOW).find(isMainVerb);
    if (verb !== undefined && REFUSED_VERBS.has(verb.root ?? verb.normal)) return true;
  }
  return false;
}

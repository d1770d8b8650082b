import {
  POLICY_ELEMENTS,
  POLICY_EVIDENCE_LIMITS,
  type ElementResult,
  type PolicyElement,
  type PolicyElements,
} from '../model/policy-report';
import { POLICY_LEXICON, type ElementPatterns } from './lexicon';
import type { PolicySegmentation, PolicySentence } from './segment';

interface CompiledElement {
  topic: RegExp;
  vague: RegExp | null;
  /** Same as vague, global: to strip stock phrases before looking for a real topic. */
  vagueAll: RegExp | null;
  substance: RegExp | null;
}

/** How one sentence speaks of one element. */
export type SentenceHit = 'none' | 'mention' | 'substance';

function compile(sources: readonly string[], flags = 'u'): RegExp | null {
  if (sources.length === 0) return null;
  // Anchored at a word start; the sentence is lower-cased beforehand.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, flags);
}

function patterns(p: ElementPatterns, key: 'topic' | 'substance' | 'vague'): readonly string[] {
  return p[key] ?? [];
}

function compileElement(element: PolicyElement): CompiledElement {
  const lex = POLICY_LEXICON[element];
  const all = (key: 'topic' | 'substance' | 'vague'): string[] => [
    ...patterns(lex.en, key),
    ...patterns(lex.id, key),
  ];
  const topic = compile(all('topic'));
  if (!topic) throw new Error(`policy lexicon: ${element} has no topic patterns`);
  return {
    topic,
    vague: compile(all('vague')),
    vagueAll: compile(all('vague'), 'gu'),
    substance: compile(all('substance')),
  };
}

let compiled: ReadonlyMap<PolicyElement, CompiledElement> | null = null;
function compiledLexicon(): ReadonlyMap<PolicyElement, CompiledElement> {
  compiled ??= new Map(POLICY_ELEMENTS.map((e) => [e, compileElement(e)]));
  return compiled;
}

/** The text a sentence is read with: itself, its list items when it introduces a list, and its heading/lead-in. */
export interface SentenceView {
  own: string;
  /** own + the list items it introduces (for "We collect: - name - e-mail"). */
  extended: string;
  /** The section heading and list lead-in, which a list item inherits its topic from. */
  context: string;
}

export function classifySentence(element: PolicyElement, view: SentenceView): SentenceHit {
  const c = compiledLexicon().get(element);
  if (!c) return 'none';
  const vague = c.vague?.test(view.own) ?? false;
  const topic = vague || c.topic.test(view.own);
  if (!c.substance) {
    if (!topic) return 'none';
    // Without a substance list, a topic phrase left once the stock phrases are removed is the substance.
    const rest = vague && c.vagueAll ? view.own.replace(c.vagueAll, ' ') : view.own;
    return c.topic.test(rest) ? 'substance' : 'mention';
  }
  if (topic) return c.substance.test(view.extended) ? 'substance' : 'mention';
  // A list item under "Your rights" / "Data we collect:" inherits the topic.
  if (view.context !== '' && c.topic.test(view.context) && c.substance.test(view.own))
    return 'substance';
  return 'none';
}

const MAX_LIST_ITEMS = 15;

export function sentenceViews(seg: PolicySegmentation): SentenceView[] {
  const lower = seg.sentences.map((s) => s.text.toLowerCase());
  return seg.sentences.map((s, i) => {
    const own = lower[i] ?? '';
    let extended = own;
    if (own.endsWith(':')) {
      const items: string[] = [];
      for (let j = i + 1; j < seg.sentences.length && items.length < MAX_LIST_ITEMS; j++) {
        const next = seg.sentences[j];
        if (!next?.isListItem || next.section !== s.section) break;
        items.push(lower[j] ?? '');
      }
      extended = [own, ...items].join(' ');
    }
    return { own, extended, context: contextOf(seg, s) };
  });
}

function contextOf(seg: PolicySegmentation, s: PolicySentence): string {
  const heading = seg.sections[s.section]?.heading ?? '';
  const lead = s.isListItem ? (s.leadIn ?? '') : '';
  return `${heading} ${lead}`.trim().toLowerCase();
}

export function clipEvidence(text: string): string {
  const max = POLICY_EVIDENCE_LIMITS.chars;
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

export function detectElement(
  seg: PolicySegmentation,
  views: readonly SentenceView[],
  element: PolicyElement,
): ElementResult {
  const limit = POLICY_EVIDENCE_LIMITS.sentences;
  const strong: string[] = [];
  const mentions: string[] = [];
  for (let i = 0; i < views.length && strong.length < limit; i++) {
    const view = views[i];
    const sentence = seg.sentences[i];
    if (!view || !sentence) continue;
    const hit = classifySentence(element, view);
    if (hit === 'substance') strong.push(clipEvidence(sentence.text));
    else if (hit === 'mention' && mentions.length < limit)
      mentions.push(clipEvidence(sentence.text));
  }
  const present = strong.length > 0;
  return { present, weak: !present && mentions.length > 0, evidence: present ? strong : mentions };
}

export function detectElements(seg: PolicySegmentation): PolicyElements {
  const views = sentenceViews(seg);
  const r = (e: PolicyElement): ElementResult => detectElement(seg, views, e);
  return {
    legal_basis: r('legal_basis'),
    purposes: r('purposes'),
    data_types: r('data_types'),
    retention: r('retention'),
    processing_period: r('processing_period'),
    rights: r('rights'),
    contact: r('contact'),
    recipients: r('recipients'),
    transfer_abroad: r('transfer_abroad'),
    security: r('security'),
    choice: r('choice'),
    children: r('children'),
    changes: r('changes'),
    breach_notice: r('breach_notice'),
  };
}

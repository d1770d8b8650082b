import { clip, ELEMENT_NODE, INLINE_TAGS, normalizeSpace, tagOf, textOf } from './dom-text';
import { LIMITS } from '../model/snapshot-limits';

// Label evidence for one control, in the order a screen reader would use it:
// label[for], a wrapping <label>, aria-labelledby; then aria-label, placeholder,
// fieldset legend and the text next to the control.

const MAX = LIMITS.shortText;
const CONTROL_SELECTOR = 'input:not([type="hidden"]), select, textarea';
// Inside a label, small print and icons belong to the same run of text.
const LABEL_INLINE_TAGS = new Set([...INLINE_TAGS, 'small', 'img']);

export interface LabelEvidence {
  label: string;
  ariaLabel?: string;
  placeholder?: string;
  title?: string;
  legend?: string;
  nearbyText?: string;
  /** The element(s) holding the label text, for link extraction of consent labels. */
  labelElements: Element[];
}

export function labelEvidence(
  el: Element,
  doc: Document,
  labelsFor: Map<string, Element[]>,
  textDirection: 'before' | 'after',
): LabelEvidence {
  const labelElements: Element[] = [];
  const id = el.getAttribute('id');
  if (id) labelElements.push(...(labelsFor.get(id) ?? []));
  const wrapping = el.parentElement?.closest('label');
  if (wrapping && !labelElements.includes(wrapping)) labelElements.push(wrapping);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const ref of labelledBy.split(/\s+/)) {
      const target = ref ? doc.getElementById(ref) : null;
      if (target && !labelElements.includes(target)) labelElements.push(target);
    }
  }
  const label = clip(normalizeSpace(labelElements.map((l) => textOf(l, MAX)).join(' ')), MAX);
  const evidence: LabelEvidence = { label, labelElements };
  setIf(evidence, 'ariaLabel', el.getAttribute('aria-label'));
  setIf(
    evidence,
    'placeholder',
    el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder'),
  );
  setIf(evidence, 'title', el.getAttribute('title'));
  const fieldset = el.closest('fieldset');
  const legend = fieldset ? firstChildTag(fieldset, 'legend') : null;
  if (legend) setIf(evidence, 'legend', textOf(legend, MAX));
  if (label === '') {
    // A checkbox's text usually follows it, but some templates put it before.
    const text =
      nearbyText(el, textDirection) || (textDirection === 'after' ? nearbyText(el, 'before') : '');
    setIf(evidence, 'nearbyText', text);
  }
  return evidence;
}

function setIf<K extends 'ariaLabel' | 'placeholder' | 'title' | 'legend' | 'nearbyText'>(
  target: LabelEvidence,
  key: K,
  value: string | null,
): void {
  const text = value === null ? '' : clip(normalizeSpace(value), MAX);
  if (text !== '') target[key] = text;
}

function firstChildTag(parent: Element, tag: string): Element | null {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    if (tagOf(child) === tag) return child;
  return null;
}

/**
 * Text right before (fields) or after (checkboxes) the control, looking at
 * siblings and then at the parent's siblings, never across another control.
 */
export function nearbyText(el: Element, direction: 'before' | 'after'): string {
  let current: Element | null = el;
  for (let depth = 0; depth < 3 && current; depth++) {
    const text = siblingText(current, direction);
    if (text === null) return '';
    if (text !== '') return clip(text, MAX);
    current = current.parentElement;
    if (current && ['form', 'body', 'fieldset'].includes(tagOf(current))) break;
  }
  return '';
}

/** '' when no text was found, null when another control stands in the way. */
function siblingText(el: Element, direction: 'before' | 'after'): string | null {
  let node = direction === 'before' ? el.previousSibling : el.nextSibling;
  let steps = 0;
  const parts: string[] = [];
  while (node && steps++ < 6) {
    if (node.nodeType === ELEMENT_NODE) {
      const sib = node as Element;
      if (sib.matches(CONTROL_SELECTOR) || sib.querySelector(CONTROL_SELECTOR)) break;
      const text = textOf(sib, MAX);
      if (text !== '') {
        parts.push(text);
        if (!LABEL_INLINE_TAGS.has(tagOf(sib))) break;
      }
    } else if (node.nodeType === 3) {
      const text = normalizeSpace(node.nodeValue ?? '');
      if (text !== '') parts.push(text);
    }
    node = direction === 'before' ? node.previousSibling : node.nextSibling;
  }
  if (direction === 'before') parts.reverse();
  const text = normalizeSpace(parts.join(' '));
  if (text === '' && node && node.nodeType === ELEMENT_NODE && steps <= 6) {
    const sib = node as Element;
    if (sib.matches(CONTROL_SELECTOR) || sib.querySelector(CONTROL_SELECTOR)) return null;
  }
  return text;
}

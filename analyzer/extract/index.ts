import type {
  ControlEvidence,
  FieldEvidence,
  LinkEvidence,
  PageSnapshot,
  StatementEvidence,
} from '../model/snapshot';
import { LIMITS, SNAPSHOT_SCHEMA_VERSION } from '../model/snapshot-limits';
import {
  AFFIRMATIVE_RE,
  HONEYPOT_RE,
  NEGATIVE_RE,
  POLICY_LINK_HINT_RE,
  SEARCH_RE,
  STATEMENT_HINT_RE,
} from './cues';
import { attrSelector, clip, INLINE_TAGS, normalizeSpace, tagOf, textOf } from './dom-text';
import { GroupIndex, resolveUrl } from './groups';
import { labelEvidence, type LabelEvidence } from './labels';
import { SelectorBuilder } from './selectors';
import { walk } from './walk';

export interface ExtractOptions {
  /** The page's URL: relative links and form actions resolve against it. */
  url: string;
  /** Browser: visibility from real layout. Default: markup and inline style only. */
  isVisible?: (el: Element) => boolean;
  /** Treat a live `checked` state as the default (first scan, before the user acts). */
  readLiveChecked?: boolean;
  /**
   * First-seen checked states, kept by the caller across scans: an element's state is read
   * once and reused, so a box the user ticked after the first scan is not reported as pre-ticked.
   */
  firstSeenChecked?: WeakMap<Element, boolean>;
  /** Safety bound on elements walked; a larger page is analysed up to it and flagged. */
  maxElements?: number;
  /**
   * Filled with selector → element for the snapshot's controls and statements, so that a
   * browser caller can inspect them (live evidence) without querying the page again.
   */
  elements?: Map<string, Element>;
}

const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const MAX_ELEMENTS = 200_000;

type Kind = 'field' | 'checkbox' | 'radio' | 'toggle';
interface Candidate {
  el: Element;
  kind: Kind;
  group: number;
  labels: LabelEvidence;
  required: boolean;
  visible: boolean;
}

/** Reads a page (any ParentNode: a Document, or an element of one) into a bounded snapshot. */
export function extractPage(root: ParentNode & Node, options: ExtractOptions): PageSnapshot {
  const doc =
    root.nodeType === 9
      ? (root as Document)
      : (root.ownerDocument ?? (root as unknown as Document));
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  // A caller with real layout is a browser: there one native query beats reading
  // attributes on every element (walk.ts).
  const walked = walk(root, maxElements, options.isVisible !== undefined);
  let truncated = walked.elementCount > maxElements;
  const fallback = doc.body ?? doc.documentElement ?? (root as unknown as Element);
  const groups = new GroupIndex(doc, fallback);
  for (const form of walked.forms) groups.indexOf(form);

  const nameCounts = new Map<string, number>();
  for (const { el } of walked.controls) {
    const name = el.getAttribute('name');
    const key = `${tagOf(el)}|${name}`;
    if (name) nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
  }
  const selectors = new SelectorBuilder(walked.idCounts, nameCounts);

  const candidates: Candidate[] = [];
  for (const { el, hidden } of walked.controls) {
    const kind = kindOf(el);
    if (kind === undefined || isInert(el)) continue;
    const visible = options.isVisible ? options.isVisible(el) : !hidden && !looksOffscreen(el);
    if (!visible || isHoneypot(el) || isSearchBox(el)) continue;
    const labels = labelEvidence(el, doc, walked.labelsFor, kind === 'field' ? 'before' : 'after');
    // A custom role="switch"/"checkbox" element is named by its own text.
    if (labels.label === '' && tagOf(el) !== 'input' && kind !== 'field') {
      labels.label = textOf(el, LIMITS.shortText);
      delete labels.nearbyText;
    }
    candidates.push({
      el,
      kind,
      group: groups.groupOf(el),
      labels,
      required: isRequired(el, labels),
      visible,
    });
  }

  const fields: FieldEvidence[] = [];
  const controls: ControlEvidence[] = [];
  const radios = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind === 'field') fields.push(fieldEvidence(c, selectors));
    else if (c.kind === 'radio') {
      const key = `${c.group}|${c.el.getAttribute('name') ?? selectors.of(c.el)}`;
      const list = radios.get(key);
      if (list) list.push(c);
      else radios.set(key, [c]);
    } else controls.push(controlEvidence(c, c.kind, controlText(c.labels), selectors, options));
  }
  for (const group of radios.values()) controls.push(radioGroup(group, selectors, options));

  const statements = collectStatements(walked.texts, groups, selectors, options);
  const policyLinks = collectPolicyLinks(walked.anchors, options.url, groups);
  if (fields.length > LIMITS.fields || controls.length > LIMITS.controls) truncated = true;

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    url: clip(options.url, LIMITS.longText),
    title: clip(normalizeSpace(doc.title ?? ''), LIMITS.shortText),
    ...optional('htmlLang', doc.documentElement?.getAttribute('lang')),
    headings: walked.headings.slice(0, LIMITS.headings).map((h) => textOf(h, LIMITS.shortText)),
    textSample: textSample(groups.containers, walked.texts),
    groups: groups.evidence(selectors, options.url),
    fields: fields.slice(0, LIMITS.fields),
    controls: controls.slice(0, LIMITS.controls),
    statements: statements.slice(0, LIMITS.statements),
    policyLinks,
    scripts: walked.scripts
      .map((src) => resolveUrl(src, options.url))
      .filter((src): src is string => src !== undefined)
      .slice(0, LIMITS.scripts)
      .map((src) => clip(src, LIMITS.longText)),
    truncated,
  };
}

function optional<K extends string>(
  key: K,
  value: string | null | undefined,
): Partial<Record<K, string>> {
  const text = value ? clip(value.trim(), LIMITS.shortText) : '';
  return text === '' ? {} : ({ [key]: text } as Record<K, string>);
}

function kindOf(el: Element): Kind | undefined {
  const tag = tagOf(el);
  if (tag === 'select' || tag === 'textarea') return 'field';
  const role = el.getAttribute('role');
  if (tag !== 'input')
    return role === 'switch' ? 'toggle' : role === 'checkbox' ? 'checkbox' : undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (SKIP_INPUT_TYPES.has(type)) return undefined;
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') {
    const cls = el.getAttribute('class') ?? '';
    return role === 'switch' || /\b(?:switch|toggle)\b/i.test(cls) ? 'toggle' : 'checkbox';
  }
  return 'field';
}

function isInert(el: Element): boolean {
  return el.hasAttribute('disabled') || (el.hasAttribute('readonly') && tagOf(el) !== 'select');
}

// Off-screen and zero-size inline styles are how honeypots hide without display:none.
const OFFSCREEN_RE =
  /(?:left|top|margin-left|text-indent)\s*:\s*-\d{3,}px|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|(?:width|height)\s*:\s*0(?:px)?\s*(?:;|$)/i;
function looksOffscreen(el: Element): boolean {
  for (
    let cur: Element | null = el, depth = 0;
    cur && depth < 3;
    cur = cur.parentElement, depth++
  ) {
    const style = cur.getAttribute('style');
    if (style && OFFSCREEN_RE.test(style)) return true;
  }
  return false;
}

function isHoneypot(el: Element): boolean {
  const probe = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (HONEYPOT_RE.test(probe)) return true;
  return (
    el.getAttribute('tabindex') === '-1' &&
    el.getAttribute('autocomplete') === 'off' &&
    tagOf(el) === 'input'
  );
}

function isSearchBox(el: Element): boolean {
  if ((el.getAttribute('type') ?? '').toLowerCase() === 'search') return true;
  if (el.closest('[role="search"], search')) return true;
  const action = el.closest('form')?.getAttribute('action') ?? '';
  if (/(?:^|[/?&=])(?:search|cari|pencarian)\b/i.test(action)) return true;
  const name = (el.getAttribute('name') ?? '').toLowerCase();
  const hint = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${name} ${el.getAttribute('id') ?? ''}`;
  return (name === 'q' || name === 's' || SEARCH_RE.test(hint)) && tagOf(el) === 'input';
}

function isRequired(el: Element, labels: LabelEvidence): boolean {
  if (el.hasAttribute('required') || el.getAttribute('aria-required') === 'true') return true;
  // A visible marker in the label ("*", "wajib") is judged by classification, on the label text.
  // Platforms mark required rows with a class on the row (WooCommerce validate-required, Magento .field.required).
  for (let cur = el.parentElement, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    if (tagOf(cur) === 'form') break;
    if (
      /(?:^|\s)(?:validate-required|required|is-required|field-required)(?:\s|$)/.test(
        cur.getAttribute('class') ?? '',
      )
    )
      return true;
  }
  for (const label of labels.labelElements) {
    if (/(?:^|\s)(?:required|is-required)(?:\s|$)/.test(label.getAttribute('class') ?? ''))
      return true;
  }
  return false;
}

function fieldEvidence(c: Candidate, selectors: SelectorBuilder): FieldEvidence {
  const el = c.el;
  const tag = tagOf(el);
  const fieldTag = tag === 'select' ? 'select' : tag === 'textarea' ? 'textarea' : 'input';
  const type = fieldTag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : fieldTag;
  const { labelElements: _unused, ...labelText } = c.labels;
  void _unused;
  const maxLength = Number.parseInt(el.getAttribute('maxlength') ?? '', 10);
  return {
    selector: selectors.of(el),
    group: c.group,
    tag: fieldTag,
    inputType: clip(type, LIMITS.shortText),
    ...optional('name', el.getAttribute('name')),
    ...optional('id', el.getAttribute('id')),
    autocomplete: autocompleteTokens(el),
    ...labelText,
    options: tag === 'select' ? optionTexts(el) : [],
    ...optional('inputMode', el.getAttribute('inputmode')),
    ...(Number.isFinite(maxLength) ? { maxLength } : {}),
    required: c.required,
    visible: c.visible,
  };
}

function autocompleteTokens(el: Element): string[] {
  const value = el.getAttribute('autocomplete');
  return value ? value.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10) : [];
}

function optionTexts(select: Element): string[] {
  const texts: string[] = [];
  for (const option of select.querySelectorAll('option')) {
    const text = clip(normalizeSpace(option.textContent ?? ''), LIMITS.shortText);
    if (text !== '') texts.push(text);
    if (texts.length >= LIMITS.options) break;
  }
  return texts;
}

function controlText(labels: LabelEvidence): string {
  return clip(
    labels.label || labels.ariaLabel || labels.nearbyText || labels.title || '',
    LIMITS.longText,
  );
}

function linksIn(elements: Element[], pageUrl: string): LinkEvidence[] {
  const links: LinkEvidence[] = [];
  for (const holder of elements) {
    for (const a of Array.from(holder.querySelectorAll('a[href]'))) {
      const href = resolveUrl(a.getAttribute('href') ?? '', pageUrl);
      if (href && links.length < 10)
        links.push({ href: clip(href, LIMITS.longText), text: textOf(a, LIMITS.shortText) });
    }
  }
  return links;
}

function isPrechecked(el: Element, options: ExtractOptions): boolean {
  const memo = options.firstSeenChecked;
  const seen = memo?.get(el);
  if (seen !== undefined) return seen;
  const checked =
    el.hasAttribute('checked') ||
    el.getAttribute('aria-checked') === 'true' ||
    (options.readLiveChecked === true && (el as HTMLInputElement).checked === true);
  memo?.set(el, checked);
  return checked;
}

function controlEvidence(
  c: Candidate,
  control: ControlEvidence['control'],
  text: string,
  selectors: SelectorBuilder,
  options: ExtractOptions,
): ControlEvidence {
  const selector = selectors.of(c.el);
  options.elements?.set(selector, c.el);
  return {
    selector,
    group: c.group,
    control,
    ...optional('name', c.el.getAttribute('name')),
    ...optional('id', c.el.getAttribute('id')),
    text,
    choices: [],
    ...optional('legend', c.labels.legend),
    links: linksIn(labelHolders(c), options.url),
    prechecked: isPrechecked(c.el, options),
    required: c.required,
    visible: c.visible,
  };
}

/** Where a control's label text (and its links) lives. */
function labelHolders(c: Candidate): Element[] {
  if (c.labels.labelElements.length > 0) return c.labels.labelElements;
  const parent = c.el.parentElement;
  return parent ? [parent] : [];
}

function radioGroup(
  group: Candidate[],
  selectors: SelectorBuilder,
  options: ExtractOptions,
): ControlEvidence {
  const first = group[0] as Candidate;
  const choices = group.map((c) => clip(controlText(c.labels), LIMITS.shortText));
  const question = clip(radioQuestion(first), LIMITS.shortText);
  const name = first.el.getAttribute('name');
  // Opted in by default when the choice selected by the page is an affirmative one.
  const prechecked = group.some((c, i) => {
    const choice = choices[i] ?? '';
    return isPrechecked(c.el, options) && AFFIRMATIVE_RE.test(choice) && !NEGATIVE_RE.test(choice);
  });
  return {
    // All inputs of a radio group share the name: one selector covers the group.
    selector: name ? attrSelector('input', 'name', name) : selectors.of(first.el),
    group: first.group,
    control: 'radio',
    ...optional('name', name),
    ...optional('id', first.el.getAttribute('id')),
    text: clip(normalizeSpace(`${question} ${choices.join(' / ')}`), LIMITS.longText),
    ...optional('question', question),
    choices: choices.slice(0, LIMITS.options),
    ...optional('legend', first.labels.legend),
    links: linksIn(group.flatMap(labelHolders), options.url),
    prechecked,
    required: group.some((c) => c.required),
    visible: true,
  };
}

/** The question a radio group answers: its legend, radiogroup label, or the text before it. */
function radioQuestion(first: Candidate): string {
  if (first.labels.legend) return first.labels.legend;
  const radiogroup = first.el.closest('[role="radiogroup"]');
  const labelled = radiogroup?.getAttribute('aria-label');
  if (labelled) return normalizeSpace(labelled);
  // Walk up past the wrappers of the choices and read the text before them.
  let holder: Element | null = first.labels.labelElements[0] ?? first.el;
  for (let depth = 0; depth < 4 && holder; depth++) {
    let sib = holder.previousElementSibling;
    while (sib && sib.querySelector('input[type="radio"]')) sib = sib.previousElementSibling;
    if (sib && !sib.matches('input, select, textarea')) {
      const text = textOf(sib, LIMITS.shortText);
      if (text !== '') return text;
    }
    holder = holder.parentElement;
    if (holder && tagOf(holder) === 'form') break;
  }
  return '';
}

function collectStatements(
  texts: Text[],
  groups: GroupIndex,
  selectors: SelectorBuilder,
  options: ExtractOptions,
): StatementEvidence[] {
  const { isVisible, elements } = options;
  const seen = new Set<Element>();
  const statements: StatementEvidence[] = [];
  // A page without forms has no statements to attach: do no work there.
  if (groups.containers.length === 0) return statements;
  for (const node of texts) {
    if (!STATEMENT_HINT_RE.test(node.nodeValue ?? '')) continue;
    const block = blockOf(node);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    const group = groups.groupNear(block, 4);
    if (group === undefined) continue;
    if (
      block.closest('label') ||
      block.querySelector('input, select, textarea') ||
      block.closest('a, button')
    )
      continue;
    if (isVisible && !isVisible(block)) continue;
    const selector = selectors.of(block);
    elements?.set(selector, block);
    statements.push({
      selector,
      group,
      text: textOf(block, LIMITS.longText),
      links: linksIn([block], options.url),
      nearSubmit: isNearSubmit(block),
    });
    if (statements.length >= LIMITS.statements) break;
  }
  return statements;
}

function blockOf(node: Text): Element | null {
  let el = node.parentElement;
  let outermostInline: Element | null = null;
  while (el && INLINE_TAGS.has(tagOf(el))) {
    outermostInline = el;
    el = el.parentElement;
  }
  // A statement in a <span> straight inside the form: the span is the block.
  if (el && outermostInline && el.querySelector('input, select, textarea')) return outermostInline;
  return el;
}

function isNearSubmit(block: Element): boolean {
  let current: Element | null = block;
  for (let depth = 0; depth < 3 && current; depth++) {
    const parent: Element | null = current.parentElement;
    if (!parent) break;
    if (parent.querySelector('button, input[type="submit"], [role="button"]')) return true;
    current = parent;
  }
  return false;
}

function collectPolicyLinks(
  anchors: Element[],
  pageUrl: string,
  groups: GroupIndex,
): LinkEvidence[] {
  const links: LinkEvidence[] = [];
  const seen = new Set<string>();
  for (const a of anchors) {
    const raw = a.getAttribute('href') ?? '';
    if (/^\s*(?:javascript|mailto|tel):/i.test(raw)) continue;
    const label = `${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''}`;
    if (!POLICY_LINK_HINT_RE.test(`${raw} ${a.textContent ?? ''} ${label}`)) continue;
    const text = textOf(a, LIMITS.shortText) || normalizeSpace(label);
    const href = resolveUrl(raw, pageUrl);
    if (!href || seen.has(href)) continue;
    seen.add(href);
    const group = groups.groupNear(a, 3);
    links.push({
      href: clip(href, LIMITS.longText),
      text: clip(text, LIMITS.shortText),
      ...(group === undefined ? {} : { group }),
    });
    if (links.length >= LIMITS.links) break;
  }
  return links;
}

/** Form text first (what the page asks), then the rest of the page, bounded. */
function textSample(containers: Element[], texts: Text[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const container of containers) {
    if (length >= LIMITS.textSample / 2) break;
    if (tagOf(container) === 'body') continue;
    const text = textOf(container, LIMITS.textSample / 2);
    parts.push(text);
    length += text.length + 1;
  }
  for (const node of texts) {
    if (length >= LIMITS.textSample) break;
    const text = normalizeSpace(node.nodeValue ?? '');
    if (text === '') continue;
    parts.push(text);
    length += text.length + 1;
  }
  return clip(parts.join(' '), LIMITS.textSample);
}

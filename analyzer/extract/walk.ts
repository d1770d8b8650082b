import { ELEMENT_NODE, isDisplayNone, NON_TEXT_TAGS, tagOf } from './dom-text';

// One pass over the page: everything the extractor needs is gathered while
// walking the tree once, with visibility-by-markup inherited down the walk.

const SKIP_SUBTREE = new Set([...NON_TEXT_TAGS, 'head']);
const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
const TEXT_NODE = 3;

export interface WalkResult {
  controls: { el: Element; hidden: boolean }[];
  forms: Element[];
  anchors: Element[];
  headings: Element[];
  scripts: string[];
  /** label[for] → labels, for label lookup without el.labels (absent in Node DOMs). */
  labelsFor: Map<string, Element[]>;
  idCounts: Map<string, number>;
  /** Visible text nodes in document order. */
  texts: Text[];
  elementCount: number;
}

function isHiddenHere(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return isDisplayNone(el.getAttribute('style'));
}

// The attributes walk() reads on every element. One native query finds the few elements
// that carry any of them, so that the rest (most of a page) cost no attribute reads: in a
// content script each read is a call across the isolated world's bindings.
const CARRIER_SELECTOR = '[id], [hidden], [aria-hidden], [style], [role]';

/** Elements below root with an attribute walk() reads; undefined where root cannot be queried. */
function attributeCarriers(root: Node): Set<Node> | undefined {
  const query = (root as Partial<ParentNode>).querySelectorAll;
  if (typeof query !== 'function') return undefined;
  return new Set<Node>(query.call(root, CARRIER_SELECTOR));
}

/**
 * `queryCarriers`: find the elements carrying those attributes with one native query first.
 * A win in a browser, where each attribute read crosses the DOM bindings; a loss in
 * linkedom, whose selector engine is plain JS and whose attribute reads are cheap.
 */
export function walk(root: Node, maxElements: number, queryCarriers = false): WalkResult {
  const result: WalkResult = {
    controls: [],
    forms: [],
    anchors: [],
    headings: [],
    scripts: [],
    labelsFor: new Map(),
    idCounts: new Map(),
    texts: [],
    elementCount: 0,
  };
  const flagged = queryCarriers ? attributeCarriers(root) : undefined;
  // Children are reached through lastChild/previousSibling: in a browser that is much
  // cheaper than indexing each element's childNodes list (no NodeList per element).
  const nodes: Node[] = [root];
  const hiddenFlags: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const inheritedHidden = hiddenFlags.pop() ?? false;
    if (node === undefined) break;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      if (!inheritedHidden) result.texts.push(node as Text);
      continue;
    }
    if (type !== ELEMENT_NODE && type !== 9 && type !== 11) continue;
    let hidden = inheritedHidden;
    let closedDetails = false;
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'script') {
        const src = el.getAttribute('src');
        if (src) result.scripts.push(src);
        continue;
      }
      if (SKIP_SUBTREE.has(tag)) continue;
      if (++result.elementCount > maxElements) break;
      const carries = flagged === undefined || el === root || flagged.has(el);
      if (carries) {
        const id = el.getAttribute('id');
        if (id) result.idCounts.set(id, (result.idCounts.get(id) ?? 0) + 1);
        hidden = hidden || isHiddenHere(el);
      }
      if (CONTROL_TAGS.has(tag)) {
        result.controls.push({ el, hidden });
        continue;
      } else if (tag === 'form') result.forms.push(el);
      else if (tag === 'a') {
        if (el.hasAttribute('href')) result.anchors.push(el);
      } else if (tag === 'label') {
        const target = el.getAttribute('for');
        if (target) {
          const list = result.labelsFor.get(target);
          if (list) list.push(el);
          else result.labelsFor.set(target, [el]);
        }
      } else if (HEADING_TAGS.has(tag)) {
        if (!hidden) result.headings.push(el);
      } else if (carries) {
        const role = el.getAttribute('role');
        if (role === 'switch' || role === 'checkbox') result.controls.push({ el, hidden });
      }
      closedDetails = tag === 'details' && !el.hasAttribute('open');
    }
    for (let child = node.lastChild; child; child = child.previousSibling) {
      nodes.push(child);
      // Only <summary> shows while a <details> element is closed.
      hiddenFlags.push(
        hidden ||
          (closedDetails &&
            !(child.nodeType === ELEMENT_NODE && tagOf(child as Element) === 'summary')),
      );
    }
  }
  return result;
}

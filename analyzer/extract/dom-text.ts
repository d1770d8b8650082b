// Text and selector helpers shared by the extractor. They only read the DOM and
// work the same in a browser, linkedom and happy-dom.

/** Elements whose content is never page text a person reads. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);
/** Phrasing elements that do not end a block of text. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'strong',
  'em',
  'b',
  'i',
  'u',
  'span',
  'abbr',
  'sup',
  'sub',
  'mark',
  'font',
  'bdi',
  'br',
]);
const SKIP_TEXT_TAGS = new Set([...NON_TEXT_TAGS, 'select', 'option', 'optgroup', 'textarea']);

export const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

export function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase();
}

export function isHiddenAttr(el: Element): boolean {
  return el.hasAttribute('hidden') || isDisplayNone(el.getAttribute('style'));
}

const DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
export function isDisplayNone(style: string | null): boolean {
  return style !== null && DISPLAY_NONE.test(style);
}

/**
 * Visible-looking text of a subtree, skipping scripts, option lists and
 * subtrees hidden by markup. Stops collecting once `max` characters are reached.
 */
export function textOf(node: Node, max = 2000): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [node];
  while (stack.length > 0 && length < max) {
    const current = stack.pop();
    if (current === undefined) break;
    // nodeType and the tag are read once per node: each read crosses the DOM bindings.
    const type = current.nodeType;
    if (type === TEXT_NODE) {
      const value = current.nodeValue ?? '';
      if (value.trim() !== '') {
        parts.push(value);
        length += value.length;
      }
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = current as Element;
    const tag = tagOf(el);
    if (current !== node && (SKIP_TEXT_TAGS.has(tag) || isHiddenAttr(el))) continue;
    if (tag === 'input') {
      // An input's visible text is its button caption, never what was typed.
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'submit' || type === 'button') {
        const caption = el.getAttribute('value') ?? '';
        parts.push(' ' + caption + ' ');
        length += caption.length;
      }
      continue;
    }
    // Sibling pointers, not childNodes[i]: far cheaper in a browser's bindings.
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    if (BLOCKISH.has(tag)) parts.push(' ');
  }
  return clip(normalizeSpace(parts.join(' ').replace(/\s+([.,;:!?)])/g, '$1')), max);
}

const BLOCKISH = new Set([
  'br',
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'label',
  'span',
]);

/** An identifier cssEscape returns unchanged: no leading digit, `-digit` or lone `-`. */
const PLAIN_IDENT_RE = /^-?[A-Za-z_][\w-]*$/;

/** CSS.escape for identifiers, available where CSS is not (Node DOMs). */
export function cssEscape(value: string): string {
  // Most ids need no escaping: skip the per-character loop (each selector built pays it).
  if (PLAIN_IDENT_RE.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const code = value.charCodeAt(i);
    if (code === 0) out += '\uFFFD';
    else if (
      (code >= 0x1 && code <= 0x1f) ||
      code === 0x7f ||
      (i === 0 && code >= 0x30 && code <= 0x39) ||
      (i === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)
    )
      out += '\\' + code.toString(16) + ' ';
    else if (i === 0 && value.length === 1 && code === 0x2d) out += '\\' + ch;
    else if (code >= 0x80 || code === 0x2d || code === 0x5f || /[a-zA-Z0-9]/.test(ch)) out += ch;
    else out += '\\' + ch;
  }
  return out;
}

export function attrSelector(tag: string, attr: string, value: string): string {
  return `${tag}[${attr}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

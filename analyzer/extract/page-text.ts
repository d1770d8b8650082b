import { ELEMENT_NODE, isHiddenAttr, NON_TEXT_TAGS, normalizeSpace, tagOf } from './dom-text';

// A document's readable text with its structure kept as lines: headings,
// paragraphs and list items each on their own line, so that the policy
// segmenter sees clauses and headings. Used for fetched privacy policies.

// Form controls and buttons are interface, not policy text.
const SKIP = new Set([...NON_TEXT_TAGS, 'head', 'button', 'select', 'textarea', 'input', 'form']);
const LINE_BREAKING = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'li',
  'tr',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'hr',
  'figcaption',
  'address',
]);
// Navigation chrome that repeats on every page; left out when no main region is marked.
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);

export function pageText(root: ParentNode & Node, maxChars = 2_000_000): string {
  const main = pickMain(root);
  const skipChrome = main === (root.querySelector('body') ?? root);
  const lines: string[] = [];
  let current = '';
  let total = 0;
  const flush = () => {
    const line = normalizeSpace(current);
    if (line !== '') {
      lines.push(line);
      total += line.length + 1;
    }
    current = '';
  };
  const walk = (node: Node, depth: number): void => {
    if (total > maxChars || depth > 200) return;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === ELEMENT_NODE ? tagOf(el) : '';
    if (
      SKIP.has(tag) ||
      (tag !== '' && isHiddenAttr(el)) ||
      tag === 'nav' ||
      (skipChrome && CHROME.has(tag))
    )
      return;
    const breaks = LINE_BREAKING.has(tag);
    if (breaks) flush();
    if (tag === 'li') current += '- ';
    for (const child of Array.from(node.childNodes)) walk(child, depth + 1);
    if (breaks) flush();
  };
  walk(main, 0);
  flush();
  return lines.join('\n').slice(0, maxChars);
}

/** The main content when the page marks it (main, article, [role=main]) and it holds real text. */
function pickMain(root: ParentNode & Node): Node {
  for (const selector of ['main', '[role="main"]', 'article']) {
    const found = root.querySelector(selector);
    if (found && (found.textContent ?? '').length > 500) return found;
  }
  return root.querySelector('body') ?? root;
}

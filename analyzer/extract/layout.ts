import type { HiddenConsent, HiddenReason } from '../model/live';
import { clip, normalizeSpace, tagOf } from './dom-text';

// Browser-only evidence from real layout: computed style and geometry. The
// content script passes isVisibleByLayout to extractPage, then asks
// hiddenConsentEvidence how the consent text it found is hidden from a reader.
// Node DOMs have no layout; tests stub geometry.

const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);
const CONTROL_ROLES = new Set(['checkbox', 'switch', 'radio']);
const MAX_DEPTH = 40;
const MIN_FONT_PX = 10;
const MIN_CONTRAST = 3;
const MAX_HIDDEN = 60;

type Style = CSSStyleDeclaration;
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
const styleOf = (el: Element): Style | null =>
  el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;

/** Has a box and is not hidden by display, visibility or opacity (itself or an ancestor). */
function isRendered(el: Element): boolean {
  if (!el.isConnected) return false;
  if (typeof el.checkVisibility === 'function') {
    const options = {
      opacityProperty: true,
      visibilityProperty: true,
      checkOpacity: true,
      checkVisibilityCSS: true,
    };
    if (!el.checkVisibility(options)) return false;
  } else {
    const own = styleOf(el);
    if (own && (own.visibility === 'hidden' || own.visibility === 'collapse')) return false;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const style = styleOf(cur);
      if (style && (style.display === 'none' || style.opacity === '0')) return false;
    }
  }
  return true;
}

/** The element's box lies wholly left of or above the page, where no scrolling reaches. */
function isOffPage(rect: Box, el: Element): boolean {
  if (rect.width <= 0 && rect.height <= 0) return false;
  const view = el.ownerDocument.defaultView;
  return rect.right + (view?.scrollX ?? 0) <= 0 || rect.bottom + (view?.scrollY ?? 0) <= 0;
}

function hasArea(rect: Box): boolean {
  return rect.width > 1 && rect.height > 1;
}

function isInClosedDetails(el: Element): boolean {
  const details = el.closest('details:not([open])');
  if (!details) return false;
  const summary = el.closest('summary');
  return !(summary && summary.parentElement === details);
}

function labelsOf(el: Element): Element[] {
  const own = (el as HTMLInputElement).labels;
  if (own && own.length > 0) return Array.from(own);
  const wrapping = el.closest('label');
  return wrapping ? [wrapping] : [];
}

function isControl(el: Element): boolean {
  return CONTROL_TAGS.has(tagOf(el)) || CONTROL_ROLES.has(el.getAttribute('role') ?? '');
}

function isCheckable(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return tagOf(el) === 'input' && (type === 'checkbox' || type === 'radio');
}

/** A control a sighted user can see and reach: rendered, with area, on the page. */
function isControlShown(el: Element): boolean {
  if (!isRendered(el)) return false;
  const rect = el.getBoundingClientRect();
  return hasArea(rect) && !isOffPage(rect, el);
}

/**
 * Visibility from real layout, for extractPage's isVisible hook.
 * - Form controls must be rendered, have area and lie on the page (honeypots do not).
 *   A native checkbox or radio hidden to be drawn through its label (sr-only,
 *   opacity 0, display none with a styled label) counts as visible when its label is.
 * - Other elements (consent statements) only need to be rendered: text that is
 *   rendered but collapsed, clipped, tiny or faint is what hiddenConsentEvidence reports.
 * - Content of a closed <details> counts as visible; it is reported as collapsed.
 */
export function isVisibleByLayout(el: Element): boolean {
  if (isInClosedDetails(el)) return el.closest('[hidden]') === null;
  if (!isControl(el)) return isRendered(el);
  if (isControlShown(el)) return true;
  return isCheckable(el) && labelsOf(el).some(isControlShown);
}

export interface HiddenCandidate {
  selector?: string | undefined;
  text?: string | undefined;
}

/**
 * How consent controls and statements (selectors from the snapshot) are hidden from a
 * reader, one reason per element, bounded. A control is judged by its label's text.
 */
export function hiddenConsentEvidence(
  items: readonly HiddenCandidate[],
  doc: Document,
  elements?: ReadonlyMap<string, Element>,
): { hidden: HiddenConsent[]; truncated: boolean } {
  const hidden: HiddenConsent[] = [];
  const seen = new Set<Element>();
  const reads = new LayoutReads();
  let truncated = false;
  for (const item of items) {
    const selector = item.selector;
    const el = selector === undefined ? null : (elements?.get(selector) ?? find(doc, selector));
    if (!selector || !el || seen.has(el)) continue;
    seen.add(el);
    const found = hiddenReason(textHolder(el), reads);
    if (!found) continue;
    if (hidden.length >= MAX_HIDDEN) {
      truncated = true;
      break;
    }
    const text = clip(normalizeSpace(item.text ?? ''), 300);
    hidden.push({
      selector,
      reason: found.reason,
      ...(text === '' ? {} : { text }),
      ...(found.fontSizePx === undefined ? {} : { fontSizePx: found.fontSizePx }),
      ...(found.contrastRatio === undefined ? {} : { contrastRatio: found.contrastRatio }),
      source: 'extension',
    });
  }
  return { hidden, truncated };
}

function find(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Where a control's words are: its label, else its parent; a statement is its own holder. */
function textHolder(el: Element): Element {
  if (!isControl(el)) return el;
  const label = labelsOf(el).find((l) => normalizeSpace(l.textContent ?? '') !== '');
  return label ?? el.parentElement ?? el;
}

interface Reason {
  reason: HiddenReason;
  fontSizePx?: number;
  contrastRatio?: number;
}

/**
 * Computed-style and geometry reads for one pass over the consent items, each made once
 * per element: the items share their ancestors (form, layout columns, main, body), and
 * every style property read serialises a value across the DOM bindings. Layout does not
 * change during a pass, so a cached value is the value a fresh read would give.
 */
export class LayoutReads {
  private readonly styles = new Map<Element, Style | null>();
  private readonly clipped = new Map<Element, boolean | null>();
  private readonly overflows = new Map<Element, Overflow | null>();
  private readonly rects = new Map<Element, Box>();
  private readonly layers = new Map<Element, Layer | null>();

  style(el: Element): Style | null {
    let style = this.styles.get(el);
    if (style === undefined) {
      style = styleOf(el);
      this.styles.set(el, style);
    }
    return style;
  }

  /** The sr-only clip (rect(0 0 0 0) or inset(50%)) on el; null without computed style. */
  clipsAway(el: Element): boolean | null {
    let clipped = this.clipped.get(el);
    if (clipped === undefined) {
      const style = this.style(el);
      clipped = style
        ? SR_CLIP_RE.test(style.clip.replace(/\s+/g, '')) ||
          SR_CLIP_PATH_RE.test(style.clipPath.replace(/\s+/g, ''))
        : null;
      this.clipped.set(el, clipped);
    }
    return clipped;
  }

  overflow(el: Element): Overflow | null {
    let found = this.overflows.get(el);
    if (found === undefined) {
      const style = this.style(el);
      found = style
        ? {
            contentHidden: style.contentVisibility === 'hidden',
            value: `${style.overflow} ${style.overflowX} ${style.overflowY}`,
          }
        : null;
      this.overflows.set(el, found);
    }
    return found;
  }

  rect(el: Element): Box {
    let rect = this.rects.get(el);
    if (rect === undefined) {
      rect = el.getBoundingClientRect();
      this.rects.set(el, rect);
    }
    return rect;
  }

  /** What el adds to the backdrop behind text: its opacity, background image and colour. */
  layer(el: Element, style?: Style): Layer | null {
    let layer = this.layers.get(el);
    if (layer === undefined) {
      const s = style ?? this.style(el);
      layer = s
        ? {
            opacity: Number.parseFloat(s.opacity),
            image: s.backgroundImage,
            color: parseColor(s.backgroundColor),
          }
        : null;
      this.layers.set(el, layer);
    }
    return layer;
  }
}

interface Overflow {
  contentHidden: boolean;
  value: string;
}
interface Layer {
  opacity: number;
  image: string;
  color: Rgba | null;
}
const SR_CLIP_RE = /^rect\(0(?:px)?,?0(?:px)?,?0(?:px)?,?0(?:px)?\)$/;
const SR_CLIP_PATH_RE = /^inset\(50%\)$/;

export function hiddenReason(el: Element, reads = new LayoutReads()): Reason | null {
  if (isInClosedDetails(el)) return { reason: 'collapsed' };
  const rect = reads.rect(el);
  if (isOffPage(rect, el) || isClippedAway(el, rect, reads)) return { reason: 'offscreen' };
  const clipped = clippingAncestor(el, rect, reads);
  if (clipped) return { reason: clipped };
  const textEl = mainTextElement(el);
  const style = reads.style(textEl);
  if (!style) return null;
  const size = Number.parseFloat(style.fontSize);
  if (Number.isFinite(size) && size < MIN_FONT_PX) return { reason: 'tiny_text', fontSizePx: size };
  const ratio = contrastOf(textEl, style, reads);
  if (ratio !== null && ratio < MIN_CONTRAST)
    return { reason: 'low_contrast', contrastRatio: Math.round(ratio * 100) / 100 };
  return null;
}

/** The sr-only pattern: a 1px box clipped to nothing, readable only by screen readers. */
function isClippedAway(el: Element, rect: Box, reads: LayoutReads): boolean {
  for (
    let cur: Element | null = el, depth = 0;
    cur && depth < 4;
    cur = cur.parentElement, depth++
  ) {
    const clipped = reads.clipsAway(cur);
    if (clipped === null) break;
    if (clipped) return true;
  }
  const tiny = rect.width > 0 && rect.width <= 1 && rect.height > 0 && rect.height <= 1;
  return tiny && (reads.style(el)?.overflow ?? 'visible') !== 'visible';
}

/**
 * An ancestor (or the element) that clips most of the text away: a scroll box scrolled
 * elsewhere (scrolled_out) or an overflow-hidden box collapsed or cut short (collapsed).
 */
function clippingAncestor(el: Element, rect: Box, reads: LayoutReads): HiddenReason | null {
  const root = el.ownerDocument.documentElement;
  const body = el.ownerDocument.body;
  const view = el.ownerDocument.defaultView;
  for (
    let cur: Element | null = el, depth = 0;
    cur && depth < MAX_DEPTH;
    cur = cur.parentElement, depth++
  ) {
    if (cur === root || cur === body) break;
    const found = reads.overflow(cur);
    if (!found) break;
    if (found.contentHidden) return 'collapsed';
    const overflow = found.value;
    if (!/auto|scroll|hidden|clip/.test(overflow)) continue;
    const box = cur === el ? clientBox(cur) : reads.rect(cur);
    // A box about the size of the viewport is the page's own scroller (an app shell), not a trap.
    if (view && box.height >= view.innerHeight * 0.75 && box.width >= view.innerWidth * 0.75)
      continue;
    if (mostlyOutside(rect, box))
      return /auto|scroll/.test(overflow) ? 'scrolled_out' : 'collapsed';
  }
  return null;
}

/** The element's own visible area when it clips itself (height: 0; overflow: hidden). */
function clientBox(el: Element): Box {
  const { left, top } = el.getBoundingClientRect();
  const width = el.clientWidth;
  const height = el.clientHeight;
  return { left, top, width, height, right: left + width, bottom: top + height };
}

/** Less than half of the text's box (or of the clipping box, if smaller) shows. */
function mostlyOutside(rect: Box, box: Box): boolean {
  const w = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
  const h = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
  if (w <= 0 || h <= 0) return true;
  return h < Math.min(rect.height, box.height) / 2 || w < Math.min(rect.width, box.width) / 2;
}

/** The element holding most of the text's characters (nested spans may set the size). */
function mainTextElement(holder: Element): Element {
  const doc = holder.ownerDocument;
  const walker = doc.createTreeWalker(holder, 4);
  const chars = new Map<Element, number>();
  let best: Element = holder;
  let bestCount = 0;
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < 50; node = walker.nextNode(), visited++) {
    const parent = node.parentElement;
    const count = (node.nodeValue ?? '').trim().length;
    if (!parent || count === 0) continue;
    const total = (chars.get(parent) ?? 0) + count;
    chars.set(parent, total);
    if (total > bestCount) {
      best = parent;
      bestCount = total;
    }
  }
  return best;
}

type Rgba = [number, number, number, number];

/** Parses computed colours: rgb()/rgba() (comma or space syntax), color(srgb …) and hex. */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent' || v === '') return [0, 0, 0, 0];
  const hex = /^#([\da-f]{3,8})$/.exec(v)?.[1];
  if (hex !== undefined && hex.length !== 5 && hex.length !== 7) {
    const short = hex.length < 6;
    const digits = short ? hex.replace(/./g, '$&$&') : hex;
    const byte = (i: number): number => Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return [byte(0), byte(1), byte(2), digits.length === 8 ? byte(3) / 255 : 1];
  }
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), alpha(m[4])];
  m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, alpha(m[4])];
  return null;
}

function alpha(raw: string | undefined): number {
  if (raw === undefined) return 1;
  return raw.endsWith('%') ? Number.parseFloat(raw) / 100 : Number(raw);
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1..21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/**
 * Contrast of the text against the background resolved from the ancestors' colours
 * (semi-transparent layers composited, white canvas below), with the ancestors' opacity
 * fading the text. Null when a background image makes the backdrop unknowable.
 */
function contrastOf(el: Element, style: Style, reads: LayoutReads): number | null {
  const fg = style.color === '' ? null : parseColor(style.color);
  if (!fg) return null;
  const layers: Rgba[] = [];
  let opacity = 1;
  for (
    let cur: Element | null = el, depth = 0;
    cur && depth < MAX_DEPTH;
    cur = cur.parentElement, depth++
  ) {
    const layer = reads.layer(cur, cur === el ? style : undefined);
    if (!layer) break;
    const o = layer.opacity;
    if (Number.isFinite(o)) opacity *= o;
    if (layer.image && layer.image !== 'none') return null;
    const bg = layer.color;
    if (bg === null) return null;
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  let backdrop: Rgba = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) backdrop = over(layers[i] as Rgba, backdrop);
  const text = over([fg[0], fg[1], fg[2], fg[3] * opacity], backdrop);
  return contrastRatio(text, backdrop);
}

import type { GroupEvidence } from '../model/snapshot';
import { looksLikeSubmitButton } from './cues';
import { LIMITS } from '../model/snapshot-limits';
import { clip, normalizeSpace, tagOf, textOf } from './dom-text';
import type { SelectorBuilder } from './selectors';

// Form groups: a <form>, or — for SPA checkouts without one — the smallest
// ancestor of a control that also holds a submit-like button.

const BUTTON_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a.button, a.btn';
const HEADING_SELECTOR = 'legend, h1, h2, h3, h4';

export class GroupIndex {
  readonly containers: Element[] = [];
  private readonly byContainer = new Map<Element, number>();
  private readonly submitCache = new Map<Element, boolean>();

  constructor(
    private readonly doc: Document,
    private readonly fallback: Element,
  ) {}

  groupOf(control: Element): number {
    return this.indexOf(this.containerOf(control));
  }

  indexOf(container: Element): number {
    const known = this.byContainer.get(container);
    if (known !== undefined) return known;
    const index = this.containers.length;
    this.containers.push(container);
    this.byContainer.set(container, index);
    return index;
  }

  /** The group a statement or link belongs to: the innermost group holding it, else one within `levels` ancestors. */
  groupNear(el: Element, levels: number): number | undefined {
    let inside: Element | undefined;
    for (const container of this.containers) {
      if (
        container !== this.fallback &&
        container.contains(el) &&
        (!inside || inside.contains(container))
      ) {
        inside = container;
      }
    }
    if (inside) return this.byContainer.get(inside);
    let current: Element | null = el;
    for (let depth = 0; depth <= levels && current; depth++) {
      for (const [container, index] of this.byContainer) {
        if (container !== this.fallback && current.contains(container)) return index;
      }
      current = current.parentElement;
    }
    return undefined;
  }

  containerOf(control: Element): Element {
    const formId = control.getAttribute('form');
    if (formId) {
      const owner = this.doc.getElementById(formId);
      if (owner && tagOf(owner) === 'form') return owner;
    }
    const form = control.closest('form');
    if (form) return form;
    for (let anc = control.parentElement; anc; anc = anc.parentElement) {
      if (tagOf(anc) === 'body') break;
      if (this.hasSubmit(anc)) return anc;
    }
    return this.fallback;
  }

  private hasSubmit(el: Element): boolean {
    const cached = this.submitCache.get(el);
    if (cached !== undefined) return cached;
    let found = false;
    for (const button of Array.from(el.querySelectorAll(BUTTON_SELECTOR))) {
      if (looksLikeSubmitButton(buttonText(button))) {
        found = true;
        break;
      }
    }
    this.submitCache.set(el, found);
    return found;
  }

  evidence(selectors: SelectorBuilder, pageUrl: string): GroupEvidence[] {
    return this.containers.slice(0, LIMITS.groups).map((container, index) => {
      const isForm = tagOf(container) === 'form';
      const group: GroupEvidence = {
        index,
        selector: selectors.of(container),
        kind: isForm ? 'form' : 'formless',
        method: isForm
          ? (container.getAttribute('method') ?? 'get').toLowerCase().slice(0, 10)
          : 'get',
        submitTexts: this.submitTexts(container),
        heading: clip(groupHeading(container), LIMITS.shortText),
      };
      const action = isForm ? container.getAttribute('action') : null;
      if (action !== null && action.trim() !== '') {
        const resolved = resolveUrl(action.trim(), pageUrl);
        if (resolved) group.action = clip(resolved, LIMITS.longText);
      }
      return group;
    });
  }

  private submitTexts(container: Element): string[] {
    const buttons = Array.from(container.querySelectorAll(BUTTON_SELECTOR));
    const id = container.getAttribute('id');
    if (id && tagOf(container) === 'form') {
      buttons.push(
        ...Array.from(this.doc.querySelectorAll(`button[form="${id.replace(/["\\]/g, '\\$&')}"]`)),
      );
    }
    const texts: string[] = [];
    for (const button of buttons) {
      const text = clip(buttonText(button), LIMITS.shortText);
      if (text !== '' && !texts.includes(text)) texts.push(text);
      if (texts.length >= LIMITS.submitTexts) break;
    }
    // Submit-like captions first: page kind and rules read the first ones.
    return texts.sort(
      (a, b) => Number(looksLikeSubmitButton(b)) - Number(looksLikeSubmitButton(a)),
    );
  }
}

export function buttonText(button: Element): string {
  if (tagOf(button) === 'input') {
    return normalizeSpace(button.getAttribute('value') ?? button.getAttribute('alt') ?? '');
  }
  const text = textOf(button, LIMITS.shortText);
  return text !== ''
    ? text
    : normalizeSpace(button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '');
}

function groupHeading(container: Element): string {
  const inside = container.querySelector(HEADING_SELECTOR);
  if (inside) return textOf(inside, LIMITS.shortText);
  let current: Element | null = container;
  for (let depth = 0; depth < 3 && current; depth++) {
    let sib = current.previousElementSibling;
    for (let steps = 0; sib && steps < 4; steps++, sib = sib.previousElementSibling) {
      if (sib.matches(HEADING_SELECTOR)) return textOf(sib, LIMITS.shortText);
      const nested = sib.querySelector('h1, h2, h3, h4');
      if (nested) return textOf(nested, LIMITS.shortText);
    }
    current = current.parentElement;
  }
  return '';
}

export function resolveUrl(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AFFIRMATIVE_RE, looksLikeSubmitButton, NEGATIVE_RE } from '../../analyzer/extract/cues';
import { buttonText } from '../../analyzer/extract/groups';
import type { ControlEvidence, FieldEvidence, PageSnapshot } from '../../analyzer/model/snapshot';
import type { ContentToBackground } from '../../utils/protocol';

// Watches submissions of the analysed groups for the disclosure ledger. Observe
// only: passive capture listeners, never preventDefault, nothing awaited before
// the message leaves. What leaves: per field of the submitted group whether it
// had a value, each choice control's state and, only if the user opted in,
// masked email/phone hints. A typed value is read inside one expression and
// never kept.

export type SubmittedMessage = Extract<ContentToBackground, { type: 'page.submitted' }>;

/** The extractor's button selector (analyzer/extract/groups.ts). */
const BUTTON_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a.button, a.btn';
const MAX_FILLED = 400;
const MAX_CONSENTS = 150;
const MAX_HINTS = 10;
/** Reports per page load; a double click or click + Enter within REPEAT_MS counts once. */
const MAX_REPORTS = 30;
const REPEAT_MS = 1000;

type Input = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

function query(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

const PLACEHOLDER_OPTION_RE = /^\s*(?:-|—|pilih|select|choose|please|silakan)/i;

function isPlaceholderOption(option: HTMLOptionElement): boolean {
  return (
    option.value === '' ||
    option.disabled ||
    option.hidden ||
    (option.index === 0 && PLACEHOLDER_OPTION_RE.test(option.text))
  );
}

/** True when a control is ticked (checkbox, radio, or a custom role="checkbox|switch|radio"). */
export function isOn(el: Element): boolean {
  if (el.localName === 'input') return (el as Input).checked === true;
  return el.getAttribute('aria-checked') === 'true';
}

/** Whether a field holds something at submit. The value is only compared, never stored. */
export function hasValue(el: Element): boolean {
  const tag = el.localName;
  const input = el as Input;
  if (tag === 'select') {
    return Array.from(input.options ?? []).some((o) => o.selected && !isPlaceholderOption(o));
  }
  if (tag === 'textarea') return input.value.trim() !== '';
  if (tag !== 'input') return isOn(el);
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return input.checked === true;
  if (type === 'file') return (input.files?.length ?? 0) > 0;
  return input.value.trim() !== '';
}

/** A radio group counts as consent given when the chosen answer is affirmative ("Ya, saya mau"). */
function affirmativeChosen(els: readonly Element[], control: ControlEvidence): boolean {
  const chosen = els.findIndex(isOn);
  if (chosen < 0) return false;
  const choice = control.choices[chosen] ?? '';
  return AFFIRMATIVE_RE.test(choice) && !NEGATIVE_RE.test(choice);
}

const CONTACT_HINT_RE =
  /e-?mail|surel|phone|telep|telp|\bhp\b|handphone|ponsel|whats\s*app|\bwa\b|mobile|no\.?\s*hp/i;

/** Email- or phone-like by its markup or label: only these may get a masked hint. */
export function isContactField(f: FieldEvidence): boolean {
  if (f.inputType === 'email' || f.inputType === 'tel') return true;
  if (f.inputMode === 'email' || f.inputMode === 'tel') return true;
  if (f.autocomplete.some((t) => t === 'email' || t.startsWith('tel'))) return true;
  return CONTACT_HINT_RE.test(`${f.name ?? ''} ${f.id ?? ''} ${f.label} ${f.placeholder ?? ''}`);
}

// The masker of history/mask.ts without zod (the shape checks are the same regexes).
const EMAIL_HINT = /^[a-z0-9]?\*\*\*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const PHONE_HINT = /^\d{4}\*{4}\d{2,4}$/;

/** `jane.doe@gmail.com` → `j***@gmail.com`; `+62 812-3456-7890` → `0812****7890`; else null. */
export function maskHint(value: string): string | null {
  const trimmed = value.trim();
  const hint = trimmed.includes('@') ? maskEmail(trimmed) : maskPhone(trimmed);
  return hint !== null && hint.length <= 80 && (EMAIL_HINT.test(hint) || PHONE_HINT.test(hint))
    ? hint
    : null;
}

function maskEmail(value: string): string | null {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local === '' || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain)) return null;
  const first = local[0]?.toLowerCase() ?? '';
  const shown = local.length >= 3 && /^[a-z0-9]$/.test(first) ? first : '';
  return `${shown}***@${domain}`;
}

function maskPhone(value: string): string | null {
  if (!/^[+\d][\d\s().-]*$/.test(value)) return null;
  let digits = value.replace(/\D/g, '');
  if (value.startsWith('+62')) digits = '0' + digits.slice(2);
  else if (digits.startsWith('62') && digits.length >= 11) digits = '0' + digits.slice(2);
  if (!digits.startsWith('0') || digits.length < 10 || digits.length > 15) return null;
  const tail = Math.min(4, digits.length - 8);
  return `${digits.slice(0, 4)}****${digits.slice(digits.length - tail)}`;
}

/** The message for a submit of `group`, or null when the snapshot has nothing of that group. */
export function observeGroup(
  root: ParentNode,
  snapshot: PageSnapshot,
  group: number,
  options: { storeHints: boolean; url: string; at: string },
): SubmittedMessage | null {
  const filled: SubmittedMessage['filled'] = [];
  const consentStates: SubmittedMessage['consentStates'] = [];
  const hints: NonNullable<SubmittedMessage['hints']> = [];
  for (const f of snapshot.fields) {
    if (f.group !== group) continue;
    const els = query(root, f.selector);
    const hadValue = els.some(hasValue);
    filled.push({ selector: f.selector, hadValue });
    if (options.storeHints && hadValue && hints.length < MAX_HINTS && isContactField(f)) {
      const first = els.find(hasValue);
      const hint = first && first.localName === 'input' ? maskHint((first as Input).value) : null;
      if (hint !== null) hints.push({ selector: f.selector, hint });
    }
  }
  for (const c of snapshot.controls) {
    if (c.group !== group) continue;
    const els = query(root, c.selector);
    // A choice control the background judges an ordinary option becomes a field: it needs hadValue too.
    filled.push({ selector: c.selector, hadValue: els.some(isOn) });
    const checked = c.control === 'radio' ? affirmativeChosen(els, c) : els.some(isOn);
    consentStates.push({ selector: c.selector, checked });
  }
  if (filled.length === 0) return null;
  return {
    type: 'page.submitted',
    url: options.url.slice(0, 2000),
    group,
    filled: filled.slice(0, MAX_FILLED),
    consentStates: consentStates.slice(0, MAX_CONSENTS),
    ...(hints.length > 0 ? { hints } : {}),
    at: options.at,
  };
}

function containerOf(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** The snapshot's group whose container is `form`. */
export function groupOfForm(root: ParentNode, snapshot: PageSnapshot, form: Element): number {
  const hit = snapshot.groups.find(
    (g) => g.kind === 'form' && containerOf(root, g.selector) === form,
  );
  return hit?.index ?? -1;
}

/** The innermost group holding `el` (`formless` only: forms report through their submit event). */
export function groupHolding(
  root: ParentNode,
  snapshot: PageSnapshot,
  el: Element,
  kinds: readonly ('form' | 'formless')[],
): number {
  let best: { index: number; container: Element } | undefined;
  for (const g of snapshot.groups) {
    if (!kinds.includes(g.kind)) continue;
    const container = containerOf(root, g.selector);
    if (!container?.contains(el)) continue;
    if (!best || best.container.contains(container)) best = { index: g.index, container };
  }
  return best?.index ?? -1;
}

function isNativeSubmit(button: Element): boolean {
  const type = (button.getAttribute('type') ?? '').toLowerCase();
  if (button.localName === 'button') return type === '' || type === 'submit';
  return button.localName === 'input' && (type === 'submit' || type === 'image');
}

/**
 * The group a click submits: a submit-like button of a form-less group, or a
 * submit-like button in a form that does not submit it natively (a scripted
 * type="button"); native submit buttons report through the form's submit event.
 */
export function groupOfClick(root: ParentNode, snapshot: PageSnapshot, target: Element): number {
  const button = target.closest(BUTTON_SELECTOR);
  if (!button || !looksLikeSubmitButton(buttonText(button))) return -1;
  const inForm = (button as HTMLButtonElement).form ?? button.closest('form');
  if (inForm && isNativeSubmit(button)) return -1;
  return groupHolding(root, snapshot, button, inForm ? ['form'] : ['formless']);
}

const TEXT_LIKE = /^(?:|text|email|tel|number|password|search|url|date|month|week|time)$/;

/** Enter in a one-line field of a form-less group (forms submit implicitly, with a submit event). */
export function groupOfEnter(
  root: ParentNode,
  snapshot: PageSnapshot,
  event: KeyboardEvent,
): number {
  if (event.key !== 'Enter' || event.isComposing) return -1;
  const target = event.target as Element | null;
  if (!target || target.localName !== 'input') return -1;
  if (!TEXT_LIKE.test((target.getAttribute('type') ?? '').toLowerCase())) return -1;
  if ((target as HTMLInputElement).form ?? target.closest('form')) return -1;
  return groupHolding(root, snapshot, target, ['formless']);
}

/** Reads `storeHints` from the stored settings the way index.ts reads the others (no zod). */
export function storeHintsOf(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && 'storeHints' in stored
    ? stored.storeHints === true
    : false;
}

export class SubmitWatch {
  private snapshot: PageSnapshot | null = null;
  private started = false;
  private storeHints = false;
  private reports = 0;
  private last = { group: -1, at: -Infinity };

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly send: (message: SubmittedMessage) => void,
  ) {}

  /** The latest snapshot of the page; the first one starts the listeners. */
  track(snapshot: PageSnapshot | null): void {
    this.snapshot = snapshot;
    if (snapshot === null || this.started) return;
    this.started = true;
    browser.storage.local
      .get('settings')
      .then((s: Record<string, unknown>) => (this.storeHints = storeHintsOf(s['settings'])))
      .catch(() => undefined);
    const opts = { capture: true, passive: true };
    this.ctx.addEventListener(window, 'submit', (e) => this.onSubmit(e), opts);
    this.ctx.addEventListener(window, 'click', (e) => this.onClick(e), opts);
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKey(e), opts);
  }

  private onSubmit(event: Event): void {
    const form = event.target;
    if (this.snapshot && form instanceof Element) {
      this.report(groupOfForm(document, this.snapshot, form));
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.snapshot && event.button === 0 && event.target instanceof Element) {
      this.report(groupOfClick(document, this.snapshot, event.target));
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (this.snapshot && event.key === 'Enter') {
      this.report(groupOfEnter(document, this.snapshot, event));
    }
  }

  /** Synchronous to the end: sendMessage is queued by the browser before the page can unload. */
  private report(group: number): void {
    const snapshot = this.snapshot;
    const now = performance.now();
    if (group < 0 || !snapshot || this.reports >= MAX_REPORTS) return;
    if (group === this.last.group && now - this.last.at < REPEAT_MS) return;
    const message = observeGroup(document, snapshot, group, {
      storeHints: this.storeHints,
      url: location.href,
      at: new Date().toISOString(),
    });
    if (message === null) return;
    this.reports++;
    this.last = { group, at: now };
    this.send(message);
  }
}

import type { HighlightItem } from '../../utils/protocol';

// "Show on page": outlines and small labels over the offending elements, in
// one <tegas-highlights> host with an open shadow root. Everything has
// pointer-events: none, labels are set with textContent, styles inline through
// the CSSOM (no <style> element, so a page's CSP cannot block them). Boxes are
// fixed-positioned on the elements' viewport rects, re-measured once per
// animation frame after scroll or resize.

export const HOST_TAG = 'tegas-highlights';
const MAX_BOXES = 200;
const PER_SELECTOR = 5;

const COLOURS: Readonly<Record<HighlightItem['severity'], string>> = {
  high: '#c62828',
  medium: '#e65100',
  low: '#f9a825',
  info: '#1565c0',
};

interface Box {
  target: Element;
  frame: HTMLElement;
}

export interface FrameScheduler {
  requestAnimationFrame(cb: () => void): number;
}

export class Highlights {
  private host: HTMLElement | undefined;
  private boxes: Box[] = [];
  private queued = false;
  private readonly onMove = (): void => this.queue();

  constructor(
    private readonly doc: Document,
    private readonly frames: FrameScheduler,
  ) {}

  show(items: readonly HighlightItem[]): void {
    this.hide();
    const host = this.doc.createElement(HOST_TAG);
    // The host is in the page's DOM: !important keeps the page's CSS off it.
    host.style.cssText = important(
      'all:initial;position:fixed;inset:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none',
    );
    const root = host.attachShadow({ mode: 'open' });
    for (const item of items) {
      for (const target of matches(this.doc, item.selector)) {
        if (this.boxes.length >= MAX_BOXES) break;
        const frame = boxFor(this.doc, item);
        root.append(frame);
        this.boxes.push({ target, frame });
      }
    }
    this.doc.documentElement.append(host);
    this.host = host;
    const view = this.doc.defaultView;
    view?.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    view?.addEventListener('resize', this.onMove, { passive: true });
    this.place();
    this.revealFirst();
  }

  hide(): void {
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.onMove, { capture: true });
    view?.removeEventListener('resize', this.onMove);
    this.host?.remove();
    this.host = undefined;
    this.boxes = [];
  }

  private queue(): void {
    if (this.queued || !this.host) return;
    this.queued = true;
    this.frames.requestAnimationFrame(() => {
      this.queued = false;
      this.place();
    });
  }

  /** Reads every rect first, then writes every style: one layout per frame. */
  private place(): void {
    const rects = this.boxes.map((b) => rectOf(b.target));
    this.boxes.forEach((box, i) => {
      const r = rects[i];
      const gone = !r || !box.target.isConnected || (r.width === 0 && r.height === 0);
      const style = box.frame.style;
      style.display = gone || !r ? 'none' : 'block';
      if (gone || !r) return;
      style.transform = `translate(${r.left - 3}px,${r.top - 3}px)`;
      style.width = `${r.width + 6}px`;
      style.height = `${r.height + 6}px`;
      // Near the top of the viewport the label goes below the outline, not out of sight.
      const label = box.frame.firstElementChild as HTMLElement | null;
      label?.style.setProperty('top', r.top < 20 ? '100%' : 'auto');
      label?.style.setProperty('bottom', r.top < 20 ? 'auto' : '100%');
    });
  }

  private revealFirst(): void {
    const view = this.doc.defaultView;
    const first = this.boxes[0]?.target;
    if (!view || !first) return;
    const inView = this.boxes.some(({ target }) => {
      const r = target.getBoundingClientRect();
      return r.bottom > 0 && r.top < view.innerHeight && (r.width > 0 || r.height > 0);
    });
    if (!inView) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

function matches(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector)).slice(0, PER_SELECTOR);
  } catch {
    return [];
  }
}

/** A visually hidden native checkbox is drawn through its label: outline the label. */
function rectOf(target: Element): DOMRect {
  const rect = target.getBoundingClientRect();
  if (rect.width > 4 && rect.height > 4) return rect;
  const label = (target as HTMLInputElement).labels?.[0] ?? target.closest('label');
  return label ? label.getBoundingClientRect() : rect;
}

function boxFor(doc: Document, item: HighlightItem): HTMLElement {
  const colour = COLOURS[item.severity];
  const frame = doc.createElement('div');
  frame.dataset['tegasRule'] = item.ruleId;
  frame.dataset['severity'] = item.severity;
  // Inside the shadow root the page's selectors cannot reach: plain inline styles suffice.
  frame.style.cssText = `position:fixed;left:0;top:0;box-sizing:border-box;border:3px solid ${colour};border-radius:4px;box-shadow:0 0 0 2px #fffd;pointer-events:none`;
  const label = doc.createElement('span');
  label.textContent = item.label;
  label.style.cssText = `position:absolute;left:-3px;bottom:100%;max-width:320px;padding:2px 6px;background:${colour};color:${item.severity === 'low' ? '#1a1a1a' : '#fff'};font:600 12px/1.3 system-ui,sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-radius:3px 3px 0 0;pointer-events:none`;
  frame.append(label);
  return frame;
}

function important(css: string): string {
  return css.replace(/;|$/g, ' !important;');
}

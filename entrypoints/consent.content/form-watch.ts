// One MutationObserver for SPA pages, in uBlock Origin's manner: the callback
// only queues added and removed elements; an idle batch decides whether any of
// them is (or holds) a form control, and only then asks for a re-scan.

export const CONTROL_SELECTOR =
  'input,select,textarea,form,[role="checkbox"],[role="switch"],[role="radio"]';
const MAX_QUEUE = 500;

/** True when one of the nodes is a form control or contains one. Skips `ignore` (our own UI). */
export function touchesForm(nodes: readonly Node[], ignore: ReadonlySet<string>): boolean {
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (ignore.has(el.localName)) continue;
    if (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null) return true;
  }
  return false;
}

export interface FormWatchHost {
  /** Run `fn` at idle time (ctx-bound). */
  idle(fn: () => void): void;
  /** Something form-related changed. */
  changed(): void;
}

export class FormWatch {
  private observer: MutationObserver | undefined;
  private queue: Node[] = [];
  private overflow = false;
  private draining = false;

  constructor(
    private readonly root: Node,
    private readonly host: FormWatchHost,
    private readonly ignore: ReadonlySet<string>,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(this.root, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.queue = [];
    this.overflow = false;
  }

  private note(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.overflow) break;
      for (const list of [record.addedNodes, record.removedNodes]) {
        for (let i = 0; i < list.length; i++) {
          const node = list[i];
          if (node && node.nodeType === 1) this.queue.push(node);
        }
      }
      // A storm of changes: stop queueing and assume something relevant moved.
      if (this.queue.length > MAX_QUEUE) this.overflow = true;
    }
    if (!this.draining && (this.queue.length > 0 || this.overflow)) {
      this.draining = true;
      this.host.idle(() => this.drain());
    }
  }

  private drain(): void {
    this.draining = false;
    const nodes = this.queue;
    const relevant = this.overflow || touchesForm(nodes, this.ignore);
    this.queue = [];
    this.overflow = false;
    if (relevant && this.observer) this.host.changed();
  }
}

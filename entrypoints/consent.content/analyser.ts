import { extractPage } from '../../analyzer/extract';
import { isVisibleByLayout } from '../../analyzer/extract/layout';
import type { HighlightItem } from '../../utils/protocol';
import { currentHost, type Analyser, type AnalyserHost } from './bridge';
import { Highlights } from './highlights';
import { collectLive } from './live';
import { ScanScheduler } from './schedule';
import { SubmitWatch } from './submit-watch';

// The injected half (content-analysis.js, see bridge.ts): scans at idle
// time under the scheduler's policy, live evidence, highlights and the submit
// watch. It owns no listeners of its own beyond the submit watch's; the
// bootstrap decides when to scan and forwards the background's requests.

export class PageAnalyser implements Analyser {
  private readonly firstSeenChecked = new WeakMap<Element, boolean>();
  private readonly scheduler: ScanScheduler;
  private readonly highlights: Highlights;
  private readonly submits: SubmitWatch;

  constructor(private readonly host: AnalyserHost) {
    const { ctx } = host;
    this.scheduler = new ScanScheduler(() => host.idle(() => this.scan()), {
      now: () => performance.now(),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    this.highlights = new Highlights(document, {
      requestAnimationFrame: (cb) => ctx.requestAnimationFrame(cb),
    });
    this.submits = new SubmitWatch(ctx, (m) => host.send(m));
    ctx.onInvalidated(() => {
      this.scheduler.cancel();
      this.highlights.hide();
    });
  }

  get exhausted(): boolean {
    return this.scheduler.exhausted;
  }

  request(now = false): void {
    this.scheduler.request(now);
  }

  reset(): void {
    this.scheduler.reset();
  }

  cancel(): void {
    this.scheduler.cancel();
  }

  highlight(on: boolean, items: readonly HighlightItem[]): void {
    if (on) this.highlights.show(items);
    else this.highlights.hide();
  }

  private scan(): void {
    const { host } = this;
    if (!host.active || host.ctx.isInvalid) return;
    const started = performance.now();
    const elements = new Map<string, Element>();
    const snapshot = extractPage(document, {
      url: location.href,
      isVisible: isVisibleByLayout,
      readLiveChecked: true,
      firstSeenChecked: this.firstSeenChecked,
      elements,
    });
    const live = collectLive(snapshot, document, host.permissions(), elements);
    this.submits.track(snapshot);
    // The whole scan up to the message: extraction, live evidence, the submit watch's update.
    // Only the send itself (serialising the message, ~0.5 ms median on the typical checkout)
    // is outside, since the figure travels in that message.
    const extractMs = Math.min(performance.now() - started, 60_000);
    host.send({ type: 'page.analysed', snapshot, live, extractMs });
    host.scanned(this.scheduler.exhausted);
  }
}

/**
 * Attach one analyser to the bootstrap of this frame. Idempotent: a second injection, a frame
 * without a bootstrap, or an orphaned one (extension reloaded) does nothing. True when attached.
 */
export function attachAnalyser(host: AnalyserHost | undefined = currentHost()): boolean {
  if (!host || host.attached || host.ctx.isInvalid) return false;
  host.attach(new PageAnalyser(host));
  return true;
}

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../../analyzer/extract';
import { isVisibleByLayout } from '../../analyzer/extract/layout';
import type { ContentToBackground } from '../../utils/protocol';
import type { PageObserverReplayRequest } from '../page-observer.content/channel';
import { PAGE_OBSERVER_CHANNEL } from '../page-observer.content/channel';
import { looksLikeFormPage } from './cheap-check';
import { FormWatch } from './form-watch';
import { Highlights, HOST_TAG } from './highlights';
import { collectLive } from './live';
import { parseBackgroundMessage } from './messages';
import { PermissionLog } from './permissions';
import { ScanScheduler } from './schedule';
import { contentSettings, isIgnoredHost, type ContentSettings } from './settings';

// Every http(s) page, isolated world, document_idle. A cheap check first; on a
// personal-data form page, extraction at idle time and a watch for SPA
// changes. Observes only: never clicks, fills, blocks or changes the page's forms.

/** Late-rendered forms (SPA routes): re-run the cheap check this long after load or navigation. */
const RECHECK_MS = [2000, 6000];
const PERMISSION_FLUSH_MS = 250;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // WXT's `local:settings` item is the `settings` key of storage.local; read directly, since
    // wxt/utils/storage would add ~9 kB to this bundle for one read.
    const stored = await browser.storage.local.get('settings').catch(() => ({}));
    const settings = contentSettings((stored as Record<string, unknown>)['settings']);
    if (ctx.isInvalid) return;
    if (isIgnoredHost(location.hostname, settings.ignoredSites)) {
      // Nothing is read on an ignored site; one message lets the popup say why.
      browser.runtime
        .sendMessage({
          type: 'page.notForm',
          url: location.href.slice(0, 2000),
        } satisfies ContentToBackground)
        .catch(() => undefined);
      return;
    }
    new PageSession(ctx, settings).start();
  },
});

class PageSession {
  private readonly firstSeenChecked = new WeakMap<Element, boolean>();
  private readonly permissions = new PermissionLog();
  private readonly scheduler: ScanScheduler;
  private readonly watch: FormWatch;
  private readonly highlights: Highlights;
  /** Analysing this page: scans run and the form watch is on. */
  private active = false;
  private notFormSentFor: string | undefined;
  private permissionFlush: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly settings: ContentSettings,
  ) {
    this.scheduler = new ScanScheduler(() => this.idle(() => this.scan()), {
      now: () => performance.now(),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    this.watch = new FormWatch(
      document,
      { idle: (fn) => this.idle(fn), changed: () => this.scheduler.request() },
      new Set([HOST_TAG]),
    );
    this.highlights = new Highlights(document, {
      requestAnimationFrame: (cb) => ctx.requestAnimationFrame(cb),
    });
  }

  start(): void {
    const { ctx } = this;
    ctx.onInvalidated(() => {
      this.watch.stop();
      this.scheduler.cancel();
      this.highlights.hide();
    });
    this.listenToPage();
    this.listenToBackground();
    ctx.addEventListener(document, 'visibilitychange', () => this.onVisibility());
    ctx.addEventListener(window, 'wxt:locationchange', () => this.onNavigate());
    this.check();
  }

  /** The cheap check; on a form page in auto mode, start analysing. */
  private check(): boolean {
    if (!looksLikeFormPage(document, location.href)) {
      this.sendNotForm();
      return false;
    }
    if (this.settings.mode === 'auto') this.activate();
    return true;
  }

  private activate(): void {
    if (!this.active) {
      this.active = true;
      if (!document.hidden) this.watch.start();
    }
    this.scheduler.request(true);
  }

  private deactivate(): void {
    this.active = false;
    this.watch.stop();
    this.scheduler.cancel();
  }

  private recheckLater(): void {
    const url = location.href;
    for (const ms of RECHECK_MS)
      this.ctx.setTimeout(() => {
        if (!this.active && location.href === url) this.check();
      }, ms);
  }

  private onNavigate(): void {
    this.scheduler.reset();
    if (this.settings.mode === 'click') this.deactivate();
    // The new route renders after the URL changes: check when it has had a moment.
    this.ctx.setTimeout(() => {
      if (!this.check()) this.deactivate();
    }, 500);
  }

  private onVisibility(): void {
    if (!this.active) return;
    if (document.hidden) this.watch.stop();
    else if (!this.scheduler.exhausted) {
      this.watch.start();
      this.scheduler.request();
    }
  }

  private scan(): void {
    if (!this.active || this.ctx.isInvalid) return;
    const started = performance.now();
    const snapshot = extractPage(document, {
      url: location.href,
      isVisible: isVisibleByLayout,
      readLiveChecked: true,
      firstSeenChecked: this.firstSeenChecked,
    });
    const live = collectLive(snapshot, document, this.permissions.list());
    const extractMs = Math.min(performance.now() - started, 60_000);
    this.send({ type: 'page.analysed', snapshot, live, extractMs });
    this.notFormSentFor = undefined;
    if (this.scheduler.exhausted) this.watch.stop();
  }

  private sendNotForm(): void {
    const url = location.href;
    if (this.notFormSentFor === url) return;
    this.notFormSentFor = url;
    this.send({ type: 'page.notForm', url: url.slice(0, 2000) });
    if (!this.active) this.recheckLater();
  }

  private listenToBackground(): void {
    const onMessage = (raw: unknown): undefined => {
      const message = parseBackgroundMessage(raw);
      if (message?.type === 'content.analyse') {
        this.scheduler.reset();
        this.activate();
      } else if (message?.type === 'content.highlight') {
        if (message.on) this.highlights.show(message.items);
        else this.highlights.hide();
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }

  /** Permission calls reported by the main-world observer: checked, capped, forwarded. */
  private listenToPage(): void {
    const onMessage = (event: MessageEvent<unknown>): void => {
      if (event.source !== window || !this.permissions.accept(event.data)) return;
      if (this.permissions.full) window.removeEventListener('message', onMessage);
      if (this.permissionFlush !== undefined) return;
      this.permissionFlush = this.ctx.setTimeout(() => {
        this.permissionFlush = undefined;
        // The whole list each time: the background replaces, so repeats are harmless.
        this.send({
          type: 'page.permissions',
          url: location.href.slice(0, 2000),
          requests: this.permissions.list(),
        });
      }, PERMISSION_FLUSH_MS);
    };
    window.addEventListener('message', onMessage);
    this.ctx.onInvalidated(() => window.removeEventListener('message', onMessage));
    const replay: PageObserverReplayRequest = { channel: PAGE_OBSERVER_CHANNEL, kind: 'replay' };
    window.postMessage(replay, '*');
  }

  private idle(fn: () => void): void {
    if (typeof requestIdleCallback === 'function')
      this.ctx.requestIdleCallback(fn, { timeout: 1000 });
    else this.ctx.setTimeout(fn, 0);
  }

  private send(message: ContentToBackground): void {
    if (this.ctx.isInvalid) return;
    try {
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was reloaded: this script is orphaned and ctx tears it down.
    }
  }
}

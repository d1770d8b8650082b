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
import { SubmitWatch } from './submit-watch';

// Every http(s) page, isolated world, document_idle. A cheap check first; on a
// personal-data form page, extraction at idle time and a watch for SPA
// changes. Observes only: never clicks, fills, blocks or changes the page's forms.
// A page without a form costs one query: no storage read, no message (the
// background asks with content.status when the popup wants to know), and a
// MutationObserver that wakes only when form controls are added.

const PERMISSION_FLUSH_MS = 250;
/** An SPA renders the new route after the URL changes: check when it has had a moment. */
const NAVIGATION_SETTLE_MS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    new PageSession(ctx).start();
  },
});

class PageSession {
  private readonly firstSeenChecked = new WeakMap<Element, boolean>();
  private readonly permissions = new PermissionLog();
  private readonly scheduler: ScanScheduler;
  private readonly watch: FormWatch;
  private readonly highlights: Highlights;
  private readonly submits: SubmitWatch;
  /** Analysing this page: scans run and the form watch asks for them. */
  private active = false;
  /** The background holds something from this page: a later "no form" must correct it. */
  private reported = false;
  private notFormSentFor: string | undefined;
  private permissionFlush: number | undefined;
  private settingsRead: Promise<ContentSettings> | undefined;
  private settings: ContentSettings | undefined;

  constructor(private readonly ctx: ContentScriptContext) {
    this.scheduler = new ScanScheduler(() => this.idle(() => this.scan()), {
      now: () => performance.now(),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    // On a form page, added or removed controls ask for a scan; elsewhere, added controls
    // re-run the cheap check (a form rendered late, without a URL change).
    this.watch = new FormWatch(
      document,
      {
        idle: (fn) => this.idle(fn),
        changed: () => (this.active ? this.scheduler.request() : this.check()),
      },
      new Set([HOST_TAG]),
    );
    this.highlights = new Highlights(document, {
      requestAnimationFrame: (cb) => ctx.requestAnimationFrame(cb),
    });
    this.submits = new SubmitWatch(ctx, (m) => this.send(m));
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

  /** The cheap check. A form page reads the settings; elsewhere the watch waits for a form. */
  private check(): boolean {
    if (looksLikeFormPage(document, location.href)) {
      void this.onFormPage();
      return true;
    }
    this.active = false;
    this.scheduler.cancel();
    if (this.reported) this.sendNotForm();
    if (!document.hidden) this.watch.start();
    return false;
  }

  private async onFormPage(): Promise<void> {
    const settings = await this.loadSettings();
    if (settings?.mode === 'auto') this.activate();
    else this.watch.stop();
  }

  /**
   * The settings, read once and only when needed. Null on an ignored site: one message lets
   * the popup say why, and everything this script set up is torn down.
   */
  private async loadSettings(): Promise<ContentSettings | null> {
    // WXT's `local:settings` item is the `settings` key of storage.local; read directly, since
    // wxt/utils/storage would add ~9 kB to this bundle for one read.
    this.settingsRead ??= browser.storage.local.get('settings').then(
      (stored: Record<string, unknown>) => contentSettings(stored['settings']),
      () => contentSettings(undefined),
    );
    const settings = await this.settingsRead;
    if (this.ctx.isInvalid) return null;
    this.settings = settings;
    if (!isIgnoredHost(location.hostname, settings.ignoredSites)) return settings;
    this.send({ type: 'page.notForm', url: location.href.slice(0, 2000) });
    this.ctx.abort('ignored site');
    return null;
  }

  private activate(): void {
    if (!this.active) {
      this.active = true;
      if (!document.hidden) this.watch.start();
    }
    this.scheduler.request(true);
  }

  private onNavigate(): void {
    this.scheduler.reset();
    if (this.settings?.mode === 'click') {
      this.active = false;
      this.scheduler.cancel();
    }
    this.ctx.setTimeout(() => this.check(), NAVIGATION_SETTLE_MS);
  }

  private onVisibility(): void {
    if (document.hidden) this.watch.stop();
    else if (!this.active) this.check();
    else if (!this.scheduler.exhausted) {
      this.watch.start();
      this.scheduler.request();
    }
  }

  private scan(): void {
    if (!this.active || this.ctx.isInvalid) return;
    const started = performance.now();
    const elements = new Map<string, Element>();
    const snapshot = extractPage(document, {
      url: location.href,
      isVisible: isVisibleByLayout,
      readLiveChecked: true,
      firstSeenChecked: this.firstSeenChecked,
      elements,
    });
    const live = collectLive(snapshot, document, this.permissions.list(), elements);
    const extractMs = Math.min(performance.now() - started, 60_000);
    this.send({ type: 'page.analysed', snapshot, live, extractMs });
    this.submits.track(snapshot);
    this.notFormSentFor = undefined;
    if (this.scheduler.exhausted) this.watch.stop();
  }

  private sendNotForm(): void {
    const url = location.href;
    if (this.notFormSentFor === url) return;
    this.notFormSentFor = url;
    this.send({ type: 'page.notForm', url: url.slice(0, 2000) });
  }

  private listenToBackground(): void {
    const onMessage = (
      raw: unknown,
      _sender: unknown,
      respond: (answer: boolean) => void,
    ): undefined => {
      const message = parseBackgroundMessage(raw);
      if (message?.type === 'content.analyse') {
        void this.loadSettings().then((settings) => {
          if (settings === null) return;
          this.scheduler.reset();
          this.activate();
        });
      } else if (message?.type === 'content.highlight') {
        if (message.on) this.highlights.show(message.items);
        else this.highlights.hide();
      } else if (message?.type === 'content.status') {
        // The popup asks about a page that has not spoken: say "no form" if that is so.
        const noForm = !this.active && !looksLikeFormPage(document, location.href);
        if (noForm)
          void this.loadSettings().then((settings) => {
            if (settings !== null)
              this.send({ type: 'page.notForm', url: location.href.slice(0, 2000) });
          });
        respond(noForm);
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
        void this.loadSettings().then((settings) => {
          if (settings === null) return;
          this.send({
            type: 'page.permissions',
            url: location.href.slice(0, 2000),
            requests: this.permissions.list(),
          });
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
    if (message.type !== 'page.notForm') this.reported = true;
    try {
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was reloaded: this script is orphaned and ctx tears it down.
    }
  }
}

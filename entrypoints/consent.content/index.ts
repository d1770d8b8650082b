import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { LivePermissionRequest } from '../../analyzer/model/live';
import type { ContentToBackground } from '../../utils/protocol';
import { PAGE_OBSERVER_REPLAY_EVENT } from '../page-observer.content/channel';
import { publishHost, withdrawHost, type Analyser, type AnalyserHost } from './bridge';
import { looksLikeFormPage } from './cheap-check';
import { FormWatch } from './form-watch';
import { HOST_TAG } from './highlights';
import { parseBackgroundMessage } from './messages';
import { PermissionLog } from './permissions';
import { contentSettings, isIgnoredHost, type ContentSettings } from './settings';

// Every http(s) page, isolated world: the bootstrap. Not declared in the
// manifest: the background injects it into the top frame once the page has
// loaded (background/navigation.ts), so it adds nothing to the page's load
// time, and it starts at once. A cheap check first; on a personal-data form
// page that is analysed (or when the user asks), the background injects the
// analysis half (content-analysis.js, see bridge.ts), which extracts at idle
// time. Observes only: never clicks, fills, blocks or changes the page's forms.
// A page without a form costs one query: no storage read, no message (the
// background asks with content.status when the popup wants to know), and a
// MutationObserver that wakes only when form controls are added.

const PERMISSION_FLUSH_MS = 250;
/** An SPA renders the new route after the URL changes: check when it has had a moment. */
const NAVIGATION_SETTLE_MS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Published at once: the background's probe (handlers/inject.ts) must see this script
    // from now on, or a second load event would inject a second copy.
    const session = new PageSession(ctx);
    publishHost(session);
    ctx.onInvalidated(() => withdrawHost(session));
    session.start();
  },
});

class PageSession implements AnalyserHost {
  private readonly log = new PermissionLog();
  private readonly watch: FormWatch;
  /** The injected half, once attached; until then its work waits in `pending`. */
  private analyser: Analyser | undefined;
  private pending: ((a: Analyser) => void)[] = [];
  private injectionAsked = false;
  /** Analysing this page: scans run and the form watch asks for them. */
  active = false;
  /** The background holds something from this page: a later "no form" must correct it. */
  private reported = false;
  private notFormSentFor: string | undefined;
  private permissionFlush: number | undefined;
  private settingsRead: Promise<ContentSettings> | undefined;
  private settings: ContentSettings | undefined;

  constructor(readonly ctx: ContentScriptContext) {
    // On a form page, added or removed controls ask for a scan; elsewhere, added controls
    // re-run the cheap check (a form rendered late, without a URL change).
    this.watch = new FormWatch(
      document,
      {
        idle: (fn) => this.idle(fn),
        changed: () => (this.active ? this.analyser?.request() : this.check()),
      },
      new Set([HOST_TAG]),
    );
  }

  start(): void {
    const { ctx } = this;
    ctx.onInvalidated(() => {
      this.watch.stop();
      this.pending = [];
    });
    this.listenToPage();
    this.listenToBackground();
    ctx.addEventListener(document, 'visibilitychange', () => this.onVisibility());
    ctx.addEventListener(window, 'wxt:locationchange', () => this.onNavigate());
    this.check();
  }

  // --- AnalyserHost (bridge.ts) ---------------------------------------------------

  get attached(): boolean {
    return this.analyser !== undefined;
  }

  attach(analyser: Analyser): void {
    if (this.analyser || this.ctx.isInvalid) return;
    this.analyser = analyser;
    const work = this.pending;
    this.pending = [];
    for (const fn of work) fn(analyser);
  }

  permissions(): LivePermissionRequest[] {
    return this.log.list();
  }

  scanned(exhausted: boolean): void {
    this.notFormSentFor = undefined;
    if (exhausted) this.watch.stop();
  }

  idle(fn: () => void): void {
    if (typeof requestIdleCallback === 'function')
      this.ctx.requestIdleCallback(fn, { timeout: 1000 });
    else this.ctx.setTimeout(fn, 0);
  }

  send(message: ContentToBackground): void {
    if (this.ctx.isInvalid) return;
    if (message.type !== 'page.notForm' && message.type !== 'page.formFound') this.reported = true;
    try {
      browser.runtime.sendMessage(message).catch(() => {
        // The background could not take it (asleep, reloading): a form page asks again.
        if (message.type === 'page.formFound') this.injectionAsked = false;
      });
    } catch {
      // The extension was reloaded: this script is orphaned and ctx tears it down.
    }
  }

  // --- the page ---------------------------------------------------------------------

  /**
   * Run `fn` on the analyser; the first call asks the background to inject it. `again` asks
   * once more (the user clicked): injecting twice is harmless, attaching is idempotent.
   */
  private withAnalyser(fn: (a: Analyser) => void, again = false): void {
    if (this.analyser) return fn(this.analyser);
    this.pending.push(fn);
    if (this.injectionAsked && !again) return;
    this.injectionAsked = true;
    this.send({ type: 'page.formFound', url: location.href.slice(0, 2000) });
  }

  /** The cheap check. A form page reads the settings; elsewhere the watch waits for a form. */
  private check(): boolean {
    if (looksLikeFormPage(document, location.href)) {
      void this.onFormPage();
      return true;
    }
    this.active = false;
    this.analyser?.cancel();
    if (this.reported) this.sendNotForm();
    if (!document.hidden) this.watch.start();
    return false;
  }

  private async onFormPage(): Promise<void> {
    const settings = await this.loadSettings();
    if (settings?.mode === 'auto') this.activate(false);
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

  /** Analyse now; `fresh` (the user asked) starts the scan budget again. */
  private activate(fresh: boolean): void {
    if (!this.active) {
      this.active = true;
      if (!document.hidden) this.watch.start();
    }
    this.withAnalyser((a) => {
      if (fresh) a.reset();
      a.request(true);
    }, fresh);
  }

  private onNavigate(): void {
    this.analyser?.reset();
    if (this.settings?.mode === 'click') this.active = false;
    this.ctx.setTimeout(() => this.check(), NAVIGATION_SETTLE_MS);
  }

  private onVisibility(): void {
    if (document.hidden) this.watch.stop();
    else if (!this.active) this.check();
    else if (!this.analyser?.exhausted) {
      this.watch.start();
      this.analyser?.request();
    }
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
          if (settings !== null) this.activate(true);
        });
      } else if (message?.type === 'content.highlight') {
        // Hiding needs no analyser: without one, nothing was drawn.
        if (message.on) this.withAnalyser((a) => a.highlight(true, message.items), true);
        else this.analyser?.highlight(false, []);
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
      if (event.source !== window || !this.log.accept(event.data)) return;
      if (this.log.full) window.removeEventListener('message', onMessage);
      if (this.permissionFlush !== undefined) return;
      this.permissionFlush = this.ctx.setTimeout(() => {
        this.permissionFlush = undefined;
        // The whole list each time: the background replaces, so repeats are harmless.
        void this.loadSettings().then((settings) => {
          if (settings === null) return;
          this.send({
            type: 'page.permissions',
            url: location.href.slice(0, 2000),
            requests: this.log.list(),
          });
        });
      }, PERMISSION_FLUSH_MS);
    };
    window.addEventListener('message', onMessage);
    this.ctx.onInvalidated(() => window.removeEventListener('message', onMessage));
    // What the observer saw before this script arrived (a request made on load).
    window.dispatchEvent(new Event(PAGE_OBSERVER_REPLAY_EVENT));
  }
}

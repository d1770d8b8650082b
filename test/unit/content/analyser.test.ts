// The submit watch reads storage.local once: WXT's in-memory browser as the global.
import '../../integration/background/fake-env';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { attachAnalyser } from '../../../entrypoints/consent.content/analyser';
import {
  currentHost,
  publishHost,
  withdrawHost,
  type Analyser,
  type AnalyserHost,
} from '../../../entrypoints/consent.content/bridge';
import type { ContentToBackground } from '../../../utils/protocol';
import { DOMS } from '../../support/dom';

// The seam between the bootstrap (consent.js) and the injected analysis half
// (content-analysis.js): one analyser per frame whatever the number of injections, none
// for an orphaned bootstrap, and scans that follow the bootstrap's `active` flag.

const PAGE = `<!doctype html><html lang="id"><body>
  <form id="f" action="/bayar"><label>Email <input type="email" name="email"></label>
  <label><input type="checkbox" name="promo" checked> Kirimi saya promo</label>
  <button type="submit">Bayar</button></form></body></html>`;

function fakeCtx() {
  const controller = new AbortController();
  const ctx = {
    get isInvalid() {
      return controller.signal.aborted;
    },
    onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb),
    setTimeout: (fn: () => void, ms: number) =>
      setTimeout(() => {
        if (!controller.signal.aborted) fn();
      }, ms) as unknown as number,
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0) as unknown as number,
    addEventListener: () => undefined,
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => controller.abort() };
}

class FakeHost implements AnalyserHost {
  analyser: Analyser | undefined;
  active = true;
  sent: ContentToBackground[] = [];
  scans: boolean[] = [];
  constructor(readonly ctx: ContentScriptContext) {}
  get attached() {
    return this.analyser !== undefined;
  }
  attach(a: Analyser) {
    this.analyser = a;
  }
  permissions() {
    return [];
  }
  send(m: ContentToBackground) {
    this.sent.push(m);
  }
  idle(fn: () => void) {
    fn();
  }
  scanned(exhausted: boolean) {
    this.scans.push(exhausted);
  }
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  const doc = DOMS['happy-dom'](PAGE);
  vi.stubGlobal('document', doc);
  vi.stubGlobal('window', doc.defaultView);
  vi.stubGlobal('location', { href: 'https://toko.test/checkout' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('attachAnalyser', () => {
  it('attaches once: a second injection into the same frame does nothing', () => {
    const host = new FakeHost(fakeCtx().ctx);
    const attach = vi.spyOn(host, 'attach');
    expect(attachAnalyser(host)).toBe(true);
    expect(attachAnalyser(host)).toBe(false);
    expect(attach).toHaveBeenCalledTimes(1);
  });

  it('does nothing without a bootstrap, or with an orphaned one (extension reloaded)', () => {
    expect(attachAnalyser(undefined)).toBe(false);
    const { ctx, invalidate } = fakeCtx();
    const host = new FakeHost(ctx);
    invalidate();
    expect(attachAnalyser(host)).toBe(false);
    expect(host.analyser).toBeUndefined();
  });

  it('finds the host the bootstrap published under the Symbol.for key', () => {
    const host = new FakeHost(fakeCtx().ctx);
    publishHost(host);
    try {
      expect(currentHost()).toBe(host);
      expect(attachAnalyser()).toBe(true);
      expect(host.attached).toBe(true);
    } finally {
      withdrawHost(host);
    }
    expect(currentHost()).toBeUndefined();
  });

  it('an old bootstrap withdrawing does not clear a newer one', () => {
    const old = new FakeHost(fakeCtx().ctx);
    const fresh = new FakeHost(fakeCtx().ctx);
    publishHost(old);
    publishHost(fresh);
    withdrawHost(old);
    expect(currentHost()).toBe(fresh);
    withdrawHost(fresh);
    expect(currentHost()).toBeUndefined();
  });
});

describe('PageAnalyser scans', () => {
  it('sends page.analysed with the snapshot and live evidence when asked', async () => {
    const host = new FakeHost(fakeCtx().ctx);
    attachAnalyser(host);
    host.analyser?.request(true);
    await tick();
    expect(host.sent).toHaveLength(1);
    const [message] = host.sent;
    expect(message?.type).toBe('page.analysed');
    if (message?.type !== 'page.analysed') return;
    expect(message.snapshot.url).toBe('https://toko.test/checkout');
    expect(message.snapshot.groups.length).toBeGreaterThan(0);
    expect(message.live.permissionRequests).toEqual([]);
    expect(message.extractMs).toBeGreaterThanOrEqual(0);
    expect(host.scans).toEqual([false]);
  });

  it('does not scan when the bootstrap is no longer active, or after invalidation', async () => {
    const { ctx, invalidate } = fakeCtx();
    const host = new FakeHost(ctx);
    attachAnalyser(host);
    host.active = false;
    host.analyser?.request(true);
    await tick();
    expect(host.sent).toEqual([]);
    host.active = true;
    host.analyser?.request(true);
    invalidate();
    await tick(1100);
    expect(host.sent).toEqual([]);
  });
});

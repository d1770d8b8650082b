import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, LOAD_WAIT_MS } from '../../../entrypoints/consent.content/after-load';

// The bootstrap adds nothing to the page's load time: it starts after the load event.

function fakePage(readyState: DocumentReadyState) {
  const target = new EventTarget();
  const doc = { readyState } as Document;
  const win = target as unknown as Window;
  return { doc, win, load: () => target.dispatchEvent(new Event('load')) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterPageLoad', () => {
  it('waits for the load event, then starts once', () => {
    const page = fakePage('interactive');
    const start = vi.fn();
    afterPageLoad(start, page.doc, page.win);
    vi.advanceTimersByTime(100);
    expect(start).not.toHaveBeenCalled();
    page.load();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(LOAD_WAIT_MS);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts on a page that has already loaded', () => {
    const page = fakePage('complete');
    const start = vi.fn();
    afterPageLoad(start, page.doc, page.win);
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts anyway when the load event never comes', () => {
    const page = fakePage('loading');
    const start = vi.fn();
    afterPageLoad(start, page.doc, page.win);
    vi.advanceTimersByTime(LOAD_WAIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledOnce();
  });
});

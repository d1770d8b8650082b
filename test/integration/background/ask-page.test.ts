import './fake-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { boot, contentSender, getView, openTab, send } from './helpers';

// A page without a personal-data form sends nothing while it loads; the popup's
// tab.get asks its content script (content.status), which answers with page.notForm.

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await boot();
});

describe('tab.get for a page that has not spoken', () => {
  it('asks the content script and shows its "no form" answer', async () => {
    const tab = await openTab('https://blog.example.test/tips');
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId, message) => {
      asked.push(message);
      void send({ type: 'page.notForm', url: tab.url ?? '' }, contentSender(tab));
      return true;
    });
    const view = await getView(tab.id);
    expect(asked).toEqual([{ type: 'content.status' }]);
    expect(view).toMatchObject({ status: 'not_form', url: 'https://blog.example.test/tips' });
  });

  it('says skipped on an ignored site', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, ignoredSites: ['example.test'] },
    });
    const tab = await openTab('https://blog.example.test/tips');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
      void send({ type: 'page.notForm', url: tab.url ?? '' }, contentSender(tab));
      return true;
    });
    expect((await getView(tab.id)).status).toBe('skipped');
  });

  it('stays unknown, without waiting, when the content script has nothing to say', async () => {
    const tab = await openTab('https://shop.example.test/checkout');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => false);
    const started = Date.now();
    expect((await getView(tab.id)).status).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('does not ask again once the page has spoken', async () => {
    const tab = await openTab('https://blog.example.test/tips');
    await send({ type: 'page.notForm', url: tab.url ?? '' }, contentSender(tab));
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect((await getView(tab.id)).status).toBe('not_form');
    expect(spy).not.toHaveBeenCalled();
  });
});

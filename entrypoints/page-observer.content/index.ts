import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_OBSERVER_CHANNEL } from './channel';
import { installPermissionObserver } from './observe';

// Main world, document_start: installed before the page's own scripts run, so
// a permission asked for on load is seen. No extension APIs here; reports go
// to the content script through window.postMessage.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    const post = window.postMessage.bind(window);
    const replay = installPermissionObserver(window, (message) => post(message, '*'));
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (event.source !== window || typeof data !== 'object' || data === null) return;
      const { channel, kind } = data as { channel?: unknown; kind?: unknown };
      if (channel === PAGE_OBSERVER_CHANNEL && kind === 'replay') replay();
    });
  },
});

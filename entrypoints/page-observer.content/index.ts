import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_OBSERVER_REPLAY_EVENT } from './channel';
import { installPermissionObserver } from './observe';

// Main world, document_start: installed before the page's own scripts run, so
// a permission asked for on load is seen. No extension APIs here; reports go
// to the content script through window.postMessage; the content script asks for a
// replay with a PAGE_OBSERVER_REPLAY_EVENT on window.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    const post = window.postMessage.bind(window);
    const replay = installPermissionObserver(window, (message) => post(message, '*'));
    window.addEventListener(PAGE_OBSERVER_REPLAY_EVENT, () => replay());
  },
});

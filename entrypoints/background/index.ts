import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from './main';

// The background: service worker in Chrome MV3, background page in Firefox.
// Message router, per-tab state, badge. See README.md beside this file.
export default defineBackground(() => {
  startBackground();
});

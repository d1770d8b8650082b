import { browser } from 'wxt/browser';
import { watchSettings } from '../../utils/settings-store';
import { counters } from './counters';
import { bootstrapOpenTabs, onTabRemoved, onTabUpdated } from './navigation';
import { ensureRecheckAlarm, onRecheckAlarm, startPolicyTracking } from './policy/tracking';
import { refreshAllTabs } from './refresh';
import { onMessage } from './router';

// Wires the listeners. Registered synchronously at start-up, as MV3 requires
// for a service worker that was woken by one of these events.

export function startBackground(): void {
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    void onTabUpdated(tabId, change, tab).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => {
    void bootstrapOpenTabs().catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void onTabRemoved(tabId).catch(() => undefined);
  });
  // Policy change tracking: versions on every fetch, a daily re-check (policy/tracking.ts).
  startPolicyTracking();
  browser.alarms?.onAlarm.addListener((alarm) => {
    void onRecheckAlarm(alarm);
  });
  void ensureRecheckAlarm().catch(() => undefined);
  watchSettings((settings) => {
    void refreshAllTabs(settings).catch(() => undefined);
  });
  // For debugging from the service worker's console.
  Object.assign(globalThis, { tegasCounters: counters });
}

import { browser } from 'wxt/browser';

// The way into the history dashboard from the popup and the settings page.

export function dashboardUrl(): string {
  return browser.runtime.getURL('/dashboard.html');
}

/** Opens the dashboard in a new tab. */
export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: dashboardUrl() });
}

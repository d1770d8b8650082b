import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { TRACKER_HOST } from '../shops/server';
import { assertBuilt, CHROME_EXT_DIR, CHROMIUM_PATH } from './paths';

// Debian Chromium driven by playwright-core, with the built MV3 extension loaded
// (flags from shared/design/TOOLING.md). One fresh temp profile per session.

export interface ChromiumSession {
  readonly context: BrowserContext;
  /** The extension's service worker; null for a session without the extension. */
  readonly worker: Worker | null;
  readonly extensionId: string | null;
  close(): Promise<void>;
}

/** Flags from shared/design/TOOLING.md; the benchmarks launch with the same. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Never live sites: the session-replay vendor's host resolves to the fixture
  // server, every other name fails to resolve.
  `--host-resolver-rules=MAP ${TRACKER_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
];

export async function launchChromium(
  options: { extension?: boolean } = {},
): Promise<ChromiumSession> {
  const withExtension = options.extension ?? true;
  if (withExtension) assertBuilt(CHROME_EXT_DIR, 'npx wxt build');
  const profileDir = await mkdtemp(join(tmpdir(), 'tegas-e2e-chromium-'));
  const args = withExtension
    ? [
        `--disable-extensions-except=${CHROME_EXT_DIR}`,
        `--load-extension=${CHROME_EXT_DIR}`,
        ...CHROMIUM_ARGS,
      ]
    : CHROMIUM_ARGS;
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args,
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
    });
    let worker: Worker | null = null;
    let extensionId: string | null = null;
    if (withExtension) {
      worker =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(worker.url()).host;
    }
    const ctx = context;
    return {
      context: ctx,
      worker,
      extensionId,
      close: async () => {
        await ctx.close().catch(() => undefined);
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context?.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
}

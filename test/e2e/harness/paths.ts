import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Where the built extension and the Debian browsers live. The E2E tier tests
// the build output, so `npx wxt build` (and `-b firefox`) must run first.

export const ROOT = join(import.meta.dirname, '..', '..', '..');
// Overridable, e.g. to test a copy of a build while other builds run.
/** The build folder: wxt.config.ts reads the same TEGAS_OUT_DIR. */
const OUT_DIR = join(ROOT, process.env['TEGAS_OUT_DIR'] ?? '.output');
export const CHROME_EXT_DIR = process.env['TEGAS_CHROME_EXT'] ?? join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT_DIR = process.env['TEGAS_FIREFOX_EXT'] ?? join(OUT_DIR, 'firefox-mv2');

export const CHROMIUM_PATH = process.env['TEGAS_CHROMIUM'] ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env['TEGAS_FIREFOX'] ?? '/usr/bin/firefox-esr';

/** The gecko id in wxt.config.ts (Firefox manifest). */
export const GECKO_ID = 'tegas@tegas.invalid';

export function assertBuilt(dir: string, command: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no manifest.json: run \`${command}\` first`);
  }
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LivePermissionRequest } from '../../analyzer/model/live';
import type { ContentToBackground, HighlightItem } from '../../utils/protocol';

// The seam between the two halves of the content script. `consent.js` (every
// page) is the bootstrap: the cheap check, settings, the form watch, SPA
// navigation, messages. `content-analysis.js` (extraction, live evidence, highlights,
// submit watch, scan scheduling) is injected by the background, through
// scripting.executeScript, only into a frame that needs it. Both run in the
// extension's isolated world, so the bootstrap publishes its host under a
// Symbol.for key (invisible to the page's main world) and the injected script
// attaches one analyser to it. Only types and the key live here: this module is
// in both bundles.

export const BRIDGE_KEY = Symbol.for('tegas.consent.host');

/** What the bootstrap lends the analyser. The analyser stops when `ctx` is invalidated. */
export interface AnalyserHost {
  readonly ctx: ContentScriptContext;
  /** The page is being analysed: scans may run. */
  readonly active: boolean;
  /** True once an analyser is attached: a second injection must do nothing. */
  readonly attached: boolean;
  /** Permission calls the main world reported so far. */
  permissions(): LivePermissionRequest[];
  send(message: ContentToBackground): void;
  /** Run `fn` at idle time (ctx-bound). */
  idle(fn: () => void): void;
  /** After each scan: whether the page's scan budget is spent (the form watch can stop). */
  scanned(exhausted: boolean): void;
  attach(analyser: Analyser): void;
}

/** The injected half, as the bootstrap drives it. */
export interface Analyser {
  /** Ask for a scan; `now` skips the debounce. */
  request(now?: boolean): void;
  /** A new page (SPA navigation or the user asked): the scan budget starts again. */
  reset(): void;
  cancel(): void;
  readonly exhausted: boolean;
  highlight(on: boolean, items: readonly HighlightItem[]): void;
}

type Slot = Record<symbol, AnalyserHost | undefined>;

export function publishHost(host: AnalyserHost): void {
  (globalThis as unknown as Slot)[BRIDGE_KEY] = host;
}

/** Clears the slot, unless a newer bootstrap (after an extension reload) already took it. */
export function withdrawHost(host: AnalyserHost): void {
  const slot = globalThis as unknown as Slot;
  if (slot[BRIDGE_KEY] === host) slot[BRIDGE_KEY] = undefined;
}

export function currentHost(): AnalyserHost | undefined {
  return (globalThis as unknown as Slot)[BRIDGE_KEY];
}

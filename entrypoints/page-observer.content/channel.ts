import type { PageObserverMessage } from '../../utils/protocol';

// The window.postMessage channel between the main-world observer and the
// content script. The value is protocol.ts's, restated so neither script
// imports that module (it pulls in zod); the type makes a mismatch a compile error.
export const PAGE_OBSERVER_CHANNEL: PageObserverMessage['channel'] = 'tegas:page-observer:v1';

/**
 * Content script → main world: "send again what you saw". The observer runs at
 * document_start, the content script at document_idle, so a permission asked
 * for on load is posted before anyone listens; the observer keeps the last few
 * reports and replays them on this request. Harmless if the page sends it.
 */
export interface PageObserverReplayRequest {
  channel: PageObserverMessage['channel'];
  kind: 'replay';
}

/** Reports the observer keeps for replay. */
export const REPLAY_BUFFER = 20;

// The window.postMessage channel between the main-world permission observer and
// the content script. No zod here: both scripts import it.

/**
 * Main world → content script, via window.postMessage. The website can forge
 * these: the content script checks shape and size by hand (no zod in its
 * bundle), rate-limits them, and the background parses them again.
 */
export const PAGE_OBSERVER_CHANNEL = 'tegas:page-observer:v1';
export interface PageObserverMessage {
  channel: typeof PAGE_OBSERVER_CHANNEL;
  kind: 'permission';
  /** geolocation | notifications | camera | microphone | clipboard-read | persistent-storage | … */
  permission: string;
  /** `navigator.userActivation.isActive` when the call was made. */
  userGesture: boolean;
  at: string;
}

/**
 * Content script → main world: "send again what you saw", as a plain DOM event of this type
 * dispatched on window (events on shared DOM objects reach listeners in every world). The
 * observer runs at document_start and the bootstrap arrives after the page's load, so a
 * permission asked for on load is posted before anyone listens; the observer keeps the last
 * few reports and replays them on this event. Not a window.postMessage: from the isolated
 * world that cost ~0.7 ms per page (test/bench/README.md), and an event keeps the observer
 * from listening to every message the page posts. Harmless if the page dispatches it.
 */
export const PAGE_OBSERVER_REPLAY_EVENT = `${PAGE_OBSERVER_CHANNEL}:replay`;

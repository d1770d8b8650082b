export { PAGE_OBSERVER_CHANNEL, type PageObserverReplayRequest } from '../../utils/page-channel';

/** Reports the observer keeps for replay. */
export const REPLAY_BUFFER = 20;

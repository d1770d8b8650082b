export { PAGE_OBSERVER_CHANNEL, PAGE_OBSERVER_REPLAY_EVENT } from '../../utils/page-channel';

/** Reports the observer keeps for replay. */
export const REPLAY_BUFFER = 20;

import type { LivePermissionRequest } from '../../analyzer/model/live';
import { CountLimiter } from './schedule';
import { parsePageObserverMessage } from './messages';

/** Page-reported permission calls accepted per page load. */
export const MAX_PAGE_REPORTS = 20;

/**
 * The permission calls the main world reported: validated, deduplicated (a
 * replay repeats what was already heard) and capped, whatever the page posts.
 */
export class PermissionLog {
  private readonly limiter = new CountLimiter(MAX_PAGE_REPORTS);
  private readonly keys = new Set<string>();
  private readonly requests: LivePermissionRequest[] = [];

  /** True when `data` was a new, valid report and was kept. */
  accept(data: unknown): boolean {
    if (this.limiter.spent) return false;
    const request = parsePageObserverMessage(data);
    if (!request) return false;
    const key = `${request.permission}|${request.at}|${String(request.userGesture)}`;
    if (this.keys.has(key) || !this.limiter.take()) return false;
    this.keys.add(key);
    this.requests.push(request);
    return true;
  }

  /** No more reports can be accepted: the listener can go. */
  get full(): boolean {
    return this.limiter.spent;
  }

  list(): LivePermissionRequest[] {
    return this.requests.slice();
  }
}

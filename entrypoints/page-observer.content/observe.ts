import type { PageObserverMessage } from '../../utils/protocol';
import { PAGE_OBSERVER_CHANNEL, REPLAY_BUFFER } from './channel';

// Wraps the permission-bearing APIs in the page's own world to see when they
// are called and whether a user gesture came first. Every wrapper reports,
// then calls the original with the same `this` and arguments and returns its
// result unchanged; a failure to report never reaches the page.

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;
type Report = (permission: string) => void;

/** Installs the wrappers on `win`; `post` delivers a report. Returns the replay function. */
export function installPermissionObserver(
  win: Window & typeof globalThis,
  post: (message: PageObserverMessage) => void,
): () => void {
  const recent: PageObserverMessage[] = [];
  const report: Report = (permission) => {
    try {
      const message: PageObserverMessage = {
        channel: PAGE_OBSERVER_CHANNEL,
        kind: 'permission',
        permission: permission.slice(0, 64),
        userGesture: win.navigator.userActivation?.isActive ?? false,
        at: new Date().toISOString(),
      };
      if (recent.length >= REPLAY_BUFFER) recent.shift();
      recent.push(message);
      post(message);
    } catch {
      // Observing must never break the page.
    }
  };

  const proto = (name: string): object | undefined => {
    const ctor = (win as unknown as Record<string, unknown>)[name];
    const p = typeof ctor === 'function' ? (ctor as { prototype?: unknown }).prototype : undefined;
    return typeof p === 'object' && p !== null ? p : undefined;
  };
  wrap(proto('Geolocation'), 'getCurrentPosition', () => report('geolocation'));
  wrap(proto('Geolocation'), 'watchPosition', () => report('geolocation'));
  wrap((win as { Notification?: object }).Notification, 'requestPermission', () =>
    report('notifications'),
  );
  wrap(proto('MediaDevices'), 'getUserMedia', (args) => {
    for (const kind of mediaKinds(args[0])) report(kind);
  });
  // A query only reads the state; reported under its own name so rules do not take it for a prompt.
  wrap(proto('Permissions'), 'query', (args) => report(`query:${queryName(args[0])}`));
  wrap(proto('Clipboard'), 'readText', () => report('clipboard-read'));
  wrap(proto('Clipboard'), 'read', () => report('clipboard-read'));
  wrap(proto('StorageManager'), 'persist', () => report('persistent-storage'));

  return () => {
    for (const message of recent) post(message);
  };
}

/** Replaces `target[key]` with a reporting pass-through that looks like the original. */
function wrap(target: object | undefined, key: string, before: (args: unknown[]) => void): void {
  if (!target) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  const original = descriptor?.value as unknown;
  if (!descriptor || typeof original !== 'function' || !descriptor.configurable) return;
  const fn = original as AnyFn;
  const wrapper = {
    // A method-shorthand function has no prototype and cannot be `new`ed, like the native one.
    [key](this: unknown, ...args: unknown[]): unknown {
      try {
        before(args);
      } catch {
        // Never let observing change what the page sees.
      }
      return Reflect.apply(fn, this, args);
    },
  }[key] as AnyFn;
  Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
  // Same attributes as the native property (methods are writable, enumerable, configurable).
  Object.defineProperty(target, key, { ...descriptor, value: wrapper });
}

function mediaKinds(constraints: unknown): string[] {
  if (typeof constraints !== 'object' || constraints === null) return [];
  const c = constraints as { video?: unknown; audio?: unknown };
  const kinds: string[] = [];
  if (c.video) kinds.push('camera');
  if (c.audio) kinds.push('microphone');
  return kinds;
}

function queryName(descriptor: unknown): string {
  const name =
    typeof descriptor === 'object' && descriptor !== null
      ? (descriptor as { name?: unknown }).name
      : undefined;
  return typeof name === 'string' ? name.replace(/[^a-z0-9._-]/gi, '').slice(0, 40) : 'unknown';
}

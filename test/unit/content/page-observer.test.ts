import { describe, expect, it } from 'vitest';
import { installPermissionObserver } from '../../../entrypoints/page-observer.content/observe';
import { REPLAY_BUFFER } from '../../../entrypoints/page-observer.content/channel';
import type { PageObserverMessage } from '../../../utils/protocol';

// A fake main world with the permission APIs shaped like WebIDL: methods on
// prototypes (static for Notification), writable, enumerable, configurable.

function idlClass(methods: Record<string, (...args: never[]) => unknown>): { prototype: object } {
  const ctor = function () {} as unknown as { prototype: object };
  for (const [name, fn] of Object.entries(methods))
    Object.defineProperty(ctor.prototype, name, {
      value: fn,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  return ctor;
}

function fakeWorld(active = false) {
  const calls: { name: string; self: unknown; args: unknown[] }[] = [];
  const record = (name: string, result: unknown) =>
    Object.defineProperty(
      function (this: unknown, ...args: unknown[]) {
        calls.push({ name, self: this, args });
        return result;
      },
      'name',
      { value: name },
    );
  const stream = Promise.resolve('stream');
  const Geolocation = idlClass({
    getCurrentPosition: Object.defineProperty(record('getCurrentPosition', undefined), 'length', {
      value: 1,
    }),
    watchPosition: record('watchPosition', 7),
    clearWatch: record('clearWatch', undefined),
  });
  const MediaDevices = idlClass({ getUserMedia: record('getUserMedia', stream) });
  const Permissions = idlClass({ query: record('query', 'state') });
  const Clipboard = idlClass({
    readText: record('readText', 'text'),
    read: record('read', 'items'),
    writeText: record('writeText', undefined),
  });
  const Notification = {};
  Object.defineProperty(Notification, 'requestPermission', {
    value: record('requestPermission', 'default'),
    writable: true,
    enumerable: true,
    configurable: true,
  });
  const win = {
    Geolocation,
    MediaDevices,
    Permissions,
    Clipboard,
    Notification,
    navigator: { userActivation: { isActive: active } },
  } as unknown as Window & typeof globalThis;
  const posted: PageObserverMessage[] = [];
  const replay = installPermissionObserver(win, (m) => posted.push(m));
  const api = {
    geolocation: Object.create(Geolocation.prototype) as Record<
      string,
      (...a: unknown[]) => unknown
    >,
    media: Object.create(MediaDevices.prototype) as Record<string, (...a: unknown[]) => unknown>,
    permissions: Object.create(Permissions.prototype) as Record<
      string,
      (...a: unknown[]) => unknown
    >,
    clipboard: Object.create(Clipboard.prototype) as Record<string, (...a: unknown[]) => unknown>,
    notification: Notification as Record<string, (...a: unknown[]) => unknown>,
  };
  return { win, api, calls, posted, replay, stream, Geolocation };
}

const call = (
  target: Record<string, (...a: unknown[]) => unknown>,
  name: string,
  ...args: unknown[]
) => {
  const fn = target[name];
  if (!fn) throw new Error(`no ${name}`);
  return fn.apply(target, args);
};

describe('installPermissionObserver', () => {
  it('reports each API with the permission it asks for, and the gesture state', () => {
    const { api, posted } = fakeWorld(true);
    call(api.geolocation, 'getCurrentPosition', () => undefined);
    call(api.geolocation, 'watchPosition', () => undefined);
    call(api.notification, 'requestPermission');
    call(api.media, 'getUserMedia', { video: { facingMode: 'user' }, audio: true });
    call(api.media, 'getUserMedia', { audio: false });
    call(api.permissions, 'query', { name: 'geolocation' });
    call(api.clipboard, 'readText');
    call(api.clipboard, 'read');
    call(api.clipboard, 'writeText', 'x');
    call(api.geolocation, 'clearWatch', 7);
    expect(posted.map((m) => m.permission)).toEqual([
      'geolocation',
      'geolocation',
      'notifications',
      'camera',
      'microphone',
      'query:geolocation',
      'clipboard-read',
      'clipboard-read',
    ]);
    for (const m of posted) {
      expect(m).toMatchObject({
        channel: 'tegas:page-observer:v1',
        kind: 'permission',
        userGesture: true,
      });
      expect(Number.isNaN(Date.parse(m.at))).toBe(false);
    }
  });

  it('calls through with the same this and arguments and returns the original result', () => {
    const { api, calls, stream } = fakeWorld();
    const constraints = { video: true };
    expect(call(api.media, 'getUserMedia', constraints)).toBe(stream);
    expect(call(api.geolocation, 'watchPosition', 'ok', 'err', { enableHighAccuracy: true })).toBe(
      7,
    );
    expect(calls[0]).toEqual({ name: 'getUserMedia', self: api.media, args: [constraints] });
    expect(calls[1]?.self).toBe(api.geolocation);
    expect(calls[1]?.args).toEqual(['ok', 'err', { enableHighAccuracy: true }]);
  });

  it('keeps the property attributes, name and length of the originals', () => {
    const { Geolocation } = fakeWorld();
    const d = Object.getOwnPropertyDescriptor(Geolocation.prototype, 'getCurrentPosition');
    expect(d).toMatchObject({ writable: true, enumerable: true, configurable: true });
    const fn = d?.value as (...a: unknown[]) => unknown;
    expect(fn.name).toBe('getCurrentPosition');
    expect(fn.length).toBe(1);
    expect(Object.keys(Geolocation.prototype)).toEqual([
      'getCurrentPosition',
      'watchPosition',
      'clearWatch',
    ]);
    expect(Object.keys(fn)).toEqual([]);
    expect(() => new (fn as unknown as new () => unknown)()).toThrow(TypeError);
  });

  it('never breaks the page: a failing report is swallowed, a failing original throws as before', () => {
    const { win } = fakeWorld();
    const Failing = idlClass({
      query() {
        throw new RangeError('original');
      },
    });
    Object.assign(win, { Permissions: Failing });
    installPermissionObserver(win, () => {
      throw new Error('post failed');
    });
    const permissions = Object.create(Failing.prototype) as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    expect(() => call(permissions, 'query', { name: 'camera' })).toThrow(RangeError);
    const { api } = fakeWorld();
    expect(() => call(api.permissions, 'query', null)).not.toThrow();
  });

  it('skips APIs the browser does not have', () => {
    const posted: PageObserverMessage[] = [];
    expect(() =>
      installPermissionObserver({ navigator: {} } as unknown as Window & typeof globalThis, (m) =>
        posted.push(m),
      ),
    ).not.toThrow();
  });

  it('replays the most recent reports for a late listener', () => {
    const { api, posted, replay } = fakeWorld();
    for (let i = 0; i < REPLAY_BUFFER + 5; i++) call(api.clipboard, 'readText');
    posted.length = 0;
    replay();
    expect(posted).toHaveLength(REPLAY_BUFFER);
  });
});

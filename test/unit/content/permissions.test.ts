import { describe, expect, it } from 'vitest';
import { MAX_PAGE_REPORTS, PermissionLog } from '../../../entrypoints/consent.content/permissions';
import { PAGE_OBSERVER_CHANNEL } from '../../../entrypoints/page-observer.content/channel';

const report = (permission: string, at = '2025-01-02T03:04:05.000Z', userGesture = false) => ({
  channel: PAGE_OBSERVER_CHANNEL,
  kind: 'permission',
  permission,
  userGesture,
  at,
});

describe('PermissionLog', () => {
  it('keeps valid reports, labelled page, in order', () => {
    const log = new PermissionLog();
    expect(log.accept(report('geolocation'))).toBe(true);
    expect(log.accept(report('notifications'))).toBe(true);
    expect(log.list().map((r) => [r.permission, r.source])).toEqual([
      ['geolocation', 'page'],
      ['notifications', 'page'],
    ]);
  });

  it('ignores a replay of a report already heard', () => {
    const log = new PermissionLog();
    log.accept(report('geolocation'));
    expect(log.accept(report('geolocation'))).toBe(false);
    expect(log.accept(report('geolocation', '2025-01-02T03:04:06.000Z'))).toBe(true);
    expect(log.list()).toHaveLength(2);
  });

  it('caps what a flooding page can make it keep', () => {
    const log = new PermissionLog();
    for (let i = 0; i < 500; i++) log.accept(report('camera', new Date(i * 1000).toISOString()));
    expect(log.list()).toHaveLength(MAX_PAGE_REPORTS);
    expect(log.full).toBe(true);
  });

  it('does not count forged junk against the cap', () => {
    const log = new PermissionLog();
    for (let i = 0; i < 100; i++)
      log.accept({ channel: PAGE_OBSERVER_CHANNEL, kind: 'permission' });
    expect(log.accept(report('geolocation'))).toBe(true);
  });

  it('hands out a copy', () => {
    const log = new PermissionLog();
    log.accept(report('geolocation'));
    log.list().pop();
    expect(log.list()).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { LivePermissionRequest } from '../../../analyzer/model/live';
import { cleanCheckout, live, run } from './builders';

const ID = 'permission.no_gesture';

function req(over: Partial<LivePermissionRequest>): LivePermissionRequest {
  return {
    permission: 'notifications',
    at: '2026-01-05T10:00:00Z',
    userGesture: false,
    source: 'page',
    ...over,
  };
}

describe(ID, () => {
  it('fires on a request without a user gesture, labelled as page-reported', () => {
    const [f] = run(ID, cleanCheckout(), {
      live: live({ permissionRequests: [req({})] }),
      lang: 'id',
    });
    expect(f?.severity).toBe('medium');
    expect(f?.evidence[0]?.text).toMatch(/^notifications @ 2026-01-05T10:00:00Z/);
    expect(f?.explanation).toMatch(/dilaporkan oleh kode di halaman web/);
  });

  it('fires on a gesture-triggered request that was not explained', () => {
    const ev = live({
      permissionRequests: [req({ permission: 'Geolocation', userGesture: true, explained: false })],
    });
    expect(run(ID, cleanCheckout(), { live: ev })).toHaveLength(1);
  });

  it('does not fire on gesture-triggered requests, or unknown permissions', () => {
    const ev = live({
      permissionRequests: [req({ userGesture: true }), req({ permission: 'clipboard-read' })],
    });
    expect(run(ID, cleanCheckout(), { live: ev })).toEqual([]);
  });

  it('is skipped without live evidence', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { LivePermissionRequest } from '../../../analyzer/model/live';
import { cleanCheckout, live, page, run } from './builders';

const ID = 'permission.unrelated';

function req(permission: string): LivePermissionRequest {
  return { permission, at: '2026-01-05T10:00:00Z', userGesture: true, source: 'page' };
}

describe(ID, () => {
  it.each([
    ['camera', 'medium'],
    ['microphone', 'medium'],
    ['geolocation', 'low'],
  ])('fires on %s at a checkout (%s)', (permission, severity) => {
    const [f] = run(ID, cleanCheckout(), { live: live({ permissionRequests: [req(permission)] }) });
    expect(f?.severity).toBe(severity);
    expect(f?.evidence[0]?.text).toContain(permission);
  });

  it('fires at a signup too', () => {
    const p = page({ pageKind: 'signup' });
    expect(run(ID, p, { live: live({ permissionRequests: [req('camera')] }) })).toHaveLength(1);
  });

  it('does not judge other pages, or notifications', () => {
    const p = page({ pageKind: 'account' });
    expect(run(ID, p, { live: live({ permissionRequests: [req('camera')] }) })).toEqual([]);
    expect(
      run(ID, cleanCheckout(), { live: live({ permissionRequests: [req('notifications')] }) }),
    ).toEqual([]);
  });

  it('is not reported under Permenkominfo 20/2016', () => {
    const ev = live({ permissionRequests: [req('camera')] });
    expect(run(ID, cleanCheckout(), { live: ev, rulebook: 'pm-20-2016' })).toEqual([]);
  });
});

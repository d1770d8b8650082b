import { describe, expect, it } from 'vitest';
import { LivePermissionRequestSchema } from '../../../analyzer/model/live';
import {
  parseBackgroundMessage,
  parsePageObserverMessage,
} from '../../../entrypoints/consent.content/messages';
import { PAGE_OBSERVER_CHANNEL as LOCAL_CHANNEL } from '../../../entrypoints/page-observer.content/channel';
import { BackgroundToContentSchema, PAGE_OBSERVER_CHANNEL } from '../../../utils/protocol';

// The content script checks by hand what the background parses with zod: the
// two must agree on every case here.

const item = { selector: '#x', severity: 'high', label: 'Dicentang', ruleId: 'consent.prechecked' };

describe('parseBackgroundMessage agrees with BackgroundToContentSchema', () => {
  it.each<[string, unknown]>([
    ['analyse', { type: 'content.analyse' }],
    ['status', { type: 'content.status' }],
    ['highlight on', { type: 'content.highlight', on: true, items: [item] }],
    ['highlight off, no items', { type: 'content.highlight', on: false, items: [] }],
    ['200 items', { type: 'content.highlight', on: true, items: Array(200).fill(item) }],
    ['201 items', { type: 'content.highlight', on: true, items: Array(201).fill(item) }],
    ['unknown type', { type: 'content.fill', selector: '#x' }],
    ['on not boolean', { type: 'content.highlight', on: 'yes', items: [] }],
    ['items missing', { type: 'content.highlight', on: true }],
    ['bad severity', { type: 'content.highlight', on: true, items: [{ ...item, severity: 'x' }] }],
    [
      'long label',
      { type: 'content.highlight', on: true, items: [{ ...item, label: 'x'.repeat(121) }] },
    ],
    [
      'long selector',
      { type: 'content.highlight', on: true, items: [{ ...item, selector: 'a'.repeat(301) }] },
    ],
    [
      'long rule id',
      { type: 'content.highlight', on: true, items: [{ ...item, ruleId: 'r'.repeat(65) }] },
    ],
    ['item not an object', { type: 'content.highlight', on: true, items: ['#x'] }],
    ['null', null],
    ['array', [{ type: 'content.analyse' }]],
    ['string', 'content.analyse'],
  ])('%s', (_name, raw) => {
    const zod = BackgroundToContentSchema.safeParse(raw);
    const ours = parseBackgroundMessage(raw);
    expect(ours !== null).toBe(zod.success);
    if (zod.success) expect(ours).toEqual(zod.data);
  });

  it('drops extra keys rather than passing them on', () => {
    const ours = parseBackgroundMessage({
      type: 'content.highlight',
      on: true,
      items: [{ ...item, html: '<b>' }],
      x: 1,
    });
    expect(ours).toEqual({ type: 'content.highlight', on: true, items: [item] });
  });
});

describe('parsePageObserverMessage', () => {
  const ok = {
    channel: PAGE_OBSERVER_CHANNEL,
    kind: 'permission',
    permission: 'geolocation',
    userGesture: false,
    at: '2025-01-02T03:04:05.000Z',
  };

  it('uses the protocol’s channel name', () => {
    expect(LOCAL_CHANNEL).toBe(PAGE_OBSERVER_CHANNEL);
  });

  it('labels a valid report as page-reported, in the LivePermissionRequest shape', () => {
    const parsed = parsePageObserverMessage(ok);
    expect(parsed).toEqual({
      permission: 'geolocation',
      at: ok.at,
      userGesture: false,
      source: 'page',
    });
    expect(LivePermissionRequestSchema.parse(parsed)).toEqual(parsed);
  });

  it.each<[string, unknown]>([
    ['another channel', { ...ok, channel: 'other' }],
    ['the replay request', { channel: PAGE_OBSERVER_CHANNEL, kind: 'replay' }],
    ['a long permission name', { ...ok, permission: 'x'.repeat(65) }],
    ['an empty permission', { ...ok, permission: '' }],
    ['markup in the name', { ...ok, permission: '<img src=x>' }],
    ['gesture not boolean', { ...ok, userGesture: 'true' }],
    ['a time that is not a date', { ...ok, at: 'yesterday' }],
    ['a long time string', { ...ok, at: `${ok.at}${' '.repeat(100)}` }],
    ['null', null],
    ['a string', JSON.stringify(ok)],
  ])('rejects %s', (_name, raw) => {
    expect(parsePageObserverMessage(raw)).toBeNull();
  });
});

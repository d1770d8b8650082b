import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate, parseInstant } from '../../../analyzer/report';

describe('parseInstant', () => {
  it.each([
    ['2026-03-16', 'WIB', '2026-03-15T17:00:00.000Z'],
    ['2026-03-16', 'WIT', '2026-03-15T15:00:00.000Z'],
    ['2026-03-16T09:00', 'WIB', '2026-03-16T02:00:00.000Z'],
    ['2026-03-16T09:00:00Z', 'WIB', '2026-03-16T09:00:00.000Z'],
    ['2026-03-16T09:00:00+08:00', 'WIB', '2026-03-16T01:00:00.000Z'],
  ] as const)('%s in %s', (value, zone, iso) => {
    expect(parseInstant(value, zone)?.toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '16-03-2026', 'tomorrow', '2026-13-01', ''])('rejects %j', (value) => {
    expect(parseInstant(value)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('prints Indonesian and English long dates with the zone', () => {
    const at = new Date('2026-03-16T02:05:00Z');
    expect(formatDateTime(at, 'WIB', 'id')).toBe('Senin, 16 Maret 2026 pukul 09.05 WIB');
    expect(formatDateTime(at, 'WIT', 'en')).toBe('Monday 16 March 2026, 11:05 WIT');
    expect(formatLocalDate('2026-05-06', 'id', true)).toBe('Rabu, 6 Mei 2026');
  });
});

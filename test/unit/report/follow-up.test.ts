import { describe, expect, it } from 'vitest';
import { followUp, requestStatus } from '../../../analyzer/report';
import { FULL_INPUT } from './fixtures';

// Tracking a sent request: overdue state, reminder to the shop, escalation.

const sentAt = new Date('2026-03-10T09:00:00+07:00');

describe('requestStatus', () => {
  it.each([
    { kind: 'access', now: '2026-03-13T08:59:00+07:00', overdue: false },
    { kind: 'access', now: '2026-03-13T09:01:00+07:00', overdue: true },
    { kind: 'withdraw', now: '2026-03-20T09:00:00+07:00', overdue: true },
    { kind: 'deletion', now: '2026-12-31T09:00:00+07:00', overdue: false },
    { kind: 'object', now: '2026-12-31T09:00:00+07:00', overdue: false },
  ] as const)('$kind at $now → overdue $overdue', ({ kind, now, overdue }) => {
    expect(requestStatus({ kind, sentAt }, new Date(now)).overdue).toBe(overdue);
  });
});

describe.each(['id', 'en'] as const)('reminder (%s)', (lang) => {
  const input = { ...FULL_INPUT, date: new Date('2026-03-16T09:00:00+07:00') };

  it('refers to the recorded request, its article and the passed deadline', () => {
    const l = followUp('reminder', { kind: 'access', sentAt }, input, lang);
    expect(l.kind).toBe('reminder');
    expect(l.body).toContain('Pasal 14');
    expect(l.body).toContain('Pasal 7');
    expect(l.body).toContain('Pasal 32');
    expect(l.body).toContain(
      lang === 'id' ? 'Jumat, 13 Maret 2026 pukul 09.00 WIB' : 'Friday 13 March 2026, 09:00 WIB',
    );
    expect(l.body).toContain(lang === 'id' ? 'telah lewat' : 'has passed');
    expect(l.body).toContain(lang === 'id' ? 'pengaduan' : 'complaining');
  });

  it('does not claim a missed deadline for deletion, which has none in the law', () => {
    const l = followUp('reminder', { kind: 'deletion', sentAt }, input, lang);
    expect(l.body).not.toMatch(/3 × 24|telah lewat|has passed/);
    expect(l.body).toContain(lang === 'id' ? 'belum menerima tanggapan' : 'no reply');
  });

  it('says the deadline has not passed yet when it has not', () => {
    const early = { ...input, date: new Date('2026-03-11T09:00:00+07:00') };
    const l = followUp('reminder', { kind: 'access', sentAt }, early, lang);
    expect(l.body).not.toMatch(/telah lewat|has passed/);
    expect(l.notes.join(' ')).toMatch(/belum lewat|has not passed/);
  });
});

describe('escalation', () => {
  it('is the complaint draft with the unanswered request as a ground', () => {
    const l = followUp('escalation', { kind: 'correction', sentAt }, FULL_INPUT, 'id');
    expect(l.kind).toBe('complaint');
    expect(l.body).toContain('Permohonan yang tidak ditanggapi');
    expect(l.body).toContain('Pasal 30');
    expect(l.filingDeadline).toBeDefined();
  });
});

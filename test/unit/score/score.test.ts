import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../analyzer/model/scan-report';
import { explainScore, gradeFor, score } from '../../../analyzer/score';

function finding(ruleId: string, severity: Severity, title = `${ruleId} title`): Finding {
  return { ruleId, severity, title, explanation: '', citations: [], evidence: [{ text: 'x' }] };
}

const opts = { rulebook: 'uu-pdp-2022', hasPersonalData: true } as const;

describe('score()', () => {
  it('gives no grade to a page without personal data', () => {
    expect(score([finding('a', 'high')], { ...opts, hasPersonalData: false })).toBeNull();
  });

  it('gives 100/A to a page with personal data and no findings, and ignores info', () => {
    expect(score([], opts)).toEqual({ value: 100, grade: 'A', rulebook: 'uu-pdp-2022' });
    expect(score([finding('data.specific', 'info')], opts)?.value).toBe(100);
  });

  it.each([
    [[['a', 'high']], 70, 'C'],
    [[['a', 'medium']], 88, 'B'],
    [[['a', 'low']], 96, 'A'],
    [
      [
        ['a', 'high'],
        ['b', 'high'],
      ],
      40,
      'D',
    ],
    [
      [
        ['a', 'high'],
        ['b', 'high'],
        ['c', 'high'],
      ],
      10,
      'E',
    ],
    [
      [
        ['a', 'high'],
        ['b', 'medium'],
        ['c', 'low'],
      ],
      54,
      'D',
    ],
  ] as const)('%j → %i (%s)', (list, value, grade) => {
    expect(
      score(
        list.map(([r, s]) => finding(r, s)),
        opts,
      ),
    ).toMatchObject({ value, grade });
  });

  it('counts repeats of one rule at half, capped at 1.5× the worst', () => {
    expect(score([finding('a', 'high'), finding('a', 'high')], opts)?.value).toBe(55);
    const many = Array.from({ length: 10 }, () => finding('a', 'high'));
    expect(score(many, opts)?.value).toBe(55);
    expect(score([finding('a', 'medium'), finding('a', 'low')], opts)?.value).toBe(86);
  });

  it('never goes below 0', () => {
    const all = 'abcdefgh'.split('').map((r) => finding(r, 'high'));
    expect(score(all, opts)).toMatchObject({ value: 0, grade: 'E' });
  });

  it('maps grade floors', () => {
    expect([100, 90, 89, 75, 74, 60, 59, 40, 39, 0].map(gradeFor).join('')).toBe('AABBCCDDEE');
  });
});

describe('explainScore()', () => {
  it('explains a score rule by rule in Indonesian and English', () => {
    const fs = [
      finding('a', 'high', 'Kotak promo sudah dicentang'),
      finding('b', 'medium', 'Tanpa tautan'),
      finding('b', 'low', 'Tanpa tautan'),
    ];
    const id = explainScore(fs, { ...opts, lang: 'id' });
    expect(id[0]).toBe('Skor 56/100, nilai D, menurut UU PDP (UU 27/2022).');
    expect(id[1]).toBe('−30: Kotak promo sudah dicentang (berat)');
    expect(id[2]).toBe('−14: Tanpa tautan ×2 (sedang)');
    const en = explainScore(fs, { ...opts, rulebook: 'gdpr', lang: 'en' });
    expect(en[0]).toBe('Score 56/100, grade D, under GDPR.');
  });

  it('says why there is no grade, and does not claim compliance when clean', () => {
    expect(explainScore([], { ...opts, hasPersonalData: false, lang: 'en' })).toEqual([
      'No grade: this page does not ask for personal data.',
    ]);
    const clean = explainScore([], { ...opts, lang: 'id' });
    expect(clean[1]).toMatch(/bukan jaminan kepatuhan/);
  });

  it('shows info findings at no cost', () => {
    const lines = explainScore([finding('data.specific', 'info', 'Meminta data sensitif')], {
      ...opts,
      lang: 'id',
    });
    expect(lines[1]).toBe('±0: Meminta data sensitif (info)');
  });
});

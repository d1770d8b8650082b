import { describe, expect, it } from 'vitest';
import {
  COMPACT_LIMITS,
  compactPolicy,
  diffPolicies,
  isVolatileSentence,
  normalizeSentence,
  policyChangedFinding,
  POLICY_CHANGED_CITATIONS,
  POLICY_CHANGED_RULE_ID,
  type PolicyChangeInput,
} from '../../../analyzer/policy';
import { RULEBOOK_IDS } from '../../../analyzer/rulebooks/ids';

const V1 = `Kebijakan Privasi

Kami mengumpulkan nama, alamat email, dan nomor telepon Anda.
Data Anda disimpan selama 5 (lima) tahun. Anda berhak mengakses dan menghapus data Anda.
Halaman ini telah dilihat 1.204 kali.`;

describe('compactPolicy', () => {
  it('keeps the sentences in order, normalized, without headings or visit counters', () => {
    const compact = compactPolicy(V1);
    expect(compact.sentences).toEqual([
      'Kami mengumpulkan nama, alamat email, dan nomor telepon Anda.',
      'Data Anda disimpan selama 5 (lima) tahun.',
      'Anda berhak mengakses dan menghapus data Anda.',
    ]);
    expect(compact.language).toBe('id');
    expect(compact.truncated).toBe(false);
  });

  it('gives the same sentences for text that differs only in whitespace, quotes and the counter', () => {
    const noisy = V1.replace(/ /g, '  \u00a0')
      .replace('1.204', '98.311')
      .replace('Kami', '\n\nKami');
    expect(compactPolicy(noisy).sentences).toEqual(compactPolicy(V1).sentences);
    expect(normalizeSentence('We \u201cshare\u201d data \u2014 rarely.')).toBe(
      'We "share" data - rarely.',
    );
  });

  it('bounds the number and length of sentences and says it cut the text', () => {
    const many = Array.from(
      { length: COMPACT_LIMITS.sentences + 50 },
      (_, i) => `Kalimat nomor ${i}.`,
    ).join(' ');
    const compact = compactPolicy(many);
    expect(compact.sentences).toHaveLength(COMPACT_LIMITS.sentences);
    expect(compact.truncated).toBe(true);

    const long = `${'kata '.repeat(400)}akhir.`;
    const [only] = compactPolicy(long).sentences;
    expect(only?.length).toBeLessThanOrEqual(COMPACT_LIMITS.sentenceChars);
    expect(only?.endsWith('…')).toBe(true);
  });
});

describe('isVolatileSentence', () => {
  it.each([
    ['Halaman ini telah dilihat 1.204 kali.', true],
    ['Page views: 88', true],
    ['Pengunjung hari ini: 87', true],
    ['We keep a log of your visits to our site.', false],
    ['We record the pages you viewed for 30 days to improve our service and show offers.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isVolatileSentence(sentence)).toBe(expected);
  });
});

describe('diffPolicies', () => {
  const before = ['A is kept.', 'B is removed.', 'C is kept.'];

  it('lists added and removed sentences in order, with counts', () => {
    const after = ['A is kept.', 'New X.', 'C is kept.', 'New Y.'];
    expect(diffPolicies(before, after)).toEqual({
      added: ['New X.', 'New Y.'],
      removed: ['B is removed.'],
      addedCount: 2,
      removedCount: 1,
    });
  });

  it('reports nothing for identical lists or a sentence that only moved', () => {
    expect(diffPolicies(before, [...before])).toMatchObject({ addedCount: 0, removedCount: 0 });
    const moved = ['B is removed.', 'A is kept.', 'C is kept.'];
    expect(diffPolicies(before, moved)).toMatchObject({ addedCount: 0, removedCount: 0 });
  });

  it('keeps a repeated sentence that was added once more', () => {
    expect(diffPolicies(['S.'], ['S.', 'S.'])).toMatchObject({ added: ['S.'], addedCount: 1 });
  });

  it('falls back to multiset difference for a full rewrite and bounds the lists', () => {
    const n = COMPACT_LIMITS.maxEditLength;
    const old = Array.from({ length: n }, (_, i) => `old ${i}`);
    const fresh = Array.from({ length: n }, (_, i) => `new ${i}`);
    const diff = diffPolicies(old, fresh);
    expect(diff.addedCount).toBe(n);
    expect(diff.removedCount).toBe(n);
    expect(diff.added).toHaveLength(COMPACT_LIMITS.diffSentences);
    expect(diff.added[0]).toBe('new 0');
  });
});

describe('policyChangedFinding', () => {
  const change: PolicyChangeInput = {
    added: ['Kami membagikan data Anda kepada mitra iklan.'],
    removed: ['Kami tidak menjual data Anda.'],
    addedCount: 1,
    removedCount: 1,
    disclosures: ['2026-01-02T09:30:00.000Z'],
  };

  it('cites each rulebook as REFERENCE.md does', () => {
    expect(POLICY_CHANGED_CITATIONS).toEqual({
      'uu-pdp-2022': [{ rulebook: 'uu-pdp-2022', article: 'Pasal 21(2)' }],
      'ruu-pdp': [{ rulebook: 'ruu-pdp', article: 'Pasal 24(3)' }],
      'pm-20-2016': [],
      gdpr: [{ rulebook: 'gdpr', article: 'Art. 13(3)' }],
    });
    expect(Object.keys(POLICY_CHANGED_CITATIONS).sort()).toEqual([...RULEBOOK_IDS].sort());
  });

  it('fires with the chosen rulebook’s citation, the changed sentences and the disclosure dates', () => {
    const finding = policyChangedFinding(change, { locale: 'id', rulebook: 'uu-pdp-2022' });
    expect(finding).toMatchObject({
      ruleId: POLICY_CHANGED_RULE_ID,
      severity: 'low',
      citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 21(2)' }],
      evidence: [
        { text: '+ Kami membagikan data Anda kepada mitra iklan.' },
        { text: '− Kami tidak menjual data Anda.' },
        { text: 'Data diberikan pada 2026-01-02 09:30 UTC' },
      ],
    });
    expect(finding?.title).toMatch(/Kebijakan privasi berubah/);
    expect(finding?.explanation).toMatch(/sebelum perubahan terjadi/);
    const en = policyChangedFinding(change, { locale: 'en', rulebook: 'ruu-pdp' });
    expect(en?.explanation).toMatch(/7 × 24 hours after/);
    expect(en?.evidence.at(-1)?.text).toBe('Data given on 2026-01-02 09:30 UTC');
  });

  it('lists every rulebook’s citation when none is chosen', () => {
    const finding = policyChangedFinding(change, { locale: 'en' });
    expect(finding?.citations.map((c) => c.rulebook)).toEqual(['uu-pdp-2022', 'ruu-pdp', 'gdpr']);
  });

  it('does not fire without an earlier disclosure, without a change, or under Permenkominfo 20/2016', () => {
    expect(policyChangedFinding({ ...change, disclosures: [] }, { locale: 'en' })).toBeNull();
    expect(
      policyChangedFinding(
        { ...change, added: [], removed: [], addedCount: 0, removedCount: 0 },
        { locale: 'en' },
      ),
    ).toBeNull();
    expect(policyChangedFinding(change, { locale: 'en', rulebook: 'pm-20-2016' })).toBeNull();
  });

  it('bounds the evidence: a few sentences, each clipped, a few dates', () => {
    const many: PolicyChangeInput = {
      added: Array.from({ length: 10 }, (_, i) => `${'x'.repeat(400)} ${i}`),
      removed: [],
      addedCount: 10,
      removedCount: 0,
      disclosures: Array.from({ length: 9 }, (_, i) => `2026-01-0${i + 1}T00:00:00.000Z`),
    };
    const finding = policyChangedFinding(many, { locale: 'en' });
    expect(finding?.evidence).toHaveLength(3 + 5);
    for (const e of finding?.evidence ?? []) expect(e.text?.length).toBeLessThanOrEqual(300);
  });
});

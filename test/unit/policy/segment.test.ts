import { describe, expect, it } from 'vitest';
import { segmentPolicy, splitSentences } from '../../../analyzer/policy/index';

describe('splitSentences', () => {
  it.each([
    [
      'English abbreviations do not end a sentence',
      'We collect data, e.g. your name, i.e. what you type. We keep it.',
      ['We collect data, e.g. your name, i.e. what you type.', 'We keep it.'],
    ],
    [
      'Indonesian abbreviations do not end a sentence',
      'Kami mengumpulkan nama, alamat, dll. untuk pengiriman. Data disimpan.',
      ['Kami mengumpulkan nama, alamat, dll. untuk pengiriman.', 'Data disimpan.'],
    ],
    [
      'company forms and numbers',
      'PT. Maju Jaya Tbk. tunduk pada UU No. 27 Tahun 2022. Kami patuh.',
      ['PT. Maju Jaya Tbk. tunduk pada UU No. 27 Tahun 2022.', 'Kami patuh.'],
    ],
    [
      '"dsb." before a capital ends the sentence',
      'Kami menyimpan nama, alamat, dsb. Data itu aman.',
      ['Kami menyimpan nama, alamat, dsb.', 'Data itu aman.'],
    ],
    [
      'question and exclamation marks',
      'Questions? Write to us! We answer.',
      ['Questions?', 'Write to us!', 'We answer.'],
    ],
    [
      'decimals and e-mail addresses stay whole',
      'Version 2.1 applies. Mail privacy@toko.co.id today.',
      ['Version 2.1 applies.', 'Mail privacy@toko.co.id today.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('cuts a sentence with no punctuation into bounded pieces', () => {
    const parts = splitSentences('kata '.repeat(2000));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(1500);
  });
});

describe('segmentPolicy', () => {
  it('finds numbered and statute headings and strips clause markers', () => {
    const seg = segmentPolicy(
      [
        '1. Data yang Kami Kumpulkan',
        'Kami mengumpulkan data berikut:',
        'a. nama lengkap;',
        '(b) alamat email;',
        'Pasal 5',
        '1.1 Kami menyimpan data selama 5 tahun.',
      ].join('\n'),
    );
    expect(seg.sections.map((s) => s.heading)).toEqual(['1. Data yang Kami Kumpulkan', 'Pasal 5']);
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Kami mengumpulkan data berikut:',
      'nama lengkap;',
      'alamat email;',
      'Kami menyimpan data selama 5 tahun.',
    ]);
    expect(seg.sentences[1]).toMatchObject({
      isListItem: true,
      leadIn: 'Kami mengumpulkan data berikut:',
      section: 0,
    });
    expect(seg.sentences[3]?.section).toBe(1);
  });

  it('splits an inline list "a. …; b. …" into items', () => {
    const seg = segmentPolicy(
      'Kami mengumpulkan: a. nomor ponsel; b. alamat email; c. nomor pelanggan.',
    );
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Kami mengumpulkan:',
      'nomor ponsel;',
      'alamat email;',
      'nomor pelanggan.',
    ]);
  });

  it('treats bullets as list items and short unpunctuated English lines as headings', () => {
    const seg = segmentPolicy(
      'Information We Collect\n• Name and e-mail\n- Shipping address\nHow We Use It\nWe use it to deliver orders.',
    );
    expect(seg.sections.map((s) => s.heading)).toEqual(['Information We Collect', 'How We Use It']);
    expect(seg.sentences.filter((s) => s.isListItem).map((s) => s.text)).toEqual([
      'Name and e-mail',
      'Shipping address',
    ]);
  });

  it('keeps a bare e-mail line as content, not a heading', () => {
    const seg = segmentPolicy('Kontak\nhalo@gayakita.id');
    expect(seg.sentences.map((s) => s.text)).toEqual(['halo@gayakita.id']);
  });

  it('returns nothing for empty or blank input', () => {
    expect(segmentPolicy('')).toEqual({ sections: [], sentences: [] });
    expect(segmentPolicy(' \n\n\t ').sentences).toEqual([]);
  });
});

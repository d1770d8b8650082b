import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS, letter, type RequestKind } from '../../../analyzer/report';
import { BARE_INPUT, FULL_INPUT, LETTER_DATE, POLICY as POLICY_WITH_CONTACT } from './fixtures';

// Every data-subject request letter, in both languages, with a test per
// required element (issue 7, "Data-subject request letters").

const LANGS = ['id', 'en'] as const;

/** Right article, and the duty article with 3×24 h, or null where the law has no hour deadline. */
const ARTICLES: Record<RequestKind, { right: string; duty: string | null; also?: string }> = {
  access: { right: 'Pasal 7', duty: 'Pasal 32' },
  correction: { right: 'Pasal 6', duty: 'Pasal 30' },
  deletion: { right: 'Pasal 8', duty: null, also: 'Pasal 42' },
  withdraw: { right: 'Pasal 9', duty: 'Pasal 40' },
  restrict: { right: 'Pasal 11', duty: 'Pasal 41' },
  object: { right: 'Pasal 10', duty: null },
};

const cases = REQUEST_KINDS.flatMap((kind) => LANGS.map((lang) => ({ kind, lang })));

describe.each(cases)('$kind letter ($lang)', ({ kind, lang }) => {
  const full = letter(kind, FULL_INPUT, lang);
  const bare = letter(kind, BARE_INPUT, lang);
  const a = ARTICLES[kind];

  it('cites the right granting article of UU 27/2022', () => {
    expect(full.body).toContain(a.right);
    expect(full.body).toMatch(/UU PDP|UU 27\/2022/);
    expect(full.subject).toContain(
      `${lang === 'id' ? 'Pasal' : 'Article'} ${a.right.replace('Pasal ', '')}`,
    );
  });

  it('is framed as a recorded request under Pasal 14', () => {
    expect(full.body).toContain(lang === 'id' ? 'permohonan tercatat' : 'recorded request');
    expect(full.body).toContain('Pasal 14');
  });

  it('states the response deadline as a date and time in WIB, or none where the law sets none', () => {
    if (a.duty === null) {
      expect(full.responseDeadline?.hasDeadline).toBe(false);
      expect(full.body).not.toMatch(/3 × 24/);
      expect(full.notes.join(' ')).toMatch(
        lang === 'id' ? /tidak menetapkan|Tidak ditemukan/ : /sets no hour deadline|No deadline/,
      );
      if (a.also !== undefined) expect(full.body).toContain(a.also);
    } else {
      expect(full.body).toContain(a.duty);
      expect(full.body).toContain('3 × 24');
      expect(full.body).toContain(
        lang === 'id'
          ? 'Kamis, 19 Maret 2026 pukul 09.00 WIB'
          : 'Thursday 19 March 2026, 09:00 WIB',
      );
      expect(full.responseDeadline?.hasDeadline).toBe(true);
    }
  });

  it('lists the data categories from the scan and the ledger, specific data marked', () => {
    expect(full.body).toContain(
      lang === 'id' ? '- NIK / nomor identitas' : '- National ID number (NIK)',
    );
    expect(full.body).toContain(
      lang === 'id'
        ? '- Rekening bank (data pribadi yang bersifat spesifik'
        : '- Bank account (specific personal data',
    );
    expect(full.body).toMatch(
      lang === 'id'
        ? /- Data kartu pembayaran \(data pribadi yang bersifat spesifik/
        : /- Payment card data \(specific personal data/,
    );
  });

  it("uses the user's and the shop's details when given", () => {
    expect(full.body).toContain('Siti Rahma');
    expect(full.body).toContain('Jl. Melati 5, Bandung');
    expect(full.body).toContain('PT Toko Contoh');
    expect(full.body).toContain('privasi@toko-contoh.example');
    expect(full.body).toContain(`Bandung, 16 ${lang === 'id' ? 'Maret' : 'March'} 2026`);
  });

  it('leaves clear placeholders for missing details and invents none', () => {
    const p =
      lang === 'id'
        ? [
            '[Nama Anda]',
            '[Alamat Anda]',
            '[Email Anda]',
            '[Tempat]',
            '[Nama toko / Pengendali Data Pribadi]',
            '[Alamat atau email kontak toko]',
            '[jenis data pribadi yang Anda berikan]',
          ]
        : [
            '[Your name]',
            '[Your address]',
            '[Your e-mail]',
            '[Place]',
            '[Shop name / data controller]',
            "[Shop's postal address or contact e-mail]",
            '[kinds of personal data you gave]',
          ];
    for (const placeholder of p) expect(bare.body).toContain(placeholder);
    expect(bare.placeholders).toEqual(expect.arrayContaining(p));
    expect(full.placeholders).not.toContain(lang === 'id' ? '[Nama Anda]' : '[Your name]');
  });

  it('opens and closes formally, with a signature block', () => {
    expect(full.body).toContain(lang === 'id' ? 'Dengan hormat,' : 'Dear Sir or Madam,');
    expect(full.body).toContain(lang === 'id' ? 'Hormat saya,' : 'Yours faithfully,');
    expect(full.body).toContain(lang === 'id' ? '(tanda tangan)' : '(signature)');
  });

  it('keeps notes for the user apart from the letter, with the not-legal-advice line', () => {
    expect(full.text.startsWith(full.body)).toBe(true);
    expect(full.text).toContain(
      lang === 'id' ? 'hapus bagian ini sebelum mengirim' : 'delete this part before sending',
    );
    expect(full.notes.join(' ')).toContain(
      lang === 'id' ? 'bukan nasihat hukum' : 'not legal advice',
    );
  });
});

describe('request deadlines', () => {
  it('run 72 clock hours across a weekend', () => {
    const friday = new Date('2026-03-13T10:00:00+07:00');
    const l = letter('access', { ...BARE_INPUT, sentAt: friday }, 'id');
    expect(l.body).toContain('Senin, 16 Maret 2026 pukul 10.00 WIB');
  });

  it('print in the chosen zone', () => {
    const l = letter('restrict', { ...FULL_INPUT, zone: 'WITA' }, 'id');
    expect(l.body).toContain('Kamis, 19 Maret 2026 pukul 10.00 WITA');
    expect(l.body).toContain('Senin, 16 Maret 2026 pukul 10.00 WITA');
  });

  it('count from the sending time when given, not the letter date', () => {
    const sentAt = new Date('2026-03-17T20:30:00+07:00');
    const l = letter('correction', { ...FULL_INPUT, sentAt }, 'en');
    expect(l.body).toContain('Friday 20 March 2026, 20:30 WIB');
  });

  it('flag Pasal 40 as checked against secondary sources only', () => {
    const l = letter('withdraw', FULL_INPUT, 'id');
    expect(l.notes.join(' ')).toContain('sumber sekunder');
  });
});

describe('kind-specific content', () => {
  it('correction asks for the user’s specifics, or a placeholder', () => {
    expect(letter('correction', BARE_INPUT, 'id').body).toContain(
      '[data yang tidak akurat dan data yang benar]',
    );
    expect(
      letter('correction', { ...BARE_INPUT, details: 'alamat lama → Jl. Mawar 2' }, 'id').body,
    ).toContain('alamat lama → Jl. Mawar 2');
  });

  it('withdrawal names the optional purposes the page asked consent for', () => {
    expect(letter('withdraw', FULL_INPUT, 'id').body).toContain(
      'pemrosesan untuk pemasaran, profiling',
    );
  });

  it('objection quotes the page where it mentions profiling', () => {
    const body = letter('object', FULL_INPUT, 'en').body;
    expect(body).toContain('profiling');
    expect(body).toContain('toko-contoh.example states');
  });

  it('takes the shop contact from the policy when none is given, and says so', () => {
    const l = letter(
      'access',
      { ...FULL_INPUT, controller: { name: 'PT Toko Contoh' }, policy: POLICY_WITH_CONTACT },
      'id',
    );
    expect(l.body).toContain('privasi@toko-contoh.example');
    expect(l.notes.join(' ')).toContain('diambil dari kebijakan privasinya');
  });

  it('the date is the letter date passed in: nothing reads the clock', () => {
    expect(letter('access', BARE_INPUT, 'en').body).toContain('16 March 2026');
    expect(LETTER_DATE.toISOString()).toBe('2026-03-16T02:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { complaintFilingDeadline, createHolidayCalendar } from '../../../analyzer/report/deadlines';
import { letter, type LetterInput } from '../../../analyzer/report';
import { BARE_INPUT, FULL_INPUT, LEDGER } from './fixtures';

// The complaint draft: Permenkominfo 20/2016 Pasal 31's required contents,
// the three grounds, the filing deadline, and the recipient left to the user.

const LANGS = ['id', 'en'] as const;
const KNOWN = new Date('2026-03-16T08:00:00+07:00');

const BREACH: LetterInput = {
  ...FULL_INPUT,
  complaint: {
    knownDate: KNOWN,
    breach: {
      leaked: 'NIK dan nomor HP',
      learnedAt: KNOWN,
      source: 'berita',
      notice: { given: false },
    },
  },
};

describe.each(LANGS)('complaint (%s): Pasal 31 contents', (lang) => {
  const l = letter('complaint', BREACH, lang);
  const id = lang === 'id';

  it("states the complainant's name and address", () => {
    expect(l.body).toMatch(id ? /Nama\s*: Siti Rahma/ : /Name\s*: Siti Rahma/);
    expect(l.body).toMatch(
      id ? /Alamat: Jl\. Melati 5, Bandung/ : /Address: Jl\. Melati 5, Bandung/,
    );
  });

  it('states the grounds', () => {
    expect(l.body).toContain(id ? 'I. Alasan pengaduan' : 'I. Grounds');
    expect(l.body).toContain(
      id
        ? 'Kegagalan pelindungan data pribadi (kebocoran data)'
        : 'Failure to protect personal data (data breach)',
    );
  });

  it('states the resolution requested', () => {
    expect(l.body).toContain(id ? 'II. Permintaan penyelesaian' : 'II. Resolution requested');
    expect(l.body).toContain(id ? 'musyawarah' : 'deliberation');
  });

  it('ends with place, date and a signature block', () => {
    expect(l.body).toContain(`Bandung, 16 ${id ? 'Maret' : 'March'} 2026`);
    expect(l.body).toContain(id ? '(tanda tangan)' : '(signature)');
    expect(l.body).toContain(id ? 'Pengadu,' : 'Complainant,');
    expect(l.body.trimEnd().endsWith('Siti Rahma')).toBe(true);
  });

  it('lists the supporting evidence with dates and hashes', () => {
    expect(l.body).toContain(id ? 'III. Bukti pendukung' : 'III. Supporting evidence');
    expect(l.body).toContain('https://toko-contoh.example/checkout');
    expect(l.body).toContain(`SHA-256 ${'a'.repeat(64)}`);
    expect(l.body).toContain(id ? '10 Maret 2026' : '10 March 2026');
    expect(l.body).toContain(id ? 'rantai hash terverifikasi' : 'hash chain verified');
  });

  it('shows the computed filing deadline with the working-day note', () => {
    const notes = l.notes.join('\n');
    expect(l.filingDeadline?.deadlineLocalDate).toBe('2026-05-06');
    expect(notes).toContain(id ? 'Rabu, 6 Mei 2026' : 'Wednesday 6 May 2026');
    expect(notes).toContain('Pasal 31 huruf a');
    expect(notes).toContain(
      id
        ? 'tidak termasuk hari Sabtu, Minggu, hari libur nasional dan cuti bersama'
        : 'excluding Saturdays, Sundays, national holidays and cuti bersama',
    );
    expect(notes).toContain(id ? 'Idulfitri' : 'Eid al-Fitr');
  });

  it('leaves the recipient to the user: a neutral placeholder, never an agency address', () => {
    expect(l.body).toContain(
      id
        ? '[nama instansi pengawas pelindungan data pribadi]'
        : '[name of the personal data protection supervisory authority]',
    );
    const recipientBlock = l.body.split('\n').slice(0, 4).join('\n');
    expect(recipientBlock).not.toMatch(/komdigi|kominfo|@|https?:|Jl\.|Jalan/i);
    expect(l.body).not.toMatch(/komdigi\.go\.id|kominfo\.go\.id|aduankonten/i);
  });

  it('explains the agency is not yet formed and Komdigi supervises meanwhile, as a secondary-source note', () => {
    const notes = l.notes.join(' ');
    expect(notes).toContain('Pasal 58–60');
    expect(notes).toContain('Komdigi');
    expect(notes).toMatch(id ? /Menurut sumber sekunder/ : /According to secondary sources/);
  });

  it('cites UU 27/2022 Pasal 46 and Permenkominfo 20/2016 Pasal 29(3) for the breach', () => {
    expect(l.body).toContain(id ? 'Pasal 46 UU PDP' : 'Article 46 (Pasal 46) of UU PDP');
    expect(l.body).toContain(id ? 'Pasal 29 ayat (3) Permenkominfo 20/2016' : 'Pasal 29 ayat (3)');
    expect(l.body).toContain('3 × 24');
    expect(l.body).toContain(
      id ? 'tidak menerima pemberitahuan tertulis' : 'received no written notice',
    );
  });
});

describe('complaint grounds', () => {
  it('cites the scan’s findings with their articles and quoted evidence, skipping info findings', () => {
    const body = letter('complaint', FULL_INPUT, 'id').body;
    expect(body).toContain('Kotak persetujuan untuk penggunaan data yang bersifat pilihan');
    expect(body).toContain('UU PDP (UU 27/2022) Pasal 20(2)(a)');
    expect(body).toContain('Bukti: “NIK”');
    expect(body).not.toContain('data pribadi yang bersifat spesifik (misalnya data kartu');
  });

  it('records a notice received on a date, and leaves room for the loss', () => {
    const body = letter(
      'complaint',
      {
        ...FULL_INPUT,
        complaint: {
          breach: { notice: { given: true, at: new Date('2026-03-20T10:00:00+07:00') } },
        },
      },
      'id',
    ).body;
    expect(body).toContain(
      'Saya menerima pemberitahuan tertulis dari PT Toko Contoh pada 20 Maret 2026',
    );
    expect(body).toContain(
      '[Jika pemberitahuan itu terlambat dan Anda mengalami kerugian, uraikan di sini.]',
    );
    expect(body).toContain('[uraikan data pribadi yang terungkap]');
  });

  it('asks the user whether a notice came when that is unknown', () => {
    const body = letter(
      'complaint',
      { ...BARE_INPUT, complaint: { breach: { notice: { given: 'unknown' } } } },
      'en',
    ).body;
    expect(body).toContain('[State whether you received written notice from the shop, and when.]');
  });

  it('an unanswered request states when it was sent and when the deadline passed', () => {
    const sentAt = new Date('2026-03-02T09:00:00+07:00');
    const l = letter(
      'complaint',
      { ...FULL_INPUT, complaint: { consent: false, unanswered: { request: 'access', sentAt } } },
      'id',
    );
    expect(l.body).toContain('Permohonan yang tidak ditanggapi');
    expect(l.body).toContain('Senin, 2 Maret 2026 pukul 09.00 WIB');
    expect(l.body).toContain('Kamis, 5 Maret 2026 pukul 09.00 WIB');
    expect(l.body).toContain('Pasal 32');
    expect(l.body).not.toContain('Cara PT Toko Contoh meminta persetujuan');
    // Learned of it when the deadline passed: 30 working days from Thu 5 Mar 2026.
    expect(l.filingDeadline?.deadlineLocalDate).toBe(
      complaintFilingDeadline(new Date('2026-03-05T09:00:00+07:00'), { zone: 'WIB' })
        .deadlineLocalDate,
    );
  });

  it('warns when an unanswered request is not yet overdue', () => {
    const sentAt = new Date('2026-03-15T09:00:00+07:00');
    const l = letter(
      'complaint',
      { ...FULL_INPUT, complaint: { unanswered: { request: 'restrict', sentAt } } },
      'en',
    );
    expect(l.notes.join(' ')).toContain('has not passed');
  });

  it('an unanswered deletion request claims no missed legal deadline', () => {
    const sentAt = new Date('2026-03-02T09:00:00+07:00');
    const l = letter(
      'complaint',
      { ...FULL_INPUT, complaint: { unanswered: { request: 'deletion', sentAt } } },
      'id',
    );
    expect(l.body).toContain('14 hari setelah permohonan dikirim');
    expect(l.body).not.toMatch(/Pasal 4[2-4][^\n]*3 × 24/);
  });

  it('without any ground it leaves a placeholder, and without a known date asks for one', () => {
    const l = letter('complaint', BARE_INPUT, 'id');
    expect(l.body).toContain('[Uraikan alasan pengaduan Anda]');
    expect(l.body).toContain('[tanggal Anda mengetahui masalah ini]');
    expect(l.filingDeadline).toBeUndefined();
    expect(l.notes.join(' ')).toContain('Isi tanggal Anda mengetahui masalah ini');
  });

  it('uses a recipient the user typed', () => {
    const l = letter('complaint', { ...FULL_INPUT, complaint: { recipient: 'Instansi X' } }, 'id');
    expect(l.body.split('\n').slice(0, 2)).toEqual(['Kepada Yth.', 'Instansi X']);
  });

  it('missing name and address become placeholders', () => {
    const body = letter('complaint', BARE_INPUT, 'en').body;
    expect(body).toContain('Name   : [Your name]');
    expect(body).toContain('Address: [Your address]');
    expect(body).toContain('[Place], 16 March 2026');
  });

  it('warns when the ledger chain did not verify', () => {
    const l = letter(
      'complaint',
      { ...FULL_INPUT, ledger: { ...LEDGER, chainVerified: false } },
      'en',
    );
    expect(l.body).toContain('hash chain NOT verified');
    expect(l.notes.join(' ')).toContain('did not verify');
  });
});

describe('filing deadline', () => {
  it('30 working days across the 2026 Idul Fitri holidays and cuti bersama end on Wed 6 May 2026', () => {
    const l = letter('complaint', { ...FULL_INPUT, complaint: { knownDate: KNOWN } }, 'id');
    const f = l.filingDeadline;
    expect(f?.deadlineLocalDate).toBe('2026-05-06');
    expect(f?.complete).toBe(true);
    expect(f?.excludedDays.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2026-03-20', '2026-03-21', '2026-03-23', '2026-03-24']),
    );
  });

  it('a window reaching into 2027 flags the missing holiday table', () => {
    const l = letter(
      'complaint',
      {
        ...FULL_INPUT,
        date: new Date('2027-01-04T09:00:00+07:00'),
        complaint: { knownDate: new Date('2026-12-20T09:00:00+07:00') },
      },
      'id',
    );
    expect(l.filingDeadline?.complete).toBe(false);
    expect(l.filingDeadline?.missingYears).toEqual([2027]);
    expect(l.notes.join(' ')).toContain('daftar hari libur tahun 2027 belum tersedia');
  });

  it('a date wholly in 2027 flags it in English too', () => {
    const l = letter(
      'complaint',
      {
        ...BARE_INPUT,
        date: new Date('2027-03-01T09:00:00+07:00'),
        complaint: { knownDate: new Date('2027-02-01T09:00:00+07:00') },
      },
      'en',
    );
    expect(l.notes.join(' ')).toContain('no holiday table for 2027');
  });

  it('warns when the letter is dated after the computed deadline', () => {
    const l = letter(
      'complaint',
      {
        ...FULL_INPUT,
        date: new Date('2026-06-01T09:00:00+07:00'),
        complaint: { knownDate: KNOWN },
      },
      'en',
    );
    expect(l.notes.join(' ')).toContain('after the computed deadline');
  });

  it('uses the shipped holiday tables (sanity check of the fixture calendar)', () => {
    expect(createHolidayCalendar([]).hasYear(2026)).toBe(false);
  });
});

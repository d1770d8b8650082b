import { describe, expect, it } from 'vitest';
import { reportHtml, reportJson, reportMarkdown } from '../../../analyzer/report';
import { ScanReportSchema } from '../../../analyzer/model/scan-report';
import { HOSTILE, LEDGER, POLICY, REPORT_INPUT, SCAN } from './fixtures';

const LANGS = ['id', 'en'] as const;

describe.each(LANGS)('reportMarkdown (%s)', (lang) => {
  const md = reportMarkdown({ ...REPORT_INPUT, policy: POLICY, ledger: LEDGER }, lang);

  it('names the page, the time in WIB, the grade and the rulebook with its status', () => {
    expect(md).toContain('https://toko-contoh.example/checkout');
    expect(md).toContain(
      lang === 'id' ? '16 Maret 2026 pukul 08.00 WIB' : '16 March 2026, 08:00 WIB',
    );
    expect(md).toContain('D (40/100)');
    expect(md).toContain(
      lang === 'id'
        ? 'UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi'
        : 'Law No. 27 of 2022',
    );
    expect(md).toContain(
      lang === 'id' ? 'Berlaku sejak 17 Oktober 2022' : 'In force since 17 October 2022',
    );
  });

  it('lists every finding with its title in the report language, citation and evidence', () => {
    expect(md).toContain(
      lang === 'id'
        ? 'Penggunaan data yang sifatnya pilihan sudah diaktifkan untuk Anda'
        : 'An optional use of your data is switched on for you',
    );
    expect(md).toContain(
      'UU PDP (UU 27/2022) Pasal 20(2)(a)'.replace(
        'UU 27/2022',
        lang === 'id' ? 'UU 27/2022' : 'Law 27/2022',
      ),
    );
    expect(md).toContain('Pasal 16(2)(a)');
    expect(md).toContain('consent.prechecked');
    expect(md).toContain('“NIK”');
  });

  it('marks specific data, the pre-ticked default and page-reported permissions', () => {
    expect(md).toMatch(/\*\*(Data kartu pembayaran|Payment card data)\*\* — .*Pasal 4\(2\)/);
    expect(md).toContain(lang === 'id' ? '**SUDAH DICENTANG**' : '**PRE-TICKED**');
    expect(md).toContain(lang === 'id' ? 'Dilaporkan oleh halaman itu sendiri' : 'Page-reported');
    expect(md).toContain('geolocation');
  });

  it('includes the policy checklist and the ledger with its verification', () => {
    expect(md).toContain(
      lang === 'id' ? 'Daftar periksa kebijakan privasi' : 'Privacy-policy checklist',
    );
    expect(md).toContain(lang === 'id' ? '**TIDAK ADA**' : '**MISSING**');
    expect(md).toContain(lang === 'id' ? 'Rantai hash terverifikasi' : 'Hash chain verified');
    expect(md).toContain('a'.repeat(64));
  });

  it('ends with the not-legal-advice disclaimer', () => {
    expect(md).toContain(lang === 'id' ? 'Ini bukan nasihat hukum.' : 'It is not legal advice.');
  });

  it('escapes hostile page text so it renders as text', () => {
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
  });
});

describe.each(LANGS)('reportHtml (%s)', (lang) => {
  const html = reportHtml({ ...REPORT_INPUT, policy: POLICY, ledger: LEDGER }, lang);

  it('is a complete standalone document with an A4 print stylesheet and no script', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="(id|en)">/);
    expect(html).toContain('</html>');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('contains the findings and their citations', () => {
    expect(html).toContain('Pasal 20(2)(a)');
    expect(html).toContain('Pasal 16(2)(a)');
    expect(html).toContain(
      lang === 'id'
        ? 'Meminta data lebih dari yang diperlukan'
        : 'Asks for more data than this page needs',
    );
  });

  it('escapes a hostile consent text wherever it appears', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows a broken hash chain as a warning', () => {
    const broken = reportHtml(
      { ...REPORT_INPUT, ledger: { ...LEDGER, chainVerified: false } },
      lang,
    );
    expect(broken).toContain(
      lang === 'id' ? 'rantai hash TIDAK terverifikasi' : 'hash chain did NOT verify',
    );
  });
});

describe('reportHtml with hostile URLs and fields', () => {
  it('does not link a javascript: URL and escapes labels', () => {
    const scan = ScanReportSchema.parse({
      ...SCAN,
      url: 'javascript:alert(1)//"><svg onload=alert(2)>',
      fields: SCAN.fields.map((f) => ({ ...f, label: '"><script>alert(3)</script>' })),
    });
    const html = reportHtml({ scan, analysedAt: '2026-03-16T01:00:00Z' }, 'en');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toMatch(/<svg|<script/i);
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
  });
});

describe('reportJson', () => {
  it('carries the scan unchanged, the analysis time and the optional parts', () => {
    const data: unknown = JSON.parse(reportJson({ ...REPORT_INPUT, ledger: LEDGER }));
    expect(data).toMatchObject({
      schemaVersion: 1,
      kind: 'tegas-report',
      analysedAt: '2026-03-16T01:00:00.000Z',
      ledger: LEDGER,
    });
    expect(ScanReportSchema.parse((data as { scan: unknown }).scan)).toEqual(SCAN);
  });
});

describe('a page without personal data', () => {
  it('says it was not graded and that no findings is not a guarantee', () => {
    const scan = {
      ...SCAN,
      fields: [],
      consents: [],
      findings: [],
      permissionRequests: [],
      score: null,
    };
    const md = reportMarkdown({ scan, analysedAt: '2026-03-16T01:00:00Z' }, 'en');
    expect(md).toContain('Not graded');
    expect(md).toContain('This is not a guarantee of compliance.');
  });
});

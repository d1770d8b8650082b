// The CLI's own strings, in both languages. Enum names come from analyzer/report/labels.

export type CliLang = 'id' | 'en';

export const usage = `Usage:
  tegas scan   <page.html | url> [--json] [--rulebook ID] [--lang id|en] [--url URL]
  tegas policy <policy.html | policy.txt | url> [--json] [--lang id|en]
  tegas ledger verify <export.json> [--lang id|en]
  tegas report <scan.json | page.html | url> [--format md|html|json] [--lang id|en]
  tegas letter <complaint|access|correction|deletion|withdraw|restrict|object>
               [--scan scan.json] [--known-date YYYY-MM-DD] [--lang id|en]
               [--name …] [--address …] [--controller …]   (more: analyzer/report/README.md)

  scan     Analyse a checkout or signup page: personal data asked for, how consent
           is asked, findings against the chosen rulebook (default uu-pdp-2022).
  policy   Analyse a privacy policy: which information UU 27/2022 Pasal 21(1)
           requires is present, vague or missing, with the policy's own sentences.
  report   The printable report of a scan: findings with citations and evidence,
           data asked for, consent controls, permissions (Markdown, HTML for A4, JSON).
  letter   A draft to edit and send yourself: a complaint to the supervisor, or a
           data-subject request to the shop with its response deadline.
  --json   Print the ScanReport / PolicyReport as JSON.
  --rulebook  uu-pdp-2022 | ruu-pdp | pm-20-2016 | gdpr
  --lang   Language of titles and explanations (default: from LANG, else en).
  --url    The page's own URL, for a saved page (links and form actions resolve against it).

Exit codes: 0 success, 1 nothing to analyse, 2 bad input.
`;

export const CLI_TEXT = {
  id: {
    header: 'Tegas — hasil pemindaian',
    page: 'Halaman',
    language: 'bahasa',
    rulebook: 'aturan',
    grade: 'Nilai',
    noGrade: 'Tidak dinilai: halaman ini tidak meminta data pribadi.',
    fields: 'Data pribadi yang diminta',
    noFields: 'Tidak ada kolom data pribadi.',
    required: 'wajib',
    consents: 'Cara persetujuan diminta',
    noConsents: 'Tidak ada kotak atau pernyataan persetujuan.',
    prechecked: 'SUDAH DICENTANG',
    bundled: 'digabung',
    implied: 'tersirat',
    purposes: 'tujuan',
    policyLinks: 'Tautan kebijakan privasi',
    noPolicyLinks: 'Tidak ada tautan kebijakan privasi.',
    findings: 'Temuan',
    noFindings: 'Tidak ada temuan.',
    evidence: 'bukti',
    otherControls: 'kolom lain (bukan data pribadi)',
  },
  en: {
    header: 'Tegas — scan result',
    page: 'Page',
    language: 'language',
    rulebook: 'rulebook',
    grade: 'Grade',
    noGrade: 'Not graded: this page asks for no personal data.',
    fields: 'Personal data asked for',
    noFields: 'No personal-data fields.',
    required: 'required',
    consents: 'How consent is asked',
    noConsents: 'No consent boxes or statements.',
    prechecked: 'PRE-TICKED',
    bundled: 'bundled',
    implied: 'implied',
    purposes: 'purposes',
    policyLinks: 'Privacy-policy links',
    noPolicyLinks: 'No privacy-policy link.',
    findings: 'Findings',
    noFindings: 'No findings.',
    evidence: 'evidence',
    otherControls: 'other controls (not personal data)',
  },
} as const;

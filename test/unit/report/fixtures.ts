import type { LetterInput, LedgerSummary, ReportInput } from '../../../analyzer/report';
import type { PolicyReport } from '../../../analyzer/model/policy-report';
import { POLICY_ELEMENTS, PolicyElementsSchema } from '../../../analyzer/model/policy-report';
import type { ScanReport } from '../../../analyzer/model/scan-report';

// A small scan of a fictional shop, with hostile page text in the places a
// page controls: labels, consent text, evidence, the URL.

export const HOSTILE = '<img src=x onerror=alert(1)>';

export const SCAN: ScanReport = {
  schemaVersion: 1,
  url: 'https://toko-contoh.example/checkout',
  pageKind: 'checkout',
  language: 'id',
  fields: [
    {
      selector: '#nama',
      name: 'nama',
      label: 'Nama Lengkap',
      inputType: 'text',
      category: 'name',
      sensitivity: 'general',
      required: true,
    },
    {
      selector: '#hp',
      name: 'hp',
      label: 'No. HP',
      inputType: 'tel',
      category: 'phone',
      sensitivity: 'general',
      required: true,
    },
    {
      selector: '#nik',
      name: 'nik',
      label: 'NIK',
      inputType: 'text',
      category: 'national_id',
      sensitivity: 'general',
      required: true,
    },
    {
      selector: '#kartu',
      name: 'kartu',
      label: 'Nomor Kartu',
      inputType: 'text',
      category: 'payment_card',
      sensitivity: 'specific',
      required: true,
    },
    {
      selector: '#catatan',
      name: 'catatan',
      label: 'Catatan',
      inputType: 'text',
      category: 'other',
      sensitivity: 'none',
      required: false,
    },
  ],
  consents: [
    {
      selector: '#promo',
      text: `Kirimi saya promo ${HOSTILE}`,
      control: 'checkbox',
      prechecked: true,
      required: false,
      purposes: ['marketing', 'profiling'],
      bundled: true,
      links: [],
    },
  ],
  policyLinks: [],
  permissionRequests: [
    { permission: 'geolocation', at: '2026-03-16T01:00:00.000Z', userGesture: false },
  ],
  findings: [
    {
      ruleId: 'consent.prechecked',
      severity: 'high',
      title: 'Penggunaan data yang sifatnya pilihan sudah diaktifkan untuk Anda',
      explanation: 'x',
      citations: [
        { rulebook: 'uu-pdp-2022', article: 'Pasal 20(2)(a)' },
        { rulebook: 'uu-pdp-2022', article: 'Pasal 22(1)' },
      ],
      evidence: [{ selector: '#promo', text: `Kirimi saya promo ${HOSTILE}` }],
    },
    {
      ruleId: 'data.excessive',
      severity: 'medium',
      title: 'Meminta data lebih dari yang diperlukan',
      explanation: 'x',
      citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 16(2)(a)' }],
      evidence: [{ selector: '#nik', text: 'NIK' }],
    },
    {
      ruleId: 'data.specific',
      severity: 'info',
      title: 'Meminta data sensitif',
      explanation: 'x',
      citations: [{ rulebook: 'uu-pdp-2022', article: 'Pasal 4(2)' }],
      evidence: [{ selector: '#kartu', text: 'Nomor Kartu' }],
    },
  ],
  score: { value: 40, grade: 'D', rulebook: 'uu-pdp-2022' },
};

export const LEDGER: LedgerSummary = {
  chainVerified: true,
  algorithm: 'SHA-256',
  records: [
    {
      at: '2026-03-10T03:00:00.000Z',
      site: 'https://toko-contoh.example',
      categories: ['name', 'phone', 'bank_account'],
      hash: 'a'.repeat(64),
      prevHash: '0'.repeat(64),
    },
  ],
};

const element = (present: boolean, weak = false) => ({
  present,
  weak,
  evidence: present ? ['Hubungi kami di privasi@toko-contoh.example.'] : [],
});

export const POLICY: PolicyReport = {
  schemaVersion: 1,
  source: 'https://toko-contoh.example/privasi',
  language: 'id',
  elements: PolicyElementsSchema.parse(
    Object.fromEntries(
      POLICY_ELEMENTS.map((e) => [e, element(e === 'contact' || e === 'purposes')]),
    ),
  ),
  readability: {
    words: 300,
    sentences: 20,
    avgSentenceLength: 15,
    longSentenceShare: 0.1,
    avgWordLength: 6,
    avgSyllablesPerWord: 2.5,
    hardWordShare: 0.2,
    fleschReadingEase: null,
  },
  findings: [],
  truncated: false,
};

export const REPORT_INPUT: ReportInput = { scan: SCAN, analysedAt: '2026-03-16T01:00:00.000Z' };

/** Mon 16 Mar 2026, 09:00 WIB. */
export const LETTER_DATE = new Date('2026-03-16T09:00:00+07:00');

export const FULL_INPUT: LetterInput = {
  date: LETTER_DATE,
  scan: SCAN,
  analysedAt: new Date('2026-03-16T08:00:00+07:00'),
  ledger: LEDGER,
  user: {
    name: 'Siti Rahma',
    address: 'Jl. Melati 5, Bandung',
    email: 'siti@example.com',
    place: 'Bandung',
  },
  controller: { name: 'PT Toko Contoh', contact: 'privasi@toko-contoh.example' },
};

export const BARE_INPUT: LetterInput = { date: LETTER_DATE };

import { bench, describe } from 'vitest';
import { classifyConsentText, classifyField, looksLikeConsent } from '../../analyzer/classify';
import type { FieldEvidence } from '../../analyzer/model/snapshot';

// Reports figures only; never asserts times (STYLE.md).

const LABELS = [
  'Nama Lengkap',
  'No. HP',
  'Alamat Email',
  'Kode Pos',
  'Kecamatan',
  'Kota/Kabupaten',
  'Provinsi',
  'Alamat Lengkap',
  'Patokan (opsional)',
  'NIK',
  'NPWP',
  'Tanggal Lahir',
  'Jenis Kelamin',
  'Nama Ibu Kandung',
  'Nomor Rekening',
  'Nama Bank',
  'Nomor Kartu',
  'Masa Berlaku',
  'CVV',
  'Kata Sandi',
  'Catatan',
  'Kode Voucher',
  'First name *',
  'Last name *',
  'Street address',
  'Town / City',
  'Postcode / ZIP',
  'Phone',
  'Email address',
  'Company name (optional)',
  'Order notes',
  '',
  '',
  '',
];
const NAMES = [
  'billing_first_name',
  'billing_phone',
  'customer[email]',
  'checkout[shipping_address][zip]',
  'shipping_city',
  'dob',
  'vat_id',
  'fld_1234',
  'qty',
  'coupon_code',
  'password',
  'nohp',
];
const TYPES = ['text', 'text', 'text', 'email', 'tel', 'password', 'select', 'radio', 'date'];

function evidence(i: number): FieldEvidence {
  const type = TYPES[i % TYPES.length] ?? 'text';
  return {
    selector: `#f${i}`,
    group: 0,
    tag: type === 'select' ? 'select' : 'input',
    inputType: type,
    name: NAMES[i % NAMES.length] ?? 'x',
    id: `field-${i}`,
    autocomplete: i % 7 === 0 ? ['shipping', 'postal-code'] : [],
    label: LABELS[i % LABELS.length] ?? '',
    ...(i % 3 === 0 ? { placeholder: 'Contoh: Jl. Merdeka No. 10' } : {}),
    ...(i % 5 === 0 ? { legend: 'Alamat Pengiriman' } : {}),
    options: type === 'select' ? ['Pilih', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'Bali'] : [],
    required: i % 2 === 0,
    visible: true,
  };
}

const FIELDS = Array.from({ length: 1000 }, (_, i) => evidence(i));
const CONSENTS = [
  'Saya menyetujui Syarat & Ketentuan serta Kebijakan Privasi',
  'Kirimi saya promo dan penawaran terbaru',
  'I do not want to receive marketing emails',
  "Please don't ever email me special offers",
  "I'd prefer you didn't email me",
  'Ship to a different address?',
  'I am over 18 and accept the terms',
];

describe('classify', () => {
  bench('classifyField × 1,000 varied fields', () => {
    for (const f of FIELDS) classifyField(f);
  });
  bench('looksLikeConsent × 1,000 labels', () => {
    for (let i = 0; i < 1000; i++) looksLikeConsent(CONSENTS[i % CONSENTS.length] ?? '');
  });
  bench('classifyConsentText × 60 texts (incl. compromise path)', () => {
    for (let i = 0; i < 60; i++) classifyConsentText(CONSENTS[i % CONSENTS.length] ?? '');
  });
});

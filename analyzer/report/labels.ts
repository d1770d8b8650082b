import type { PolicyElement } from '../model/policy-report';
import type {
  ConsentControlKind,
  DataCategory,
  PageKind,
  Purpose,
  Severity,
} from '../model/scan-report';

// Human names of the contract's enum values, in both UI languages. Shared by
// the CLI, the Markdown/HTML reports and the extension pages.

export type UiLang = 'id' | 'en';
type Names<K extends string> = Record<UiLang, Record<K, string>>;

export const CATEGORY_NAMES: Names<DataCategory> = {
  id: {
    name: 'Nama',
    email: 'Email',
    phone: 'Nomor telepon',
    address: 'Alamat',
    postal_code: 'Kode pos',
    city: 'Kota/kabupaten',
    country: 'Negara',
    birth_date: 'Tanggal lahir',
    gender: 'Jenis kelamin',
    national_id: 'NIK / nomor identitas',
    tax_id: 'NPWP',
    passport: 'Paspor',
    payment_card: 'Data kartu pembayaran',
    card_expiry: 'Masa berlaku kartu',
    card_cvc: 'Kode keamanan kartu (CVV)',
    bank_account: 'Rekening bank',
    password: 'Kata sandi',
    username: 'Nama pengguna',
    company: 'Perusahaan',
    religion: 'Agama',
    marital_status: 'Status perkawinan',
    nationality: 'Kewarganegaraan',
    health: 'Data kesehatan',
    biometric: 'Data biometrik',
    other: 'Lainnya',
  },
  en: {
    name: 'Name',
    email: 'Email',
    phone: 'Phone number',
    address: 'Address',
    postal_code: 'Postal code',
    city: 'City',
    country: 'Country',
    birth_date: 'Date of birth',
    gender: 'Gender',
    national_id: 'National ID number (NIK)',
    tax_id: 'Tax ID (NPWP)',
    passport: 'Passport',
    payment_card: 'Payment card data',
    card_expiry: 'Card expiry date',
    card_cvc: 'Card security code (CVC)',
    bank_account: 'Bank account',
    password: 'Password',
    username: 'Username',
    company: 'Company',
    religion: 'Religion',
    marital_status: 'Marital status',
    nationality: 'Nationality',
    health: 'Health data',
    biometric: 'Biometric data',
    other: 'Other',
  },
};

export const PURPOSE_NAMES: Names<Purpose> = {
  id: {
    terms: 'syarat & ketentuan',
    privacy: 'kebijakan privasi',
    marketing: 'pemasaran',
    third_party: 'berbagi dengan pihak ketiga',
    profiling: 'profiling',
    age_confirmation: 'konfirmasi usia',
    other: 'lainnya',
  },
  en: {
    terms: 'terms',
    privacy: 'privacy policy',
    marketing: 'marketing',
    third_party: 'sharing with third parties',
    profiling: 'profiling',
    age_confirmation: 'age confirmation',
    other: 'other',
  },
};

export const PAGE_KIND_NAMES: Names<PageKind> = {
  id: {
    checkout: 'checkout',
    signup: 'pendaftaran',
    login: 'masuk',
    account: 'akun',
    other: 'lainnya',
  },
  en: {
    checkout: 'checkout',
    signup: 'signup',
    login: 'login',
    account: 'account',
    other: 'other',
  },
};

export const SEVERITY_NAMES: Names<Severity> = {
  id: { high: 'TINGGI', medium: 'SEDANG', low: 'RENDAH', info: 'INFO' },
  en: { high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFO' },
};

export const SENSITIVITY_NAMES: Names<'general' | 'specific' | 'credential' | 'none'> = {
  id: { general: 'umum', specific: 'SPESIFIK', credential: 'kredensial', none: '-' },
  en: { general: 'general', specific: 'SPECIFIC', credential: 'credential', none: '-' },
};

export const CONTROL_NAMES: Names<ConsentControlKind> = {
  id: {
    checkbox: 'kotak centang',
    radio: 'tombol pilihan',
    toggle: 'sakelar',
    implied_text: 'pernyataan tersirat (tanpa kontrol)',
  },
  en: {
    checkbox: 'checkbox',
    radio: 'radio button',
    toggle: 'toggle',
    implied_text: 'implied statement (no control)',
  },
};

export const POLICY_ELEMENT_NAMES: Names<PolicyElement> = {
  id: {
    legal_basis: 'Dasar hukum pemrosesan',
    purposes: 'Tujuan pemrosesan',
    data_types: 'Jenis data pribadi',
    retention: 'Jangka waktu penyimpanan',
    processing_period: 'Jangka waktu pemrosesan',
    rights: 'Hak subjek data pribadi',
    contact: 'Kontak / pejabat pelindungan data',
    recipients: 'Penerima data',
    transfer_abroad: 'Transfer ke luar negeri',
    security: 'Keamanan',
    choice: 'Pilihan dan penarikan persetujuan',
    children: 'Data anak',
    changes: 'Perubahan kebijakan',
    breach_notice: 'Pemberitahuan kegagalan pelindungan data',
  },
  en: {
    legal_basis: 'Legal basis of processing',
    purposes: 'Purposes of processing',
    data_types: 'Types of personal data',
    retention: 'Retention period',
    processing_period: 'Processing period',
    rights: "Data subject's rights",
    contact: 'Contact / data protection officer',
    recipients: 'Recipients',
    transfer_abroad: 'Transfer abroad',
    security: 'Security',
    choice: 'Choices and withdrawing consent',
    children: "Children's data",
    changes: 'Changes to the policy',
    breach_notice: 'Breach notification',
  },
};

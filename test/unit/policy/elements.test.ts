import { describe, expect, it } from 'vitest';
import type { PolicyElement } from '../../../analyzer/model/policy-report';
import { POLICY_ELEMENTS } from '../../../analyzer/model/policy-report';
import { detectElements, POLICY_LEXICON, segmentPolicy } from '../../../analyzer/policy/index';

type Case = [lang: 'id' | 'en', element: PolicyElement, text: string];

const judge = (text: string, element: PolicyElement): { present: boolean; weak: boolean } => {
  const r = detectElements(segmentPolicy(text))[element];
  return { present: r.present, weak: r.weak };
};

const present: Case[] = [
  [
    'en',
    'legal_basis',
    'We process your data on the basis of your consent and our legitimate interests.',
  ],
  [
    'id',
    'legal_basis',
    'Dasar pemrosesan data adalah persetujuan Anda dan pemenuhan kewajiban perjanjian.',
  ],
  ['en', 'purposes', 'We use your information to process orders and deliver parcels.'],
  ['id', 'purposes', 'Tujuan pemrosesan data Anda adalah untuk mengirimkan pesanan.'],
  ['en', 'data_types', 'We collect your name, e-mail address and phone number.'],
  ['id', 'data_types', 'Kami mengumpulkan nama, alamat email, dan nomor telepon Anda.'],
  ['en', 'retention', 'We retain order records for 10 years.'],
  ['id', 'retention', 'Jangka waktu penyimpanan data transaksi adalah 5 (lima) tahun.'],
  [
    'id',
    'retention',
    'Kami menyimpan data Anda selama akun aktif dan menghapusnya 30 hari setelah penutupan akun.',
  ],
  ['en', 'processing_period', 'We process your account data for the duration of your account.'],
  [
    'id',
    'processing_period',
    'Jangka waktu pemrosesan data berlangsung selama hubungan usaha dengan Anda.',
  ],
  ['en', 'rights', 'You have the right to access, correct and delete your personal data.'],
  ['id', 'rights', 'Anda berhak mengakses, menghapus, dan menarik persetujuan atas data Anda.'],
  ['en', 'contact', 'Contact us at privacy@shop.example.'],
  ['id', 'contact', 'Hubungi kami melalui email privasi@toko.co.id.'],
  [
    'id',
    'contact',
    'Silakan menghubungi pejabat pelindungan data kami di Jl. Sudirman No. 1, Jakarta.',
  ],
  ['en', 'recipients', 'We share your address with courier companies and payment processors.'],
  [
    'id',
    'recipients',
    'Kami membagikan data kepada pihak ketiga berupa kurir dan penyedia layanan pembayaran.',
  ],
  [
    'en',
    'transfer_abroad',
    'Your data may be transferred outside Indonesia to Singapore under standard contractual clauses.',
  ],
  [
    'id',
    'transfer_abroad',
    'Transfer ke luar negeri hanya ke negara dengan pelindungan yang setara.',
  ],
  ['en', 'security', 'We protect your data with TLS encryption and access controls.'],
  ['id', 'security', 'Keamanan data dijaga dengan enkripsi dan kontrol akses.'],
  ['en', 'choice', 'You can unsubscribe from our newsletter at any time.'],
  ['id', 'choice', 'Anda dapat berhenti berlangganan email promosi kapan saja.'],
  ['en', 'children', 'Our service is not directed to children under 13.'],
  [
    'id',
    'children',
    'Kami tidak mengumpulkan data anak di bawah umur tanpa izin orang tua atau wali.',
  ],
  ['en', 'changes', 'We will notify you by e-mail before changes to this policy take effect.'],
  ['id', 'changes', 'Perubahan kebijakan akan kami beritahukan melalui email sebelum berlaku.'],
  ['en', 'breach_notice', 'If a data breach occurs we will notify you within 72 hours.'],
  [
    'id',
    'breach_notice',
    'Jika terjadi kegagalan pelindungan data, kami memberitahu Anda paling lambat 3 x 24 jam.',
  ],
];

const absent: Case[] = [
  ['en', 'legal_basis', 'We sell shoes and bags.'],
  ['id', 'children', 'Data dapat diberikan kepada anak perusahaan kami.'],
  ['en', 'security', 'We may ask for your social security number.'],
  ['en', 'rights', 'We reserve the right to refuse service.'],
  ['id', 'processing_period', 'Kami menjaga keselamatan perjalanan Anda.'],
  ['en', 'retention', 'Your password is kept confidential.'],
  ['en', 'changes', 'You can change your password at any time.'],
  ['id', 'breach_notice', 'Kami menjaga keamanan data dengan enkripsi.'],
  ['en', 'transfer_abroad', 'We ship to all provinces of Indonesia.'],
  ['id', 'recipients', 'Kami menjual sepatu dan tas.'],
];

const weak: Case[] = [
  ['en', 'retention', 'We retain your information for as long as necessary.'],
  ['id', 'retention', 'Kami menyimpan data Anda selama diperlukan.'],
  ['en', 'recipients', 'We may share your information with our partners.'],
  ['id', 'recipients', 'Data Anda dapat dibagikan kepada mitra kami.'],
  ['en', 'security', 'We take reasonable measures to protect your information.'],
  ['id', 'security', 'Kami mengambil langkah-langkah yang wajar untuk menjaga keamanan data.'],
  ['en', 'legal_basis', 'By using this website, you agree to this policy.'],
  ['id', 'legal_basis', 'Dengan menggunakan aplikasi, Anda dianggap menyetujui kebijakan ini.'],
  ['en', 'changes', 'We may change this policy at any time without notice.'],
  ['id', 'changes', 'Kebijakan ini dapat diubah sewaktu-waktu tanpa pemberitahuan.'],
  ['en', 'rights', 'You may have certain rights under applicable law.'],
  ['id', 'rights', 'Anda memiliki hak-hak sesuai dengan ketentuan peraturan perundang-undangan.'],
  ['en', 'data_types', 'We collect personal information that you provide.'],
  ['id', 'contact', 'Silakan hubungi kami jika ada pertanyaan.'],
];

describe('policy elements', () => {
  it.each(present)('[%s] %s fires: %s', (_lang, element, text) => {
    expect(judge(text, element)).toEqual({ present: true, weak: false });
  });
  it.each(absent)('[%s] %s does not fire: %s', (_lang, element, text) => {
    expect(judge(text, element)).toEqual({ present: false, weak: false });
  });
  it.each(weak)('[%s] %s is weak (mentioned without substance): %s', (_lang, element, text) => {
    expect(judge(text, element)).toEqual({ present: false, weak: true });
  });

  it('a list item inherits the topic of its heading', () => {
    const text = 'Hak Anda\n- Mengakses data Anda\n- Meminta penghapusan data';
    expect(judge(text, 'rights')).toEqual({ present: true, weak: false });
  });

  it('a lead-in sentence takes the data types from its list', () => {
    const r = detectElements(segmentPolicy('We collect:\n- your name\n- your e-mail address'));
    expect(r.data_types.present).toBe(true);
    expect(r.data_types.evidence[0]).toBe('We collect:');
  });

  it('substance anywhere in the policy outweighs a vague sentence', () => {
    const text = 'We keep data as long as necessary. Invoices are retained for 10 years.';
    expect(judge(text, 'retention')).toEqual({ present: true, weak: false });
  });

  it('bounds evidence to 3 sentences of at most 300 characters', () => {
    const long = `We collect your name and ${'very '.repeat(100)}long e-mail address.`;
    const r = detectElements(segmentPolicy(Array(6).fill(long).join(' ')));
    expect(r.data_types.evidence).toHaveLength(3);
    for (const e of r.data_types.evidence) expect(e.length).toBeLessThanOrEqual(300);
  });
});

describe('policy lexicon', () => {
  it.each(POLICY_ELEMENTS)('%s has en and id topics, and every pattern compiles', (element) => {
    const lex = POLICY_LEXICON[element];
    expect(lex.en.topic.length).toBeGreaterThan(0);
    expect(lex.id.topic.length).toBeGreaterThan(0);
    for (const p of [lex.en, lex.id].flatMap((l) => [
      ...l.topic,
      ...(l.substance ?? []),
      ...(l.vague ?? []),
    ])) {
      expect(() => new RegExp(p, 'u')).not.toThrow();
    }
  });
});

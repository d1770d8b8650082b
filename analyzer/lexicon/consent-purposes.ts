import type { Purpose } from '../model/scan-report';
import type { Lexicon } from './types';

// What a consent control or statement is for. A text may name several
// purposes; two or more distinct ones make it "bundled" (classify/consent.ts).

export interface PurposeLexicon extends Lexicon {
  readonly purpose: Exclude<Purpose, 'other'>;
  /**
   * Weak cues count only when no stronger purpose other than `terms` is
   * present: "the processing of my personal data for marketing" is a
   * marketing consent, not also a privacy one.
   */
  readonly weak?: boolean;
}

export const PURPOSES: readonly PurposeLexicon[] = [
  {
    purpose: 'terms',
    en: [
      'terms(?: of (?:service|use|sale|business))?(?: (?:and|&) conditions)?',
      't & c',
      'conditions of (?:use|sale)',
      'user agreement',
      'general conditions',
      'eula',
      'tos',
    ],
    id: [
      'syarat(?: (?:&|dan) ketentuan)?',
      's & k',
      'snk',
      'ketentuan (?:layanan|penggunaan|pengguna|umum|berbelanja)',
      'perjanjian pengguna',
      'aturan (?:penggunaan|layanan)',
    ],
    note: 'Bare "ketentuan" ("sesuai ketentuan yang berlaku") is not a terms purpose.',
  },
  {
    purpose: 'privacy',
    en: [
      'privacy(?: policy| notice| statement| terms)?',
      'data protection(?: policy| notice)?',
      'cookie policy',
      'data policy',
    ],
    id: [
      '(?:kebijakan|pemberitahuan|pernyataan) (?:privasi|data|perlindungan data)',
      'privasi',
      '(?:pelindungan|perlindungan) data(?: pribadi)?',
      'kebijakan cookie',
    ],
  },
  {
    purpose: 'privacy',
    weak: true,
    en: [
      '(?:processing|collection|use|storage|handling) of (?:my |your )?(?:personal )?(?:data|information|details)',
      '(?:process|collect|use|store) my (?:personal )?(?:data|information)',
      'personal (?:data|information)',
    ],
    id: [
      '(?:pemrosesan|pengolahan|pengumpulan|penggunaan|penyimpanan) data(?: pribadi)?',
      '(?:memproses|mengolah|mengumpulkan|menggunakan|menyimpan) data(?: pribadi)?(?: saya)?',
      'data pribadi',
    ],
  },
  {
    purpose: 'marketing',
    en: [
      'newsletters?',
      'subscribe',
      'marketing',
      'promotions?',
      'promotional',
      '(?:special |exclusive |partner |latest |personali[sz]ed )?offers?',
      'deals',
      'discounts?',
      'coupons?',
      'vouchers?',
      'news (?:and|&) (?:offers|updates)',
      'keep me (?:updated|informed|posted|up to date)',
      '(?:product|marketing) (?:updates|news)',
      'latest (?:news|updates|products|collections?)',
      'advertis(?:ing|ements?)',
      'ads',
      'e ?mails',
      'unsubscribe',
      'sign me up',
    ],
    id: [
      'newsletter',
      'buletin',
      '(?:ber)?langganan',
      'promo(?:si)?',
      'penawaran',
      'diskon',
      'voucher',
      'kupon',
      'info(?:rmasi)? (?:terbaru|promo|produk|menarik|penawaran)',
      '(?:kabar|berita) terbaru',
      'pemasaran',
      'iklan',
    ],
    note: 'Order-status messages ("order updates", "status pesanan") are not marketing and are not listed.',
  },
  {
    purpose: 'third_party',
    en: [
      'third part(?:y|ies)',
      '(?:our |trusted |selected |business |marketing |advertising )?partners?',
      'affiliates?',
      'group companies',
      '(?:share|sharing|shared|sell|selling|sold|disclose|disclosing|disclosed|transfer|transferring|transferred)(?: [^ ]+){0,4}? (?:with|to) (?:other|our|third|selected|trusted|partner|affiliate)',
      '(?:share|sell|disclose) my',
      'transfer(?:red)? abroad',
      'outside (?:indonesia|the country)',
    ],
    id: [
      'pihak ketiga',
      'mitra(?: kami| bisnis| terpercaya)?',
      'afiliasi',
      'perusahaan (?:grup|dalam grup|terafiliasi)',
      '(?:membagikan|dibagikan|berbagi|dibagi|menjual|dijual|mengungkapkan|diungkapkan|mentransfer|ditransfer)(?: [^ ]+){0,4}? (?:kepada|dengan|ke)',
      'luar negeri',
    ],
    note: 'Offers "from our partners" are marketing and third_party at once: sharing is implied.',
  },
  {
    purpose: 'profiling',
    en: [
      'personali[sz]ed(?: [^ ]+)?',
      'personali[sz]ation',
      'tailored',
      'profiling',
      'interest based',
      'targeted (?:ads|advertising|offers)',
      'behaviou?ral',
      'relevant (?:ads|advertising|offers|recommendations)',
      'recommendations based on',
    ],
    id: [
      '(?:di)?personalisasi(?:kan)?',
      'profiling',
      'analisis perilaku',
      'berdasarkan (?:minat|perilaku|riwayat)',
      '(?:iklan|rekomendasi|penawaran) yang (?:relevan|sesuai)',
    ],
  },
  {
    purpose: 'age_confirmation',
    en: [
      '(?:i am|am|are|aged?) (?:at least |over |above |older than )?(?:13|16|17|18|21)',
      '(?:13|16|17|18|21) (?:years|plus|or (?:older|over|above))',
      '(?:of )?legal age',
      'age of majority',
      'adult',
      'parental (?:consent|permission)',
      'parent or (?:legal )?guardian',
    ],
    id: [
      '(?:berusia|berumur|usia|umur|umur saya|usia saya) (?:minimal |min |di atas |diatas |sekurang kurangnya |paling sedikit |lebih dari )?(?:13|16|17|18|21)',
      '(?:13|16|17|18|21) tahun(?: ke atas| atau lebih)?',
      '(?:sudah )?dewasa',
      'cukup umur',
      '(?:izin|persetujuan) orang ?tua(?: atau wali)?',
      'orang tua atau wali',
    ],
  },
];

/**
 * Refusal: checking the control says no ("I do not want to receive offers").
 * English negation the lexicon misses is caught with compromise (classify/english.ts).
 */
export const OPT_OUT: Lexicon = {
  en: [
    'i (?:really |would |do |really do |will |shall )?(?:not|never) (?:want|wish|like|agree|consent|accept|need)',
    'i (?:would )?(?:rather|prefer) not',
    'i (?:prefer|choose|elect) not to',
    'i (?:decline|refuse|object)',
    '(?<!(?:we|will|shall|would|never|to) )(?:please |kindly )?(?:do not|never) (?:ever )?(?:send|email|e mail|contact|call|text|message|share|sell|disclose|use|subscribe|add|sign)',
    'opt (?:me )?out',
    'exclude me',
    'no thanks',
    'not interested',
    'unsubscribe me',
    'if you (?:do not|would not|would rather not|prefer not to) (?:want|wish|like)?',
  ],
  id: [
    '(?:saya|aku) (?:tidak|belum|enggan|bukan) (?:ingin|mau|bersedia|setuju|menyetujui|berkenan|perlu|berminat)',
    '(?:saya|aku) (?:menolak|keberatan)',
    '(?:tolong |mohon |harap )?jangan(?: pernah)? (?:kirimi|kirim|kirimkan|hubungi|bagikan|jual|gunakan|sertakan|tambahkan|daftarkan)',
    'tidak usah(?: kirim| kirimi)?',
    'tidak (?:ingin|mau|bersedia) (?:menerima|dikirimi|berlangganan|dihubungi)',
    'berhenti berlangganan(?: sekarang)?$',
    '(?:jika|apabila|bila|kalau) (?:anda|kamu) tidak (?:ingin|mau|bersedia|setuju)',
  ],
  note: '"You can unsubscribe at any time" / "Anda dapat berhenti berlangganan kapan saja" inform, they do not refuse: refusal needs a first person or an imperative.',
};

/**
 * "Untick if you do not want…": the refusal is in *unticking*, so checking
 * the box still consents. These override OPT_OUT.
 */
export const UNTICK_TO_REFUSE: Lexicon = {
  en: [
    'un ?(?:tick|check|select|mark)',
    'remove the (?:tick|check ?mark)',
    'clear (?:this|the) (?:box|checkbox)',
  ],
  id: [
    'hapus (?:tanda )?centang',
    '(?:batalkan|hilangkan|kosongkan) (?:tanda )?centang',
    'jangan (?:di)?centang',
  ],
};

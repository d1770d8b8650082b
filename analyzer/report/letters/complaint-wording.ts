import type { RuleId } from '../../rulebooks';
import type { UiLang } from '../labels';

// How a complaint names each finding: neutral, third person, and no stronger
// than the finding itself (the shopper-facing titles address "you").

export const COMPLAINT_WORDING: Readonly<Record<RuleId, Readonly<Record<UiLang, string>>>> = {
  'consent.prechecked': {
    id: 'Kotak persetujuan untuk penggunaan data yang bersifat pilihan (misalnya promosi) sudah dicentang sebelum pengguna bertindak',
    en: 'A consent box for an optional use of data (e.g. marketing) is ticked before the user acts',
  },
  'consent.bundled': {
    id: 'Satu kotak atau pernyataan persetujuan mencakup beberapa tujuan yang berbeda sekaligus',
    en: 'One consent box or statement covers several distinct purposes at once',
  },
  'consent.implied': {
    id: 'Persetujuan dianggap diberikan hanya karena pengguna mengklik, mendaftar, atau membayar, tanpa kontrol persetujuan tersendiri',
    en: 'Consent is assumed from clicking, signing up or paying, with no separate consent control',
  },
  'consent.forced': {
    id: 'Formulir tidak dapat dikirim tanpa menyetujui penggunaan data yang bersifat pilihan',
    en: 'The form cannot be sent without agreeing to an optional use of data',
  },
  'consent.no_policy_link': {
    id: 'Data pribadi diminta tanpa tautan kebijakan privasi pada formulir atau di dekat persetujuan',
    en: 'Personal data is asked for with no privacy-policy link on the form or next to the consent',
  },
  'consent.language': {
    id: 'Teks persetujuan atau kebijakan privasi tidak dalam Bahasa Indonesia pada situs yang ditujukan ke Indonesia',
    en: 'The consent text or policy is not in Bahasa Indonesia on a site aimed at Indonesia',
  },
  'consent.readability': {
    id: 'Teks persetujuan panjang, padat, atau sulit dipahami',
    en: 'The consent text is long, dense or hard to understand',
  },
  'consent.hidden': {
    id: 'Teks persetujuan tersembunyi, tertutup, sangat kecil, atau berkontras rendah',
    en: 'The consent text is hidden, collapsed, tiny or low-contrast',
  },
  'data.specific': {
    id: 'Formulir meminta data pribadi yang bersifat spesifik (misalnya data kartu pembayaran)',
    en: 'The form asks for specific personal data (e.g. payment card data)',
  },
  'data.excessive': {
    id: 'Formulir meminta data pribadi yang tidak diperlukan untuk tujuan halaman (misalnya NIK pada halaman pembayaran)',
    en: "The form asks for personal data the page's purpose does not need (e.g. NIK at checkout)",
  },
  'data.child': {
    id: 'Tanggal lahir atau usia diminta tanpa mekanisme persetujuan orang tua atau wali',
    en: 'Birth date or age is asked for with no parental-consent path',
  },
  'data.insecure': {
    id: 'Formulir disajikan atau dikirim melalui koneksi http: yang tidak terenkripsi',
    en: 'The form is served or sent over unencrypted http:',
  },
  'data.third_party_post': {
    id: 'Isi formulir dikirim ke situs pihak lain',
    en: "The form's data is sent to another party's site",
  },
  'permission.no_gesture': {
    id: 'Izin browser (misalnya lokasi atau kamera) diminta tanpa tindakan pengguna atau penjelasan sebelumnya',
    en: 'A browser permission (e.g. location or camera) is requested without a user action or prior explanation',
  },
  'permission.unrelated': {
    id: 'Izin browser diminta tanpa kaitan dengan pembelian atau pendaftaran',
    en: 'A browser permission unrelated to buying or signing up is requested',
  },
  'tracking.session_replay': {
    id: 'Skrip perekam sesi atau analitik formulir pihak ketiga berjalan di halaman formulir',
    en: 'A third-party session-replay or form-analytics script runs on the form page',
  },
};

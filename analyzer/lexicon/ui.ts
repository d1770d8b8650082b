import type { Lexicon } from './types';

// Small page-furniture lexicons used by classify/detect.ts in the content
// script: policy links, required markers, submit buttons.

export const POLICY_LINK_TEXT: Lexicon = {
  en: [
    'privacy(?: (?:&|and) cookies?)?(?: policy| notice| statement| center| centre)?',
    'data (?:protection|privacy|policy)(?: policy| notice)?',
    'personal data (?:policy|protection|notice)',
  ],
  id: [
    '(?:kebijakan|pemberitahuan|pernyataan|ketentuan) (?:privasi|perlindungan data(?: pribadi)?|data pribadi)',
    '(?:pelindungan|perlindungan) data(?: pribadi)?',
    'privasi',
    'kebijakan data',
  ],
  note: '"Cookie settings" and "Terms of Service" alone are not privacy policies.',
};

/** A link whose text names a settings panel, not a policy document. */
export const POLICY_LINK_NOT: Lexicon = {
  en: ['settings', 'preferences', 'choices', 'dashboard', 'do not sell'],
  id: ['pengaturan', 'preferensi', 'setelan'],
  note: 'Overridden when the text also says policy/notice/kebijakan.',
};

export const POLICY_LINK_DOC: Lexicon = {
  en: ['policy', 'notice', 'statement'],
  id: ['kebijakan', 'pemberitahuan', 'pernyataan'],
};

/** URL path fragments of privacy policies (matched on the lower-cased href, not normalised). */
export const POLICY_HREF_PATTERNS: readonly string[] = [
  'privacy',
  'privasi',
  'data-?protection',
  'perlindungan-?data',
  'pelindungan-?data',
  'datenschutz',
];

export const REQUIRED_WORDS: Lexicon = {
  en: ['required', 'mandatory', 'compulsory'],
  id: ['wajib(?: diisi)?', 'harus diisi', 'perlu diisi', 'diperlukan'],
};

export const OPTIONAL_WORDS: Lexicon = {
  en: ['optional', 'not required', 'if any'],
  id: [
    'opsional',
    'tidak wajib(?: diisi)?',
    'boleh (?:dikosongkan|kosong)',
    'jika ada',
    'bila ada',
  ],
  note: '"pilihan" (choice, sometimes used for optional) is left out: "Pilihan pengiriman" is a label.',
};

/** Button texts that send a checkout, signup, login or account form. Matched at the start of the text. */
export const SUBMIT_TEXT: Lexicon = {
  en: [
    'place(?: my)? order',
    'complete (?:my )?(?:order|purchase|checkout|payment|registration)',
    'pay(?: now| securely)?',
    'buy now',
    'confirm(?: and pay| order| payment| purchase)?',
    'continue(?: to (?:shipping|payment|checkout|delivery|billing|review))?',
    'proceed(?: to (?:checkout|payment|shipping))?',
    'next(?: step)?',
    'checkout',
    'check out',
    'submit(?: order)?',
    'register(?: now)?',
    'sign ?up',
    'join(?: now)?',
    'create (?:an |my )?account',
    'log ?in',
    'sign ?in',
    'save(?: changes| address| details| profile)?',
    'update(?: profile| account| details)?',
  ],
  id: [
    'buat pesanan',
    'pesan sekarang',
    'bayar(?: sekarang)?',
    'beli sekarang',
    'lanjut(?:kan)?(?: ke (?:pembayaran|pengiriman|checkout))?',
    'selanjutnya',
    'berikutnya',
    'daftar(?: sekarang)?',
    'buat akun',
    'masuk',
    'selesaikan(?: pesanan| pembayaran| pendaftaran)?',
    'konfirmasi(?: pesanan| pembayaran)?',
    'kirim',
    'proses(?: pesanan)?',
    'simpan(?: perubahan| alamat| profil)?',
    'perbarui',
  ],
};

/** Button texts that begin like a submit but go elsewhere. */
export const NOT_SUBMIT_TEXT: Lexicon = {
  en: ['continue shopping', 'continue browsing', 'save for later', 'pay later with', 'next day'],
  id: [
    'lanjut(?:kan)? belanja',
    'lanjut(?:kan)? berbelanja',
    'daftar (?:isi|harga|alamat|pesanan|produk|belanja|keinginan|wishlist)',
    'masuk(?:kan)? ke keranjang',
    'simpan ke wishlist',
  ],
};

import type { Lexicon } from './types';

// Submit buttons: used by the extractor (content script) to find the container
// of a form-less field group, and by classify/detect.ts and page kinds.

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

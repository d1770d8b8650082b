import type { FieldConcept } from './types';

// Non-personal controls of a checkout (category `other`, sensitivity none),
// then the bare "name"/"nama", which must lose to every more specific concept.

export const NON_PERSONAL_CONCEPTS: readonly FieldConcept[] = [
  {
    concept: 'order_notes',
    category: 'other',
    en: [
      '(?:order |delivery |additional |special )?notes?',
      'comments?',
      'message(?: to (?:seller|courier|driver))?',
      '(?:delivery |special )?instructions?',
      'remarks?',
    ],
    id: [
      'catatan(?: pesanan| untuk (?:penjual|kurir|toko))?',
      'pesan(?: untuk| ke)? (?:penjual|kurir|toko)',
      'keterangan',
      'instruksi(?: pengiriman)?',
    ],
    note: 'Loses to any personal concept in the same label ("Nomor HP (catatan: …)").',
  },
  {
    concept: 'coupon',
    category: 'other',
    en: [
      'coupon(?: code)?',
      'voucher(?: code)?',
      'promo(?: code)?',
      'discount(?: code)?',
      'gift ?card(?: number| code)?',
      'referral(?: code)?',
      'redeem',
    ],
    id: ['kode (?:promo|voucher|kupon|diskon|referral|referal)', 'kupon', 'voucher', 'promo'],
  },
  {
    concept: 'quantity',
    category: 'other',
    en: ['qty', 'quantity', 'amount', 'size', 'colou?r', 'variant'],
    id: ['jumlah', 'kuantitas', 'ukuran', 'warna', 'varian'],
  },
  {
    concept: 'search',
    category: 'other',
    en: ['search(?: products?| for)?', 'keywords?', 'find'],
    id: ['cari(?: produk| barang)?', 'pencarian', 'kata kunci'],
  },
  {
    concept: 'shipping_method',
    category: 'other',
    en: [
      'shipping (?:method|option|service|rate)s?',
      'delivery (?:method|option|service)s?',
      'courier',
      'carrier',
      'shipping',
    ],
    id: ['(?:metode|jasa|layanan|pilihan|opsi) pengiriman', 'kurir', 'ekspedisi', 'jasa kirim'],
    note: 'Bare "shipping" only ever reaches here when no personal concept matched ("shipping_method").',
  },
  {
    concept: 'delivery_date',
    category: 'other',
    en: ['delivery (?:date|time|slot)', 'pickup (?:date|time)'],
    id: ['(?:tanggal|jadwal|waktu) (?:pengiriman|pengantaran|pengambilan)'],
  },
  {
    concept: 'gift_message',
    category: 'other',
    en: ['gift (?:message|wrap|note)'],
    id: ['kartu ucapan', 'ucapan', 'bungkus kado'],
  },
  {
    concept: 'preference',
    category: 'other',
    en: ['language', 'currency', 'rating', 'review'],
    id: ['bahasa', 'mata uang', 'ulasan', 'penilaian'],
  },
  {
    concept: 'product',
    category: 'other',
    en: ['product(?: name)?', 'item(?: name)?', 'sku'],
    id: ['(?:nama )?produk', 'nama barang', 'barang'],
  },
];

export const GENERIC_NAME_CONCEPTS: readonly FieldConcept[] = [
  {
    concept: 'name',
    category: 'name',
    en: ['name', 'recipient', 'receiver'],
    id: ['nama', 'penerima', 'pemesan'],
    note: 'Last on purpose: "Nama Jalan", "Nama Bank", "Nama Produk" all contain it.',
  },
];

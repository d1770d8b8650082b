import type { Lexicon } from './types';

// Signals for classify/page-kind.ts. Text lexicons run on normalised title,
// headings, submit texts and the text sample; URL patterns on the lower-cased
// URL path.

export type FormPageKind = 'checkout' | 'signup' | 'login' | 'account';

export interface PageKindSignals {
  readonly url: readonly string[];
  readonly text: Lexicon;
  readonly submit: Lexicon;
}

export const PAGE_KIND_SIGNALS: Readonly<Record<FormPageKind, PageKindSignals>> = {
  checkout: {
    url: [
      '/checkouts?(?:/|$|\\?|#|-)',
      '/cart/checkout',
      '/onepage',
      '/onestepcheckout',
      '/order/(?:confirm|create|new)',
      '/pembayaran',
      '/pengiriman',
      '/pemesanan',
      '/order(?:$|[/?#])',
      '/shipment',
      '/payment',
    ],
    text: {
      en: [
        'checkout',
        'check out',
        'shipping (?:address|details|information|method)',
        'billing (?:address|details)',
        'delivery (?:address|details)',
        'payment(?: method| details| information)?',
        'order summary',
        'your order',
        'place order',
      ],
      id: [
        'checkout',
        'pengiriman',
        'pembayaran',
        'alamat pengiriman',
        'ringkasan (?:pesanan|belanja)',
        'buat pesanan',
        'metode (?:pembayaran|pengiriman)',
        'rincian pesanan',
        'total (?:tagihan|belanja|pembayaran)',
      ],
    },
    submit: {
      en: [
        'place(?: my)? order',
        'pay(?: now)?',
        'complete (?:order|purchase|payment)',
        'continue to (?:shipping|payment)',
        'proceed to payment',
        'confirm (?:order|payment)',
        'buy now',
      ],
      id: [
        'buat pesanan',
        'bayar(?: sekarang)?',
        'selesaikan (?:pesanan|pembayaran)',
        'pesan sekarang',
        'lanjut(?:kan)? ke pembayaran',
        'konfirmasi (?:pesanan|pembayaran)',
        'checkout',
      ],
    },
  },
  signup: {
    url: [
      '/register',
      '/registration',
      '/signup',
      '/sign-up',
      '/join',
      '/daftar',
      '/registrasi',
      '/pendaftaran',
      '/customer/account/create',
      '/account/create',
      '/create-account',
      '/buat-akun',
    ],
    text: {
      en: [
        'create (?:an |your |new )?account',
        'register',
        'registration',
        'sign ?up',
        'join (?:now|us|free)',
        'new customer',
      ],
      id: [
        'daftar(?: akun| sekarang)?',
        'buat akun',
        'registrasi',
        'pendaftaran',
        'pelanggan baru',
      ],
    },
    submit: {
      en: ['register(?: now)?', 'sign ?up', 'create (?:an |my )?account', 'join(?: now)?'],
      id: ['daftar(?: sekarang)?', 'buat akun', 'selesaikan pendaftaran'],
    },
  },
  login: {
    url: ['/login', '/log-in', '/signin', '/sign-in', '/masuk', '/customer/account/login', '/auth'],
    text: {
      en: ['log ?in', 'sign ?in', 'welcome back', 'forgot (?:your )?password'],
      id: ['masuk', 'lupa (?:kata )?sandi', 'selamat datang kembali'],
    },
    submit: { en: ['log ?in', 'sign ?in'], id: ['masuk'] },
  },
  account: {
    url: [
      '/account(?:/|$)(?!create|login|register)',
      '/my-account/edit',
      '/edit-account',
      '/profile',
      '/profil',
      '/akun',
      '/user/settings',
      '/address(?:es|-book)',
      '/alamat',
    ],
    text: {
      en: [
        'my account',
        'account (?:details|settings|information)',
        'edit (?:profile|account)',
        'my profile',
        'address book',
        'personal (?:details|information)',
      ],
      id: [
        'akun saya',
        'profil saya',
        '(?:ubah|edit) (?:profil|akun)',
        'pengaturan akun',
        '(?:buku|daftar) alamat',
        'data diri',
      ],
    },
    submit: {
      en: ['save(?: changes| profile| details| address)?', 'update(?: profile| account| details)?'],
      id: ['simpan(?: perubahan| profil| alamat)?', 'perbarui(?: profil)?'],
    },
  },
};

/** An email-only form titled like this is a newsletter box, not a signup. */
export const NEWSLETTER_SIGNALS: Lexicon = {
  en: [
    'newsletters?',
    'subscribe',
    'mailing list',
    'stay in (?:touch|the loop)',
    'get (?:our )?updates',
  ],
  id: [
    'newsletter',
    'buletin',
    '(?:ber)?langganan',
    'info(?:rmasi)? (?:terbaru|promo)',
    'kabar terbaru',
  ],
};

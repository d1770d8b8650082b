import { describe, expect, it } from 'vitest';
import {
  looksLikeConsent,
  looksLikeImpliedConsent,
} from '../../../analyzer/classify/consent-detect';
import {
  hasRequiredMarker,
  looksLikePolicyLink,
  looksLikeSubmit,
} from '../../../analyzer/classify/detect';

describe('looksLikeConsent', () => {
  it.each([
    'I agree to the Terms and Conditions',
    'I have read and agree to the website terms and conditions *',
    'I accept the Privacy Policy',
    'Email me with news and offers',
    'Text me with news and offers',
    'Sign me up for the newsletter',
    'Subscribe to our newsletter',
    'Keep me updated about new products and exclusive deals',
    'Share my details with selected partners for marketing',
    'I am over 18',
    'I confirm I am 18 years or older',
    'I do not want to receive marketing emails',
    'Saya setuju dengan Syarat & Ketentuan',
    'Saya menyetujui Syarat & Ketentuan serta Kebijakan Privasi',
    'Saya telah membaca dan menyetujui S&K',
    'Kirimi saya promo dan penawaran menarik',
    'Berlangganan newsletter',
    'Ya, saya mau menerima info promo via WhatsApp',
    'Saya berusia 18 tahun ke atas',
    'Saya mengizinkan data saya dibagikan kepada mitra',
    'Saya tidak ingin menerima email promosi',
    'Jangan kirimi saya penawaran',
    'Dapatkan diskon dan voucher eksklusif',
    // WordPress's comment-cookie consent: storing one's name and email is a consent request.
    'Save my name, email, and website in this browser for the next time I comment.',
    'Allow remote shopping assistance',
  ])('fires on "%s"', (text) => {
    expect(looksLikeConsent(text)).toBe(true);
  });

  it.each([
    'Ship to a different address?',
    'Create an account?',
    'Remember me',
    'Keep me signed in',
    'Ingat saya',
    'Simpan alamat ini',
    'Kirim ke alamat lain',
    'Jadikan alamat utama',
    'Transfer Bank',
    'Kartu Kredit / Debit',
    'Bayar di Tempat (COD)',
    'Laki-laki',
    'Perempuan',
    'Male',
    'Use shipping address as billing address',
    'Subscribe & save 10% (delivered monthly)',
    'Gunakan kode promo',
    'Send me a copy of my order',
    'Simpan kartu untuk transaksi berikutnya',
    'Dropship',
    'Asuransi pengiriman',
  ])('does not fire on "%s"', (text) => {
    expect(looksLikeConsent(text)).toBe(false);
  });
});

describe('looksLikeImpliedConsent', () => {
  it.each([
    'By placing your order, you agree to our Terms and Privacy Policy.',
    'By creating an account you agree to our Terms of Service and Privacy Policy',
    'By continuing, you accept our terms.',
    'By clicking "Sign up", I agree to the Terms of Use',
    'By signing up, you acknowledge that you have read our Privacy Notice.',
    'By proceeding to checkout you confirm that you have read the Terms',
    'You agree to our Terms and Conditions by clicking Register.',
    'You agree to our Terms and Privacy Policy.',
    'Placing an order constitutes acceptance of these terms.',
    'Your personal data will be used to process your order, support your experience throughout this website, and for other purposes described in our privacy policy.',
    'Your personal data will be used to support your experience throughout this website, to manage access to your account.',
    'Dengan mendaftar, Anda menyetujui Syarat & Ketentuan dan Kebijakan Privasi',
    'Dengan melanjutkan, saya menyetujui Syarat dan Ketentuan',
    'Dengan membuat pesanan, Anda setuju dengan syarat dan ketentuan kami.',
    'Dengan mengklik tombol Bayar, Anda menyetujui Kebijakan Privasi kami',
    'Dengan masuk, kamu menyetujui Syarat & Ketentuan serta Kebijakan Privasi',
    'Dengan menekan tombol Daftar, Anda dianggap telah menyetujui ketentuan kami',
    'Dengan ini saya menyatakan setuju atas pemrosesan data pribadi saya',
    'Anda menyetujui Kebijakan Privasi kami.',
    'Melakukan pemesanan berarti persetujuan terhadap ketentuan kami',
    'Data pribadi Anda akan digunakan untuk memproses pesanan dan tujuan lain yang dijelaskan dalam kebijakan privasi kami.',
    'By using this site you agree to our use of cookies and our privacy policy',
  ])('fires on "%s"', (text) => {
    expect(looksLikeImpliedConsent(text)).toBe(true);
  });

  it.each([
    'Agree on a delivery time with the courier',
    'We accept Visa, Mastercard and JCB',
    'Already have an account? Log in',
    'Free shipping on orders over Rp100.000',
    'Kami menerima pembayaran dengan kartu kredit',
    'Dengan pengiriman cepat ke seluruh Indonesia',
    'Bayar dengan mudah menggunakan QRIS',
    'Read our Privacy Policy',
    'Baca Kebijakan Privasi kami',
    'Terms of Service',
    'We will never share your data.',
  ])('does not fire on "%s"', (text) => {
    expect(looksLikeImpliedConsent(text)).toBe(false);
  });
});

describe('looksLikePolicyLink', () => {
  it.each([
    ['Privacy Policy', '/pages/privacy'],
    ['Privacy Notice', 'https://shop.example/legal/notice'],
    ['Privacy', '#'],
    ['Privacy & Cookie Policy', '/legal'],
    ['Data Protection', '/legal/dp'],
    ['Kebijakan Privasi', '/kebijakan'],
    ['Pemberitahuan Privasi', '/p/1'],
    ['Kebijakan Perlindungan Data', '/kpd'],
    ['Perlindungan Data Pribadi', '/pdp-info'],
    ['Privasi', '/p'],
    ['di sini', '/privacy'],
    ['here', 'https://shop.example/privacy-policy'],
    ['', 'https://shop.example/kebijakan-privasi'],
    ['baca selengkapnya', 'https://shop.example/policies/privacy-policy'],
    ['Legal', '/legal/privacy.html'],
    ['Kebijakan Privasi dan Cookie', '/cookie'],
  ])('fires on text "%s" href "%s"', (text, href) => {
    expect(looksLikePolicyLink(text, href)).toBe(true);
  });

  it.each([
    ['Cookie settings', '/cookies'],
    ['Terms of Service', '/policies/terms-of-service'],
    ['Syarat & Ketentuan', '/syarat-ketentuan'],
    ['Privacy settings', '/account/privacy-settings'],
    ['Pengaturan privasi', '/akun/privasi'],
    ['Do not sell my personal information', '/ccpa'],
    ['Home', 'https://privacy.example.com/'],
    ['Refund policy', '/policies/refund-policy'],
  ])('does not fire on text "%s" href "%s"', (text, href) => {
    expect(looksLikePolicyLink(text, href)).toBe(false);
  });
});

describe('hasRequiredMarker', () => {
  it.each([
    'Email *',
    '* Nama',
    'Nama*',
    'Alamat *:',
    'Nama (required)',
    'Nomor HP (wajib)',
    'NIK wajib diisi',
    'Kode pos harus diisi',
    'Email (mandatory)',
  ])('fires on "%s"', (text) => {
    expect(hasRequiredMarker(text)).toBe(true);
  });
  it.each([
    'Email',
    'Company (optional)',
    'Perusahaan (opsional)',
    'NPWP (tidak wajib)',
    'Patokan (boleh dikosongkan)',
    'Password (use * or #)',
    'Catatan (jika ada)',
    'Nama * (optional)',
  ])('does not fire on "%s"', (text) => {
    expect(hasRequiredMarker(text)).toBe(false);
  });
});

describe('looksLikeSubmit', () => {
  it.each([
    'Place order',
    'Pay now',
    'Continue',
    'Continue to shipping',
    'Register',
    'Sign up',
    'Create account',
    'Log in',
    'Checkout',
    'Buat Pesanan',
    'Bayar',
    'Bayar Sekarang',
    'Bayar Rp150.000',
    'Lanjut',
    'Lanjutkan',
    'Lanjut ke Pembayaran',
    'Daftar',
    'Buat Akun',
    'Masuk',
    'Selesaikan Pesanan',
    'Konfirmasi',
    'Simpan Perubahan',
  ])('fires on "%s"', (text) => {
    expect(looksLikeSubmit(text)).toBe(true);
  });
  it.each([
    'Continue shopping',
    'Lanjut Belanja',
    'Apply',
    'Terapkan',
    'Gunakan Voucher',
    'Cancel',
    'Batal',
    'Kembali',
    'Cari',
    'Search',
    'Daftar Alamat',
    'Tambah ke Keranjang',
    'Add to cart',
    'Lihat detail',
  ])('does not fire on "%s"', (text) => {
    expect(looksLikeSubmit(text)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../analyzer/classify';

describe('detectLanguage', () => {
  it.each([
    [
      'Indonesian checkout with English brand words and a Checkout button',
      'Checkout Toko Nusantara Shop. Alamat pengiriman: masukkan nama dan nomor HP yang aktif untuk pesanan Anda. Pilih kurir dari daftar di bawah ini. Checkout',
      undefined,
      'id',
    ],
    [
      'Indonesian signup',
      'Daftar sekarang dan dapatkan voucher untuk belanja pertama kamu. Sudah punya akun? Masuk',
      'en',
      'id',
    ],
    [
      'English page with Rp prices',
      'Your order: Batik shirt Rp250.000, shipping Rp15.000. Please enter your shipping address and pay now with the card of your choice.',
      'id',
      'en',
    ],
    [
      'English signup',
      'Create an account to track your orders and save your address for next time.',
      undefined,
      'en',
    ],
    [
      'Indonesian with chat abbreviations',
      'Kalau ga mau dikirimi promo, hapus centang yg ini ya. Data kamu aman dengan kami.',
      undefined,
      'id',
    ],
    [
      'Malay-family text with ms html lang',
      'Sila masukkan alamat penghantaran anda untuk pesanan ini dan pilih kaedah pembayaran yang sesuai dengan anda.',
      'ms-MY',
      'ms',
    ],
  ])('%s', (_name, text, htmlLang, expected) => {
    expect(detectLanguage(text, htmlLang)).toBe(expected);
  });

  it.each([
    ['too short: falls back to html lang', 'Checkout', 'id-ID', 'id'],
    ['too short with legacy "in" code', 'Login', 'in', 'id'],
    ['too short and no html lang', 'Checkout', undefined, 'und'],
    ['empty text, English html lang', '', 'en-US', 'en'],
    ['tie falls back to html lang', 'the and dan yang', 'en', 'en'],
    ['garbage html lang ignored', 'OK', 'x!', 'und'],
  ])('%s', (_name, text, htmlLang, expected) => {
    expect(detectLanguage(text, htmlLang)).toBe(expected);
  });

  it('text wins over a wrong html lang', () => {
    expect(
      detectLanguage('Masukkan alamat dan nomor telepon untuk pengiriman pesanan Anda.', 'en'),
    ).toBe('id');
    expect(
      detectLanguage('Enter your address and phone number for the delivery of your order.', 'id'),
    ).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { classifyPageKind } from '../../../analyzer/classify';
import type { PageKindInput } from '../../../analyzer/classify';

function page(over: Partial<PageKindInput>): PageKindInput {
  return {
    url: 'https://shop.example/',
    title: '',
    headings: [],
    submitTexts: [],
    categories: [],
    fieldCount: 0,
    hasPasswordField: false,
    hasNewPasswordOrConfirm: false,
    textSample: '',
    ...over,
  };
}

const CHECKOUT_FIELDS = {
  categories: ['name', 'phone', 'address', 'city', 'postal_code', 'other'],
  fieldCount: 6,
} as const;

describe('classifyPageKind', () => {
  it.each([
    [
      'Woo checkout',
      page({
        url: 'https://toko.example/checkout/',
        headings: ['Billing details'],
        submitTexts: ['Place order'],
        ...CHECKOUT_FIELDS,
        categories: [...CHECKOUT_FIELDS.categories],
      }),
      'checkout',
    ],
    [
      'Indonesian SPA checkout without checkout url',
      page({
        url: 'https://toko.example/cart',
        headings: ['Alamat Pengiriman', 'Ringkasan Belanja'],
        submitTexts: ['Buat Pesanan'],
        categories: ['name', 'phone', 'address'],
        fieldCount: 3,
      }),
      'checkout',
    ],
    [
      'Magento onepage',
      page({
        url: 'https://m.example/checkout/onepage/',
        title: 'Checkout',
        categories: ['email', 'address', 'city'],
        fieldCount: 3,
      }),
      'checkout',
    ],
    [
      'checkout with optional create-account password',
      page({
        url: 'https://s.example/checkout',
        headings: ['Checkout', 'Create an account?'],
        submitTexts: ['Place order'],
        categories: ['name', 'email', 'address', 'password'],
        fieldCount: 4,
        hasPasswordField: true,
        hasNewPasswordOrConfirm: true,
      }),
      'checkout',
    ],
    [
      'card payment step',
      page({
        url: 'https://s.example/pay',
        headings: ['Pembayaran'],
        submitTexts: ['Bayar Sekarang'],
        categories: ['payment_card', 'card_expiry', 'card_cvc'],
        fieldCount: 3,
      }),
      'checkout',
    ],
    [
      'signup by url and password confirm',
      page({
        url: 'https://s.example/register',
        headings: ['Create account'],
        submitTexts: ['Register'],
        categories: ['name', 'email', 'password', 'password'],
        fieldCount: 4,
        hasPasswordField: true,
        hasNewPasswordOrConfirm: true,
      }),
      'signup',
    ],
    [
      'Indonesian signup by text only',
      page({
        url: 'https://s.example/u',
        headings: ['Daftar Akun Baru'],
        submitTexts: ['Daftar'],
        categories: ['name', 'phone', 'email', 'password'],
        fieldCount: 4,
        hasPasswordField: true,
      }),
      'signup',
    ],
    [
      'Magento create account',
      page({
        url: 'https://m.example/customer/account/create/',
        title: 'Create New Customer Account',
        categories: ['name', 'email', 'password'],
        fieldCount: 3,
        hasPasswordField: true,
        hasNewPasswordOrConfirm: true,
      }),
      'signup',
    ],
    [
      'Woo my-account login + register combo',
      page({
        url: 'https://w.example/my-account/',
        headings: ['Login', 'Register'],
        submitTexts: ['Log in', 'Register'],
        categories: ['username', 'password', 'email'],
        fieldCount: 3,
        hasPasswordField: true,
      }),
      'signup',
    ],
    [
      'login',
      page({
        url: 'https://s.example/login',
        headings: ['Masuk'],
        submitTexts: ['Masuk'],
        categories: ['email', 'password'],
        fieldCount: 2,
        hasPasswordField: true,
      }),
      'login',
    ],
    [
      'login without signals',
      page({ categories: ['username', 'password'], fieldCount: 2, hasPasswordField: true }),
      'login',
    ],
    [
      'login page that links to signup',
      page({
        url: 'https://s.example/u',
        title: 'Sign in',
        submitTexts: ['Sign in'],
        categories: ['email', 'password'],
        fieldCount: 2,
        hasPasswordField: true,
        textSample: "Don't have an account? Sign up",
      }),
      'login',
    ],
    [
      'account edit',
      page({
        url: 'https://s.example/account/edit',
        headings: ['Account details'],
        submitTexts: ['Save changes'],
        categories: ['name', 'email', 'birth_date'],
        fieldCount: 3,
      }),
      'account',
    ],
    [
      'Indonesian profile',
      page({
        url: 'https://s.example/user',
        headings: ['Ubah Profil'],
        submitTexts: ['Simpan'],
        categories: ['name', 'phone', 'gender'],
        fieldCount: 3,
      }),
      'account',
    ],
    [
      'account edit with password change is not a signup',
      page({
        url: 'https://s.example/my-account/edit-account/',
        headings: ['Account details'],
        submitTexts: ['Save changes'],
        categories: ['name', 'email', 'password', 'password', 'password'],
        fieldCount: 5,
        hasPasswordField: true,
        hasNewPasswordOrConfirm: true,
      }),
      'account',
    ],
    [
      'address book is account, not checkout',
      page({
        url: 'https://s.example/akun/alamat',
        headings: ['Daftar Alamat'],
        submitTexts: ['Simpan Alamat'],
        categories: ['name', 'phone', 'address', 'city', 'postal_code'],
        fieldCount: 5,
      }),
      'account',
    ],
    [
      'product page with search box only',
      page({
        url: 'https://s.example/p/batik',
        submitTexts: ['Beli Sekarang'],
        categories: ['other', 'other'],
        fieldCount: 2,
      }),
      'other',
    ],
    [
      'newsletter-only footer',
      page({
        url: 'https://s.example/',
        submitTexts: ['Subscribe'],
        categories: ['email'],
        fieldCount: 1,
        textSample: 'Free shipping. Checkout our new arrivals.',
      }),
      'other',
    ],
    ['no fields', page({ url: 'https://s.example/checkout', title: 'Checkout' }), 'other'],
    [
      'Indonesian newsletter box with a Daftar button',
      page({
        url: 'https://s.example/',
        headings: ['Berlangganan Newsletter'],
        submitTexts: ['Daftar'],
        categories: ['email'],
        fieldCount: 1,
      }),
      'other',
    ],
    [
      'phone-only OTP signup is still a signup',
      page({
        url: 'https://s.example/u',
        headings: ['Daftar Sekarang'],
        submitTexts: ['Daftar'],
        categories: ['phone'],
        fieldCount: 1,
      }),
      'signup',
    ],
    [
      'contact form',
      page({
        url: 'https://s.example/contact',
        headings: ['Hubungi Kami'],
        submitTexts: ['Kirim'],
        categories: ['name', 'email', 'other'],
        fieldCount: 3,
      }),
      'other',
    ],
  ])('%s', (_name, input, expected) => {
    expect(classifyPageKind(input)).toBe(expected);
  });
});

// Deterministic page generators for the extraction benchmarks
// (test/bench/extract.bench.ts). Same input → same HTML, every run: all
// variety comes from a fixed-seed PRNG. Element counts are reported by the
// bench itself (querySelectorAll('*').length) and recorded in README.md.

import { prng } from './stats';

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T;

const CATEGORIES = [
  'Elektronik',
  'Fashion Pria',
  'Fashion Wanita',
  'Rumah Tangga',
  'Kecantikan',
  'Olahraga',
  'Ibu & Bayi',
  'Otomotif',
];
const WORDS = [
  'Premium',
  'Original',
  'Murah',
  'Terlaris',
  'Baru',
  'Promo',
  'Hemat',
  'Garansi Resmi',
  'Edisi Terbatas',
  'Lokal',
];
const ITEMS = [
  'Kaos Polos',
  'Sepatu Lari',
  'Rice Cooker',
  'Headset Bluetooth',
  'Tas Ransel',
  'Serum Wajah',
  'Botol Minum',
  'Kemeja Batik',
  'Powerbank',
  'Jaket Hoodie',
];
const PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Jambi',
  'Sumatera Selatan',
  'Bengkulu',
  'Lampung',
  'Kepulauan Bangka Belitung',
  'Kepulauan Riau',
  'DKI Jakarta',
  'Jawa Barat',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Banten',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Sulawesi Tengah',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Gorontalo',
  'Sulawesi Barat',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
];

const rupiah = (n: number): string => `Rp${n.toLocaleString('id-ID')}`;

/** Site header: logo, search box (role=search), account links, nav with a mega-menu. */
function header(rand: () => number, menuColumns: number, linksPerColumn: number): string {
  const mega = CATEGORIES.map((cat, c) => {
    const cols = Array.from({ length: menuColumns }, (_, k) => {
      const links = Array.from(
        { length: linksPerColumn },
        (_, l) =>
          `<li><a href="/kategori/${c}/${k}/${l}">${pick(rand, ITEMS)} ${pick(rand, WORDS)}</a></li>`,
      ).join('');
      return `<div class="mega-col"><h4>${cat} ${k + 1}</h4><ul>${links}</ul></div>`;
    }).join('');
    return `<li class="nav-item"><a href="/kategori/${c}">${cat}</a><div class="mega-menu" hidden>${cols}</div></li>`;
  }).join('');
  return `<header class="site-header">
  <div class="topbar"><span>Gratis ongkir min. belanja Rp100.000</span><a href="/bantuan">Bantuan</a><a href="/lacak">Lacak Pesanan</a></div>
  <div class="header-main">
    <a class="logo" href="/"><img src="/logo.png" alt="Toko Bench"></a>
    <form class="search" role="search" action="/cari" method="get">
      <input type="search" name="q" placeholder="Mau belanja apa hari ini?" aria-label="Cari produk">
      <button type="submit">Cari</button>
    </form>
    <div class="account"><a href="/masuk">Masuk</a><a href="/daftar">Daftar</a><a class="cart" href="/keranjang"><span class="badge">3</span></a></div>
  </div>
  <nav class="main-nav" aria-label="Kategori"><ul>${mega}</ul></nav>
</header>`;
}

function row(id: string, label: string, input: string, required = true): string {
  const star = required
    ? ' <abbr class="required" title="wajib">*</abbr>'
    : ' <span class="optional">(opsional)</span>';
  return `<div class="form-row${required ? ' validate-required' : ''}"><label for="${id}">${label}${star}</label><span class="input-wrapper">${input}</span></div>`;
}

function text(id: string, name: string, label: string, extra = '', required = true): string {
  return row(
    id,
    label,
    `<input type="text" class="input-text" id="${id}" name="${name}" ${extra}${required ? ' required' : ''}>`,
    required,
  );
}

function select(id: string, name: string, label: string, options: readonly string[]): string {
  const opts = [
    `<option value="">Pilih ${label}</option>`,
    ...options.map((o, i) => `<option value="${i}">${o}</option>`),
  ].join('');
  return row(id, label, `<select id="${id}" name="${name}" required>${opts}</select>`);
}

/** The checkout form: 25 visible fields, consent checkboxes, an implied-consent statement by the submit button. */
export function checkoutForm(rand: () => number): string {
  const cities = Array.from(
    { length: 24 },
    (_, i) =>
      `Kota ${pick(rand, ['Bandung', 'Bogor', 'Depok', 'Bekasi', 'Malang', 'Medan'])} ${i + 1}`,
  );
  const districts = Array.from({ length: 18 }, (_, i) => `Kecamatan ${i + 1}`);
  const days = Array.from({ length: 31 }, (_, i) => String(i + 1));
  const months = [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ];
  const years = Array.from({ length: 60 }, (_, i) => String(2008 - i));
  const banks = ['BCA', 'BNI', 'BRI', 'Mandiri', 'CIMB Niaga', 'Permata', 'BSI'];
  return `<form class="checkout" name="checkout" method="post" action="/checkout/proses" novalidate>
  <input type="hidden" name="_token" value="abc123">
  <div class="hp-field" aria-hidden="true"><input type="text" name="website_hp" tabindex="-1" autocomplete="off"></div>
  <fieldset class="contact"><legend>Informasi Kontak</legend>
    ${row('email', 'Alamat Email', '<input type="email" id="email" name="email" autocomplete="email" required>')}
    ${row('phone', 'Nomor HP', '<input type="tel" id="phone" name="phone" autocomplete="tel" inputmode="tel" maxlength="15" required>')}
    ${row('password', 'Buat Kata Sandi', '<input type="password" id="password" name="password" autocomplete="new-password">', false)}
  </fieldset>
  <fieldset class="shipping"><legend>Alamat Pengiriman</legend>
    ${text('first_name', 'shipping_first_name', 'Nama Depan', 'autocomplete="given-name"')}
    ${text('last_name', 'shipping_last_name', 'Nama Belakang', 'autocomplete="family-name"', false)}
    ${text('company', 'shipping_company', 'Nama Perusahaan', '', false)}
    ${row('address_1', 'Alamat Lengkap', '<textarea id="address_1" name="shipping_address_1" rows="3" required></textarea>')}
    ${text('landmark', 'shipping_landmark', 'Patokan', 'placeholder="Contoh: dekat masjid"', false)}
    ${select('province', 'shipping_province', 'Provinsi', PROVINCES)}
    ${select('city', 'shipping_city', 'Kota/Kabupaten', cities)}
    ${select('district', 'shipping_district', 'Kecamatan', districts)}
    ${text('village', 'shipping_village', 'Kelurahan/Desa')}
    ${text('postcode', 'shipping_postcode', 'Kode Pos', 'autocomplete="postal-code" inputmode="numeric" maxlength="5"')}
  </fieldset>
  <fieldset class="identity"><legend>Data Diri</legend>
    ${text('nik', 'nik', 'NIK (Nomor Induk Kependudukan)', 'inputmode="numeric" maxlength="16"')}
    ${text('npwp', 'npwp', 'NPWP', '', false)}
    ${select('dob_day', 'dob_day', 'Tanggal Lahir', days)}
    ${select('dob_month', 'dob_month', 'Bulan Lahir', months)}
    ${select('dob_year', 'dob_year', 'Tahun Lahir', years)}
    <div class="form-row"><span class="question">Jenis Kelamin</span>
      <label><input type="radio" name="gender" value="m"> Laki-laki</label>
      <label><input type="radio" name="gender" value="f"> Perempuan</label>
    </div>
    ${text('mother_name', 'mother_maiden_name', 'Nama Ibu Kandung', '', false)}
  </fieldset>
  <fieldset class="shipping-method"><legend>Metode Pengiriman</legend>
    ${['Reguler (2-4 hari) Rp18.000', 'Kilat (1 hari) Rp35.000', 'Ambil di toko Gratis']
      .map(
        (t, i) =>
          `<label class="radio-card"><input type="radio" name="shipping_method" value="${i}"${i === 0 ? ' checked' : ''}> ${t}</label>`,
      )
      .join('')}
  </fieldset>
  <fieldset class="payment"><legend>Pembayaran</legend>
    ${['Transfer Bank (Virtual Account)', 'Kartu Kredit/Debit', 'E-wallet', 'Bayar di Tempat (COD)']
      .map(
        (t, i) =>
          `<label class="radio-card"><input type="radio" name="payment_method" value="${i}"> ${t}</label>`,
      )
      .join('')}
    ${select('bank', 'bank', 'Nama Bank', banks)}
    ${text('card_number', 'card_number', 'Nomor Kartu', 'autocomplete="cc-number" inputmode="numeric"')}
    ${text('card_exp', 'card_exp', 'Masa Berlaku (BB/TT)', 'autocomplete="cc-exp"')}
    ${text('card_cvv', 'card_cvv', 'CVV', 'autocomplete="cc-csc" maxlength="4"')}
  </fieldset>
  <div class="notes">${row('order_notes', 'Catatan untuk Penjual', '<textarea id="order_notes" name="order_notes"></textarea>', false)}
    ${text('voucher', 'coupon_code', 'Kode Voucher', '', false)}</div>
  <div class="consents">
    <p class="consent"><label><input type="checkbox" name="terms" id="terms" required> Saya telah membaca dan menyetujui <a href="/syarat-ketentuan">Syarat &amp; Ketentuan</a> serta <a href="/kebijakan-privasi">Kebijakan Privasi</a> <abbr class="required">*</abbr></label></p>
    <p class="consent"><label><input type="checkbox" name="newsletter" id="newsletter" checked> Kirimi saya promo, penawaran dan rekomendasi produk melalui email dan WhatsApp</label></p>
    <p class="consent"><label><input type="checkbox" name="share_partners" id="share_partners" checked> Saya bersedia data pribadi saya dibagikan kepada mitra dan afiliasi untuk keperluan pemasaran</label></p>
  </div>
  <div class="place-order">
    <p class="legal">Dengan menekan tombol <strong>Bayar Sekarang</strong>, Anda dianggap telah menyetujui pengumpulan dan penggunaan data pribadi Anda sesuai <a href="/kebijakan-privasi">Kebijakan Privasi</a> kami.</p>
    <button type="submit" class="button alt" name="place_order" id="place_order">Bayar Sekarang</button>
  </div>
</form>`;
}

/** Order summary aside: the cart. */
function summary(rand: () => number, items: number): string {
  const lines = Array.from({ length: items }, (_, i) => {
    const price = 10_000 + Math.floor(rand() * 900) * 1_000;
    return `<li class="cart-item"><img src="/p/${i}.jpg" alt=""><div class="meta"><span class="name">${pick(rand, ITEMS)} ${pick(rand, WORDS)}</span><span class="variant">Warna: Hitam, Ukuran: M</span><span class="qty">x1</span></div><span class="price">${rupiah(price)}</span></li>`;
  }).join('');
  return `<aside class="order-summary"><h2>Ringkasan Pesanan</h2><ul class="cart-items">${lines}</ul>
  <dl class="totals"><dt>Subtotal</dt><dd>Rp450.000</dd><dt>Ongkos Kirim</dt><dd>Rp18.000</dd><dt>Total</dt><dd><strong>Rp468.000</strong></dd></dl></aside>`;
}

/** Footer: link columns, policy links, social icons (svg). */
function footer(rand: () => number, columns: number, links: number): string {
  const cols = Array.from({ length: columns }, (_, c) => {
    const ls = Array.from(
      { length: links },
      (_, l) =>
        `<li><a href="/info/${c}/${l}">${pick(rand, ['Tentang Kami', 'Karier', 'Blog', 'Bantuan', 'Cara Belanja', 'Pengembalian', 'Konfirmasi Pembayaran', 'Hubungi Kami'])}</a></li>`,
    ).join('');
    return `<div class="footer-col"><h4>Info ${c + 1}</h4><ul>${ls}</ul></div>`;
  }).join('');
  const social = ['facebook', 'instagram', 'x', 'tiktok', 'youtube']
    .map(
      (s) =>
        `<a href="https://${s}.example/tokobench" aria-label="${s}"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"></path></svg></a>`,
    )
    .join('');
  return `<footer class="site-footer"><div class="footer-cols">${cols}</div>
  <div class="social">${social}</div>
  <div class="legal-links"><a href="/kebijakan-privasi">Kebijakan Privasi</a> · <a href="/syarat-ketentuan">Syarat &amp; Ketentuan</a> · <a href="/kebijakan-cookie">Kebijakan Cookie</a> · <a href="mailto:cs@tokobench.example">cs@tokobench.example</a></div>
  <p class="copy">© 2026 PT Toko Bench Indonesia</p></footer>`;
}

function head(title: string, scripts: number): string {
  const js = Array.from(
    { length: scripts },
    (_, i) => `<script src="/assets/chunk-${i}.js" defer></script>`,
  ).join('');
  return `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><link rel="stylesheet" href="/app.css">${js}<script>window.dataLayer=[];</script></head>`;
}

/** One product card (≈25 elements, nesting depth ≈6). */
function productCard(rand: () => number, i: number): string {
  const price = 15_000 + Math.floor(rand() * 2_000) * 500;
  const stars = Array.from(
    { length: 5 },
    (_, s) => `<i class="star${s < 4 ? ' on' : ''}"></i>`,
  ).join('');
  return `<div class="product-card" data-id="${i}"><a class="thumb" href="/produk/${i}"><div class="img-wrap"><img src="/img/${i}.webp" alt="${pick(rand, ITEMS)}" loading="lazy"></div></a>
<div class="card-body"><h3 class="title"><a href="/produk/${i}">${pick(rand, ITEMS)} ${pick(rand, WORDS)} ${pick(rand, WORDS)}</a></h3>
<div class="price"><span class="now">${rupiah(price)}</span> <s class="was">${rupiah(price * 2)}</s> <span class="off">50%</span></div>
<div class="rating">${stars}<span class="count">(${Math.floor(rand() * 900)})</span></div>
<ul class="badges"><li>Gratis Ongkir</li><li>COD</li></ul>
<div class="shop"><span class="city">Jakarta Barat</span></div>
<div class="actions"><button type="button" class="add">+ Keranjang</button><button type="button" class="wish" aria-label="Wishlist">♡</button></div></div></div>`;
}

/** Nested wrappers `depth` deep around `inner`, the way component libraries wrap things. */
function nest(depth: number, inner: string): string {
  return `${'<div class="wrap">'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
}

/** ≈1,500 elements: header + mega-menu, 25-field checkout form, cart summary, footer. */
export function typicalCheckoutPage(seed = 20261125): string {
  const rand = prng(seed);
  return `<!doctype html><html lang="id">${head('Checkout - Toko Bench', 12)}<body>
${header(rand, 5, 9)}
<main class="checkout-page"><nav class="breadcrumb"><a href="/">Beranda</a> / <a href="/keranjang">Keranjang</a> / <span>Checkout</span></nav>
<h1>Checkout</h1><div class="layout"><section class="form-col">${checkoutForm(rand)}</section>${summary(rand, 8)}</div></main>
${footer(rand, 5, 10)}
</body></html>`;
}

/**
 * ≈50,000 elements: the same checkout form, surrounded by a huge product grid
 * (cards before and after the form), long lists (reviews, a 2,000-link sitemap
 * list) and deep wrapper nesting (the form sits 60 wrappers deep; a 300-deep
 * chain elsewhere).
 */
export function hugeCheckoutPage(seed = 20261125, cards = 1_600): string {
  const rand = prng(seed);
  const half = Math.floor(cards / 2);
  const grid = (from: number, to: number): string =>
    `<section class="recommendations"><h2>Rekomendasi untukmu</h2><div class="product-grid">${Array.from({ length: to - from }, (_, k) => productCard(rand, from + k)).join('')}</div></section>`;
  const reviews = Array.from(
    { length: 600 },
    (_, i) =>
      `<li class="review"><div class="who"><img src="/u/${i}.png" alt=""><b>Pembeli ${i}</b></div><p>${pick(rand, ['Barang sesuai deskripsi', 'Pengiriman cepat', 'Kualitas oke', 'Penjual ramah'])}, ${pick(rand, WORDS).toLowerCase()}.</p></li>`,
  ).join('');
  const sitemap = Array.from(
    { length: 2_000 },
    (_, i) => `<li><a href="/c/${i}">${pick(rand, ITEMS)} ${i}</a></li>`,
  ).join('');
  return `<!doctype html><html lang="id">${head('Checkout - Toko Bench', 40)}<body>
${header(rand, 5, 9)}
<main class="checkout-page">
${grid(0, half)}
${nest(60, `<h1>Checkout</h1><div class="layout"><section class="form-col">${checkoutForm(rand)}</section>${summary(rand, 8)}</div>`)}
${grid(half, cards)}
<section class="reviews"><h2>Ulasan Pembeli</h2><ul>${reviews}</ul></section>
${nest(300, '<p>Konten bersarang dalam</p>')}
<section class="sitemap"><h2>Kategori Populer</h2><ul>${sitemap}</ul></section>
</main>
${footer(rand, 6, 12)}
</body></html>`;
}

/** ≈3,000 elements, no forms and no inputs: a long blog article with comments and related posts. */
export function articlePage(seed = 20261125, paragraphs = 660): string {
  const rand = prng(seed);
  const sentences = [
    'Belanja daring di Indonesia terus tumbuh setiap tahun.',
    'Banyak toko kini menawarkan pembayaran COD dan paylater.',
    'Pastikan Anda membaca kebijakan privasi sebelum mendaftar.',
    'Ongkos kirim sering menjadi pertimbangan utama pembeli.',
    'Ulasan pembeli membantu memilih produk yang tepat.',
  ];
  const body = Array.from({ length: paragraphs }, (_, i) => {
    const p = `<p>${pick(rand, sentences)} <a href="/artikel/${i}">${pick(rand, ITEMS)}</a> ${pick(rand, sentences)} <em>${pick(rand, WORDS)}</em>.</p>`;
    return i % 20 === 0
      ? `<h2>Bagian ${i / 20 + 1}</h2><figure><img src="/a/${i}.jpg" alt=""><figcaption>Ilustrasi ${i}</figcaption></figure>${p}`
      : p;
  }).join('');
  const related = Array.from(
    { length: 40 },
    (_, i) =>
      `<li><a href="/artikel/r${i}"><img src="/r/${i}.jpg" alt=""><span>${pick(rand, ITEMS)} ${pick(rand, WORDS)}</span></a></li>`,
  ).join('');
  return `<!doctype html><html lang="id">${head('Tips Belanja Online Aman - Blog Toko Bench', 8)}<body>
${header(rand, 4, 8).replace(/<form[\s\S]*?<\/form>/, '<div class="search-link"><a href="/cari">Cari</a></div>')}
<main><article><h1>Tips Belanja Online yang Aman</h1><div class="byline"><span>Redaksi</span> · <time datetime="2026-11-25">25 November 2026</time></div>${body}</article>
<aside class="related"><h2>Artikel Terkait</h2><ul>${related}</ul></aside></main>
${footer(rand, 4, 8)}
</body></html>`;
}

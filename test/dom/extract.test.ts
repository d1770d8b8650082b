import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../analyzer/analyze';
import { extractPage } from '../../analyzer/extract';
import { PageSnapshotSchema, type PageSnapshot } from '../../analyzer/model/snapshot';
import { DOM_NAMES, DOMS } from '../support/dom';

const URL = 'https://toko.example.co.id/checkout/';
const page = (body: string, lang = 'id') =>
  `<!doctype html><html lang="${lang}"><head><title>Checkout</title></head><body>${body}</body></html>`;

describe.each(DOM_NAMES)('extractPage in %s', (domName) => {
  const extract = (body: string, lang?: string): PageSnapshot => {
    const snapshot = extractPage(DOMS[domName](page(body, lang)), { url: URL });
    // Every snapshot must satisfy its own schema: it crosses a trust boundary.
    return PageSnapshotSchema.parse(snapshot);
  };
  const field = (s: PageSnapshot, key: string) =>
    s.fields.find((f) => f.name === key || f.id === key);

  it('reads labels from for=, a wrapping label, aria-labelledby, aria-label and placeholder', () => {
    const s = extract(`<form>
      <label for="nama">Nama Lengkap</label><input id="nama" name="nama">
      <label>Email <input name="email" type="email"></label>
      <span id="hp-label">No. HP/WhatsApp</span><input name="hp" aria-labelledby="hp-label">
      <input name="kodepos" aria-label="Kode Pos">
      <input name="kota" placeholder="Kota / Kabupaten">
      <button type="submit">Buat Pesanan</button></form>`);
    expect(field(s, 'nama')?.label).toBe('Nama Lengkap');
    expect(field(s, 'email')?.label).toBe('Email');
    expect(field(s, 'hp')?.label).toBe('No. HP/WhatsApp');
    expect(field(s, 'kodepos')?.ariaLabel).toBe('Kode Pos');
    expect(field(s, 'kota')?.placeholder).toBe('Kota / Kabupaten');
  });

  it('reads a fieldset legend and the text right before an unlabelled control', () => {
    const s = extract(`<form><fieldset><legend>Alamat Pengiriman</legend>
      <div><span>Kecamatan</span><select name="kec"><option>Pilih</option><option>Menteng</option></select></div>
      </fieldset><button>Lanjut</button></form>`);
    const kec = field(s, 'kec');
    expect(kec?.legend).toBe('Alamat Pengiriman');
    expect(kec?.nearbyText).toBe('Kecamatan');
    expect(kec?.options).toEqual(['Pilih', 'Menteng']);
    expect(kec?.tag).toBe('select');
  });

  it('keeps autocomplete tokens, type, required attribute, aria-required and markers', () => {
    const s = extract(`<form>
      <label for="a">Telepon</label><input id="a" type="tel" autocomplete="shipping tel-national" required>
      <label for="b">Kode Pos</label><input id="b" aria-required="true">
      <label for="c">NIK *</label><input id="c">
      <label for="d">Nama Perusahaan (opsional)</label><input id="d">
      <p class="form-row validate-required"><label for="e">Kota</label><input id="e"></p>
      <button>Bayar</button></form>`);
    expect(field(s, 'a')).toMatchObject({
      inputType: 'tel',
      autocomplete: ['shipping', 'tel-national'],
      required: true,
    });
    expect(field(s, 'b')?.required).toBe(true);
    // A label marker ("NIK *") is judged in classification; markup alone says not required.
    expect(field(s, 'c')?.required).toBe(false);
    const page = classifyPage(s);
    expect(page.fields.find((f) => f.id === 'c')?.required).toBe(true);
    expect(page.fields.find((f) => f.id === 'd')?.required).toBe(false);
    expect(field(s, 'd')?.required).toBe(false);
    expect(field(s, 'e')?.required).toBe(true);
  });

  it('leaves out hidden inputs, hidden or disabled controls, honeypots and search boxes', () => {
    const s =
      extract(`<header><form action="/search" role="search"><input name="q" placeholder="Cari produk"></form></header>
      <form>
      <input type="hidden" name="nonce" value="x">
      <input name="visible" aria-label="Nama">
      <input name="hidden_attr" hidden>
      <div style="display: none"><input name="in_hidden_div"></div>
      <div aria-hidden="true"><input name="aria_hidden"></div>
      <input name="website_hp" tabindex="-1" autocomplete="off" style="position:absolute;left:-5000px">
      <input name="disabled_one" disabled>
      <details><summary>More</summary><input name="in_closed_details"></details>
      <button>Kirim</button></form>`);
    expect(s.fields.map((f) => f.name)).toEqual(['visible']);
  });

  it('reads choice controls with links and default state; classification separates consents from options', () => {
    const s = extract(`<form>
      <label><input type="checkbox" name="ship_other"> Kirim ke alamat lain?</label>
      <label><input type="checkbox" name="promo" checked> Kirimi saya promo dan penawaran melalui WhatsApp</label>
      <input type="checkbox" id="tos" required> <label for="tos">Saya menyetujui <a href="/syarat">Syarat &amp; Ketentuan</a> dan <a href="/kebijakan-privasi">Kebijakan Privasi</a></label>
      <div role="switch" aria-checked="true" id="personal-ads">Iklan yang dipersonalisasi berdasarkan data saya</div>
      <button>Buat Pesanan</button></form>`);
    // Extract, then judge: the snapshot holds every choice control; classifyPage decides.
    const page = classifyPage(s);
    expect(page.fields.find((f) => f.name === 'ship_other')?.inputType).toBe('checkbox');
    expect(page.consents.map((c) => c.selector)).not.toContain('input[name="ship_other"]');
    expect(page.consents.filter((c) => c.control !== 'implied_text')).toHaveLength(3);
    const promo = s.controls.find((c) => c.name === 'promo');
    expect(promo).toMatchObject({ control: 'checkbox', prechecked: true, required: false });
    const tos = s.controls.find((c) => c.id === 'tos');
    expect(tos).toMatchObject({ prechecked: false, required: true });
    expect(tos?.text).toContain('Syarat & Ketentuan');
    expect(tos?.links.map((l) => l.href)).toEqual([
      'https://toko.example.co.id/syarat',
      'https://toko.example.co.id/kebijakan-privasi',
    ]);
    expect(s.controls.find((c) => c.id === 'personal-ads')).toMatchObject({
      control: 'toggle',
      prechecked: true,
    });
  });

  it('lists a radio group once: a field for gender, a consent for a newsletter yes/no', () => {
    const s = extract(`<form>
      <fieldset><legend>Jenis Kelamin</legend>
        <label><input type="radio" name="gender" value="l"> Laki-laki</label>
        <label><input type="radio" name="gender" value="p"> Perempuan</label></fieldset>
      <fieldset><legend>Berlangganan newsletter promo?</legend>
        <label><input type="radio" name="newsletter" value="1" checked> Ya</label>
        <label><input type="radio" name="newsletter" value="0"> Tidak</label></fieldset>
      <button>Daftar</button></form>`);
    expect(s.controls.filter((c) => c.name === 'gender')).toHaveLength(1);
    const page = classifyPage(s);
    const gender = page.fields.filter((f) => f.name === 'gender');
    expect(gender).toHaveLength(1);
    expect(gender[0]).toMatchObject({
      inputType: 'radio',
      label: 'Jenis Kelamin',
      category: 'gender',
    });
    expect(s.controls.find((c) => c.name === 'gender')).toMatchObject({
      question: 'Jenis Kelamin',
      choices: ['Laki-laki', 'Perempuan'],
    });
    expect(page.consents.filter((c) => c.control === 'radio')).toHaveLength(1);
    const newsletter = s.controls.filter((c) => c.name === 'newsletter');
    expect(newsletter).toHaveLength(1);
    expect(newsletter[0]).toMatchObject({ control: 'radio', prechecked: true });
  });

  it('groups form-less SPA fields by the container that holds the submit button', () => {
    const s =
      extract(`<div id="app"><header><div class="newsletter"><input name="nl_email" aria-label="Email"><button>Berlangganan</button></div></header>
      <section id="checkout"><h2>Alamat Pengiriman</h2><div><input name="penerima" aria-label="Nama Penerima"></div>
      <div><input name="telp" aria-label="Nomor HP"></div><div class="actions"><button>Bayar Sekarang</button></div></section></div>`);
    const penerima = field(s, 'penerima');
    const telp = field(s, 'telp');
    expect(penerima?.group).toBe(telp?.group);
    const group = s.groups[penerima?.group ?? -1];
    expect(group).toMatchObject({ kind: 'formless', heading: 'Alamat Pengiriman' });
    expect(group?.submitTexts).toContain('Bayar Sekarang');
  });

  it('records form action and method resolved against the page URL', () => {
    const s =
      extract(`<form action="https://pay.other.example/collect" method="POST"><input name="nama" aria-label="Nama"><button>Bayar</button></form>
      <form action="/register"><input name="email" aria-label="Email"><button>Daftar</button></form>`);
    expect(s.groups.map((g) => [g.action, g.method])).toEqual([
      ['https://pay.other.example/collect', 'post'],
      ['https://toko.example.co.id/register', 'get'],
    ]);
  });

  it('finds implied-consent statements near the submit button, not consent labels', () => {
    const s = extract(`<form><input name="hp" aria-label="Nomor HP">
      <label><input type="checkbox" name="agree"> Dengan mencentang, saya menyetujui Syarat &amp; Ketentuan</label>
      <button>Daftar</button>
      <p class="legal">Dengan mendaftar, Anda menyetujui <a href="/syarat">Syarat &amp; Ketentuan</a> dan <a href="/privasi">Kebijakan Privasi</a> kami.</p></form>`);
    expect(s.statements).toHaveLength(1);
    expect(s.statements[0]).toMatchObject({ nearSubmit: true });
    expect(s.statements[0]?.text).toBe(
      'Dengan mendaftar, Anda menyetujui Syarat & Ketentuan dan Kebijakan Privasi kami.',
    );
    expect(s.statements[0]?.links.map((l) => l.href)).toContain(
      'https://toko.example.co.id/privasi',
    );
  });

  it('keeps statement candidates for the background to judge', () => {
    const s = extract(`<form><input name="hp" aria-label="Nomor HP"><button>Daftar</button>
      <p>Syarat pengiriman berlaku untuk wilayah Jabodetabek.</p>
      <div><p>Dengan mendaftar, Anda menyetujui Kebijakan Privasi kami.</p></div></form>`);
    expect(s.statements.map((x) => x.text)).toContain(
      'Syarat pengiriman berlaku untuk wilayah Jabodetabek.',
    );
    const implied = classifyPage(s).consents.filter((c) => c.control === 'implied_text');
    expect(implied.map((c) => c.text)).toEqual([
      'Dengan mendaftar, Anda menyetujui Kebijakan Privasi kami.',
    ]);
  });

  it('finds privacy-policy links anywhere, resolved and de-duplicated, marking those on the form', () => {
    const s =
      extract(`<form><input name="email" aria-label="Email"><a href="/kebijakan-privasi">Kebijakan Privasi</a><button>Daftar</button></form>
      <footer><ul><li><a href="/kebijakan-privasi">Kebijakan Privasi</a></li><li><a href="https://toko.example.co.id/privacy">Privacy Notice</a></li>
      <li><a href="/syarat">Syarat &amp; Ketentuan</a></li></ul></footer>`);
    expect(s.policyLinks.map((l) => [l.href, l.group])).toEqual([
      ['https://toko.example.co.id/kebijakan-privasi', 0],
      ['https://toko.example.co.id/privacy', undefined],
    ]);
  });

  it('never records what the user typed', () => {
    const doc = DOMS[domName](
      page(`<form><input name="email" aria-label="Email" value="prefilled-secret@example.com">
      <textarea name="catatan" aria-label="Catatan">typed-secret-note</textarea><button>Kirim</button></form>`),
    );
    const input = doc.querySelector('input[name="email"]') as HTMLInputElement;
    input.value = 'typed-secret-7731@example.com';
    const json = JSON.stringify(extractPage(doc, { url: URL }));
    expect(json).not.toContain('secret');
    expect(json).toContain('"email"');
  });

  it('bounds what a hostile page can make it hold', () => {
    const boxes = Array.from(
      { length: 400 },
      (_, i) =>
        `<label><input type="checkbox" name="c${i}"> Saya setuju menerima promo ${i} ${'x'.repeat(3000)}</label>`,
    ).join('');
    const s = extract(`<form>${boxes}<button>Daftar</button></form>`);
    expect(s.controls.length).toBeLessThanOrEqual(150);
    expect(s.truncated).toBe(true);
    expect(Math.max(...s.controls.map((c) => c.text.length))).toBeLessThanOrEqual(2000);
  });

  it('reads language hints and headings, and keeps external scripts', () => {
    const s = extract(
      `<h1>Pembayaran</h1><script src="https://static.hotjar.example/c/hotjar.js"></script><form><input name="email" aria-label="Email"><button>Bayar</button></form>`,
    );
    expect(s.htmlLang).toBe('id');
    expect(s.headings).toEqual(['Pembayaran']);
    expect(s.scripts).toEqual(['https://static.hotjar.example/c/hotjar.js']);
  });
});

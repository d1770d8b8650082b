import { describe, expect, it } from 'vitest';
import { extractPage, type PageSnapshot } from '../../../analyzer';
import {
  groupOfClick,
  groupOfEnter,
  groupOfForm,
  hasValue,
  isContactField,
  maskHint,
  observeGroup,
  storeHintsOf,
} from '../../../entrypoints/consent.content/submit-watch';
import { maskHint as historyMaskHint } from '../../../history';
import { DOMS } from '../../support/dom';

// The pure parts of the submit watch, in happy-dom: what counts as a value,
// which group a submit belongs to, what the message holds (never a value).

const PAGE = `<!doctype html><html lang="id"><body>
  <form id="login" action="/login" method="post">
    <label for="l-email">Email</label><input id="l-email" name="l_email" type="email">
    <label for="l-pw">Kata sandi</label><input id="l-pw" name="l_pw" type="password">
    <button type="submit" id="masuk">Masuk</button>
  </form>
  <form id="checkout" action="/bayar" method="post">
    <label for="nama">Nama Lengkap</label><input id="nama" name="nama">
    <label for="email">Email</label><input id="email" name="email" type="email">
    <label for="hp">No. HP</label><input id="hp" name="hp">
    <label for="nik">NIK</label><input id="nik" name="nik" inputmode="numeric">
    <label for="prov">Provinsi</label>
    <select id="prov" name="prov"><option value="">Pilih provinsi</option><option value="jb">Jawa Barat</option></select>
    <label for="catatan">Catatan</label><textarea id="catatan" name="catatan"></textarea>
    <label><input type="checkbox" id="promo" name="promo" checked> Kirimi saya promo dan penawaran</label>
    <label><input type="checkbox" id="setuju" name="setuju"> Saya setuju dengan Syarat &amp; Ketentuan dan Kebijakan Privasi</label>
    <fieldset><legend>Mau menerima newsletter?</legend>
      <label><input type="radio" name="news" value="ya"> Ya, saya mau</label>
      <label><input type="radio" name="news" value="tidak"> Tidak</label>
    </fieldset>
    <button type="button" id="cek">Cek ongkir</button>
    <button type="button" id="buat">Buat Pesanan</button>
    <button type="submit" id="bayar">Bayar Sekarang</button>
  </form>
  <div id="spa"><h2>Checkout</h2>
    <div id="spa-box">
      <label for="s-email">Email</label><input id="s-email" name="s_email" type="email">
      <label for="s-note">Catatan</label><textarea id="s-note" name="s_note"></textarea>
      <button type="button" id="s-pay"><span>Bayar</span></button>
      <button type="button" id="s-back">Kembali</button>
    </div>
  </div>
</body></html>`;

function setup(): { doc: Document; snapshot: PageSnapshot; el: (id: string) => HTMLInputElement } {
  const doc = DOMS['happy-dom'](PAGE);
  const snapshot = extractPage(doc, { url: 'https://toko.test/checkout' });
  const el = (id: string) => doc.getElementById(id) as HTMLInputElement;
  return { doc, snapshot, el };
}

const groupOf = (snapshot: PageSnapshot, selector: string) =>
  snapshot.groups.find((g) => g.selector === selector)?.index ?? -1;

describe('hasValue', () => {
  const { el, doc } = setup();
  it.each<[string, (e: HTMLInputElement) => void, boolean]>([
    ['an empty text field', () => undefined, false],
    ['spaces only', (e) => (e.value = '   '), false],
    ['a typed value', (e) => (e.value = 'x'), true],
  ])('text input: %s → %s', (_what, act, expected) => {
    const input = el('nama');
    input.value = '';
    act(input);
    expect(hasValue(input)).toBe(expected);
  });

  it('textarea', () => {
    const area = doc.getElementById('catatan') as HTMLTextAreaElement;
    expect(hasValue(area)).toBe(false);
    area.value = 'tolong cepat';
    expect(hasValue(area)).toBe(true);
  });

  it('select: the placeholder option is not a value', () => {
    const select = doc.getElementById('prov') as HTMLSelectElement;
    expect(hasValue(select)).toBe(false);
    select.value = 'jb';
    expect(hasValue(select)).toBe(true);
  });

  it('select: a first "Pilih…" option with a value is still a placeholder', () => {
    const d = DOMS['happy-dom'](
      '<select id="s"><option value="0">-- Pilih kota --</option><option value="1">Bandung</option></select>',
    );
    const select = d.getElementById('s') as HTMLSelectElement;
    expect(hasValue(select)).toBe(false);
    select.value = '1';
    expect(hasValue(select)).toBe(true);
  });

  it('checkboxes, radios and custom switches by their state', () => {
    expect(hasValue(el('promo'))).toBe(true);
    expect(hasValue(el('setuju'))).toBe(false);
    const d = DOMS['happy-dom']('<span id="sw" role="switch" aria-checked="true"></span>');
    expect(hasValue(d.getElementById('sw') as Element)).toBe(true);
  });
});

describe('grouping', () => {
  const { doc, snapshot, el } = setup();
  const login = groupOf(snapshot, '#login');
  const checkout = groupOf(snapshot, '#checkout');
  const spa = groupOf(snapshot, '#spa-box');

  it('the snapshot has the two forms and the form-less group', () => {
    expect([login, checkout, spa].every((g) => g >= 0)).toBe(true);
    expect(snapshot.groups[spa]?.kind).toBe('formless');
  });

  it('a submit event maps to its form', () => {
    expect(groupOfForm(doc, snapshot, el('checkout'))).toBe(checkout);
    expect(groupOfForm(doc, snapshot, el('login'))).toBe(login);
    expect(groupOfForm(doc, snapshot, el('spa'))).toBe(-1);
  });

  it('a click on a submit-like button of a form-less group (or inside it) maps to the group', () => {
    expect(groupOfClick(doc, snapshot, el('s-pay'))).toBe(spa);
    expect(groupOfClick(doc, snapshot, el('s-pay').firstElementChild as Element)).toBe(spa);
    expect(groupOfClick(doc, snapshot, el('s-back'))).toBe(-1);
    expect(groupOfClick(doc, snapshot, el('s-email'))).toBe(-1);
  });

  it('native submit buttons report through the submit event, scripted ones by the click', () => {
    expect(groupOfClick(doc, snapshot, el('bayar'))).toBe(-1);
    expect(groupOfClick(doc, snapshot, el('buat'))).toBe(checkout);
    expect(groupOfClick(doc, snapshot, el('cek'))).toBe(-1);
  });

  it('Enter in a one-line field of a form-less group only', () => {
    const key = (target: Element, k = 'Enter') =>
      ({ key: k, isComposing: false, target }) as unknown as KeyboardEvent;
    expect(groupOfEnter(doc, snapshot, key(el('s-email')))).toBe(spa);
    expect(groupOfEnter(doc, snapshot, key(el('s-email'), 'a'))).toBe(-1);
    expect(groupOfEnter(doc, snapshot, key(el('s-note')))).toBe(-1);
    expect(groupOfEnter(doc, snapshot, key(el('email')))).toBe(-1);
  });
});

describe('observeGroup', () => {
  const VALUES = {
    nama: 'Zulkarnaen Qwertyanto',
    email: 'tegas-probe-9931@example.test',
    hp: '081298765432',
    nik: '6201099912345678',
  } as const;

  function submitted(storeHints: boolean) {
    const { doc, snapshot, el } = setup();
    for (const [id, value] of Object.entries(VALUES)) el(id).value = value;
    (doc.querySelector('input[name="news"][value="ya"]') as HTMLInputElement).checked = true;
    const group = groupOf(snapshot, '#checkout');
    const message = observeGroup(doc, snapshot, group, {
      storeHints,
      url: 'https://toko.test/checkout',
      at: '2026-03-01T10:00:00.000Z',
    });
    return { message, group, snapshot };
  }

  it('says per field of the group whether it had a value, and each choice control state', () => {
    const { message, group, snapshot } = submitted(false);
    expect(message).not.toBeNull();
    expect(message?.group).toBe(group);
    const filled = Object.fromEntries(message?.filled.map((f) => [f.selector, f.hadValue]) ?? []);
    expect(filled).toMatchObject({
      '#nama': true,
      '#email': true,
      '#hp': true,
      '#nik': true,
      '#prov': false,
      '#catatan': false,
    });
    // Only the submitted group's fields.
    expect(Object.keys(filled)).not.toContain('#l-email');
    const states = Object.fromEntries(
      message?.consentStates.map((c) => [c.selector, c.checked]) ?? [],
    );
    expect(states).toEqual({
      '#promo': true,
      '#setuju': false,
      'input[name="news"]': true,
    });
    expect(snapshot.fields.every((f) => f.group !== group || f.selector in filled)).toBe(true);
    expect(message?.hints).toBeUndefined();
  });

  it('carries no typed value, nor its digits', () => {
    for (const storeHints of [false, true]) {
      const json = JSON.stringify(submitted(storeHints).message);
      for (const value of Object.values(VALUES)) {
        expect(json).not.toContain(value);
        expect(json).not.toContain(value.replace(/\D/g, '').slice(-8) || value);
      }
      expect(json).not.toContain('Qwertyanto');
      expect(json).not.toContain('tegas-probe');
    }
  });

  it('with storeHints: masked hints for email and phone fields only (not the NIK)', () => {
    const { message } = submitted(true);
    expect(message?.hints).toEqual([
      { selector: '#email', hint: 't***@example.test' },
      { selector: '#hp', hint: '0812****5432' },
    ]);
  });

  it('a group with nothing in the snapshot gives no message', () => {
    const { doc, snapshot } = setup();
    expect(observeGroup(doc, snapshot, 99, { storeHints: false, url: 'x', at: 'y' })).toBeNull();
  });
});

describe('isContactField', () => {
  const { snapshot } = setup();
  const field = (selector: string) => snapshot.fields.find((f) => f.selector === selector);
  it.each([
    ['#email', true],
    ['#hp', true],
    ['#nik', false],
    ['#nama', false],
    ['#l-pw', false],
  ])('%s → %s', (selector, expected) => {
    const f = field(selector);
    expect(f).toBeDefined();
    if (f) expect(isContactField(f)).toBe(expected);
  });
});

describe('the local masker equals history/mask.ts', () => {
  it.each([
    'jane.doe@gmail.com',
    '  Jane.Doe@Gmail.COM ',
    'ab@yahoo.co.id',
    '081234567890',
    '+62 812-3456-7890',
    '6281234567890',
    '0812 3456 78',
    '08123456789',
    '3174012345678901',
    '6201099912345678',
    '4111 1111 1111 1111',
    'Jane Doe',
    '08123',
    'Jl. Merdeka No. 10',
    'jane@localhost',
    'j@x.y',
    '',
    '(021) 555-0123',
  ])('%j', (value) => {
    expect(maskHint(value)).toBe(historyMaskHint(value));
  });
});

describe('storeHintsOf', () => {
  it.each<[unknown, boolean]>([
    [undefined, false],
    [{ storeHints: true }, true],
    [{ storeHints: 'true' }, false],
    [{ keepHistory: true }, false],
    ['storeHints', false],
  ])('%j → %s', (stored, expected) => {
    expect(storeHintsOf(stored)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPage } from '../../analyzer/extract';
import { DOMS } from '../support/dom';

// The content script re-scans SPA pages; a box the user ticked in between must
// not turn into a "pre-ticked" one. extractPage's firstSeenChecked memo keeps
// each control's state from the first scan that saw it.

const URL = 'https://toko.example/checkout';
const html = `<!doctype html><html><body><form>
  <label><input type="checkbox" name="promo"> Saya setuju menerima promosi</label>
  <label><input type="checkbox" name="mitra"> Saya setuju data dibagikan ke mitra</label>
  <button>Bayar</button></form></body></html>`;

function setup() {
  const doc = DOMS['happy-dom'](html);
  const box = (name: string) => doc.querySelector(`input[name="${name}"]`) as HTMLInputElement;
  const prechecked = (options: Parameters<typeof extractPage>[1], name: string) =>
    extractPage(doc, options).controls.find((c) => c.name === name)?.prechecked;
  return { doc, box, prechecked };
}

describe('extractPage firstSeenChecked', () => {
  it('keeps the first-seen state when the user ticks a box later', () => {
    const { box, prechecked } = setup();
    const options = {
      url: URL,
      readLiveChecked: true,
      firstSeenChecked: new WeakMap<Element, boolean>(),
    };
    expect(prechecked(options, 'promo')).toBe(false);
    box('promo').checked = true;
    expect(prechecked(options, 'promo')).toBe(false);
  });

  it('keeps "pre-ticked" for a box the page ticked by script before the first scan, even if unticked later', () => {
    const { box, prechecked } = setup();
    box('mitra').checked = true;
    const options = {
      url: URL,
      readLiveChecked: true,
      firstSeenChecked: new WeakMap<Element, boolean>(),
    };
    expect(prechecked(options, 'mitra')).toBe(true);
    box('mitra').checked = false;
    expect(prechecked(options, 'mitra')).toBe(true);
  });

  it('without the memo, a re-scan reads the live state (the reason for the option)', () => {
    const { box, prechecked } = setup();
    const options = { url: URL, readLiveChecked: true };
    expect(prechecked(options, 'promo')).toBe(false);
    box('promo').checked = true;
    expect(prechecked(options, 'promo')).toBe(true);
  });

  it('a control added after the first scan is read on its own first scan', () => {
    const { doc, prechecked } = setup();
    const options = {
      url: URL,
      readLiveChecked: true,
      firstSeenChecked: new WeakMap<Element, boolean>(),
    };
    expect(prechecked(options, 'promo')).toBe(false);
    const label = doc.createElement('label');
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.name = 'baru';
    input.setAttribute('checked', '');
    label.append(input, ' Saya setuju menerima newsletter');
    doc.querySelector('form')?.prepend(label);
    expect(prechecked(options, 'baru')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { hiddenConsentEvidence, hiddenReason, LayoutReads } from '../../../analyzer/extract/layout';
import { DOMS } from '../../support/dom';

// hiddenConsentEvidence reads each element's computed style and box once per pass
// (LayoutReads): the consent items share their ancestors. The reasons must be the
// ones fresh reads give, and shared ancestors must not be read again.

type Rect = [number, number, number, number];

/** happy-dom has styles but no layout: boxes come from data-rect (x y width height). */
function page(body: string, css: string): Document {
  const doc = DOMS['happy-dom'](
    `<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`,
  );
  for (const el of Array.from(doc.querySelectorAll('[data-rect]'))) {
    const [x, y, width, height] = (el.getAttribute('data-rect') ?? '')
      .split(' ')
      .map(Number) as Rect;
    const rect = { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height };
    Object.defineProperty(el, 'getBoundingClientRect', {
      value: () => ({ ...rect, toJSON: () => rect }),
    });
    Object.defineProperty(el, 'clientWidth', { value: width });
    Object.defineProperty(el, 'clientHeight', { value: height });
  }
  return doc;
}

const CSS = `.fine { font-size: 6px } .faint { color: #ddd } .box { height: 20px; overflow: hidden }
.dark { background-color: #000; color: #111 } .clip { position: absolute; clip: rect(0 0 0 0) }`;
const BODY = `<main data-rect="0 0 800 600"><form>
<p id="plain" data-rect="0 0 400 20">Saya setuju dengan syarat</p>
<p id="fine" class="fine" data-rect="0 30 400 8">Data dibagikan kepada mitra</p>
<p id="faint" class="faint" data-rect="0 40 400 20">Kebijakan privasi berlaku</p>
<div class="box" data-rect="0 70 400 20"><p id="cut" data-rect="0 85 400 20">Persetujuan pemasaran</p></div>
<div class="dark"><p id="dark" data-rect="0 300 400 20">Teks gelap di atas hitam</p></div>
<span id="clip" class="clip" data-rect="0 0 1 1">Tersembunyi</span>
</form></main>`;
const IDS = ['plain', 'fine', 'faint', 'cut', 'dark', 'clip'];

function countStyleReads(doc: Document): () => number {
  const view = doc.defaultView as unknown as { getComputedStyle: (el: Element) => unknown };
  const original = view.getComputedStyle.bind(view);
  let calls = 0;
  view.getComputedStyle = (el: Element) => {
    calls++;
    return original(el);
  };
  return () => calls;
}

describe('LayoutReads', () => {
  it('gives each element the reason fresh reads give', () => {
    const doc = page(BODY, CSS);
    const shared = new LayoutReads();
    const byId = (id: string): Element => {
      const el = doc.getElementById(id);
      if (!el) throw new Error(`no #${id}`);
      return el;
    };
    const withShared = IDS.map((id) => hiddenReason(byId(id), shared));
    const fresh = IDS.map((id) => hiddenReason(byId(id)));
    expect(withShared).toEqual(fresh);
    expect(withShared.map((r) => r?.reason ?? null)).toEqual([
      null,
      'tiny_text',
      'low_contrast',
      'collapsed',
      'low_contrast',
      'offscreen',
    ]);
  });

  it('reads the shared ancestors once per pass', () => {
    const items = IDS.map((id) => ({ selector: `#${id}`, text: id }));
    const once = page(BODY, CSS);
    const readsOnce = countStyleReads(once);
    const pass = hiddenConsentEvidence(items, once);

    const each = page(BODY, CSS);
    const readsEach = countStyleReads(each);
    const oneByOne = IDS.map((id) => {
      const el = each.getElementById(id);
      return el ? hiddenReason(el) : null;
    });

    expect(pass.hidden.map((h) => h.reason)).toEqual(
      oneByOne.filter((r) => r !== null).map((r) => r.reason),
    );
    // Every element is read at most once in the pass: no more reads than elements touched.
    const touched = new Set<Element>();
    for (const id of IDS) {
      for (let el = once.getElementById(id); el; el = el.parentElement) touched.add(el);
    }
    expect(readsOnce()).toBeLessThanOrEqual(touched.size);
    expect(readsOnce()).toBeLessThan(readsEach());
  });
});

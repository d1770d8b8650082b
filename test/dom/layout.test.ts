import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  hiddenConsentEvidence,
  isVisibleByLayout,
  parseColor,
} from '../../analyzer/extract/layout';
import { extractPage } from '../../analyzer/extract';
import { HiddenConsentSchema } from '../../analyzer/model/live';
import { DOMS } from '../support/dom';

// happy-dom computes styles from stylesheets but has no layout: each test
// gives the boxes it needs (x, y, width, height) through data-rect. Real
// layout is checked in Chromium by the E2E tests.

type Rect = [number, number, number, number];

function page(body: string, css = ''): Document {
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

const el = (doc: Document, selector: string): Element => {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('isVisibleByLayout', () => {
  const SR_ONLY = '.sr{position:absolute;opacity:0;width:1px;height:1px}';
  it.each([
    ['a plain input with a box', '<input id="t" data-rect="0 0 200 30">', true],
    [
      'an input under display:none',
      '<div style="display:none"><input id="t" data-rect="0 0 200 30"></div>',
      false,
    ],
    [
      'an input under opacity:0',
      '<div style="opacity:0"><input id="t" data-rect="0 0 200 30"></div>',
      false,
    ],
    ['an input without a box', '<input id="t" data-rect="0 0 0 0">', false],
    ['a honeypot far off the left edge', '<input id="t" data-rect="-9999 0 200 30">', false],
    [
      'an sr-only checkbox drawn through its visible label',
      '<label data-rect="0 0 300 20"><input id="t" type="checkbox" class="sr" data-rect="0 0 1 1"> Saya setuju</label>',
      true,
    ],
    [
      'a display:none checkbox with a styled label for=',
      '<input id="t" type="checkbox" style="display:none"><label for="t" data-rect="0 0 300 20">Saya setuju</label>',
      true,
    ],
    [
      'an sr-only checkbox whose label is hidden too',
      '<label style="display:none"><input id="t" type="checkbox" class="sr" data-rect="0 0 1 1"> Saya setuju</label>',
      false,
    ],
    [
      'a text input hidden sr-only (no label exception for fields)',
      '<label data-rect="0 0 300 20">Nama <input id="t" class="sr" data-rect="0 0 1 1"></label>',
      false,
    ],
    [
      'a statement that is rendered (even clipped)',
      '<p id="t" data-rect="0 0 0 0">Dengan mendaftar…</p>',
      true,
    ],
    [
      'a statement under display:none',
      '<div style="display:none"><p id="t">Dengan mendaftar…</p></div>',
      false,
    ],
    [
      'content of a closed <details> (reported as collapsed instead)',
      '<details><summary>Lainnya</summary><input id="t" type="checkbox"></details>',
      true,
    ],
  ])('%s → %s', (_name, body, expected) => {
    const doc = page(body, SR_ONLY);
    expect(isVisibleByLayout(el(doc, '#t'))).toBe(expected);
  });
});

describe('hiddenConsentEvidence', () => {
  const hiddenOf = (body: string, css = '', selector = '#t') => {
    const doc = page(body, css);
    const { hidden } = hiddenConsentEvidence([{ selector, text: 'Saya setuju' }], doc);
    for (const h of hidden) HiddenConsentSchema.parse(h);
    return hidden[0];
  };

  it('reports nothing for readable text', () => {
    expect(
      hiddenOf(
        '<p id="t" data-rect="0 0 300 20" style="color:#111;background:#fff">Saya setuju</p>',
      ),
    ).toBeUndefined();
  });

  it('uses the elements extractPage handed over instead of querying the selector', () => {
    const doc = page('<details><summary>Lainnya</summary><p>Saya setuju</p></details>');
    const p = el(doc, 'details p');
    const elements = new Map([['#not-in-the-page', p]]);
    const { hidden } = hiddenConsentEvidence([{ selector: '#not-in-the-page' }], doc, elements);
    expect(hidden).toEqual([
      { selector: '#not-in-the-page', reason: 'collapsed', source: 'extension' },
    ]);
  });

  it('collapsed: inside a closed <details>', () => {
    const h = hiddenOf('<details><summary>Lainnya</summary><p id="t">Saya setuju</p></details>');
    expect(h).toMatchObject({ reason: 'collapsed', text: 'Saya setuju', source: 'extension' });
  });

  it('collapsed: inside a zero-height overflow:hidden box', () => {
    const h = hiddenOf(
      '<div style="overflow:hidden;height:0" data-rect="0 100 300 0"><p id="t" data-rect="0 100 300 20">Saya setuju</p></div>',
    );
    expect(h?.reason).toBe('collapsed');
  });

  it('scrolled_out: below the visible area of a small scroll box', () => {
    const h = hiddenOf(
      '<div style="overflow-y:auto;height:60px" data-rect="0 0 300 60"><div style="height:300px"></div><p id="t" data-rect="0 300 300 20">Saya setuju</p></div>',
    );
    expect(h?.reason).toBe('scrolled_out');
  });

  it('does not count the page-sized app-shell scroller as hiding anything', () => {
    const h = hiddenOf(
      '<div style="overflow-y:auto" data-rect="0 0 1024 768"><p id="t" data-rect="0 2000 300 20" style="color:#111">Saya setuju</p></div>',
    );
    expect(h).toBeUndefined();
  });

  it('tiny_text: computed font size under 10px, measured where most of the text is', () => {
    const h = hiddenOf(
      '<p id="t" data-rect="0 0 300 10"><span class="s">Dengan mendaftar, Anda menyetujui syarat kami</span> ok</p>',
      '.s{font-size:7px}',
    );
    expect(h).toMatchObject({ reason: 'tiny_text', fontSizePx: 7 });
  });

  it('low_contrast: light grey on white', () => {
    const h = hiddenOf(
      '<div style="background-color:#fff"><p id="t" data-rect="0 0 300 20" style="color:#ddd">Saya setuju</p></div>',
    );
    expect(h?.reason).toBe('low_contrast');
    expect(h?.contrastRatio).toBeCloseTo(1.36, 1);
  });

  it('low_contrast: resolves a semi-transparent background over the ones below', () => {
    const h = hiddenOf(
      '<div style="background-color:rgb(0,0,0)"><div style="background-color:rgba(255,255,255,0.9)"><p id="t" data-rect="0 0 300 20" style="color:rgb(200,200,200)">Saya setuju</p></div></div>',
    );
    expect(h?.reason).toBe('low_contrast');
  });

  it('skips contrast over a background image (the backdrop is unknown)', () => {
    const h = hiddenOf(
      '<div style="background-image:url(x.png)"><p id="t" data-rect="0 0 300 20" style="color:#ddd">Saya setuju</p></div>',
    );
    expect(h).toBeUndefined();
  });

  it('offscreen: visually hidden with clip-path, or placed off the page', () => {
    expect(
      hiddenOf('<p id="t" data-rect="0 0 1 1" style="clip-path:inset(50%)">Saya setuju</p>')
        ?.reason,
    ).toBe('offscreen');
    expect(hiddenOf('<p id="t" data-rect="-9999 0 300 20">Saya setuju</p>')?.reason).toBe(
      'offscreen',
    );
  });

  it('judges a control by its label, and reports the control’s selector', () => {
    const h = hiddenOf(
      '<label class="s" data-rect="0 0 300 10"><input type="checkbox" id="t" data-rect="0 0 10 10"> Saya setuju menerima promosi</label>',
      '.s{font-size:8px}',
    );
    expect(h).toMatchObject({ selector: '#t', reason: 'tiny_text', fontSizePx: 8 });
  });

  it('ignores selectors that are invalid or match nothing, and items without one', () => {
    const doc = page('<p id="t" data-rect="0 0 300 20">x</p>');
    const result = hiddenConsentEvidence(
      [{ selector: 'p[' }, { selector: '#nope' }, { text: 'implied' }],
      doc,
    );
    expect(result).toEqual({ hidden: [], truncated: false });
  });

  it('is bounded: at most 60 items, then truncated', () => {
    const body = Array.from(
      { length: 70 },
      (_, i) => `<details><summary>s</summary><p id="p${i}">Saya setuju ${i}</p></details>`,
    ).join('');
    const doc = page(body);
    const items = Array.from({ length: 70 }, (_, i) => ({ selector: `#p${i}` }));
    const result = hiddenConsentEvidence(items, doc);
    expect(result.hidden).toHaveLength(60);
    expect(result.truncated).toBe(true);
  });
});

describe('colours', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0.5)', [0, 0, 0, 0.5]],
    ['rgb(10 20 30 / 50%)', [10, 20, 30, 0.5]],
    ['color(srgb 1 0 0)', [255, 0, 0, 1]],
    ['#fff', [255, 255, 255, 1]],
    ['#00000080', [0, 0, 0, 128 / 255]],
    ['transparent', [0, 0, 0, 0]],
    ['oklch(0.5 0.1 200)', null],
  ])('parseColor(%s)', (input, expected) => {
    expect(parseColor(input)).toEqual(expected);
  });

  it('WCAG contrast: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    expect(contrastRatio([120, 30, 200, 1], [120, 30, 200, 1])).toBe(1);
    expect(contrastRatio([118, 118, 118, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2);
  });
});

describe('extractPage hands its elements to live evidence', () => {
  it('maps every control and statement selector to the element it names', () => {
    const doc = page(
      '<form><label><input type="checkbox" name="promo" checked> Kirimi saya promo</label>' +
        '<p>Dengan mendaftar, Anda menyetujui Kebijakan Privasi.</p><button>Daftar</button></form>',
    );
    const elements = new Map<string, Element>();
    const snapshot = extractPage(doc, { url: 'https://toko.test/daftar', elements });
    const selectors = [...snapshot.controls, ...snapshot.statements].flatMap((x) =>
      x.selector === undefined ? [] : [x.selector],
    );
    expect(selectors.length).toBeGreaterThanOrEqual(2);
    for (const selector of selectors)
      expect(elements.get(selector)).toBe(doc.querySelector(selector));
  });
});

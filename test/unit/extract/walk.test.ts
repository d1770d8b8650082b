import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk, type WalkResult } from '../../../analyzer/extract/walk';
import { hugeCheckoutPage, typicalCheckoutPage } from '../../bench/pages';
import { DOM_NAMES, DOMS } from '../../support/dom';
import { DEMO_PAGE, FIXTURE_DIR } from '../../support/fixtures';

// walk() has two ways to find the attributes it reads (id, hidden, aria-hidden, style,
// role): read them on every element, or find their carriers with one native query
// first (what browsers get, see walk.ts). Both must gather exactly the same things,
// the same element objects in the same order, on every page we have.

const SHOP_DIR = join(import.meta.dirname, '..', '..', 'e2e', 'shops');

const PAGES: [name: string, html: () => string][] = [
  ...readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file): [string, () => string] => [
      file,
      () => readFileSync(join(FIXTURE_DIR, file), 'utf8'),
    ]),
  ['demo checkout', () => readFileSync(DEMO_PAGE, 'utf8')],
  ...readdirSync(SHOP_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file): [string, () => string] => [
      `e2e ${file}`,
      () => readFileSync(join(SHOP_DIR, file), 'utf8'),
    ]),
  ['bench typical checkout', () => typicalCheckoutPage()],
  ['bench huge checkout (smaller)', () => hugeCheckoutPage(7, 120)],
  [
    'attribute edge cases',
    () => `<!doctype html><html><head><title id="t">x</title><script src="/head.js"></script></head><body>
<div id="dup"></div><div id="dup" hidden><a href="/a" id="in-hidden">Privasi</a><h2>Hidden heading</h2>
<input name="h1"><span role="switch" id="sw-hidden">on</span></div>
<div aria-hidden="TRUE"><p>shown: value is not "true"</p></div><div aria-hidden="true"><p>hidden text</p></div>
<div style="margin: 0; display : none"><input name="styled-hidden"></div><div style="color: red"><h3>Shown</h3></div>
<svg id="icon"><a href="/svg-link" id="in-svg"><text>svg text</text></a></svg>
<a role="switch" href="/role-on-anchor">Anchor</a><label role="checkbox" for="x">Label</label><label for="">Empty for</label>
<label for="x">Second label for x</label><div role="checkbox" aria-checked="true">Custom</div>
<details><summary id="s">Summary <input name="in-summary"></summary><p id="closed-p">Closed text</p></details>
<details open><p>Open text</p></details><template><input name="tpl"></template><noscript><input name="ns"></noscript>
<select name="sel"><option id="opt">One</option></select><textarea name="ta">typed</textarea>
<script src="/body.js"></script><form id="f"><h1 style="display:none">Hidden h1</h1><input type="checkbox" id="x"></form>
</body></html>`,
  ],
];

/** Everything walk() gathers, with elements kept as objects so that identity is compared. */
function view(result: WalkResult) {
  return {
    controls: result.controls.map((c) => [c.el, c.hidden]),
    forms: result.forms,
    anchors: result.anchors,
    headings: result.headings,
    scripts: result.scripts,
    labelsFor: [...result.labelsFor.entries()],
    idCounts: [...result.idCounts.entries()],
    texts: result.texts,
    elementCount: result.elementCount,
  };
}

describe.each(DOM_NAMES)('walk() with and without the carrier query (%s)', (dom) => {
  it.each(PAGES)('%s', (_name, html) => {
    const doc = DOMS[dom](html());
    const plain = walk(doc, 200_000, false);
    const queried = walk(doc, 200_000, true);
    expect(plain.elementCount).toBeGreaterThan(0);
    const a = view(plain);
    const b = view(queried);
    // Same objects, not merely equal-looking ones.
    for (const key of ['forms', 'anchors', 'headings', 'texts'] as const) {
      expect(b[key].length).toBe(a[key].length);
      b[key].forEach((node, i) => expect(node).toBe(a[key][i]));
    }
    b.controls.forEach(([el], i) => expect(el).toBe(a.controls[i]?.[0]));
    expect(b).toEqual(a);
  });

  it('sees what the edge-case page hides and skips', () => {
    const page = PAGES.find(([name]) => name === 'attribute edge cases');
    const doc = DOMS[dom](page?.[1]() ?? '');
    const result = walk(doc, 200_000, true);
    const names = result.controls.map((c) => [
      c.el.getAttribute('name') ?? c.el.getAttribute('id') ?? c.el.getAttribute('role'),
      c.hidden,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['h1', true],
        ['sw-hidden', true],
        ['styled-hidden', true],
        ['in-summary', false],
        ['x', false],
      ]),
    );
    expect(names.map(([name]) => name)).not.toContain('tpl');
    expect(result.idCounts.get('dup')).toBe(2);
    expect(result.idCounts.has('in-svg')).toBe(false);
    expect(result.idCounts.has('opt')).toBe(false);
    expect(result.labelsFor.get('x')?.length).toBe(2);
    expect(result.anchors.map((a) => a.getAttribute('href'))).toEqual(['/a', '/role-on-anchor']);
    expect(result.scripts).toEqual(['/body.js']);
    const text = result.texts.map((t) => t.nodeValue ?? '').join(' ');
    expect(text).toContain('shown: value is not');
    expect(text).not.toContain('hidden text');
    expect(text).not.toContain('Closed text');
    expect(text).toContain('Summary');
  });

  it('stops at maxElements the same way with both', () => {
    const doc = DOMS[dom](typicalCheckoutPage());
    const plain = walk(doc, 300, false);
    const queried = walk(doc, 300, true);
    expect(plain.elementCount).toBe(301);
    expect(view(queried)).toEqual(view(plain));
  });

  it('walks from an element root, which the query does not include', () => {
    const doc = DOMS[dom](
      '<!doctype html><body><div id="root" hidden><p>text</p><input name="a"></div></body>',
    );
    const root = doc.getElementById('root');
    if (!root) throw new Error('no root');
    const queried = walk(root, 100, true);
    expect(queried.idCounts.get('root')).toBe(1);
    expect(queried.controls.map((c) => c.hidden)).toEqual([true]);
    expect(queried.texts).toEqual([]);
    expect(view(queried)).toEqual(view(walk(root, 100, false)));
  });
});

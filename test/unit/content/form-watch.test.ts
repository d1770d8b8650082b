import { describe, expect, it } from 'vitest';
import { touchesForm } from '../../../entrypoints/consent.content/form-watch';
import { DOMS } from '../../support/dom';

describe('touchesForm', () => {
  const doc = DOMS['happy-dom'](`<html><body>
    <div id="ad"><img src="x"><p>Promo</p></div>
    <div id="step"><label>Email <input type="email"></label></div>
    <div id="switch"><span role="switch" aria-checked="true">Promo</span></div>
    <select id="sel"><option>1</option></select>
    <tegas-highlights><input></tegas-highlights>
  </body></html>`);
  const nodes = (...ids: string[]) => ids.map((id) => doc.getElementById(id) as Node);
  const ignore = new Set(['tegas-highlights']);

  it('is true for a control or a subtree holding one', () => {
    expect(touchesForm(nodes('step'), ignore)).toBe(true);
    expect(touchesForm(nodes('sel'), ignore)).toBe(true);
    expect(touchesForm(nodes('switch'), ignore)).toBe(true);
  });

  it('is false for unrelated content, text nodes and our own highlights', () => {
    const text = doc.createTextNode('x');
    const ours = doc.querySelector('tegas-highlights') as Node;
    expect(touchesForm([...nodes('ad'), text, ours], ignore)).toBe(false);
  });
});

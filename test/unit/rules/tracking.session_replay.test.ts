import { describe, expect, it } from 'vitest';
import { cleanCheckout, live, page, run } from './builders';

const ID = 'tracking.session_replay';

describe(ID, () => {
  it.each([
    ['Hotjar', 'https://static.hotjar.com/c/hotjar-1.js?sv=6'],
    ['Microsoft Clarity', 'https://www.clarity.ms/tag/abc'],
    ['FullStory', 'https://edge.fullstory.com/s/fs.js'],
    ['LogRocket', 'https://cdn.lr-ingest.io/LogRocket.min.js'],
    ['Smartlook', 'https://web-sdk.smartlook.com/recorder.js'],
    ['Mouseflow', '//cdn.mouseflow.com/projects/x.js'],
  ])('fires on %s in the static page', (vendor, src) => {
    const [f] = run(ID, page({ snapshot: { scripts: [src] } }));
    expect(f?.severity).toBe('medium');
    expect(f?.evidence).toEqual([{ text: `${vendor}: ${src}` }]);
  });

  it('adds scripts seen live, labelling page-reported ones', () => {
    const ev = live({ scripts: [{ src: 'https://script.hotjar.com/modules.js', source: 'page' }] });
    const [f] = run(ID, cleanCheckout(), { live: ev, lang: 'en' });
    expect(f?.explanation).toMatch(/reported by code on the web page/);
  });

  it('lists each vendor once', () => {
    const scripts = ['https://static.hotjar.com/a.js', 'https://script.hotjar.com/b.js'];
    expect(run(ID, page({ snapshot: { scripts } }))[0]?.evidence).toHaveLength(1);
  });

  it('does not fire on look-alike hosts or ordinary analytics', () => {
    const scripts = [
      'https://nothotjar.com/x.js',
      'https://www.google-analytics.com/analytics.js',
      'https://hotjar.com.evil.io/x.js',
    ];
    expect(run(ID, page({ snapshot: { scripts } }))).toEqual([]);
  });
});

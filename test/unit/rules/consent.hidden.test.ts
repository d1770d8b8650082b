import { describe, expect, it } from 'vitest';
import { LiveEvidenceSchema } from '../../../analyzer/model/live';
import { cleanCheckout, live, run } from './builders';

const ID = 'consent.hidden';

describe(ID, () => {
  it.each(['collapsed', 'scrolled_out', 'tiny_text', 'low_contrast', 'offscreen'] as const)(
    'fires for %s consent text, with selector and reason',
    (reason) => {
      const page = cleanCheckout();
      const selector = page.consents[0]?.selector ?? '';
      const ev = live({
        hiddenConsents: [{ selector, reason, text: 'Saya setuju…', source: 'extension' }],
      });
      const [f] = run(ID, page, { live: ev, lang: 'en' });
      expect(f?.severity).toBe('medium');
      expect(f?.evidence).toEqual([{ selector, text: 'Saya setuju…' }]);
      expect(f?.explanation).toMatch(/How it is hidden/);
    },
  );

  it('ignores hidden controls that are not consent requests', () => {
    const ev = live({
      hiddenConsents: [{ selector: '#ship-elsewhere', reason: 'collapsed', source: 'extension' }],
    });
    expect(run(ID, cleanCheckout(), { live: ev })).toEqual([]);
  });

  it('is skipped without live evidence (static scan)', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });

  it('is silent when nothing is hidden', () => {
    expect(run(ID, cleanCheckout(), { live: live() })).toEqual([]);
  });

  it('rejects malformed or oversized live evidence at the schema', () => {
    const bad = {
      ...live(),
      hiddenConsents: [{ selector: '#x', reason: 'invisible', source: 'extension' }],
    };
    expect(LiveEvidenceSchema.safeParse(bad).success).toBe(false);
    const huge = {
      ...live(),
      hiddenConsents: Array.from({ length: 61 }, () => ({
        selector: '#x',
        reason: 'collapsed',
        source: 'extension',
      })),
    };
    expect(LiveEvidenceSchema.safeParse(huge).success).toBe(false);
  });
});

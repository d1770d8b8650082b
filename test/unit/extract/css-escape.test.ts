import { describe, expect, it } from 'vitest';
import { cssEscape } from '../../../analyzer/extract/dom-text';

// cssEscape returns plain identifiers as they are without its per-character loop. The
// shortcut must give exactly what the loop (CSS.escape's algorithm) gives.

describe('cssEscape', () => {
  it('keeps plain identifiers unchanged', () => {
    for (const id of ['email', 'first_name', 'terms-1', '_x', '-a', '-_', 'A9', 'a--b'])
      expect(cssEscape(id)).toBe(id);
  });

  it('escapes what CSS.escape escapes', () => {
    expect(cssEscape('1st')).toBe('\\31 st');
    expect(cssEscape('-1x')).toBe('-\\31 x');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('--x')).toBe('--x');
    expect(cssEscape('a.b')).toBe('a\\.b');
    expect(cssEscape('a b:c')).toBe('a\\ b\\:c');
    expect(cssEscape('pesan[0]')).toBe('pesan\\[0\\]');
    expect(cssEscape('nama-lengkap·é')).toBe('nama-lengkap·é');
    expect(cssEscape('a\u0000b')).toBe('a\uFFFDb');
    expect(cssEscape('\u0007x')).toBe('\\7 x');
    expect(cssEscape('')).toBe('');
  });
});

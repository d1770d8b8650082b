import { describe, expect, it } from 'vitest';
import { cleanText, escapeHtml, escapeMarkdown } from '../../../analyzer/report';

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['</style><script>alert(1)</script>', '&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['`tick`', '&#96;tick&#96;'],
    ['plain text, Pasal 20(2)(a)', 'plain text, Pasal 20(2)(a)'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('leaves no character that could open a tag or end an attribute', () => {
    const out = escapeHtml('<>"\'&`');
    expect(out).not.toMatch(/[<>"'`]/);
  });
});

describe('escapeMarkdown', () => {
  it('defuses links, images, raw HTML and emphasis', () => {
    const out = escapeMarkdown(
      '![x](http://evil) [click](javascript:alert(1)) <b>bold</b> *em* _u_ `code`',
    );
    expect(out).toBe(
      '!\\[x\\](http://evil) \\[click\\](javascript:alert(1)) \\<b>bold\\</b> \\*em\\* \\_u\\_ \\`code\\`',
    );
  });

  it('escapes table pipes and entity references but keeps plain ampersands and parentheses', () => {
    expect(escapeMarkdown('a | b &amp; c & d (e)')).toBe('a \\| b \\&amp; c & d (e)');
  });

  it('folds line breaks so page text cannot start a block', () => {
    expect(escapeMarkdown('one\n# heading\n> quote')).toBe('one # heading > quote');
  });
});

describe('cleanText', () => {
  it('removes control and bidi-override characters and folds whitespace', () => {
    expect(cleanText('a\u0000b\u202Ec\n\n d')).toBe('a b c d');
  });

  it('cuts long text with an ellipsis', () => {
    expect(cleanText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseHost, parseHostList, MAX_IGNORED_SITES } from '../../../components/host-list';

describe('normaliseHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Shop.Example.COM.  ', 'shop.example.com'],
    ['*.example.com', 'example.com'],
    ['https://www.tokoku.co.id/checkout?step=2', 'www.tokoku.co.id'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('accepts %j as %j', (line, host) => expect(normaliseHost(line)).toBe(host));

  it.each([
    'toko saya',
    'example.com/path',
    'ftp://example.com',
    'user@example.com',
    '-bad.example',
    'bad_host.example',
    'example..com',
    `${'a'.repeat(64)}.example`,
    'javascript:alert(1)',
  ])('rejects %j', (line) => expect(normaliseHost(line)).toBeNull());
});

describe('parseHostList', () => {
  it('skips blank lines, drops duplicates and reports bad lines by number', () => {
    const r = parseHostList('a.example\n\nA.example\nnot a host\nb.example\r\n');
    expect(r.hosts).toEqual(['a.example', 'b.example']);
    expect(r.errors).toEqual([{ line: 4, text: 'not a host' }]);
    expect(r.tooMany).toBe(false);
  });

  it('keeps at most the storable number of sites', () => {
    const text = Array.from({ length: MAX_IGNORED_SITES + 3 }, (_, i) => `s${i}.example`).join(
      '\n',
    );
    const r = parseHostList(text);
    expect(r.hosts).toHaveLength(MAX_IGNORED_SITES);
    expect(r.tooMany).toBe(true);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { analyzePolicy, countWords } from '../../analyzer/policy/index';
import { policyDocument } from '../../utils/policy-document';

// The background's cost per fetched policy besides the network: HTML → text with
// linkedom (utils/policy-document.ts), then analyzePolicy, on ~10,000 words of
// policy HTML and on a 2 MB page (the fetch limit). Reports figures; asserts nothing.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'fixtures', 'policies');
const texts = readdirSync(dir)
  .filter((f) => /^(id|en)-.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'));

/** Policy text as HTML: a heading or paragraph per line, as a shop's CMS renders it. */
function asHtml(text: string): string {
  const body = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (l.length < 80 && !/[.:;]$/.test(l) ? `<h2>${l}</h2>` : `<p>${l}</p>`))
    .join('\n');
  return `<!doctype html><html lang="id"><head><title>Kebijakan Privasi</title></head><body><header><nav><a href="/">Beranda</a></nav></header><main>${body}</main><footer>© Toko</footer></body></html>`;
}

let words10k = '';
while (countWords(words10k) < 10_000) words10k += `${texts.join('\n\n')}\n\n`;
const html10k = asHtml(words10k);
let html2mb = '';
while (html2mb.length < 2 * 1024 * 1024) html2mb += asHtml(texts.join('\n\n'));
const text10k = policyDocument(html10k).text;

describe(`policy HTML → text → analysis (~10k words: ${countWords(text10k)} words, ${(html10k.length / 1024).toFixed(0)} KB HTML; 2 MB page)`, () => {
  bench('linkedom HTML → text, ~10k words', () => {
    policyDocument(html10k);
  });
  bench('analyzePolicy, ~10k words (text from the HTML)', () => {
    analyzePolicy(text10k, { source: 'bench', locale: 'id' });
  });
  bench('HTML → text → analyzePolicy, ~10k words', () => {
    analyzePolicy(policyDocument(html10k).text, { source: 'bench', locale: 'id' });
  });
  bench('linkedom HTML → text, 2 MB page', () => {
    policyDocument(html2mb);
  });
});

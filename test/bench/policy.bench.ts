import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { analyzePolicy, countWords } from '../../analyzer/policy/index';

// Speed of analyzePolicy on ~10,000-word policies built from our fixtures
// (target < 300 ms each). Reports figures; asserts nothing.
const dir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'policies',
);
const load = (prefix: string): string => {
  const texts = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  let out = '';
  while (countWords(out) < 10_000) out += `${texts.join('\n\n')}\n\n`;
  return out;
};
const id10k = load('id-');
const en10k = load('en-');

describe(`analyzePolicy, ~10k words (id ${countWords(id10k)}, en ${countWords(en10k)})`, () => {
  bench('Indonesian', () => {
    analyzePolicy(id10k, { source: 'bench-id' });
  });
  bench('English', () => {
    analyzePolicy(en10k, { source: 'bench-en' });
  });
});

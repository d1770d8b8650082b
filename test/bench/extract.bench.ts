import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { bench, describe } from 'vitest';
import { analyzeSnapshot, classifyPage } from '../../analyzer/analyze';
import { extractPage } from '../../analyzer/extract/index';
import { articlePage, hugeCheckoutPage, typicalCheckoutPage } from './pages';

// Speed of the content-script path: parse → extractPage → classifyPage
// (→ rules + score) on generated pages and the largest fixtures.
// Targets: extract + classify well under 10 ms for a ≈1,500-element checkout,
// under 150 ms for a ≈50,000-element one, near nothing on a form-less page.
// Reports figures; asserts nothing (STYLE.md). Element counts are in the
// describe titles (querySelectorAll('*').length after parsing).

const URL = 'https://tokobench.example/checkout';
const FIXTURE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'pages',
);

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const HAPPY_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableCSSFileLoading: true,
  disableJavaScriptFileLoading: true,
};
function happyDom(html: string): { document: Document; close: () => void } {
  const window = new Window({ settings: HAPPY_SETTINGS });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => void window.happyDOM.close(),
  };
}

const countElements = (doc: Document): number => doc.querySelectorAll('*').length;

function pageSuite(title: string, html: string, big: boolean): void {
  const doc = linkedom(html);
  const snapshot = extractPage(doc, { url: URL });
  // Keep big-page runs short: tinybench's default 500 ms window is a handful of parses.
  const opts = big ? { time: 3_000, warmupIterations: 2 } : { time: 1_000 };
  const kb = Math.round(html.length / 1024);
  describe(`${title}: ${countElements(doc).toLocaleString('en')} elements, ${kb} KB (linkedom)`, () => {
    bench(
      '(a) parse only — linkedom parseHTML',
      () => {
        linkedom(html);
      },
      opts,
    );
    bench(
      '(b) extractPage only (pre-parsed)',
      () => {
        extractPage(doc, { url: URL });
      },
      opts,
    );
    bench(
      '(c) classifyPage only (pre-extracted)',
      () => {
        classifyPage(snapshot);
      },
      opts,
    );
    bench(
      '(d) analyzeSnapshot: classify + rules + score',
      () => {
        analyzeSnapshot(snapshot);
      },
      opts,
    );
    bench(
      '(e) extractPage + classifyPage (pre-parsed)',
      () => {
        classifyPage(extractPage(doc, { url: URL }));
      },
      opts,
    );
  });
}

// 1. Typical checkout page.
const typical = typicalCheckoutPage();
pageSuite('1. typical checkout', typical, false);

describe('1e. typical checkout, happy-dom for comparison', () => {
  const { document: doc } = happyDom(typical);
  bench(
    `parse — new Window() + document.write (${countElements(doc).toLocaleString('en')} elements)`,
    () => {
      happyDom(typical).close();
    },
    { time: 2_000 },
  );
  bench(
    'extractPage + classifyPage (pre-parsed)',
    () => {
      classifyPage(extractPage(doc, { url: URL }));
    },
    { time: 1_000 },
  );
});

// 2. Huge checkout page: the same form inside a product grid, long lists, deep nesting.
const huge = hugeCheckoutPage();
pageSuite('2. huge checkout', huge, true);

describe('2e. huge checkout, happy-dom for comparison', () => {
  const { document: doc } = happyDom(huge);
  bench(
    `extractPage + classifyPage (pre-parsed, ${countElements(doc).toLocaleString('en')} elements)`,
    () => {
      classifyPage(extractPage(doc, { url: URL }));
    },
    { time: 3_000, warmupIterations: 2 },
  );
});

// 3. A page without forms: the content script should do almost nothing.
describe('3. article page, no forms', () => {
  const html = articlePage();
  const doc = linkedom(html);
  const forms = doc.querySelectorAll('form, input, select, textarea').length;
  bench(
    `extractPage only (${countElements(doc).toLocaleString('en')} elements, ${forms} form controls)`,
    () => {
      extractPage(doc, { url: 'https://tokobench.example/blog/tips' });
    },
    { time: 1_000 },
  );
});

// 4. The two largest real fixtures, by element count.
describe('4. largest fixture pages (linkedom, pre-parsed)', () => {
  const largest = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const doc = linkedom(readFileSync(path.join(FIXTURE_DIR, file), 'utf8'));
      return { file, doc, count: countElements(doc) };
    })
    .sort((a, b) => b.count - a.count || a.file.localeCompare(b.file))
    .slice(0, 2);
  for (const { file, doc, count } of largest) {
    const url = `https://fixture.example/${file}`;
    bench(
      `${file} (${count.toLocaleString('en')} elements): extractPage + classifyPage`,
      () => {
        classifyPage(extractPage(doc, { url }));
      },
      { time: 1_000 },
    );
  }
});

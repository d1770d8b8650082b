// Public API of the analyzer: pure, usable from the content script (extract
// only), the background, the CLI and tests.
import { analyzeSnapshot, type AnalyzeOptions } from './analyze';
import { extractPage } from './extract';
import type { ScanReport } from './model/scan-report';

export { analyzeSnapshot, classifyPage, type AnalyzeOptions } from './analyze';
export { extractPage, type ExtractOptions } from './extract';
export * from './model';

/** Extract and analyse a page in one call (CLI, tests). */
export function analyzeDocument(
  root: ParentNode & Node,
  options: AnalyzeOptions & { url: string },
): ScanReport {
  const { url, ...rest } = options;
  return analyzeSnapshot(extractPage(root, { url }), rest);
}

import { sensitivityOf } from '../classify/sensitivity';
import { DATA_CATEGORIES, type DataCategory, type ScanReport } from '../model/scan-report';
import type { LedgerSummary } from './input';

// The data categories a letter names: what the page asked for and what the
// ledger says was disclosed, in the contract's order, specific data marked.

export interface CategoryUse {
  readonly category: DataCategory;
  /** Specific personal data under UU 27/2022 Pasal 4(2). */
  readonly specific: boolean;
  readonly asked: boolean;
  readonly disclosed: boolean;
}

export function categoriesOf(
  scan: ScanReport | undefined,
  ledger: LedgerSummary | undefined,
): CategoryUse[] {
  const asked = new Set<DataCategory>();
  const disclosed = new Set<DataCategory>();
  const specificOnPage = new Set<DataCategory>();
  for (const field of scan?.fields ?? []) {
    if (field.category === 'other') continue;
    asked.add(field.category);
    if (field.sensitivity === 'specific') specificOnPage.add(field.category);
  }
  for (const record of ledger?.records ?? []) {
    for (const category of record.categories) if (category !== 'other') disclosed.add(category);
  }
  return DATA_CATEGORIES.filter((c) => asked.has(c) || disclosed.has(c)).map((category) => ({
    category,
    specific: specificOnPage.has(category) || sensitivityOf(category) === 'specific',
    asked: asked.has(category),
    disclosed: disclosed.has(category),
  }));
}

import { sensitivityOf } from '../analyzer/classify/sensitivity';
import { DATA_CATEGORIES, type DataCategory } from '../analyzer/model/scan-report';
import { CATEGORY_NAMES } from '../analyzer/report/labels';
import { getRuleText, RuleIdSchema } from '../analyzer/rulebooks';
import type { UiLang } from '../utils/i18n';

// Pure helpers for the history dashboard. No browser APIs.

/** Every category a record can hold ('other' is never recorded), in the order of the contract. */
export const LEDGER_CATEGORIES: readonly DataCategory[] = DATA_CATEGORIES.filter(
  (c) => c !== 'other',
);

export interface CategoryChip {
  readonly category: DataCategory;
  readonly name: string;
  /** Specific personal data (UU PDP Pasal 4(2)): financial, health, biometric. */
  readonly specific: boolean;
}

/** A record's or a shop's categories as chips, specific data first. */
export function categoryChips(categories: readonly DataCategory[], lang: UiLang): CategoryChip[] {
  return categories
    .map((category) => ({
      category,
      name: CATEGORY_NAMES[lang][category],
      specific: sensitivityOf(category) === 'specific',
    }))
    .sort((a, b) => Number(b.specific) - Number(a.specific));
}

/** The rule's title in the UI language; the bare id for a rule this version does not know. */
export function ruleTitle(ruleId: string, lang: UiLang): string {
  const known = RuleIdSchema.safeParse(ruleId);
  return known.success ? getRuleText(known.data, lang).title : ruleId;
}

/** `<input type="date">` value (the user's local day) → inclusive ISO bound, or undefined. */
export function dayBound(value: string, end: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

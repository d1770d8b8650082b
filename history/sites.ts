import { z } from 'zod';
import { DataCategorySchema } from '../analyzer/model/scan-report';
import type { DisclosureRecord } from './record';

// One summary row per site, kept in the same transaction as every write that
// touches the site's records. It is derived data: never exported, never
// hashed, rebuilt from records on import and by the v2 upgrade.

const CategoryStatSchema = z.strictObject({
  category: DataCategorySchema,
  count: z.number().int().min(1),
  first: z.string(),
  last: z.string(),
});
export type CategoryStat = z.infer<typeof CategoryStatSchema>;

export const SiteSummarySchema = z.strictObject({
  origin: z.string(),
  host: z.string(),
  /** For the multi-entry index: "who has my NIK?". */
  categories: z.array(DataCategorySchema),
  categoryStats: z.array(CategoryStatSchema),
  count: z.number().int().min(1),
  first: z.string(),
  last: z.string(),
});
export type SiteSummary = z.infer<typeof SiteSummarySchema>;

/** The summary after adding one record to it (or starting one). */
export function addToSummary(
  summary: SiteSummary | undefined,
  record: Pick<DisclosureRecord, 'origin' | 'time' | 'categories'>,
): SiteSummary {
  const stats = new Map((summary?.categoryStats ?? []).map((s) => [s.category, s]));
  for (const category of record.categories) {
    const stat = stats.get(category);
    stats.set(
      category,
      stat
        ? {
            category,
            count: stat.count + 1,
            first: min(stat.first, record.time),
            last: max(stat.last, record.time),
          }
        : { category, count: 1, first: record.time, last: record.time },
    );
  }
  const categoryStats = [...stats.values()].sort((a, b) => (a.category < b.category ? -1 : 1));
  return {
    origin: record.origin,
    host: new URL(record.origin).hostname,
    categories: categoryStats.map((s) => s.category),
    categoryStats,
    count: (summary?.count ?? 0) + 1,
    first: summary ? min(summary.first, record.time) : record.time,
    last: summary ? max(summary.last, record.time) : record.time,
  };
}

/** Summaries of every site among `records`. */
export function summarize(
  records: Iterable<Pick<DisclosureRecord, 'origin' | 'time' | 'categories'>>,
): Map<string, SiteSummary> {
  const sites = new Map<string, SiteSummary>();
  for (const record of records)
    sites.set(record.origin, addToSummary(sites.get(record.origin), record));
  return sites;
}

const min = (a: string, b: string) => (a <= b ? a : b);
const max = (a: string, b: string) => (a >= b ? a : b);

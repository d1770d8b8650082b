import type { Collection } from 'dexie';
import { z } from 'zod';
import { DataCategorySchema, PageKindSchema } from '../analyzer/model/scan-report';
import { LedgerError } from './errors';
import { DisclosureRecordSchema, type DisclosureRecord } from './record';
import type { LedgerDb } from './schema';
import { SiteSummarySchema, type SiteSummary } from './sites';

// The dashboard's reads. Each picks the index that bounds its work: one
// site's records come from [origin+time], "who has X" from the sites table's
// *categories, site lists and host search from the (small) sites table.

export const MAX_PAGE = 500;

export const TimelineQuerySchema = z.strictObject({
  origin: z.string().max(256).optional(),
  pageKind: PageKindSchema.optional(),
  category: DataCategorySchema.optional(),
  /** Inclusive ISO bounds on the submit time. */
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE).optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

export interface TimelinePage {
  /** Newest first. */
  readonly records: DisclosureRecord[];
  readonly hasMore: boolean;
}

export interface CategoryHolder {
  readonly origin: string;
  readonly host: string;
  readonly count: number;
  readonly first: string;
  readonly last: string;
}

/** Below this many records, a category filter reads its index instead of scanning by time. */
const SPARSE_CATEGORY = 2000;

export async function timeline(db: LedgerDb, input: TimelineQuery): Promise<TimelinePage> {
  const parsed = TimelineQuerySchema.safeParse(input);
  if (!parsed.success) throw new LedgerError('read_failed', 'bad query');
  const query = parsed.data;
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const from = query.from ?? '';
  const to = query.to ?? '\uffff';
  const { pageKind, category } = query;
  const matches = (r: DisclosureRecord) =>
    (pageKind === undefined || r.pageKind === pageKind) &&
    (category === undefined || r.categories.includes(category)) &&
    r.time >= from &&
    r.time <= to;

  // A rare category ("passport") would make a time scan walk most of the ledger
  // for one page: read the category's own index and sort that instead.
  if (category !== undefined && query.origin === undefined) {
    const byCategory = db.records.where('categories').equals(category);
    if ((await byCategory.count()) <= SPARSE_CATEGORY) {
      const rows = (await byCategory.toArray())
        .filter(matches)
        .sort((a, b) => (a.time === b.time ? cmp(b.id, a.id) : cmp(b.time, a.time)));
      return page(rows.slice(offset, offset + limit + 1), limit);
    }
  }

  let collection: Collection<DisclosureRecord, string> =
    query.origin === undefined
      ? db.records.where('time').between(from, to, true, true)
      : db.records
          .where('[origin+time]')
          .between([query.origin, from], [query.origin, to], true, true);
  collection = collection.reverse();
  if (pageKind !== undefined || category !== undefined) collection = collection.filter(matches);
  return page(
    await collection
      .offset(offset)
      .limit(limit + 1)
      .toArray(),
    limit,
  );
}

function page(rows: readonly DisclosureRecord[], limit: number): TimelinePage {
  return { records: parseRecords(rows.slice(0, limit)), hasMore: rows.length > limit };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function recordById(db: LedgerDb, id: string): Promise<DisclosureRecord | undefined> {
  const row = await db.records.get(id);
  return row === undefined ? undefined : parseRecords([row])[0];
}

/** Every site, most recent disclosure first. */
export async function sites(db: LedgerDb): Promise<SiteSummary[]> {
  return parseSites(await db.sites.orderBy('last').reverse().toArray());
}

/** Sites whose host contains `text` (case-insensitive); "toko" finds www.tokopedia.com. */
export async function searchSites(db: LedgerDb, text: string): Promise<SiteSummary[]> {
  const needle = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .slice(0, 256);
  const all = await sites(db);
  return needle === '' ? all : all.filter((s) => s.host.includes(needle));
}

/** "Who has my NIK?": sites that were given `category`, with when. */
export async function whoHas(db: LedgerDb, category: string): Promise<CategoryHolder[]> {
  const parsedCategory = DataCategorySchema.safeParse(category);
  if (!parsedCategory.success) return [];
  const rows = parseSites(await db.sites.where('categories').equals(parsedCategory.data).toArray());
  return rows
    .flatMap((site) => {
      const stat = site.categoryStats.find((s) => s.category === parsedCategory.data);
      return stat
        ? [
            {
              origin: site.origin,
              host: site.host,
              count: stat.count,
              first: stat.first,
              last: stat.last,
            },
          ]
        : [];
    })
    .sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
}

export async function counts(
  db: LedgerDb,
): Promise<{ records: number; tombstones: number; sites: number }> {
  const [records, tombstones, siteCount] = await Promise.all([
    db.records.count(),
    db.tombstones.count(),
    db.sites.count(),
  ]);
  return { records, tombstones, sites: siteCount };
}

function parseRecords(rows: readonly unknown[]): DisclosureRecord[] {
  return rows.map((row) => {
    const parsed = DisclosureRecordSchema.safeParse(row);
    if (!parsed.success) throw new LedgerError('read_failed', 'a stored record does not parse');
    return parsed.data;
  });
}

function parseSites(rows: readonly unknown[]): SiteSummary[] {
  return rows.map((row) => {
    const parsed = SiteSummarySchema.safeParse(row);
    if (!parsed.success) throw new LedgerError('read_failed', 'a site summary does not parse');
    return parsed.data;
  });
}

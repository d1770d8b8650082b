import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { PolicyDoc, PolicyVersion } from './policy-record';
import { DisclosureRecordSchema, type DisclosureRecord, type Tombstone } from './record';
import type { TrackedRequest } from './request-record';
import { summarize, type SiteSummary } from './sites';

// The ledger's IndexedDB schema. Versions are append-only: a shipped entry
// is never edited; a change is a new entry with a named upgrade function and
// a test that opens the previous version, seeds it and reopens (see
// test/integration/history/upgrade.test.ts). Table and index names are
// contracts.

export const DB_NAME = 'tegas-ledger';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: { readonly [table: string]: string | null };
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * v2: the dashboard's home view lists every site with the categories it holds
 * and its first/last disclosure. Scanning all records for that is O(records)
 * on every open (seconds at 100k), so each site gets a summary row, kept in
 * the write transactions; this backfills it from the records v1 stored.
 */
async function buildSiteSummaries(tx: Transaction): Promise<void> {
  const rows: unknown[] = await tx.table('records').toArray();
  const records: DisclosureRecord[] = [];
  for (const row of rows) {
    // A row that no longer parses stays in `records` (verify() reports it) but gets no summary.
    const parsed = DisclosureRecordSchema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
  }
  await tx.table('sites').bulkPut([...summarize(records).values()]);
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // seq is unique across the chain: two writers can never both claim the next position.
      records: 'id, &seq, origin, time',
      tombstones: 'id, &seq',
    },
  },
  {
    version: 2,
    stores: {
      // [origin+time]: one site's records in time order without scanning others.
      // *categories: "who has my NIK?" and the category filter.
      records: 'id, &seq, origin, time, *categories, [origin+time]',
      tombstones: 'id, &seq',
      sites: '&origin, *categories, last',
    },
    upgrade: buildSiteSummaries,
  },
  {
    version: 3,
    stores: {
      // Outside the hash chain: what Tegas observed of policies, and the user's own request log.
      // policies: one row per policy URL a disclosure was made under (its latest known version).
      policies: '&url, origin, checkedAt',
      // policyVersions: every version seen of a policy, compact text and what changed from the one before.
      policyVersions: '&id, url, [url+firstSeen]',
      // requests: data-subject requests and complaints the user marked as sent, with their due dates.
      requests: '&id, origin, status, dueAt',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.length;

export class LedgerDb extends Dexie {
  declare records: Table<DisclosureRecord, string>;
  declare tombstones: Table<Tombstone, string>;
  declare sites: Table<SiteSummary, string>;
  declare policies: Table<PolicyDoc, string>;
  declare policyVersions: Table<PolicyVersion, string>;
  declare requests: Table<TrackedRequest, string>;

  /** `upTo` exists for upgrade tests, which open the database as an older release did. */
  constructor(name: string, options: DexieOptions = {}, upTo = LATEST_SCHEMA_VERSION) {
    super(name, options);
    for (const entry of SCHEMA_VERSIONS) {
      if (entry.version > upTo) break;
      const version = this.version(entry.version).stores({ ...entry.stores });
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

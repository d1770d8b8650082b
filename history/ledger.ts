import Dexie, { type DexieOptions, type Table } from 'dexie';
import { canonicalCopy, hashRecord, type ChainResult } from './chain';
import { LedgerError, toLedgerError, type LedgerErrorCode } from './errors';
import {
  LEDGER_FILE_FORMAT,
  LEDGER_FILE_VERSION,
  parseLedgerFile,
  verifyLedgerFile,
  type LedgerFile,
  type ParseFileOptions,
} from './file';
import * as queries from './queries';
import {
  DisclosureDraftSchema,
  GENESIS_HASH,
  type DisclosureDraft,
  type DisclosureRecord,
  type Tombstone,
} from './record';
import { DB_NAME, LedgerDb } from './schema';
import { addToSummary, summarize, type SiteSummary } from './sites';

// The ledger: the only writer of the database. Owned by the background (or an
// extension page); never a content script, where IndexedDB is the website's.
//
// Appends are serialized twice over: a queue in this instance, and a
// compare-and-swap in the write transaction (it re-reads the head and writes
// only if nobody moved it since the hashes were computed; otherwise it
// retries). Hashing happens between the two because WebCrypto is async and an
// IndexedDB transaction cannot stay open across it. The unique seq index is
// the last line: two records can never share a chain position.

export interface LedgerOptions {
  readonly name?: string;
  /** An IndexedDB implementation (fake-indexeddb in tests); the global one by default. */
  readonly indexedDB?: DexieOptions['indexedDB'];
  readonly IDBKeyRange?: DexieOptions['IDBKeyRange'];
  readonly now?: () => Date;
  /** Called when a newer Tegas wants the database; the ledger is closed by then. */
  readonly onVersionChange?: () => void;
}

export interface Head {
  /** Entries in the chain, records and tombstones. */
  readonly count: number;
  readonly hash: string;
}

export interface ImportResult {
  readonly added: number;
  /** Entries the ledger already had (same position, same hash), including deleted ones. */
  readonly alreadyPresent: number;
}

const MAX_APPEND_ATTEMPTS = 8;

/**
 * Entries per read request when reading the whole chain. The requests are
 * made together in one transaction, so IndexedDB reads the next slice while
 * this thread takes in the last one: in Chromium that is about 40% faster
 * than one getAll() of 100,000 records.
 */
export const READ_SLICE = 5000;

export class Ledger {
  readonly db: LedgerDb;
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();
  private versionChanged = false;

  constructor(options: LedgerOptions = {}) {
    const dexieOptions: DexieOptions = { autoOpen: false };
    if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
    this.db = new LedgerDb(options.name ?? DB_NAME, dexieOptions);
    this.now = options.now ?? (() => new Date());
    this.db.on('versionchange', () => {
      this.versionChanged = true;
      this.db.close();
      options.onVersionChange?.();
    });
  }

  /** Opens (and upgrades) the database. Rejects with `blocked` when an old connection holds it. */
  async open(): Promise<void> {
    let blocked = false;
    const onBlocked = () => {
      blocked = true;
      // Waiting could take forever (a tab that never closes): give up now, say why.
      this.db.close();
    };
    this.db.on('blocked', onBlocked);
    try {
      await this.db.open();
    } catch (error) {
      throw blocked ? new LedgerError('blocked') : toLedgerError(error, 'unavailable');
    } finally {
      this.db.on('blocked').unsubscribe(onBlocked);
    }
  }

  close(): void {
    this.db.close();
  }

  async append(draft: DisclosureDraft): Promise<DisclosureRecord> {
    const [record] = await this.appendMany([draft]);
    if (record === undefined) throw new LedgerError('write_failed');
    return record;
  }

  /** Appends in one transaction: all or nothing. */
  async appendMany(drafts: readonly DisclosureDraft[]): Promise<DisclosureRecord[]> {
    const valid = drafts.map((draft) => {
      const parsed = DisclosureDraftSchema.safeParse(draft);
      if (!parsed.success)
        throw new LedgerError('invalid_record', parsed.error.issues[0]?.path.join('.'));
      return parsed.data;
    });
    const fresh = valid.map((draft) => ({ draft, id: crypto.randomUUID(), nonce: nonce() }));
    return this.serialized(() =>
      this.guard(async () => {
        for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
          const head = await this.db.transaction('r', this.db.records, this.db.tombstones, () =>
            this.readHead(),
          );
          const records: DisclosureRecord[] = [];
          let prevHash = head.hash;
          for (const [i, { draft, id, nonce }] of fresh.entries()) {
            const unhashed = { ...draft, id, seq: head.count + i, nonce, prevHash };
            const hash = await hashRecord(unhashed);
            // Stored with sorted keys: verify() and export then serialise it natively (chain.ts).
            records.push(canonicalCopy({ ...unhashed, hash }));
            prevHash = hash;
          }
          const written = await this.db.transaction(
            'rw',
            this.db.records,
            this.db.tombstones,
            this.db.sites,
            async () => {
              const now = await this.readHead();
              if (now.count !== head.count || now.hash !== head.hash) return false;
              await this.db.records.bulkAdd(records);
              await this.addToSites(records);
              return true;
            },
          );
          if (written) return records;
          await sleep(5 + Math.random() * 20 * (attempt + 1));
        }
        throw new LedgerError('busy');
      }, 'write_failed'),
    );
  }

  /** Replaces the record by a tombstone. False when there is no such record. */
  deleteRecord(id: string): Promise<boolean> {
    return this.deleting(async () => {
      const record = await this.db.records.get(id);
      if (record === undefined) return false;
      await this.db.tombstones.add(this.tombstoneOf(record));
      await this.db.records.delete(id);
      await this.rebuildSite(record.origin);
      await this.forgetPoliciesOf([record]);
      return true;
    });
  }

  /** Deletes every record of a site (tombstones keep only the chain links). Returns how many. */
  deleteSite(origin: string): Promise<number> {
    return this.deleting(async () => {
      const records = await this.db.records.where('origin').equals(origin).toArray();
      await this.db.tombstones.bulkAdd(records.map((r) => this.tombstoneOf(r)));
      await this.db.records.bulkDelete(records.map((r) => r.id));
      await this.db.sites.delete(origin);
      await this.forgetPoliciesOf(records);
      return records.length;
    });
  }

  /**
   * Deletes everything, tombstones included: the next record starts a new chain.
   * The stored policy versions go too (no record names them any more); tracked
   * requests stay (the user deletes those in the Requests view).
   */
  deleteAll(): Promise<void> {
    return this.deleting(async () => {
      await this.db.records.clear();
      await this.db.tombstones.clear();
      await this.db.sites.clear();
      await this.db.policies.clear();
      await this.db.policyVersions.clear();
    });
  }

  /**
   * One delete: queued behind other writes, in one transaction over the chain, the site
   * summaries and the stored policies (deleting a disclosure forgets the policies it alone named).
   */
  private deleting<T>(work: () => Promise<T>): Promise<T> {
    return this.serialized(() =>
      this.guard(
        () =>
          this.db.transaction(
            'rw',
            [
              this.db.records,
              this.db.tombstones,
              this.db.sites,
              this.db.policies,
              this.db.policyVersions,
            ],
            work,
          ),
        'write_failed',
      ),
    );
  }

  head(): Promise<Head> {
    return this.guard(
      () => this.db.transaction('r', this.db.records, this.db.tombstones, () => this.readHead()),
      'read_failed',
    );
  }

  async verify(): Promise<ChainResult> {
    const file = await this.exportFile();
    return verifyLedgerFile(file);
  }

  async exportFile(): Promise<LedgerFile> {
    const { records, tombstones } = await this.readChain();
    const [flatRecords, flatTombstones] = [records.flat(), tombstones.flat()];
    return {
      ...this.envelopeOf(flatRecords, flatTombstones),
      records: flatRecords,
      tombstones: flatTombstones,
    };
  }

  /** The text of JSON.stringify(exportFile()), serialised slice by slice while the rest is read. */
  async exportJson(): Promise<string> {
    const text: Record<'records' | 'tombstones', string[]> = { records: [], tombstones: [] };
    const { records, tombstones } = await this.readChain((kind, index, slice) => {
      text[kind][index] = JSON.stringify(slice).slice(1, -1);
    });
    const envelope = this.envelopeOf(records.flat(), tombstones.flat());
    const list = (parts: string[]) => parts.filter((part) => part !== '').join(',');
    return `${JSON.stringify(envelope).slice(0, -1)},"records":[${list(text.records)}],"tombstones":[${list(text.tombstones)}]}`;
  }

  /**
   * Imports an export file in one transaction: nothing changes unless all of
   * it checks. The file's chain must be this ledger's chain (a prefix of it,
   * or an extension of it) or the ledger must be empty. Idempotent; never
   * brings back a record this ledger deleted.
   */
  async importJson(text: string, options: ParseFileOptions = {}): Promise<ImportResult> {
    const file = parseLedgerFile(text, options);
    // Records in the form they are stored in (sorted keys, same content): the
    // chain check below then serialises them natively (chain.ts). This is
    // verifyLedgerFile(file) on a copy.
    const parsed = { ...file, records: file.records.map(canonicalCopy) };
    const check = await verifyLedgerFile(parsed);
    if (!check.ok)
      throw new LedgerError(
        'file_chain_broken',
        `entry ${check.firstBrokenIndex}${check.id ? ` (${check.id})` : ''}: ${check.reason}`,
      );
    const entries = [...parsed.records, ...parsed.tombstones].sort((a, b) => a.seq - b.seq);
    return this.serialized(() =>
      this.guard(
        () =>
          this.db.transaction(
            'rw',
            this.db.records,
            this.db.tombstones,
            this.db.sites,
            async () => {
              const head = await this.readHead();
              const overlap = Math.min(head.count, entries.length);
              if (overlap > 0) {
                const local = await this.hashAt(overlap - 1);
                if (local !== entries[overlap - 1]?.hash)
                  throw new LedgerError('import_conflict', `entry ${overlap - 1} differs`);
              }
              const tail = entries.slice(head.count);
              const records = tail.filter((e): e is DisclosureRecord => !('deletedAt' in e));
              const tombstones = tail.filter((e): e is Tombstone => 'deletedAt' in e);
              try {
                await this.db.records.bulkAdd(records);
                await this.db.tombstones.bulkAdd(tombstones);
              } catch (error) {
                throw new LedgerError('import_conflict', 'a record id is already in the ledger', {
                  cause: error,
                });
              }
              await this.addToSites(records);
              return { added: tail.length, alreadyPresent: overlap };
            },
          ),
        'write_failed',
      ),
    );
  }

  // Dashboard queries (queries.ts); errors surface as LedgerError.
  timeline(query: queries.TimelineQuery = {}) {
    return this.guard(() => queries.timeline(this.db, query), 'read_failed');
  }
  siteRecords(origin: string, page: { offset?: number; limit?: number } = {}) {
    return this.guard(() => queries.timeline(this.db, { ...page, origin }), 'read_failed');
  }
  record(id: string) {
    return this.guard(() => queries.recordById(this.db, id), 'read_failed');
  }
  sites() {
    return this.guard(() => queries.sites(this.db), 'read_failed');
  }
  searchSites(text: string) {
    return this.guard(() => queries.searchSites(this.db, text), 'read_failed');
  }
  whoHas(category: string) {
    return this.guard(() => queries.whoHas(this.db, category), 'read_failed');
  }
  counts() {
    return this.guard(() => queries.counts(this.db), 'read_failed');
  }

  private async readHead(): Promise<Head> {
    const [record, tombstone] = await Promise.all([
      this.db.records.orderBy('seq').last(),
      this.db.tombstones.orderBy('seq').last(),
    ]);
    const last = (record?.seq ?? -1) >= (tombstone?.seq ?? -1) ? record : tombstone;
    return last ? { count: last.seq + 1, hash: last.hash } : { count: 0, hash: GENESIS_HASH };
  }

  /**
   * Every record and tombstone in seq order, as slices, in one read
   * transaction (a consistent snapshot). The slices cover the whole seq index,
   * below 0 and past the head included, so a stray row is read (and fails
   * verification) as it did with one orderBy('seq') read. `onSlice` sees each
   * slice as it arrives, in order per kind.
   */
  private readChain(
    onSlice?: (
      kind: 'records' | 'tombstones',
      index: number,
      slice: readonly (DisclosureRecord | Tombstone)[],
    ) => void,
  ): Promise<{ records: DisclosureRecord[][]; tombstones: Tombstone[][] }> {
    return this.guard(
      () =>
        this.db.transaction('r', this.db.records, this.db.tombstones, async () => {
          const [head, rows, tombstoneRows] = await Promise.all([
            this.readHead(),
            this.db.records.count(),
            this.db.tombstones.count(),
          ]);
          // Slices by seq up to the head, but never more than there are rows: a stray
          // seq of 10^12 must not make 2·10^8 requests. The last slice takes the rest.
          const count = Math.min(
            Number.isSafeInteger(head.count) ? head.count : 0,
            rows + tombstoneRows,
          );
          const bounds: unknown[] = [Dexie.minKey];
          for (let seq = READ_SLICE; seq < count; seq += READ_SLICE) bounds.push(seq);
          bounds.push(Dexie.maxKey);
          const read = <T extends DisclosureRecord | Tombstone>(
            table: Table<T, string>,
            kind: 'records' | 'tombstones',
          ): Promise<T[][]> => {
            // All requested at once; each slice is handed on as soon as it arrives.
            const slices = bounds.slice(1).map((upper, i) =>
              table
                .where('seq')
                .between(bounds[i], upper, true, upper === Dexie.maxKey)
                .toArray()
                .then((slice) => {
                  onSlice?.(kind, i, slice);
                  return slice;
                }),
            );
            return Promise.all(slices);
          };
          const [records, tombstones] = await Promise.all([
            read(this.db.records, 'records'),
            read(this.db.tombstones, 'tombstones'),
          ]);
          return { records, tombstones };
        }),
      'read_failed',
    );
  }

  private envelopeOf(
    records: readonly DisclosureRecord[],
    tombstones: readonly Tombstone[],
  ): Omit<LedgerFile, 'records' | 'tombstones'> {
    const last = [...records.slice(-1), ...tombstones.slice(-1)].sort((a, b) => b.seq - a.seq)[0];
    return {
      format: LEDGER_FILE_FORMAT,
      version: LEDGER_FILE_VERSION,
      exportedAt: this.now().toISOString(),
      head: last ? { count: last.seq + 1, hash: last.hash } : null,
    };
  }

  private async hashAt(seq: number): Promise<string | undefined> {
    const entry =
      (await this.db.records.where('seq').equals(seq).first()) ??
      (await this.db.tombstones.where('seq').equals(seq).first());
    return entry?.hash;
  }

  private tombstoneOf(record: DisclosureRecord): Tombstone {
    return {
      id: record.id,
      seq: record.seq,
      prevHash: record.prevHash,
      hash: record.hash,
      deletedAt: this.now().toISOString(),
    };
  }

  private async addToSites(records: readonly DisclosureRecord[]): Promise<void> {
    const origins = [...new Set(records.map((r) => r.origin))];
    const current = await this.db.sites.bulkGet(origins);
    const next = new Map<string, SiteSummary>();
    origins.forEach((origin, i) => {
      const summary = current[i];
      if (summary) next.set(origin, summary);
    });
    for (const record of records)
      next.set(record.origin, addToSummary(next.get(record.origin), record));
    await this.db.sites.bulkPut([...next.values()]);
  }

  private async rebuildSite(origin: string): Promise<void> {
    const remaining = await this.db.records.where('origin').equals(origin).toArray();
    const summary = summarize(remaining).get(origin);
    if (summary) await this.db.sites.put(summary);
    else await this.db.sites.delete(origin);
  }

  /**
   * In a delete's transaction: forgets the policies the deleted records named
   * that no remaining record names (the same rule as forgetUntrackedPolicies in
   * policies.ts, limited to these URLs), so the list of policies stops saying
   * which shops the user used at once, not at the next re-check. One pass over
   * the remaining records (no index on policy.url: about 4 s at 100,000 records in
   * Chromium, see test/bench/delete-policies.ts), only for a policy Tegas has
   * stored, and it stops as soon as every such URL is found still named.
   */
  private async forgetPoliciesOf(deleted: readonly DisclosureRecord[]): Promise<void> {
    const named = new Set<string>();
    for (const record of deleted) if (record.policy) named.add(record.policy.url);
    if (named.size === 0) return;
    const urls = [...named];
    const docs = await this.db.policies.bulkGet(urls);
    const candidates = new Set<string>();
    for (const [i, url] of urls.entries())
      if (
        docs[i] !== undefined ||
        (await this.db.policyVersions.where('url').equals(url).count()) > 0
      )
        candidates.add(url);
    if (candidates.size === 0) return;
    await this.db.records
      .toCollection()
      .until(() => candidates.size === 0)
      .each((row: Partial<DisclosureRecord>) => {
        const url = row.policy?.url;
        if (url !== undefined) candidates.delete(url);
      });
    const gone = [...candidates];
    if (gone.length === 0) return;
    await this.db.policyVersions.where('url').anyOf(gone).delete();
    await this.db.policies.bulkDelete(gone);
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async guard<T>(task: () => Promise<T>, fallback: LedgerErrorCode): Promise<T> {
    if (this.versionChanged) throw new LedgerError('version_changed');
    try {
      return await task();
    } catch (error) {
      throw this.versionChanged
        ? new LedgerError('version_changed')
        : toLedgerError(error, fallback);
    }
  }
}

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

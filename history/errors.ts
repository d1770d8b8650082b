// Every failure the ledger reports is a LedgerError with a stable code and a
// message in both UI languages, so the dashboard can show it as is and tests
// can assert on the code. Codes are a contract: add, never rename.

export const LEDGER_ERROR_CODES = [
  'unavailable',
  'blocked',
  'version_changed',
  'quota_exceeded',
  'write_failed',
  'read_failed',
  'busy',
  'invalid_record',
  'file_too_large',
  'file_not_json',
  'file_unsafe_key',
  'file_wrong_format',
  'file_unsupported_version',
  'file_invalid',
  'file_duplicate_id',
  'file_chain_broken',
  'import_conflict',
] as const;
export type LedgerErrorCode = (typeof LEDGER_ERROR_CODES)[number];

export interface LedgerMessage {
  readonly id: string;
  readonly en: string;
}

const MESSAGES: { readonly [C in LedgerErrorCode]: LedgerMessage } = {
  unavailable: {
    id: 'Riwayat Tegas tidak dapat dibuka di browser ini.',
    en: "Tegas' history cannot be opened in this browser.",
  },
  blocked: {
    id: 'Riwayat sedang dipakai oleh versi Tegas lain yang masih terbuka. Tutup tab Tegas lain lalu coba lagi.',
    en: 'The history is held open by another version of Tegas. Close other Tegas tabs and try again.',
  },
  version_changed: {
    id: 'Tegas baru saja diperbarui. Muat ulang halaman ini untuk melanjutkan.',
    en: 'Tegas was just updated. Reload this page to continue.',
  },
  quota_exceeded: {
    id: 'Penyimpanan browser penuh, jadi catatan ini tidak disimpan. Hapus catatan lama atau kosongkan ruang penyimpanan. Data sebelumnya tetap utuh.',
    en: 'Browser storage is full, so this record was not saved. Delete old records or free up space. Earlier data is intact.',
  },
  write_failed: {
    id: 'Catatan tidak dapat disimpan. Tidak ada yang berubah; data sebelumnya tetap utuh.',
    en: 'The record could not be saved. Nothing was changed; earlier data is intact.',
  },
  read_failed: {
    id: 'Riwayat tidak dapat dibaca.',
    en: 'The history could not be read.',
  },
  busy: {
    id: 'Riwayat sedang ditulis oleh bagian lain Tegas. Coba lagi sebentar lagi.',
    en: 'Another part of Tegas is writing to the history. Try again in a moment.',
  },
  invalid_record: {
    id: 'Catatan tidak valid dan tidak disimpan.',
    en: 'The record is not valid and was not saved.',
  },
  file_too_large: {
    id: 'Berkas terlalu besar untuk diimpor.',
    en: 'The file is too large to import.',
  },
  file_not_json: {
    id: 'Berkas ini bukan JSON yang utuh (rusak atau terpotong).',
    en: 'The file is not complete JSON (corrupted or truncated).',
  },
  file_unsafe_key: {
    id: 'Berkas berisi kunci yang tidak aman dan ditolak.',
    en: 'The file contains an unsafe key and was rejected.',
  },
  file_wrong_format: {
    id: 'Berkas ini bukan ekspor riwayat Tegas.',
    en: 'This file is not a Tegas history export.',
  },
  file_unsupported_version: {
    id: 'Berkas ini dibuat oleh versi Tegas yang lebih baru. Perbarui Tegas lalu coba lagi.',
    en: 'This file was made by a newer version of Tegas. Update Tegas and try again.',
  },
  file_invalid: {
    id: 'Isi berkas tidak sesuai format ekspor riwayat Tegas.',
    en: 'The file does not match the Tegas history export format.',
  },
  file_duplicate_id: {
    id: 'Berkas berisi catatan yang sama lebih dari sekali.',
    en: 'The file contains the same record more than once.',
  },
  file_chain_broken: {
    id: 'Rantai hash berkas ini rusak: isinya telah diubah atau tidak lengkap.',
    en: "The file's hash chain is broken: it was edited or is incomplete.",
  },
  import_conflict: {
    id: 'Berkas ini berasal dari riwayat lain dan tidak bisa digabungkan. Impor ke riwayat kosong (hapus semua dulu).',
    en: 'This file comes from a different history and cannot be merged. Import it into an empty history (delete everything first).',
  },
};

export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly code: LedgerErrorCode;
  readonly messages: LedgerMessage;
  /** Technical detail for logs and the CLI (English, one line); never user data. */
  readonly detail: string | undefined;

  constructor(code: LedgerErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail === undefined ? MESSAGES[code].en : `${MESSAGES[code].en} (${detail})`, options);
    this.code = code;
    this.messages = MESSAGES[code];
    this.detail = detail;
  }

  messageIn(lang: 'id' | 'en'): string {
    return this.detail === undefined
      ? this.messages[lang]
      : `${this.messages[lang]} (${this.detail})`;
  }
}

export function ledgerMessage(code: LedgerErrorCode): LedgerMessage {
  return MESSAGES[code];
}

/** Maps what IndexedDB / Dexie threw to a LedgerError; `fallback` for anything unrecognised. */
export function toLedgerError(error: unknown, fallback: LedgerErrorCode): LedgerError {
  if (error instanceof LedgerError) return error;
  const names = errorNames(error);
  const code: LedgerErrorCode = names.includes('QuotaExceededError')
    ? 'quota_exceeded'
    : names.includes('VersionError') || names.includes('VersionChangeError')
      ? 'version_changed'
      : names.includes('MissingAPIError') || names.includes('InvalidStateError')
        ? 'unavailable'
        : fallback;
  return new LedgerError(code, names[0], { cause: error });
}

/** Names along the error's inner/cause chain (Dexie wraps the DOMException in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    names.push(current.name);
    const next: unknown =
      'inner' in current && current.inner instanceof Error ? current.inner : current.cause;
    current = next;
  }
  return names;
}

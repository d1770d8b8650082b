import type { Localized } from '../../rulebooks';

/** Appended to findings built from what the page itself reported (main-world observer). */
export const PAGE_REPORTED_NOTE: Localized = {
  id: 'Catatan: bukti ini dilaporkan oleh kode di halaman web, bukan diukur langsung oleh Tegas.',
  en: 'Note: this evidence was reported by code on the web page, not measured by Tegas itself.',
};

export function normalizePermission(name: string): string {
  return name.trim().toLowerCase();
}

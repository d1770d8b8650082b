// URLs enter the ledger without the parts that carry user data: query strings
// (GET forms put typed values there), fragments (tokens in SPA routes) and
// credentials. The record schema rejects any URL that still has them.

/** `https://u:p@shop.id/checkout?email=x#t` → `https://shop.id/checkout`; null if not http(s). */
export function sanitizeUrl(raw: string): string | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  const clean = url.href;
  // An encoded "?" or "#" survives as %3F / %23, which is fine; a literal one cannot remain.
  return clean.includes('?') || clean.includes('#') ? null : clean;
}

/** The site a page belongs to, e.g. `https://www.tokopedia.com`; null if not http(s). */
export function originOf(raw: string): string | null {
  const clean = sanitizeUrl(raw);
  return clean === null ? null : new URL(clean).origin;
}

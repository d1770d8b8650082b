// Host matching for the ignore list. No zod here: the content script uses it too.

/** True when `host` is an ignored site or a subdomain of one ("example.com" covers "shop.example.com"). */
export function isIgnoredHost(host: string, ignored: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return ignored.some((site) => {
    const s = site.toLowerCase().trim().replace(/^\*\./, '').replace(/\.$/, '');
    return s !== '' && (h === s || h.endsWith(`.${s}`));
  });
}

// The ignored-sites textarea: one host per line. Pure, so it is unit-tested.

export const MAX_IGNORED_SITES = 500;
const MAX_HOST = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export interface HostLineError {
  /** 1-based line number in the textarea. */
  readonly line: number;
  readonly text: string;
}

export interface HostListResult {
  /** Valid hosts, normalised (lower case, punycode, no scheme, port, path or "*."), without duplicates. */
  readonly hosts: readonly string[];
  readonly errors: readonly HostLineError[];
  /** True when there were more valid hosts than can be stored. */
  readonly tooMany: boolean;
}

/**
 * A host from one line, or null when the line is not a site. Accepts
 * "example.com", "*.example.com", "Shop.Example.com." and a pasted URL
 * ("https://shop.example.com/cart"); rejects spaces, paths without a scheme,
 * and anything that is not a host name or IPv4 address.
 */
export function normaliseHost(line: string): string | null {
  let text = line.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    text = url.hostname;
  }
  text = text.replace(/^\*\./, '').replace(/\.$/, '').toLowerCase();
  if (text === '' || /[\s/\\?#@:*]/.test(text)) return null;
  let host: string;
  try {
    // Converts internationalised names to punycode, the form hosts are compared in.
    host = new URL(`http://${text}`).hostname;
  } catch {
    return null;
  }
  if (host.length > MAX_HOST) return null;
  return host.split('.').every((l) => LABEL.test(l)) ? host : null;
}

export function parseHostList(text: string): HostListResult {
  const hosts: string[] = [];
  const errors: HostLineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const host = normaliseHost(raw);
    if (host === null) errors.push({ line: i + 1, text: raw.trim() });
    else if (!hosts.includes(host)) hosts.push(host);
  });
  return {
    hosts: hosts.slice(0, MAX_IGNORED_SITES),
    errors,
    tooMany: hosts.length > MAX_IGNORED_SITES,
  };
}

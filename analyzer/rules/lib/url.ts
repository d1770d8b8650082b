import { MULTI_PART_SUFFIXES } from '../data/public-suffixes';

// No DOM lib here (tsconfig.pure.json), so no URL global: a small parser that
// is enough for scheme and host.

export interface ParsedUrl {
  readonly scheme: string;
  readonly host: string;
}

export function parseUrl(url: string): ParsedUrl | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url.trim());
  if (!m) return null;
  const scheme = (m[1] ?? '').toLowerCase();
  const authority = (m[2] ?? '').replace(/^.*@/, '');
  const host = authority.startsWith('[')
    ? authority.slice(0, authority.indexOf(']') + 1)
    : authority.replace(/:\d*$/, '');
  return { scheme, host: host.toLowerCase().replace(/\.$/, '') };
}

export function isWebScheme(scheme: string): boolean {
  return scheme === 'http' || scheme === 'https';
}

export function isLocalHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0'
  );
}

function isIpAddress(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * eTLD+1 by heuristic: the last two labels, or three when the last two form a
 * known multi-part suffix (co.id, ac.id, co.uk, com.au, …). IP addresses are
 * their own "domain".
 */
export function registrableDomain(host: string): string {
  if (isIpAddress(host)) return host;
  const labels = host.split('.').filter((l) => l !== '');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  const take = MULTI_PART_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Same site: equal registrable domains (so shop.example.co.id and pay.example.co.id match). */
export function isSameSite(hostA: string, hostB: string): boolean {
  return registrableDomain(hostA) === registrableDomain(hostB);
}

export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

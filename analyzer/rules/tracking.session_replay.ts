import { SESSION_REPLAY_VENDORS } from './data/trackers';
import { evidence } from './lib/evidence';
import { PAGE_REPORTED_NOTE } from './lib/live';
import { hostMatches, parseUrl } from './lib/url';
import type { Rule } from './types';

function vendorOf(src: string): string | null {
  // Protocol-relative "//static.hotjar.com/…" is common in install snippets.
  const host = parseUrl(src.startsWith('//') ? `https:${src}` : src)?.host;
  if (host === undefined) return null;
  const vendor = SESSION_REPLAY_VENDORS.find((v) => v.domains.some((d) => hostMatches(host, d)));
  return vendor?.name ?? null;
}

export const trackingSessionReplay: Rule = {
  id: 'tracking.session_replay',
  version: 1,
  severity: 'medium',
  severityWhy:
    'Keystrokes and clicks on a form go to a third party; medium because vendors usually mask inputs by default.',
  // Reads the static snapshot's scripts too, so the CLI catches snippets in the HTML;
  // the live list adds scripts injected later (tag managers).
  needsLive: false,
  evaluate({ page, live }) {
    const fromPage = page.snapshot.scripts.map((src) => ({ src, pageReported: false }));
    const fromLive = (live?.scripts ?? []).map((s) => ({
      src: s.src,
      pageReported: s.source === 'page',
    }));
    const seen = new Map<string, { src: string; pageReported: boolean }>();
    for (const s of [...fromPage, ...fromLive]) {
      const vendor = vendorOf(s.src);
      if (vendor !== null && !seen.has(vendor)) seen.set(vendor, s);
    }
    if (seen.size === 0) return [];
    const onlyPageReported = [...seen.values()].every((s) => s.pageReported);
    return [
      {
        evidence: [...seen].map(([vendor, s]) => evidence(undefined, `${vendor}: ${s.src}`)),
        ...(onlyPageReported ? { note: PAGE_REPORTED_NOTE } : {}),
      },
    ];
  },
};

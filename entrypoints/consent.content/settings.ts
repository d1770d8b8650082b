import type { Settings } from '../../utils/settings';

// The two settings the content script needs, read from the stored value by
// hand: utils/settings.ts validates with zod, which stays out of this bundle.
// Anything malformed falls back to the default, as parseSettings would.

export type ContentSettings = Pick<Settings, 'mode' | 'ignoredSites'>;

export function contentSettings(stored: unknown): ContentSettings {
  const raw =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const mode = raw['mode'] === 'click' ? 'click' : 'auto';
  const sites = raw['ignoredSites'];
  const ignoredSites =
    Array.isArray(sites) && sites.length <= 500
      ? sites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 253)
      : [];
  return { mode, ignoredSites };
}

export { isIgnoredHost } from '../../utils/hosts';

import { z } from 'zod';
import { DEFAULT_RULEBOOK, RulebookIdSchema } from '../analyzer/rulebooks/ids';

// User settings: one storage item, versioned. A shipped version is never
// edited: a change adds a version and a migration.

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  /** UI language: follow the browser, or fixed. */
  uiLanguage: z.enum(['auto', 'id', 'en']),
  rulebook: RulebookIdSchema,
  /** Analyse matching pages automatically, or only when the user clicks "Analyse". */
  mode: z.enum(['auto', 'click']),
  /** Which kinds of pages are analysed automatically in `auto` mode. */
  pageKinds: z.object({
    checkout: z.boolean(),
    signup: z.boolean(),
    login: z.boolean(),
    account: z.boolean(),
  }),
  /** Hostnames never analysed (exact host or a parent domain: "example.com" covers "shop.example.com"). */
  ignoredSites: z.array(z.string().min(1).max(253)).max(500),
  /** Keep the disclosure history (categories given to each shop, never values). */
  keepHistory: z.boolean(),
  /** Opt-in: store masked hints ("j***@gmail.com") to tell accounts apart. Never full values. */
  storeHints: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  rulebook: DEFAULT_RULEBOOK,
  mode: 'auto',
  pageKinds: { checkout: true, signup: true, login: false, account: true },
  ignoredSites: [],
  keepHistory: true,
  storeHints: false,
};

/** Parse stored settings; anything malformed falls back, field by field, to the defaults. */
export function parseSettings(input: unknown): Settings {
  const parsed = SettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const raw: Record<string, unknown> =
    typeof input === 'object' && input !== null ? { ...input } : {};
  const shape = SettingsSchema.shape;
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value);
    return r.success ? r.data : fallback;
  };
  return {
    uiLanguage: pick(shape.uiLanguage, raw['uiLanguage'], DEFAULT_SETTINGS.uiLanguage),
    rulebook: pick(shape.rulebook, raw['rulebook'], DEFAULT_SETTINGS.rulebook),
    mode: pick(shape.mode, raw['mode'], DEFAULT_SETTINGS.mode),
    pageKinds: pick(shape.pageKinds, raw['pageKinds'], DEFAULT_SETTINGS.pageKinds),
    ignoredSites: pick(shape.ignoredSites, raw['ignoredSites'], DEFAULT_SETTINGS.ignoredSites),
    keepHistory: pick(shape.keepHistory, raw['keepHistory'], DEFAULT_SETTINGS.keepHistory),
    storeHints: pick(shape.storeHints, raw['storeHints'], DEFAULT_SETTINGS.storeHints),
  };
}

export { isIgnoredHost } from './hosts';

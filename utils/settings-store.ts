import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './settings';

// The one storage item for the user's settings (local area, versioned). Every
// read goes through parseSettings, so a malformed or hand-edited value falls
// back to the defaults field by field instead of breaking a caller.

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** The current settings, parsed. */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Save settings (parsed first: an invalid field is replaced by its default). */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const parsed = parseSettings(settings);
  await settingsItem.setValue(parsed);
  return parsed;
}

/** Call `cb` with the parsed settings whenever they change. Returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    cb(parseSettings(value));
  });
}

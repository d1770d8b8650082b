import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '../utils/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';
import { applyDocumentLang, browserLanguage, resolveLang, type UiLang } from '../utils/i18n';

export interface SettingsState {
  /** null until storage has answered. */
  readonly settings: Settings | null;
  readonly lang: UiLang;
  /** Use after a save so the page does not wait for the storage event. */
  readonly setSettings: (s: Settings) => void;
}

/** The user's settings, kept current, and the UI language they resolve to (also set on <html lang>). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void getSettings()
      .catch(() => DEFAULT_SETTINGS)
      .then((s) => {
        if (alive) setSettings(s);
      });
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const lang = resolveLang(settings?.uiLanguage ?? 'auto', browserLanguage());
  useEffect(() => applyDocumentLang(lang), [lang]);
  return { settings, lang, setSettings };
}

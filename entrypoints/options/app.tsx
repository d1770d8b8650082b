import { useEffect, useRef, useState } from 'preact/hooks';
import { getRulebook, RULEBOOK_IDS } from '../../analyzer/rulebooks';
import { openDashboard } from '../../components/history-open';
import { LetterProfileSection } from '../../components/letter-profile-section';
import { parseHostList, MAX_IGNORED_SITES, type HostListResult } from '../../components/host-list';
import { RulebookSelect } from '../../components/rulebook-select';
import { useSettings } from '../../components/use-settings';
import { t, type MessageKey, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { saveSettings } from '../../utils/settings-store';

type PageKind = keyof Settings['pageKinds'];
const PAGE_KINDS: readonly PageKind[] = ['checkout', 'signup', 'login', 'account'];
const KIND_LABEL: Readonly<Record<PageKind, MessageKey>> = {
  checkout: 'kindCheckout',
  signup: 'kindSignup',
  login: 'kindLogin',
  account: 'kindAccount',
};
/** How long typing in the sites list waits before saving. */
export const SITES_SAVE_DELAY_MS = 600;

type SaveState =
  { readonly kind: 'idle' } | { readonly kind: 'saved' } | { readonly kind: 'failed' };

export function App() {
  const { settings, lang, setSettings } = useSettings();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [sitesText, setSitesText] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves build on the newest settings, not on the render that bound the handler.
  const latest = useRef(settings);
  latest.current = settings;
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  if (settings === null) {
    return (
      <main class="settings" data-testid="settings-root" aria-busy="true">
        <h1>{t('settingsTitle', lang)}</h1>
        <p class="muted">{t('loading', lang)}</p>
      </main>
    );
  }

  const update = async (patch: Partial<Settings>) => {
    try {
      const saved = await saveSettings({ ...(latest.current ?? settings), ...patch });
      latest.current = saved;
      setSettings(saved);
      setSave({ kind: 'saved' });
    } catch {
      setSave({ kind: 'failed' });
    }
  };

  /** Saves the valid hosts of `text`; invalid lines stay in the box, unsaved. */
  const saveSites = (text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const hosts = parseHostList(text).hosts;
    const current = (latest.current ?? settings).ignoredSites;
    if (hosts.join('\n') === current.join('\n')) return;
    void update({ ignoredSites: [...hosts] });
  };

  // The box shows the stored list until the user edits it; then their text rules.
  const text = sitesText ?? settings.ignoredSites.join('\n');
  const sites: HostListResult = parseHostList(text);
  const sitesError = sites.errors.length > 0 || sites.tooMany;

  return (
    <main class="settings" data-testid="settings-root">
      <h1>{t('settingsTitle', lang)}</h1>
      <p class="muted">{t('settingsIntro', lang)}</p>
      <p>
        <button
          type="button"
          class="link-button"
          data-testid="dashboard-link"
          onClick={() => void openDashboard()}
        >
          {t('dashOpen', lang)}
        </button>
      </p>

      <section aria-labelledby="h-language">
        <h2 id="h-language">{t('settingsLanguageHeading', lang)}</h2>
        <label for="setting-language">{t('settingsLanguageLabel', lang)}</label>
        <select
          id="setting-language"
          data-testid="setting-language"
          value={settings.uiLanguage}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === 'auto' || v === 'id' || v === 'en') void update({ uiLanguage: v });
          }}
        >
          <option value="auto">{t('languageAuto', lang)}</option>
          <option value="id" lang="id">
            Bahasa Indonesia
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </section>

      <section aria-labelledby="h-rulebook">
        <h2 id="h-rulebook">{t('settingsRulebookHeading', lang)}</h2>
        <label for="setting-rulebook">{t('settingsRulebookLabel', lang)}</label>
        <RulebookSelect
          id="setting-rulebook"
          testId="setting-rulebook"
          value={settings.rulebook}
          lang={lang}
          describedBy="rulebook-status"
          onChange={(rulebook) => void update({ rulebook })}
        />
        <p id="rulebook-status" class="small">
          {getRulebook(settings.rulebook).status[lang]}
        </p>
        <details>
          <summary>{t('settingsRulebookAll', lang)}</summary>
          <dl class="rulebook-statuses">
            {RULEBOOK_IDS.map((id) => (
              <div key={id}>
                <dt>{getRulebook(id).name[lang]}</dt>
                <dd>{getRulebook(id).status[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <section aria-labelledby="h-mode">
        <h2 id="h-mode">{t('settingsModeHeading', lang)}</h2>
        <label for="setting-mode">{t('settingsModeLabel', lang)}</label>
        <select
          id="setting-mode"
          data-testid="setting-mode"
          value={settings.mode}
          aria-describedby="mode-help"
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === 'auto' || v === 'click') void update({ mode: v });
          }}
        >
          <option value="auto">{t('modeAuto', lang)}</option>
          <option value="click">{t('modeClick', lang)}</option>
        </select>
        <p id="mode-help" class="small muted">
          {t(settings.mode === 'auto' ? 'modeAutoHelp' : 'modeClickHelp', lang)}
        </p>
        <fieldset>
          <legend>{t('settingsKindsLegend', lang)}</legend>
          {PAGE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                data-testid={`setting-kind-${kind}`}
                checked={settings.pageKinds[kind]}
                onChange={(e) =>
                  void update({
                    pageKinds: { ...settings.pageKinds, [kind]: e.currentTarget.checked },
                  })
                }
              />
              {t(KIND_LABEL[kind], lang)}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{t('settingsSitesHeading', lang)}</h2>
        <label for="ignored-sites">{t('settingsSitesLabel', lang)}</label>
        <p id="sites-help" class="small muted">
          {t('settingsSitesHelp', lang)}
        </p>
        <textarea
          id="ignored-sites"
          data-testid="ignored-sites"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          value={text}
          aria-invalid={sitesError}
          aria-describedby={sitesError ? 'sites-help sites-error' : 'sites-help'}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setSitesText(value);
            if (timer.current !== null) clearTimeout(timer.current);
            timer.current = setTimeout(() => saveSites(value), SITES_SAVE_DELAY_MS);
          }}
          onBlur={(e) => saveSites(e.currentTarget.value)}
        />
        {sitesError && <SitesError result={sites} lang={lang} />}
      </section>

      <section aria-labelledby="h-history">
        <h2 id="h-history">{t('settingsHistoryHeading', lang)}</h2>
        <label>
          <input
            type="checkbox"
            data-testid="setting-keep-history"
            checked={settings.keepHistory}
            onChange={(e) => void update({ keepHistory: e.currentTarget.checked })}
          />
          {t('settingsKeepHistory', lang)}
        </label>
        <p class="small muted">{t('settingsKeepHistoryHelp', lang)}</p>
        <label>
          <input
            type="checkbox"
            data-testid="setting-store-hints"
            checked={settings.storeHints}
            disabled={!settings.keepHistory}
            onChange={(e) => void update({ storeHints: e.currentTarget.checked })}
          />
          {t('settingsStoreHints', lang)}
        </label>
        <p class="small muted">{t('settingsStoreHintsHelp', lang)}</p>
      </section>

      <LetterProfileSection lang={lang} />

      <p class="save-status" data-testid="save-status" role="status" aria-live="polite">
        {save.kind === 'saved'
          ? sitesError
            ? t('savedExceptInvalid', lang)
            : t('saved', lang)
          : save.kind === 'failed'
            ? t('saveFailed', lang)
            : ''}
      </p>
    </main>
  );
}

function SitesError({ result, lang }: { readonly result: HostListResult; readonly lang: UiLang }) {
  return (
    <div id="sites-error" class="field-error">
      {result.errors.length > 0 && (
        <>
          <p>{t('sitesInvalidIntro', lang)}</p>
          <ul>
            {result.errors.map((e) => (
              <li key={e.line}>{t('sitesInvalidLine', lang, String(e.line), e.text)}</li>
            ))}
          </ul>
        </>
      )}
      {result.tooMany && <p>{t('sitesTooMany', lang, String(MAX_IGNORED_SITES))}</p>}
    </div>
  );
}

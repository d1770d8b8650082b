import { browser } from 'wxt/browser';
import EN from '../public/_locales/en/messages.json';
import ID from '../public/_locales/id/messages.json';

// UI strings. The same messages.json files the browser reads for the manifest
// are imported as JSON, so the user can override the browser's language in
// settings (browser.i18n.getMessage only knows the browser's own locale).
// A key missing from either file is a compile error at every t() call.

export type UiLang = 'id' | 'en';
export type LanguageSetting = 'auto' | UiLang;
export type MessageKey = keyof typeof EN & keyof typeof ID;

interface Message {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}
const CATALOGS: Readonly<Record<UiLang, Readonly<Record<MessageKey, Message>>>> = {
  en: EN,
  id: ID,
};

/**
 * The message `key` in `lang`, with Chrome-style placeholders ($NAME$ → the
 * placeholder's content; $1…$9 → substitutions) filled in.
 */
export function t(key: MessageKey, lang: UiLang, ...substitutions: readonly string[]): string {
  const entry = CATALOGS[lang][key];
  const named = entry.placeholders ?? {};
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = named[name.toLowerCase()];
    return ph === undefined ? whole : ph.content;
  });
  return withNamed.replace(/\$(\$|[1-9])/g, (_m, d: string) =>
    d === '$' ? '$' : (substitutions[Number(d) - 1] ?? ''),
  );
}

/**
 * The UI language for a setting; 'auto' follows the browser's language tag:
 * Indonesian for 'id…', English otherwise — the rule the background uses to
 * write findings, so the page and its findings agree.
 */
export function resolveLang(setting: LanguageSetting, browserLanguage: string): UiLang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** The browser's UI language tag, or '' when the API is unavailable. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}

/** Sets <html lang> so screen readers and hyphenation use the UI language. */
export function applyDocumentLang(lang: UiLang, doc: Document = document): void {
  doc.documentElement.lang = lang;
}

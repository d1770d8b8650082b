// Page text is untrusted. Every string that came from a page (labels, consent
// text, URLs, evidence) passes through one of these before it is printed.

const CONTROL_AND_BIDI =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters, folds whitespace, and cuts to `max` characters. */
export function cleanText(text: string, max = 2000): string {
  const clean = text.replace(CONTROL_AND_BIDI, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for an HTML element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Escapes text for inline Markdown: every character CommonMark could read as
 * inline markup (emphasis, links, images, raw HTML, autolinks, code, tables,
 * entity references) gets a backslash, so a page cannot inject links or HTML
 * into a rendered report. Parentheses stay readable: no link can form once
 * `[` is escaped. Folded to one line, so no block can start mid-text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<|~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** escapeMarkdown for text that opens a line: a leading block marker is escaped too. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text)
    .replace(/^[#>+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A URL is shown as text, never as a live link, unless it is plain http(s). */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s<>"']+$/i.test(value);
}

import { parseHTML } from 'linkedom';
import { pageText } from '../analyzer/extract/page-text';
import { looksLikeHtml } from '../analyzer/policy/source-check';

// A fetched or saved privacy policy (HTML or plain text) → its readable text,
// with the signals the login-wall check needs. linkedom, not DOMParser: MV3
// service workers have no DOM. The CLI and the background share this.

export interface PolicyDocument {
  /** Readable text, one line per heading/paragraph/list item. */
  text: string;
  /** True when the body was read as HTML. */
  isHtml: boolean;
  /** <title>, '' for plain text. */
  title: string;
  /** The page has a password field (a sign-in form). */
  hasPassword: boolean;
}

/**
 * `kind`: what the Content-Type said; 'unknown' (or a file) sniffs the start of
 * the body. HTML served as text/plain stays text: the server said so.
 */
export function policyDocument(
  body: string,
  kind: 'html' | 'text' | 'unknown' = 'unknown',
): PolicyDocument {
  const isHtml = kind === 'html' || (kind === 'unknown' && looksLikeHtml(body));
  if (!isHtml) return { text: body, isHtml: false, title: '', hasPassword: false };
  const { document } = parseHTML(body);
  const doc = document as unknown as Document;
  return {
    text: pageText(doc),
    isHtml: true,
    title: (doc.querySelector('title')?.textContent ?? '').trim().slice(0, 300),
    hasPassword: doc.querySelector('input[type="password" i]') !== null,
  };
}

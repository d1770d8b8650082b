import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeSnapshot, extractPage, type LiveEvidence } from '../../../analyzer';
import type { RulebookId } from '../../../analyzer/rulebooks';
import { explainScore } from '../../../analyzer/score';
import type { TabStatus, TabView } from '../../../utils/protocol';
import { DEMO_PAGE } from '../../support/fixtures';

// Real TabViews for the UI tests: the real analyzer run on small HTML pages
// (linkedom), wrapped the way the background answers the popup.

export const ANALYSED_AT = '2026-03-05T07:05:00.000Z';

export const DEMO_HTML = readFileSync(DEMO_PAGE, 'utf8');
export const DEMO_URL = 'https://toko-nusantara.example/checkout';

/** A signup page asking for health data, with a geolocation request on load. */
export const SIGNUP_HTML = `<!doctype html><html lang="id"><head><title>Daftar Akun</title></head><body>
<h1>Daftar akun baru</h1>
<form action="/daftar" method="post">
  <label for="nama">Nama Lengkap</label><input id="nama" name="nama" required>
  <label for="email">Email</label><input id="email" name="email" type="email" required>
  <label for="pw">Kata Sandi</label><input id="pw" name="password" type="password" autocomplete="new-password" required>
  <label for="riwayat">Riwayat penyakit</label><input id="riwayat" name="riwayat_penyakit">
  <label><input type="checkbox" name="promo" checked> Kirimi saya promo dan penawaran via email.</label>
  <p>Lihat <a href="/kebijakan-privasi">Kebijakan Privasi</a>.</p>
  <button type="submit">Daftar</button>
</form></body></html>`;

/** A form that asks for nothing personal: analysed, but no grade. */
export const NO_PERSONAL_HTML = `<!doctype html><html lang="id"><head><title>Checkout</title></head><body>
<h1>Checkout</h1>
<form action="/checkout" method="post">
  <label for="catatan">Catatan pesanan</label><textarea id="catatan" name="catatan"></textarea>
  <label for="kupon">Kode kupon</label><input id="kupon" name="kupon">
  <button type="submit">Bayar</button>
</form></body></html>`;

export const GEOLOCATION_LIVE: LiveEvidence = {
  schemaVersion: 1,
  hiddenConsents: [],
  permissionRequests: [
    { permission: 'geolocation', at: ANALYSED_AT, userGesture: false, source: 'page' },
    { permission: 'notifications', at: ANALYSED_AT, userGesture: true, source: 'page' },
  ],
  scripts: [],
  truncated: false,
};

export interface ViewOptions {
  readonly url: string;
  readonly lang?: 'id' | 'en';
  readonly rulebook?: RulebookId;
  readonly live?: LiveEvidence;
  readonly highlighted?: boolean;
}

/** The TabView the background would send for this page once analysed. */
export function analysedView(html: string, opts: ViewOptions): TabView {
  const lang = opts.lang ?? 'id';
  const rulebook = opts.rulebook ?? 'uu-pdp-2022';
  const snapshot = extractPage(parseHTML(html).document as unknown as Document, { url: opts.url });
  const report = analyzeSnapshot(snapshot, {
    lang,
    rulebook,
    ...(opts.live === undefined ? {} : { live: opts.live }),
  });
  const hasPersonalData = report.fields.some((f) => f.sensitivity !== 'none');
  return {
    status: 'analysed',
    url: opts.url,
    report,
    explanation: explainScore(report.findings, { lang, rulebook, hasPersonalData }),
    rulebook,
    lang,
    highlighted: opts.highlighted ?? false,
    analysedAt: ANALYSED_AT,
  };
}

/** A view with no report (not_form, skipped, unknown). */
export function emptyView(status: Exclude<TabStatus, 'analysed'>, url: string): TabView {
  return {
    status,
    url,
    report: null,
    explanation: [],
    rulebook: 'uu-pdp-2022',
    lang: 'id',
    highlighted: false,
    analysedAt: null,
  };
}

/** A page without a form that asked for permissions: the background sends not_form with a report. */
export function formlessPermissionView(url: string): TabView {
  const html =
    '<!doctype html><html lang="id"><body><h1>Promo hari ini</h1><p>Diskon!</p></body></html>';
  return { ...analysedView(html, { url, live: GEOLOCATION_LIVE }), status: 'not_form' };
}

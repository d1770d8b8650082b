import type { ClassifiedPage } from '../../model/classified';
import { INDONESIA_SIGNALS } from '../data/indonesia-signals';
import { hasTerm, normalize } from './text';
import { parseUrl } from './url';

export type IndonesiaSignal =
  'id_domain' | 'html_lang_id' | 'rupiah' | 'page_language_id' | 'id_phone' | 'id_address';

const STRONG: ReadonlySet<IndonesiaSignal> = new Set(['id_domain', 'html_lang_id', 'rupiah']);

function fieldTexts(page: ClassifiedPage): string[] {
  return [
    ...page.fields.map((f) => f.label),
    ...page.snapshot.fields.map((f) =>
      [f.label, f.placeholder ?? '', f.ariaLabel ?? '', f.nearbyText ?? ''].join(' '),
    ),
  ];
}

export function indonesiaSignals(page: ClassifiedPage): IndonesiaSignal[] {
  const out: IndonesiaSignal[] = [];
  const host = parseUrl(page.url)?.host ?? '';
  if (host.endsWith('.id')) out.push('id_domain');
  const lang = (page.snapshot.htmlLang ?? '').toLowerCase();
  if (lang === 'id' || lang.startsWith('id-') || lang === 'in') out.push('html_lang_id');
  if (INDONESIA_SIGNALS.rupiah.test(page.snapshot.textSample)) out.push('rupiah');
  if (page.language === 'id') out.push('page_language_id');
  const texts = [page.snapshot.textSample, ...fieldTexts(page)];
  if (texts.some((t) => INDONESIA_SIGNALS.phone.test(t))) out.push('id_phone');
  const fieldText = normalize(fieldTexts(page).join(' | '));
  const hasAddressWord = INDONESIA_SIGNALS.addressWords.some((w) => hasTerm(fieldText, w));
  const concepts: readonly string[] = INDONESIA_SIGNALS.addressConcepts;
  if (hasAddressWord || page.fields.some((f) => concepts.includes(f.concept))) {
    out.push('id_address');
  }
  return out;
}

/** One strong signal (.id domain, lang="id", Rupiah prices) or two weak ones. */
export function isAimedAtIndonesia(signals: readonly IndonesiaSignal[]): boolean {
  const strong = signals.filter((s) => STRONG.has(s)).length;
  return strong >= 1 || signals.length - strong >= 2;
}

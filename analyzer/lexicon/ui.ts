import type { Lexicon } from './types';

// Small page-furniture lexicons used by classify/detect.ts in the content
// script: policy links, required markers, submit buttons.

export const POLICY_LINK_TEXT: Lexicon = {
  en: [
    'privacy(?: (?:&|and) cookies?)?(?: policy| notice| statement| center| centre)?',
    'data (?:protection|privacy|policy)(?: policy| notice)?',
    'personal data (?:policy|protection|notice)',
  ],
  id: [
    '(?:kebijakan|pemberitahuan|pernyataan|ketentuan) (?:privasi|perlindungan data(?: pribadi)?|data pribadi)',
    '(?:pelindungan|perlindungan) data(?: pribadi)?',
    'privasi',
    'kebijakan data',
  ],
  note: '"Cookie settings" and "Terms of Service" alone are not privacy policies.',
};

/** A link whose text names a settings panel, not a policy document. */
export const POLICY_LINK_NOT: Lexicon = {
  en: ['settings', 'preferences', 'choices', 'dashboard', 'do not sell'],
  id: ['pengaturan', 'preferensi', 'setelan'],
  note: 'Overridden when the text also says policy/notice/kebijakan.',
};

export const POLICY_LINK_DOC: Lexicon = {
  en: ['policy', 'notice', 'statement'],
  id: ['kebijakan', 'pemberitahuan', 'pernyataan'],
};

/** URL path fragments of privacy policies (matched on the lower-cased href, not normalised). */
export const POLICY_HREF_PATTERNS: readonly string[] = [
  'privacy',
  'privasi',
  'data-?protection',
  'perlindungan-?data',
  'pelindungan-?data',
  'datenschutz',
];

export const REQUIRED_WORDS: Lexicon = {
  en: ['required', 'mandatory', 'compulsory'],
  id: ['wajib(?: diisi)?', 'harus diisi', 'perlu diisi', 'diperlukan'],
};

export const OPTIONAL_WORDS: Lexicon = {
  en: ['optional', 'not required', 'if any'],
  id: [
    'opsional',
    'tidak wajib(?: diisi)?',
    'boleh (?:dikosongkan|kosong)',
    'jika ada',
    'bila ada',
  ],
  note: '"pilihan" (choice, sometimes used for optional) is left out: "Pilihan pengiriman" is a label.',
};

export { NOT_SUBMIT_TEXT, SUBMIT_TEXT } from './submit';

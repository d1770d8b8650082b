import type { Rulebook } from './types';

// The January 2020 government bill (seed 004_…). Draft numbers: never shown
// as if they were the enacted law's. Transcribed from shared/legal/REFERENCE.md.

export const RUU_PDP: Rulebook = {
  id: 'ruu-pdp',
  name: {
    id: 'RUU PDP — rancangan undang-undang pemerintah, Januari 2020',
    en: 'RUU PDP — the government bill of January 2020',
  },
  shortName: { id: 'RUU PDP (draf 2020)', en: 'RUU PDP (2020 draft)' },
  status: {
    id: 'Rancangan yang sudah digantikan oleh UU 27/2022; nomor pasalnya berbeda dari undang-undang yang berlaku.',
    en: 'A draft, superseded by Law 27/2022; its article numbers differ from the enacted law.',
  },
  citations: {
    'consent.prechecked': [
      { article: 'Pasal 18(1)' },
      {
        article: 'Penjelasan Pasal 18(1)',
        gloss: 'explicit, not hidden, not by mistake, negligence or coercion',
      },
    ],
    'consent.bundled': [{ article: 'Pasal 19(4)(a)' }, { article: 'Pasal 19(5)' }],
    'consent.implied': [{ article: 'Pasal 18' }, { article: 'Pasal 20' }],
    'consent.forced': [{ article: 'Penjelasan Pasal 18(1)', gloss: 'no coercion' }],
    'consent.no_policy_link': [{ article: 'Pasal 24(1)' }],
    'consent.language': [{ article: 'Pasal 19(4)(c)' }],
    'consent.readability': [{ article: 'Pasal 19(4)(b)' }, { article: 'Pasal 19(4)(c)' }],
    'consent.hidden': [{ article: 'Penjelasan Pasal 18(1)', gloss: 'not hidden' }],
    'data.specific': [{ article: 'Pasal 3(3)' }],
    'data.excessive': [{ article: 'Pasal 17(2)(a)' }],
    // The draft has no article on children.
    'data.child': [],
    'data.insecure': [{ article: 'Pasal 27' }, { article: 'Pasal 30' }],
    'data.third_party_post': [
      { article: 'Pasal 24(1)' },
      { article: 'Pasal 49', onlyFor: ['abroad'] },
    ],
    'permission.no_gesture': [{ article: 'Pasal 18' }, { article: 'Pasal 24' }],
    'permission.unrelated': [{ article: 'Pasal 17(2)(a)' }],
    'tracking.session_replay': [{ article: 'Pasal 18' }, { article: 'Pasal 24' }],
  },
};

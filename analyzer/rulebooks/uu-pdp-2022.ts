import type { Rulebook } from './types';

// UU No. 27 Tahun 2022. Articles transcribed from shared/legal/REFERENCE.md
// ("Checkable rules"). These are the enacted numbers — not the draft's.

export const UU_PDP_2022: Rulebook = {
  id: 'uu-pdp-2022',
  name: {
    id: 'UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi',
    en: 'Law No. 27 of 2022 on Personal Data Protection (UU PDP)',
  },
  shortName: { id: 'UU PDP (UU 27/2022)', en: 'UU PDP (Law 27/2022)' },
  status: {
    id: 'Berlaku sejak 17 Oktober 2022; masa transisi berakhir 17 Oktober 2024.',
    en: 'In force since 17 October 2022; the transition period ended on 17 October 2024.',
  },
  citations: {
    'consent.prechecked': [
      { article: 'Pasal 20(2)(a)', gloss: 'explicit valid consent' },
      { article: 'Pasal 22(1)' },
    ],
    'consent.bundled': [
      { article: 'Pasal 22(4)(a)', gloss: 'clearly distinguishable from other matters' },
      { article: 'Pasal 22(5)', gloss: 'otherwise void' },
    ],
    'consent.implied': [
      { article: 'Pasal 20(2)(a)' },
      { article: 'Pasal 22' },
      { article: 'Pasal 23', gloss: 'clause without explicit consent is void' },
    ],
    'consent.forced': [{ article: 'Pasal 20(2)(a)', gloss: '"sah" (valid) consent' }],
    'consent.no_policy_link': [{ article: 'Pasal 21(1)', gloss: 'information duty' }],
    'consent.language': [{ article: 'Pasal 22(4)(c)', gloss: 'simple, clear language' }],
    'consent.readability': [{ article: 'Pasal 22(4)(b)' }, { article: 'Pasal 22(4)(c)' }],
    'consent.hidden': [{ article: 'Pasal 22(4)(b)', gloss: 'accessible format' }],
    'data.specific': [
      { article: 'Pasal 4(2)', gloss: 'specific personal data' },
      { article: 'Pasal 34', gloss: 'impact assessment' },
    ],
    'data.excessive': [{ article: 'Pasal 16(2)(a)', gloss: 'limited and specific collection' }],
    'data.child': [{ article: 'Pasal 25', gloss: 'parent or guardian consent' }],
    'data.insecure': [{ article: 'Pasal 35–39', gloss: 'security duties' }],
    'data.third_party_post': [
      { article: 'Pasal 21(1)', gloss: 'recipients are part of the information owed' },
      { article: 'Pasal 56', gloss: 'transfer abroad', onlyFor: ['abroad'] },
    ],
    'permission.no_gesture': [{ article: 'Pasal 20(2)(a)' }, { article: 'Pasal 21(1)' }],
    'permission.unrelated': [{ article: 'Pasal 16(2)(a)' }],
    'tracking.session_replay': [{ article: 'Pasal 20–21' }],
  },
};

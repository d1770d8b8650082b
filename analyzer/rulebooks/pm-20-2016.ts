import type { Rulebook } from './types';

// Permenkominfo No. 20 Tahun 2016 (the enacted regulation, not seed 003_…'s
// 2015 draft). Only what REFERENCE.md cites; "—" and [unverified] cells stay empty.

export const PM_20_2016: Rulebook = {
  id: 'pm-20-2016',
  name: {
    id: 'Permenkominfo No. 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik',
    en: 'Minister of Communication and Informatics Regulation No. 20 of 2016 on personal data in electronic systems',
  },
  shortName: { id: 'Permenkominfo 20/2016', en: 'Permenkominfo 20/2016' },
  status: {
    id: 'Berlaku sepanjang tidak bertentangan dengan UU 27/2022 (UU PDP Pasal 75).',
    en: 'In force where consistent with Law 27/2022 (UU PDP Pasal 75).',
  },
  citations: {
    'consent.prechecked': [
      { article: 'Pasal 1 angka 4', gloss: 'consent given after full explanation' },
    ],
    'consent.bundled': [],
    'consent.implied': [{ article: 'Pasal 1 angka 4' }],
    'consent.forced': [],
    'consent.no_policy_link': [{ article: 'Pasal 1 angka 4' }],
    'consent.language': [{ article: 'Pasal 6', gloss: 'consent agreement in Bahasa Indonesia' }],
    'consent.readability': [],
    'consent.hidden': [],
    'data.specific': [],
    // REFERENCE: "draft Pasal 7", number unverified in the enacted text — not cited.
    'data.excessive': [],
    // REFERENCE: [unverified] — not cited.
    'data.child': [],
    'data.insecure': [],
    'data.third_party_post': [],
    'permission.no_gesture': [],
    'permission.unrelated': [],
    'tracking.session_replay': [],
  },
};

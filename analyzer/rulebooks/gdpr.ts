import type { Rulebook } from './types';

// Regulation (EU) 2016/679. Transcribed from shared/legal/REFERENCE.md.

export const GDPR: Rulebook = {
  id: 'gdpr',
  name: {
    id: 'Regulasi (UE) 2016/679 (GDPR)',
    en: 'Regulation (EU) 2016/679 (GDPR)',
  },
  shortName: { id: 'GDPR', en: 'GDPR' },
  status: {
    id: 'Hukum Uni Eropa; berlaku untuk toko yang melayani pembeli di UE, dipakai juga sebagai acuan yang sudah teruji.',
    en: 'EU law; applies to shops serving the EU, and used as a well-tested reference.',
  },
  citations: {
    'consent.prechecked': [
      { article: 'Art. 4(11)' },
      { article: 'Art. 7' },
      { article: 'Recital 32' },
      { article: 'CJEU C-673/17 (Planet49)' },
    ],
    'consent.bundled': [
      { article: 'Art. 7(2)' },
      { article: 'Recital 43' },
      { article: 'EDPB Guidelines 05/2020', gloss: 'granularity' },
    ],
    'consent.implied': [
      { article: 'Art. 4(11)' },
      { article: 'EDPB Guidelines 05/2020', gloss: 'continuing or scrolling is not consent' },
    ],
    'consent.forced': [{ article: 'Art. 7(4)' }, { article: 'Recital 43' }],
    'consent.no_policy_link': [{ article: 'Art. 13' }],
    'consent.language': [{ article: 'Art. 12(1)' }],
    'consent.readability': [{ article: 'Art. 7(2)' }, { article: 'Art. 12(1)' }],
    'consent.hidden': [{ article: 'Art. 7(2)' }],
    'data.specific': [
      { article: 'Art. 9', gloss: 'special categories', onlyFor: ['special'] },
      { article: 'Art. 32', gloss: 'security of card data', onlyFor: ['financial'] },
    ],
    'data.excessive': [{ article: 'Art. 5(1)(c)', gloss: 'data minimisation' }],
    'data.child': [{ article: 'Art. 8' }],
    'data.insecure': [{ article: 'Art. 32' }],
    'data.third_party_post': [
      { article: 'Art. 13(1)(e)', gloss: 'recipients' },
      { article: 'Art. 44', onlyFor: ['abroad'] },
    ],
    'permission.no_gesture': [{ article: 'Art. 4(11)' }, { article: 'Art. 7' }],
    'permission.unrelated': [{ article: 'Art. 5(1)(c)' }],
    'tracking.session_replay': [
      { article: 'Art. 6' },
      { article: 'Art. 13' },
      { article: 'Art. 28' },
    ],
  },
};

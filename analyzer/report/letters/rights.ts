import type { StatutoryDeadlineKind } from '../deadlines';
import type { UiLang } from '../labels';
import type { RequestKind } from './types';

// The UU 27/2022 right behind each request letter, and the duty with its
// deadline (REFERENCE.md "Rights and deadlines"). The wording paraphrases the
// articles; nothing here is presented as a quotation.

type L = Readonly<Record<UiLang, string>>;

export interface RightText {
  /** The deadlines/ kind whose rule gives the response deadline. */
  readonly statutory: StatutoryDeadlineKind;
  readonly article: string;
  readonly subject: L;
  /** Completes "to exercise …". */
  readonly right: L;
  /** Short name for follow-ups and complaints. */
  readonly short: L;
  /** The duty with its hour deadline; null when the law sets none (deletion) or none was found (objection). */
  readonly duty: L | null;
}

export const RIGHTS: Readonly<Record<RequestKind, RightText>> = {
  access: {
    statutory: 'access',
    article: 'Pasal 7',
    subject: {
      id: 'Permohonan akses dan salinan data pribadi (Pasal 7 UU 27/2022)',
      en: 'Request for access to and a copy of my personal data (Article 7, UU 27/2022)',
    },
    right: {
      id: 'hak saya berdasarkan Pasal 7 UU PDP untuk mendapatkan akses dan memperoleh salinan data pribadi tentang diri saya',
      en: 'my right under Article 7 (Pasal 7) of UU PDP to access and obtain a copy of the personal data about me',
    },
    short: { id: 'akses dan salinan data pribadi', en: 'access to and a copy of my personal data' },
    duty: {
      id: 'Berdasarkan Pasal 32 UU PDP, Pengendali Data Pribadi wajib memenuhi permohonan akses ini paling lambat 3 × 24 jam sejak permohonan diterima.',
      en: 'Under Article 32 (Pasal 32) of UU PDP, the controller must fulfil this access request within 3 × 24 hours of receiving it.',
    },
  },
  correction: {
    statutory: 'correction',
    article: 'Pasal 6',
    subject: {
      id: 'Permohonan perbaikan data pribadi (Pasal 6 UU 27/2022)',
      en: 'Request to correct my personal data (Article 6, UU 27/2022)',
    },
    right: {
      id: 'hak saya berdasarkan Pasal 6 UU PDP untuk melengkapi, memperbarui, dan/atau memperbaiki kesalahan dan/atau ketidakakuratan data pribadi tentang diri saya',
      en: 'my right under Article 6 (Pasal 6) of UU PDP to complete, update and/or correct errors and inaccuracies in the personal data about me',
    },
    short: { id: 'perbaikan data pribadi', en: 'correction of my personal data' },
    duty: {
      id: 'Berdasarkan Pasal 30 UU PDP, Pengendali Data Pribadi wajib melakukan pembaruan dan/atau perbaikan paling lambat 3 × 24 jam sejak permohonan diterima, dan memberitahukan hasilnya kepada saya.',
      en: 'Under Article 30 (Pasal 30) of UU PDP, the controller must make the update and/or correction within 3 × 24 hours of receiving the request, and tell me the result.',
    },
  },
  deletion: {
    statutory: 'deletion',
    article: 'Pasal 8',
    subject: {
      id: 'Permohonan penghentian pemrosesan dan penghapusan data pribadi (Pasal 8 UU 27/2022)',
      en: 'Request to end the processing of and delete my personal data (Article 8, UU 27/2022)',
    },
    right: {
      id: 'hak saya berdasarkan Pasal 8 UU PDP untuk mengakhiri pemrosesan, menghapus, dan/atau memusnahkan data pribadi tentang diri saya',
      en: 'my right under Article 8 (Pasal 8) of UU PDP to end the processing of, delete and/or destroy the personal data about me',
    },
    short: {
      id: 'penghentian pemrosesan dan penghapusan data pribadi',
      en: 'ending the processing of and deleting my personal data',
    },
    duty: null,
  },
  withdraw: {
    statutory: 'withdrawal',
    article: 'Pasal 9',
    subject: {
      id: 'Penarikan kembali persetujuan pemrosesan data pribadi (Pasal 9 UU 27/2022)',
      en: 'Withdrawal of my consent to the processing of personal data (Article 9, UU 27/2022)',
    },
    right: {
      id: 'hak saya berdasarkan Pasal 9 UU PDP untuk menarik kembali persetujuan pemrosesan data pribadi tentang diri saya yang telah saya berikan',
      en: 'my right under Article 9 (Pasal 9) of UU PDP to withdraw the consent I gave to the processing of personal data about me',
    },
    short: { id: 'penarikan kembali persetujuan', en: 'withdrawal of consent' },
    duty: {
      id: 'Berdasarkan Pasal 40 UU PDP, Pengendali Data Pribadi wajib menghentikan pemrosesan data pribadi paling lambat 3 × 24 jam sejak permohonan penarikan persetujuan diterima.',
      en: 'Under Article 40 (Pasal 40) of UU PDP, the controller must stop the processing within 3 × 24 hours of receiving the withdrawal.',
    },
  },
  restrict: {
    statutory: 'restriction',
    article: 'Pasal 11',
    subject: {
      id: 'Permohonan penundaan atau pembatasan pemrosesan data pribadi (Pasal 11 UU 27/2022)',
      en: 'Request to delay or restrict the processing of my personal data (Article 11, UU 27/2022)',
    },
    right: {
      id: 'hak saya berdasarkan Pasal 11 UU PDP untuk menunda atau membatasi pemrosesan data pribadi secara proporsional sesuai dengan tujuan pemrosesannya',
      en: 'my right under Article 11 (Pasal 11) of UU PDP to have the processing of my personal data delayed or restricted in proportion to its purpose',
    },
    short: {
      id: 'penundaan atau pembatasan pemrosesan',
      en: 'delaying or restricting the processing',
    },
    duty: {
      id: 'Berdasarkan Pasal 41 UU PDP, Pengendali Data Pribadi wajib melakukan penundaan dan/atau pembatasan pemrosesan paling lambat 3 × 24 jam sejak permohonan diterima.',
      en: 'Under Article 41 (Pasal 41) of UU PDP, the controller must delay and/or restrict the processing within 3 × 24 hours of receiving the request.',
    },
  },
  object: {
    statutory: 'objection',
    article: 'Pasal 10',
    subject: {
      id: 'Keberatan atas pengambilan keputusan otomatis, termasuk pemrofilan (Pasal 10 UU 27/2022)',
      en: 'Objection to automated decision-making, including profiling (Article 10, UU 27/2022)',
    },
    right: {
      id: 'hak saya berdasarkan Pasal 10 UU PDP untuk mengajukan keberatan atas tindakan pengambilan keputusan yang hanya didasarkan pada pemrosesan secara otomatis, termasuk pemrofilan, yang menimbulkan akibat hukum atau berdampak signifikan pada diri saya',
      en: 'my right under Article 10 (Pasal 10) of UU PDP to object to decisions based solely on automated processing, including profiling, that have legal effects on me or affect me significantly',
    },
    short: {
      id: 'keberatan atas pengambilan keputusan otomatis',
      en: 'objection to automated decision-making',
    },
    duty: null,
  },
};

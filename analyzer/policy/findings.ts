import type { Citation, Finding, Severity } from '../model/scan-report';
import { POLICY_ELEMENTS, type PolicyElement, type PolicyElements } from '../model/policy-report';

// policy.missing_elements (../shared/legal/REFERENCE.md): one finding per
// element the policy lacks or only gestures at. Letters follow UU 27/2022
// Pasal 21(1) as enacted, which keeps the order of the RUU draft's Pasal 24(1)
// (seed 004): a legality of processing, b purpose, c type and relevance of the
// data, d retention period of documents holding personal data, e details of
// the information collected, f processing period, g the subject's rights.

export const POLICY_MISSING_RULE_ID = 'policy.missing_elements';

export type Locale = 'id' | 'en';

interface ElementRule {
  /** Statutory (Pasal 21(1)) or expected by good practice and other articles. */
  required: boolean;
  citations: readonly Citation[];
  name: Record<Locale, string>;
  why: Record<Locale, string>;
}

const uu = (article: string): Citation => ({ rulebook: 'uu-pdp-2022', article });
const ruu = (article: string): Citation => ({ rulebook: 'ruu-pdp', article });
const gdpr = (article: string): Citation => ({ rulebook: 'gdpr', article });

export const MISSING_ELEMENT_RULES: Partial<Record<PolicyElement, ElementRule>> = {
  legal_basis: {
    required: true,
    citations: [uu('Pasal 21(1)(a)'), ruu('Pasal 24(1)(a)'), gdpr('Art. 13(1)(c)')],
    name: { id: 'dasar hukum (legalitas) pemrosesan', en: 'the legal basis of processing' },
    why: {
      id: 'Sebelum meminta persetujuan, pengendali wajib menyampaikan legalitas pemrosesan data pribadi.',
      en: 'Before asking for consent, the controller must state the legal basis for processing personal data.',
    },
  },
  purposes: {
    required: true,
    citations: [uu('Pasal 21(1)(b)'), ruu('Pasal 24(1)(b)'), gdpr('Art. 13(1)(c)')],
    name: { id: 'tujuan pemrosesan', en: 'the purposes of processing' },
    why: {
      id: 'Pengendali wajib menyampaikan tujuan pemrosesan data pribadi.',
      en: 'The controller must state what the personal data is processed for.',
    },
  },
  data_types: {
    required: true,
    citations: [
      uu('Pasal 21(1)(c)'),
      uu('Pasal 21(1)(e)'),
      ruu('Pasal 24(1)(c)'),
      ruu('Pasal 24(1)(e)'),
    ],
    name: { id: 'jenis data pribadi yang dikumpulkan', en: 'the types of personal data collected' },
    why: {
      id: 'Pengendali wajib menyampaikan jenis dan relevansi data pribadi yang diproses serta rincian informasi yang dikumpulkan.',
      en: 'The controller must state the types and relevance of the personal data processed and the details of the information collected.',
    },
  },
  retention: {
    required: true,
    citations: [uu('Pasal 21(1)(d)'), ruu('Pasal 24(1)(d)'), gdpr('Art. 13(2)(a)')],
    name: { id: 'jangka waktu penyimpanan (retensi)', en: 'the retention period' },
    why: {
      id: 'Pengendali wajib menyampaikan jangka waktu retensi dokumen yang memuat data pribadi; "selama diperlukan" tidak menyebut jangka waktu.',
      en: 'The controller must state how long documents holding personal data are retained; "as long as necessary" is not a period.',
    },
  },
  processing_period: {
    required: true,
    citations: [uu('Pasal 21(1)(f)'), ruu('Pasal 24(1)(f)'), gdpr('Art. 13(2)(a)')],
    name: { id: 'jangka waktu pemrosesan', en: 'the processing period' },
    why: {
      id: 'Pengendali wajib menyampaikan jangka waktu pemrosesan data pribadi.',
      en: 'The controller must state for how long personal data is processed.',
    },
  },
  rights: {
    required: true,
    citations: [
      uu('Pasal 21(1)(g)'),
      uu('Pasal 5–13'),
      ruu('Pasal 24(1)(g)'),
      gdpr('Art. 13(2)(b)'),
    ],
    name: { id: 'hak subjek data', en: "the data subject's rights" },
    why: {
      id: 'Pengendali wajib menyampaikan hak subjek data pribadi, seperti mengakses, memperbaiki, menghapus, dan menarik persetujuan.',
      en: "The controller must state the data subject's rights, such as access, correction, deletion and withdrawal of consent.",
    },
  },
  contact: {
    required: false,
    citations: [uu('Pasal 5'), uu('Pasal 53–54'), gdpr('Art. 13(1)(a)–(b)')],
    name: {
      id: 'kontak pengendali atau pejabat pelindungan data',
      en: 'a contact for the controller or its data protection officer',
    },
    why: {
      id: 'Subjek data berhak atas informasi tentang identitas pengendali; tanpa kontak, permohonan hak sulit diajukan.',
      en: 'Data subjects are entitled to know who the controller is; without a contact, rights requests are hard to make.',
    },
  },
  recipients: {
    required: false,
    citations: [uu('Pasal 21(1)'), gdpr('Art. 13(1)(e)')],
    name: {
      id: 'penerima atau kategori penerima data',
      en: 'the recipients or categories of recipients',
    },
    why: {
      id: 'Penyebutan "mitra" atau "pihak ketiga" saja tidak memberi tahu siapa yang menerima data Anda.',
      en: '"Partners" or "third parties" alone does not tell you who receives your data.',
    },
  },
  transfer_abroad: {
    required: false,
    citations: [uu('Pasal 56'), ruu('Pasal 49'), gdpr('Art. 13(1)(f)')],
    name: {
      id: 'transfer data ke luar wilayah Indonesia',
      en: 'transfers of data outside Indonesia',
    },
    why: {
      id: 'Transfer ke luar negeri hanya boleh dengan pelindungan yang setara atau lebih tinggi, pelindungan yang memadai, atau persetujuan; kebijakan sebaiknya menyebutkannya.',
      en: 'Transfers abroad need equal or higher protection, adequate safeguards or consent; a policy should say whether they happen.',
    },
  },
  breach_notice: {
    required: false,
    citations: [uu('Pasal 46'), ruu('Pasal 40'), gdpr('Art. 34')],
    name: {
      id: 'pemberitahuan kegagalan pelindungan data',
      en: 'notice of a personal-data breach',
    },
    why: {
      id: 'Jika terjadi kegagalan pelindungan data, pengendali wajib memberi tahu subjek data secara tertulis paling lambat 3 × 24 jam.',
      en: 'After a personal-data breach the controller must notify data subjects in writing within 3 × 24 hours.',
    },
  },
};

function severityOf(rule: ElementRule, element: PolicyElement, weak: boolean): Severity {
  if (rule.required) return weak ? 'low' : 'medium';
  if (element === 'transfer_abroad') return 'info'; // silence may simply mean no transfer
  return weak ? 'info' : 'low';
}

export function missingElementFindings(elements: PolicyElements, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  for (const element of POLICY_ELEMENTS) {
    const rule = MISSING_ELEMENT_RULES[element];
    const result = elements[element];
    if (!rule || result.present) continue;
    const name = rule.name[locale];
    const title = result.weak
      ? locale === 'id'
        ? `Kebijakan privasi menyebut ${name} tanpa rincian yang cukup`
        : `The privacy policy mentions ${name} without enough detail`
      : locale === 'id'
        ? `Kebijakan privasi tidak menyebutkan ${name}`
        : `The privacy policy does not state ${name}`;
    findings.push({
      ruleId: POLICY_MISSING_RULE_ID,
      severity: severityOf(rule, element, result.weak),
      title,
      explanation: rule.why[locale],
      citations: [...rule.citations],
      evidence: result.evidence.map((text) => ({ text })),
    });
  }
  return findings;
}

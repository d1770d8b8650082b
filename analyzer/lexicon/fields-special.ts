import type { FieldConcept } from './types';

// Concepts that must win over the generic ones they contain ("Nama Ibu
// Kandung" holds "nama", "Nomor KTP" holds "nomor", "Nama sesuai KTP" holds
// "ktp"). Listed in precedence order; see fields.ts.

export const SPECIAL_CONCEPTS: readonly FieldConcept[] = [
  {
    concept: 'mothers_maiden_name',
    category: 'other',
    sensitivity: 'general',
    en: ['mother (?:maiden )?name', 'mothers (?:maiden )?name', 'maiden name', 'mmn'],
    id: ['nama (?:gadis )?ibu(?: kandung)?', 'ibu kandung', 'nama ibu'],
    note: 'A bank-style security answer. Not `name`: it is not the data subject’s own name.',
  },
  {
    concept: 'selfie_with_id',
    category: 'biometric',
    en: [
      'selfie (?:with|holding) (?:your )?(?:id|ktp|e ktp|id card|identity card|identity document|passport)',
      '(?:photo|picture) of (?:you|yourself) (?:with|holding) (?:your )?(?:id|ktp|id card|identity card)',
    ],
    id: [
      '(?:selfie|swafoto|foto(?: diri| wajah)?) (?:dengan|bersama|memegang|sambil memegang) (?:e )?ktp',
      '(?:selfie|swafoto) (?:e )?ktp',
      '(?:e )?ktp selfie',
    ],
  },
  {
    concept: 'selfie',
    category: 'biometric',
    en: [
      'selfie',
      'face (?:photo|picture|image|scan|id|verification|recognition)',
      'liveness(?: check| test)?',
      'facial (?:photo|image|scan|recognition)',
    ],
    id: ['swafoto', 'foto (?:diri|wajah|selfie)', '(?:verifikasi|pengenalan|pemindaian) wajah'],
    note: 'A profile photo ("foto profil") is not biometric here: nothing says it is used to identify.',
  },
  {
    concept: 'fingerprint',
    category: 'biometric',
    en: [
      'fingerprints?',
      'finger print',
      'biometrics?',
      'iris(?: scan)?',
      'retina(?: scan)?',
      'voice ?print',
    ],
    id: ['sidik jari', 'biometrik', 'pemindaian (?:iris|retina)'],
  },
  {
    concept: 'blood_type',
    category: 'health',
    en: ['blood (?:type|group)'],
    id: ['golongan darah', 'gol darah'],
  },
  {
    concept: 'health_condition',
    category: 'health',
    en: [
      'medical (?:history|conditions?|records?|information|info)',
      'health (?:conditions?|status|information|info|history|problems?)',
      'allerg(?:y|ies)',
      'disabilit(?:y|ies)',
      'pregnan(?:t|cy)',
      'medications?',
      'illness(?:es)?',
      'diagnosis',
    ],
    id: [
      'riwayat (?:penyakit|kesehatan|medis)',
      'kondisi (?:kesehatan|medis)',
      'penyakit(?: bawaan)?',
      'alergi',
      'disabilitas',
      'difabel',
      'kehamilan',
      'obat(?: obatan)? yang (?:dikonsumsi|diminum)',
    ],
    note: 'Body measurements are not here (see body_measurement): a size advisor is not health data.',
  },
  {
    concept: 'body_measurement',
    category: 'other',
    sensitivity: 'general',
    en: ['body (?:weight|height|measurements?)', '(?:chest|waist|hip) (?:size|circumference)'],
    id: ['(?:tinggi|berat) badan', 'lingkar (?:dada|pinggang|pinggul)'],
    note: 'Personal, but not health data when a shop asks it for clothing sizes. Plain English height/weight are left out: parcel forms use them.',
  },
  {
    concept: 'full_name_as_id',
    category: 'name',
    en: [
      '(?:full )?name (?:as )?(?:shown |printed |written |appears )?(?:on|in) (?:your )?(?:id|id card|ktp|e ktp|passport|identity card|identity document)',
    ],
    id: [
      'nama(?: lengkap)? (?:sesuai|seperti (?:pada|di)|sama dengan)(?: dengan)? (?:e )?(?:ktp|identitas|kartu identitas|paspor)',
    ],
    note: 'Must precede national_id: "Nama sesuai KTP" names the person, it does not ask for the KTP.',
  },
  {
    concept: 'address_as_id',
    category: 'address',
    en: [
      'address (?:as )?(?:shown |printed )?(?:on|in) (?:your )?(?:id|id card|ktp|identity card)',
    ],
    id: [
      'alamat(?: lengkap)? (?:sesuai|seperti (?:pada|di))(?: dengan)? (?:e )?(?:ktp|identitas|kartu identitas)',
      'alamat (?:e )?ktp',
    ],
  },
  {
    concept: 'id_card_photo',
    category: 'national_id',
    en: [
      '(?:id|identity|national id) card (?:photo|picture|image|scan|upload|copy)',
      '(?:photo|picture|image|scan|upload|copy) of (?:your )?(?:id|id card|identity card|ktp|passport)',
      '(?:upload|scan) (?:your )?(?:id|id card|ktp)',
    ],
    id: [
      '(?:foto|upload|unggah|scan|pindai|gambar|salinan|fotokopi) (?:kartu )?(?:e )?(?:ktp|identitas|kartu identitas)',
    ],
  },
  {
    concept: 'family_card',
    category: 'national_id',
    en: ['family card(?: number)?', 'family registration(?: number)?'],
    id: ['kartu keluarga', 'nomor kk', 'kk'],
    note: 'Kartu Keluarga: a household register with every member’s NIK.',
  },
  {
    concept: 'nik',
    category: 'national_id',
    en: [
      '(?:national|personal|citizen) (?:id|identification|identity)(?: card)?(?: number| no)?',
      'id (?:card )?(?:number|no)',
      'identity (?:card )?(?:number|no)',
      'id card',
      'identity card',
      'id type',
      'identity document(?: type| number)?',
      'driver (?:s )?licen[cs]e(?: number| no)?',
      'driving licen[cs]e(?: number| no)?',
      'social security(?: number)?',
      'ssn',
      'nric',
    ],
    id: [
      'nik',
      'nomor induk kependudukan',
      '(?:nomor )?(?:e )?ktp',
      '(?:nomor|jenis) (?:kartu )?identitas',
      'kartu (?:tanda )?(?:penduduk|identitas)',
      'nomor sim',
    ],
    note: '"SIM" alone also means a phone SIM card; only "nomor SIM" is taken.',
  },
  {
    concept: 'npwp',
    category: 'tax_id',
    en: [
      'tax (?:id|identification|number|code|registration)(?: number| no)?',
      'taxpayer (?:id|number)',
      'vat(?: id| number| no| registration(?: number)?| reg)?',
      'tin',
      'gst(?: number| no)?',
      'taxvat',
    ],
    id: ['npwp', 'nomor pokok wajib pajak', 'nitku', 'nomor pajak'],
  },
  {
    concept: 'passport',
    category: 'passport',
    en: ['passport(?: number| no| id)?'],
    id: ['(?:nomor )?paspor'],
  },
];

// Signals that a site is aimed at shoppers in Indonesia, for consent.language.
// Strong: one is enough. Weak: two are needed (a +62 number alone can be a
// foreign shop's Jakarta office).
export const INDONESIA_SIGNALS = {
  /** Rupiah prices in visible text: "Rp 150.000", "Rp150.000", "IDR 150,000". */
  rupiah: /(?:^|[^\p{L}])(?:rp\.?\s?\d|idr\s?\d|\d[\d.,]*\s?idr(?:$|[^\p{L}]))/iu,
  /** Indonesian mobile/landline formats: +62 8…, 62 8…, 08xx. */
  phone: /(?:\+62|(?:^|[^\d])0(?:8\d{2}|21))[\s-]?\d{2,}/,
  /** Indonesian address parts, in field labels or text. */
  addressWords: [
    'kecamatan',
    'kelurahan',
    'provinsi',
    'kabupaten',
    'kota/kabupaten',
    'desa',
    'rt/rw',
  ],
  /** Field concepts the classifier gives to Indonesian address parts. */
  addressConcepts: [
    'district',
    'subdistrict',
    'province',
    'regency',
    'kecamatan',
    'kelurahan',
    'provinsi',
  ],
} as const;

// Token-level rewrites applied by classify/tokenize.ts before any lexicon
// matching. Indonesian forms are dense with abbreviations; lexicons then only
// need the long form.

/** One token → its replacement (may be several tokens). */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Indonesian form labels
    tgl: 'tanggal',
    tgllahir: 'tanggal lahir',
    ttl: 'tempat tanggal lahir',
    nmr: 'nomor',
    nomer: 'nomor',
    telp: 'telepon',
    tlp: 'telepon',
    tlpn: 'telepon',
    telpon: 'telepon',
    nohp: 'nomor hp',
    notelp: 'nomor telepon',
    nowa: 'nomor whatsapp',
    wa: 'whatsapp',
    rek: 'rekening',
    norek: 'nomor rekening',
    kec: 'kecamatan',
    kel: 'kelurahan',
    kab: 'kabupaten',
    prov: 'provinsi',
    propinsi: 'provinsi',
    jl: 'jalan',
    jln: 'jalan',
    kodepos: 'kode pos',
    katasandi: 'kata sandi',
    // Indonesian chat style, frequent in consent labels
    yg: 'yang',
    dgn: 'dengan',
    utk: 'untuk',
    sy: 'saya',
    tdk: 'tidak',
    gak: 'tidak',
    ga: 'tidak',
    nggak: 'tidak',
    enggak: 'tidak',
    engga: 'tidak',
    gk: 'tidak',
    dlm: 'dalam',
    // English
    tel: 'telephone',
    tnc: 't & c',
    tncs: 't & c',
    tcs: 't & c',
  }),
);

/** "no" / "no." means "nomor" only before one of these; elsewhere it is English "no". */
export const NUMBERED_NOUNS: ReadonlySet<string> = new Set([
  'hp',
  'handphone',
  'ponsel',
  'telepon',
  'telp',
  'tlp',
  'telpon',
  'whatsapp',
  'wa',
  'ktp',
  'nik',
  'kk',
  'npwp',
  'rekening',
  'rek',
  'kartu',
  'rumah',
  'paspor',
  'identitas',
  'induk',
  'pesanan',
  'sim',
  'seluler',
  'kontak',
  'invoice',
  'resi',
]);

/** Words that end in "-nya" without it being the clitic. */
export const NYA_EXCEPTIONS: ReadonlySet<string> = new Set([
  'hanya',
  'punya',
  'tanya',
  'bunya',
  'sanya',
  'kenya',
  'banyak',
]);

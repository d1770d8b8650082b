import type { RuleTexts } from './types';

// Ditulis untuk pembeli: sederhana, singkat, jujur tentang isi hukum.
// Temuan yang bersandar pada penalaran gaya GDPR memakai "kemungkinan besar bukan persetujuan yang tegas".

export const TEXTS_ID: RuleTexts = {
  'consent.prechecked': {
    title: 'Penggunaan data yang sifatnya pilihan sudah diaktifkan untuk Anda',
    explanation:
      'Halaman ini mengaktifkan penggunaan data Anda yang sifatnya pilihan (promosi, berbagi dengan mitra, atau profiling) sebelum Anda berbuat apa pun: kotaknya sudah dicentang, atau Anda harus mencentang kotak untuk menolak. Pilihan yang dibuatkan untuk Anda kemungkinan besar bukan persetujuan yang tegas; persetujuan seharusnya datang dari tindakan Anda sendiri. Hapus centangnya jika Anda tidak mau.',
  },
  'consent.bundled': {
    title: 'Beberapa tujuan digabung dalam satu persetujuan',
    explanation:
      'Satu kotak centang atau kalimat meminta Anda menyetujui beberapa hal sekaligus (misalnya syarat pembelian dan promosi). Permintaan persetujuan seharusnya dapat dibedakan secara jelas dari hal lain, agar Anda bisa menyetujui yang satu dan menolak yang lain. Permintaan gabungan kemungkinan besar bukan persetujuan yang sah untuk setiap tujuan.',
  },
  'consent.implied': {
    title: 'Persetujuan dianggap diberikan hanya karena Anda mengklik atau mendaftar',
    explanation:
      'Halaman ini menyatakan bahwa dengan mengklik, mendaftar, atau membayar Anda menyetujui penggunaan data Anda, tetapi tidak menyediakan kotak persetujuan tersendiri. Persetujuan yang disimpulkan dari tindakan lain kemungkinan besar bukan persetujuan yang tegas.',
  },
  'consent.forced': {
    title: 'Anda tidak bisa melanjutkan tanpa menyetujui penggunaan yang sifatnya pilihan',
    explanation:
      'Kotak wajib ini mencakup hal yang tidak diperlukan untuk pembelian atau akun: promosi, berbagi dengan mitra, atau profiling. Persetujuan yang harus diberikan agar bisa membeli kemungkinan besar tidak diberikan secara bebas, sehingga kemungkinan besar bukan persetujuan yang sah.',
  },
  'consent.no_policy_link': {
    title: 'Tidak ada tautan kebijakan privasi di tempat data Anda diminta',
    explanation:
      'Formulir ini meminta data pribadi, tetapi Tegas tidak menemukan tautan ke kebijakan privasi di formulir atau di dekat persetujuan. Sebelum meminta persetujuan, toko wajib memberi tahu siapa mereka, untuk apa data Anda, dan bagaimana data itu akan digunakan.',
  },
  'consent.language': {
    title: 'Teks persetujuan tidak dalam Bahasa Indonesia',
    explanation:
      'Situs ini tampaknya ditujukan untuk pembeli di Indonesia, tetapi teks persetujuannya dalam bahasa lain. Persetujuan harus diminta dengan bahasa yang jelas dan sederhana; di situs yang ditujukan ke Indonesia, seharusnya dalam Bahasa Indonesia.',
  },
  'consent.readability': {
    title: 'Teks persetujuan sulit dibaca',
    explanation:
      'Teks persetujuan panjang, padat, atau penuh istilah hukum. Permintaan persetujuan seharusnya mudah dipahami, agar Anda tahu apa yang Anda setujui.',
  },
  'consent.hidden': {
    title: 'Teks persetujuan sulit dilihat',
    explanation:
      'Sebagian teks persetujuan dilipat, berada di luar layar, sangat kecil, atau kontrasnya rendah. Permintaan persetujuan seharusnya mudah ditemukan dan dibaca, bukan disembunyikan.',
  },
  'data.specific': {
    title: 'Meminta data sensitif',
    explanation:
      'Halaman ini meminta data yang perlu perlindungan lebih, seperti data kartu atau rekening bank, data kesehatan, atau data biometrik (foto wajah atau swafoto). Aturan pelindungan data meminta kehati-hatian lebih untuk data seperti ini. Berikan hanya jika transaksi memang membutuhkannya.',
  },
  'data.excessive': {
    title: 'Meminta data lebih dari yang diperlukan',
    explanation:
      'Beberapa kolom meminta data yang tidak diperlukan untuk pembelian atau akun toko (misalnya NIK, agama, status perkawinan, atau nama ibu kandung). Toko seharusnya hanya mengumpulkan data yang diperlukan untuk tujuannya. Kosongkan kolom yang tidak wajib, atau tanyakan mengapa data itu diperlukan.',
  },
  'data.child': {
    title: 'Menanyakan usia tanpa jalur persetujuan orang tua',
    explanation:
      'Halaman ini menanyakan tanggal lahir atau usia, tetapi tidak menyediakan cara bagi orang tua atau wali untuk memberi persetujuan. Jika yang memakai halaman ini adalah anak, undang-undang meminta persetujuan dari orang tua atau walinya.',
  },
  'data.insecure': {
    title: 'Data Anda dikirim tanpa enkripsi',
    explanation:
      'Formulir ini dimuat atau dikirim melalui http: biasa, sehingga isian Anda bisa dibaca atau diubah di perjalanan. Toko wajib menjaga keamanan data Anda. Jangan masukkan data kartu atau kata sandi di sini.',
  },
  'data.third_party_post': {
    title: 'Formulir mengirim data Anda ke situs lain',
    explanation:
      'Saat dikirim, formulir ini mengirim isian Anda ke situs web lain. Anda seharusnya diberi tahu siapa penerima data Anda; periksa kebijakan privasi untuk mengetahui siapa penerima ini.',
  },
  'permission.no_gesture': {
    title: 'Meminta izin browser sebelum Anda melakukan apa pun',
    explanation:
      'Halaman meminta akses ke lokasi, notifikasi, kamera, atau mikrofon tanpa Anda mengklik apa pun, atau sebelum menjelaskan alasannya. Permintaan seperti ini kemungkinan besar bukan persetujuan yang tegas. Anda boleh menolaknya.',
  },
  'permission.unrelated': {
    title: 'Meminta izin yang tidak diperlukan untuk berbelanja',
    explanation:
      'Halaman meminta akses ke kamera, mikrofon, atau lokasi Anda, padahal membeli atau mendaftar biasanya tidak memerlukannya. Toko seharusnya hanya mengumpulkan yang diperlukan untuk tujuannya. Anda boleh menolaknya.',
  },
  'tracking.session_replay': {
    title: 'Skrip perekam sesi berjalan di formulir ini',
    explanation:
      'Halaman ini memuat alat (seperti Hotjar, Microsoft Clarity, atau FullStory) yang dapat merekam klik dan ketikan Anda lalu mengirimnya ke perusahaan lain. Periksa apakah toko memberi tahu Anda tentang hal ini dan meminta persetujuan Anda.',
  },
};

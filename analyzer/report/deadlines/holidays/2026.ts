import type { HolidayTable } from './schema';

// The list in shared/legal/REFERENCE.md ("Complaints"), checked against news
// reports of the signing (eksekutor.com, tribunnews.com, babeviral.id), not the
// decree text itself.
export const HOLIDAYS_2026: HolidayTable = {
  year: 2026,
  source: {
    instrument:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
    decreed: '2025-09-19',
    checked: 'secondary',
    note: '17 national holidays and 8 days of cuti bersama (25 days).',
  },
  amendments: [],
  nationalHolidays: [
    { date: '2026-01-01', nameId: 'Tahun Baru 2026 Masehi', nameEn: "New Year's Day 2026" },
    {
      date: '2026-01-16',
      nameId: 'Isra Mikraj Nabi Muhammad SAW',
      nameEn: 'Ascension of the Prophet Muhammad (Isra Mikraj)',
    },
    {
      date: '2026-02-17',
      nameId: 'Tahun Baru Imlek 2577 Kongzili',
      nameEn: 'Chinese New Year 2577',
    },
    {
      date: '2026-03-19',
      nameId: 'Hari Suci Nyepi (Tahun Baru Saka 1948)',
      nameEn: 'Day of Silence (Saka New Year 1948)',
    },
    {
      date: '2026-03-21',
      nameId: 'Idulfitri 1447 Hijriah',
      nameEn: 'Eid al-Fitr 1447 AH (first day)',
    },
    {
      date: '2026-03-22',
      nameId: 'Idulfitri 1447 Hijriah',
      nameEn: 'Eid al-Fitr 1447 AH (second day)',
    },
    { date: '2026-04-03', nameId: 'Wafat Yesus Kristus', nameEn: 'Good Friday' },
    { date: '2026-04-05', nameId: 'Kebangkitan Yesus Kristus (Paskah)', nameEn: 'Easter Sunday' },
    { date: '2026-05-01', nameId: 'Hari Buruh Internasional', nameEn: 'International Labour Day' },
    { date: '2026-05-14', nameId: 'Kenaikan Yesus Kristus', nameEn: 'Ascension of Jesus Christ' },
    { date: '2026-05-27', nameId: 'Iduladha 1447 Hijriah', nameEn: 'Eid al-Adha 1447 AH' },
    { date: '2026-05-31', nameId: 'Hari Raya Waisak 2570 BE', nameEn: 'Vesak Day 2570 BE' },
    { date: '2026-06-01', nameId: 'Hari Lahir Pancasila', nameEn: 'Pancasila Day' },
    {
      date: '2026-06-16',
      nameId: '1 Muharam Tahun Baru Islam 1448 Hijriah',
      nameEn: 'Islamic New Year 1448 AH',
    },
    { date: '2026-08-17', nameId: 'Proklamasi Kemerdekaan', nameEn: 'Independence Day' },
    {
      date: '2026-08-25',
      nameId: 'Maulid Nabi Muhammad SAW',
      nameEn: "Prophet Muhammad's Birthday",
    },
    { date: '2026-12-25', nameId: 'Kelahiran Yesus Kristus', nameEn: 'Christmas Day' },
  ],
  cutiBersama: [
    {
      date: '2026-02-16',
      nameId: 'Tahun Baru Imlek 2577 Kongzili',
      nameEn: 'Chinese New Year 2577',
    },
    {
      date: '2026-03-18',
      nameId: 'Hari Suci Nyepi (Tahun Baru Saka 1948)',
      nameEn: 'Day of Silence (Saka New Year 1948)',
    },
    { date: '2026-03-20', nameId: 'Idulfitri 1447 Hijriah', nameEn: 'Eid al-Fitr 1447 AH' },
    { date: '2026-03-23', nameId: 'Idulfitri 1447 Hijriah', nameEn: 'Eid al-Fitr 1447 AH' },
    { date: '2026-03-24', nameId: 'Idulfitri 1447 Hijriah', nameEn: 'Eid al-Fitr 1447 AH' },
    { date: '2026-05-15', nameId: 'Kenaikan Yesus Kristus', nameEn: 'Ascension of Jesus Christ' },
    { date: '2026-05-28', nameId: 'Iduladha 1447 Hijriah', nameEn: 'Eid al-Adha 1447 AH' },
    { date: '2026-12-24', nameId: 'Kelahiran Yesus Kristus', nameEn: 'Christmas Day' },
  ],
};

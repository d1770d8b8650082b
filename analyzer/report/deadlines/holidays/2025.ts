import type { HolidayTable } from './schema';

// Checked against news reports quoting the decrees (Setkab via rasikapekalongan.com,
// jpnn.com, okezone.com, fajar.co.id), not the decree text itself.
const BASE =
  'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025';
const AMENDMENT_AUG_2025 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (perubahan)';

export const HOLIDAYS_2025: HolidayTable = {
  year: 2025,
  source: {
    instrument: BASE,
    decreed: '2024-10-14',
    checked: 'secondary',
    note: '17 national holidays and 10 days of cuti bersama (27 days).',
  },
  amendments: [
    {
      instrument: AMENDMENT_AUG_2025,
      decreed: '2025-08-07',
      checked: 'secondary',
      note: 'Adds 18 August 2025 as cuti bersama for the 80th Independence Day (28 days in all).',
    },
  ],
  nationalHolidays: [
    { date: '2025-01-01', nameId: 'Tahun Baru 2025 Masehi', nameEn: "New Year's Day 2025" },
    {
      date: '2025-01-27',
      nameId: 'Isra Mikraj Nabi Muhammad SAW',
      nameEn: 'Ascension of the Prophet Muhammad (Isra Mikraj)',
    },
    {
      date: '2025-01-29',
      nameId: 'Tahun Baru Imlek 2576 Kongzili',
      nameEn: 'Chinese New Year 2576',
    },
    {
      date: '2025-03-29',
      nameId: 'Hari Suci Nyepi (Tahun Baru Saka 1947)',
      nameEn: 'Day of Silence (Saka New Year 1947)',
    },
    {
      date: '2025-03-31',
      nameId: 'Idulfitri 1446 Hijriah',
      nameEn: 'Eid al-Fitr 1446 AH (first day)',
    },
    {
      date: '2025-04-01',
      nameId: 'Idulfitri 1446 Hijriah',
      nameEn: 'Eid al-Fitr 1446 AH (second day)',
    },
    { date: '2025-04-18', nameId: 'Wafat Yesus Kristus', nameEn: 'Good Friday' },
    { date: '2025-04-20', nameId: 'Kebangkitan Yesus Kristus (Paskah)', nameEn: 'Easter Sunday' },
    { date: '2025-05-01', nameId: 'Hari Buruh Internasional', nameEn: 'International Labour Day' },
    { date: '2025-05-12', nameId: 'Hari Raya Waisak 2569 BE', nameEn: 'Vesak Day 2569 BE' },
    { date: '2025-05-29', nameId: 'Kenaikan Yesus Kristus', nameEn: 'Ascension of Jesus Christ' },
    { date: '2025-06-01', nameId: 'Hari Lahir Pancasila', nameEn: 'Pancasila Day' },
    { date: '2025-06-06', nameId: 'Iduladha 1446 Hijriah', nameEn: 'Eid al-Adha 1446 AH' },
    {
      date: '2025-06-27',
      nameId: '1 Muharam Tahun Baru Islam 1447 Hijriah',
      nameEn: 'Islamic New Year 1447 AH',
    },
    { date: '2025-08-17', nameId: 'Proklamasi Kemerdekaan', nameEn: 'Independence Day' },
    {
      date: '2025-09-05',
      nameId: 'Maulid Nabi Muhammad SAW',
      nameEn: "Prophet Muhammad's Birthday",
    },
    { date: '2025-12-25', nameId: 'Kelahiran Yesus Kristus', nameEn: 'Christmas Day' },
  ],
  cutiBersama: [
    {
      date: '2025-01-28',
      nameId: 'Tahun Baru Imlek 2576 Kongzili',
      nameEn: 'Chinese New Year 2576',
    },
    {
      date: '2025-03-28',
      nameId: 'Hari Suci Nyepi (Tahun Baru Saka 1947)',
      nameEn: 'Day of Silence (Saka New Year 1947)',
    },
    { date: '2025-04-02', nameId: 'Idulfitri 1446 Hijriah', nameEn: 'Eid al-Fitr 1446 AH' },
    { date: '2025-04-03', nameId: 'Idulfitri 1446 Hijriah', nameEn: 'Eid al-Fitr 1446 AH' },
    { date: '2025-04-04', nameId: 'Idulfitri 1446 Hijriah', nameEn: 'Eid al-Fitr 1446 AH' },
    { date: '2025-04-07', nameId: 'Idulfitri 1446 Hijriah', nameEn: 'Eid al-Fitr 1446 AH' },
    { date: '2025-05-13', nameId: 'Hari Raya Waisak 2569 BE', nameEn: 'Vesak Day 2569 BE' },
    { date: '2025-05-30', nameId: 'Kenaikan Yesus Kristus', nameEn: 'Ascension of Jesus Christ' },
    { date: '2025-06-09', nameId: 'Iduladha 1446 Hijriah', nameEn: 'Eid al-Adha 1446 AH' },
    {
      date: '2025-08-18',
      nameId: 'Proklamasi Kemerdekaan (HUT ke-80 RI)',
      nameEn: 'Independence Day (80th anniversary)',
      addedBy: AMENDMENT_AUG_2025,
    },
    { date: '2025-12-26', nameId: 'Kelahiran Yesus Kristus', nameEn: 'Christmas Day' },
  ],
};

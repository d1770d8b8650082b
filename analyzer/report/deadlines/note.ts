import type { LocalisedText } from './citation';
import type { NonWorkingDay } from './holidays';
import type { Zone } from './zones';

// Letter-ready wording of what a working-day count skipped. Kept beside the
// arithmetic so the note can never disagree with the numbers.

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function longDate(date: string, months: readonly string[]): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}`;
}

export interface NoteInput {
  readonly workingDays: number;
  readonly zone: Zone;
  readonly excludedDays: readonly NonWorkingDay[];
  readonly holidaySources: readonly string[];
  readonly missingYears: readonly number[];
}

export function excludedDaysNote(input: NoteInput): LocalisedText {
  const listId = input.excludedDays
    .map(
      (d) =>
        `${longDate(d.date, MONTHS_ID)} (${d.kind === 'cuti-bersama' ? 'cuti bersama ' : ''}${d.nameId})`,
    )
    .join('; ');
  const listEn = input.excludedDays
    .map(
      (d) =>
        `${longDate(d.date, MONTHS_EN)} (${d.kind === 'cuti-bersama' ? 'cuti bersama, ' : ''}${d.nameEn})`,
    )
    .join('; ');
  const id = [
    `Dihitung ${input.workingDays} hari kerja menurut tanggal ${input.zone}, tidak termasuk hari Sabtu, Minggu, hari libur nasional dan cuti bersama${listId === '' ? '.' : `: ${listId}.`}`,
  ];
  const en = [
    `Counted as ${input.workingDays} working days by ${input.zone} dates, excluding Saturdays, Sundays, national holidays and cuti bersama${listEn === '' ? '.' : `: ${listEn}.`}`,
  ];
  if (input.holidaySources.length > 0) {
    id.push(`Sumber hari libur: ${input.holidaySources.join('; ')}.`);
    en.push(`Holiday source: ${input.holidaySources.join('; ')}.`);
  }
  if (input.missingYears.length > 0) {
    const years = input.missingYears.join(', ');
    id.push(
      `Perhatian: daftar hari libur tahun ${years} belum tersedia; pada tahun itu hanya Sabtu dan Minggu yang dilewati, sehingga tenggat sebenarnya bisa lebih lambat.`,
    );
    en.push(
      `Warning: no holiday table for ${years}; only Saturdays and Sundays were skipped in that year, so the real deadline may be later.`,
    );
  }
  return { id: id.join(' '), en: en.join(' ') };
}

import { z } from 'zod';

// A year's holidays as pure data. The tables are typed with this schema's
// inferred type and parsed with it in a test; a table loaded at run time
// (e.g. a user-supplied 2027 list) must be parsed with it too.

const isoDate = z.iso.date();

export const HolidayEntrySchema = z.object({
  date: isoDate,
  nameId: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  /** Instrument that added the day after the base decree, when it was amended. */
  addedBy: z.string().min(1).max(200).optional(),
});
export type HolidayEntry = z.infer<typeof HolidayEntrySchema>;

export const HolidaySourceSchema = z.object({
  /** As cited: "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. …". */
  instrument: z.string().min(1).max(300),
  /** Date the decree was signed, YYYY-MM-DD. */
  decreed: isoDate,
  /** How the data was checked (see REFERENCE.md marks). */
  checked: z.enum(['text', 'secondary']),
  note: z.string().max(500).optional(),
});
export type HolidaySource = z.infer<typeof HolidaySourceSchema>;

export const HolidayTableSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: HolidaySourceSchema,
    amendments: z.array(HolidaySourceSchema),
    nationalHolidays: z.array(HolidayEntrySchema).min(1),
    cutiBersama: z.array(HolidayEntrySchema),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    const all = [
      ...table.nationalHolidays.map((entry) => ['nationalHolidays', entry] as const),
      ...table.cutiBersama.map((entry) => ['cutiBersama', entry] as const),
    ];
    for (const [list, entry] of all) {
      if (!entry.date.startsWith(`${table.year}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: [list],
          message: `${entry.date} (${entry.nameEn}) is not in ${table.year}`,
        });
      }
      if (seen.has(entry.date)) {
        ctx.addIssue({ code: 'custom', path: [list], message: `${entry.date} is listed twice` });
      }
      seen.add(entry.date);
    }
    const instruments = new Set([
      table.source.instrument,
      ...table.amendments.map((a) => a.instrument),
    ]);
    for (const [list, entry] of all) {
      if (entry.addedBy !== undefined && !instruments.has(entry.addedBy)) {
        ctx.addIssue({
          code: 'custom',
          path: [list],
          message: `${entry.date}: addedBy "${entry.addedBy}" is not among the table's amendments`,
        });
      }
    }
  });
export type HolidayTable = z.infer<typeof HolidayTableSchema>;

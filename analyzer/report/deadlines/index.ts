// Deadline arithmetic for request letters and complaints: pure, no DOM, no
// clock reads (callers pass the start instant). See README.md.

export {
  DeadlineInputError,
  DEADLINE_INPUT_ERROR_CODES,
  MAX_CLOCK_HOURS,
  MAX_WORKING_DAYS,
  type DeadlineInputErrorCode,
} from './errors';
export {
  ZONES,
  ZONE_OFFSET_HOURS,
  isZone,
  parseZone,
  localDate,
  toLocalIso,
  type Zone,
} from './zones';
export { PM_20_2016, UU_PDP, type Citation, type LocalisedText } from './citation';
export {
  addClockHours,
  clockHourDeadline,
  type ClockHourOptions,
  type ClockHourResult,
} from './clock-hours';
export {
  addWorkingDays,
  type ExcludedDay,
  type WorkingDayOptions,
  type WorkingDayResult,
} from './working-days';
export {
  STATUTORY_DEADLINE_KINDS,
  STATUTORY_RULES,
  statutoryDeadline,
  type StatutoryDeadlineKind,
  type StatutoryDeadlineResult,
  type StatutoryStart,
  type TimedStatutoryResult,
  type UntimedStatutoryResult,
} from './statutory';
export {
  COMPLAINT_DEADLINE_KINDS,
  COMPLAINT_RULES,
  complaintDeadline,
  complaintFilingDeadline,
  completenessAnswerDeadline,
  completionDeadline,
  handlingStartDeadline,
  type ComplaintDeadlineKind,
  type ComplaintDeadlineResult,
  type ComplaintStart,
} from './complaint';
export {
  DEFAULT_HOLIDAY_CALENDAR,
  HOLIDAY_TABLES,
  NON_WORKING_DAY_KINDS,
  createHolidayCalendar,
  type HolidayCalendar,
  type NonWorkingDay,
  type NonWorkingDayKind,
} from './holidays';
export {
  HolidayEntrySchema,
  HolidaySourceSchema,
  HolidayTableSchema,
  type HolidayEntry,
  type HolidaySource,
  type HolidayTable,
} from './holidays/schema';

/**
 * Calendar arithmetic on plain calendar days (no time, no zone), and the ISO strings a timeline
 * date is written as at each precision:
 *   day "2018-06-12" · week "2013-03-11" (that ISO week's Monday) · month "2018-06" ·
 *   quarter "1989-07" (its first month) · season "2017-09" (its first month) · year "2017".
 * Plain string order of these is date order.
 */
import type { DatePrecision } from './types';

/** A calendar day. */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export type Season = 'spring' | 'summer' | 'fall' | 'winter';
export const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/** How fine each precision is (a week is finer than a month, a quarter or season coarser). */
export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, quarter: 1, season: 1, month: 2, week: 2.5, day: 3 };

const MS_DAY = 864e5;

/** Days since 1970-01-01 (UTC calendar). */
export function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * MS_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** Months later (negative: earlier), the day kept within the target month. */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** 0 = Monday … 6 = Sunday. */
export function isoWeekday(d: CalendarDate): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

/** The Monday of the ISO week that holds `d`. */
export function weekMonday(d: CalendarDate): CalendarDate {
  return addDays(d, -isoWeekday(d));
}

export function quarterOf(d: CalendarDate): { year: number; q: number } {
  return { year: d.year, q: Math.ceil(d.month / 3) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The ISO string of a date at a precision (see the header). */
export function isoAt(d: CalendarDate, precision: DatePrecision): string {
  switch (precision) {
    case 'day':
      return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
    case 'week': {
      const m = weekMonday(d);
      return `${pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}`;
    }
    case 'month':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'quarter':
      return `${pad(d.year, 4)}-${pad(3 * Math.ceil(d.month / 3) - 2)}`;
    case 'season':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    default:
      return pad(d.year, 4);
  }
}

/** The first day a timeline date stands for. */
export function startOf(date: string): CalendarDate | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return { year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 };
}

/** The days [first, last] (day numbers) a timeline date covers at its precision. */
export function spanOf(date: string, precision: DatePrecision): [number, number] | null {
  const s = startOf(date);
  if (!s) return null;
  const first = dayNumber(s);
  switch (precision) {
    case 'day':
      return [first, first];
    case 'week':
      return [dayNumber(weekMonday(s)), dayNumber(weekMonday(s)) + 6];
    case 'month':
      return [first, dayNumber(addMonths(s, 1)) - 1];
    case 'quarter':
    case 'season':
      return [first, dayNumber(addMonths(s, 3)) - 1];
    default:
      return [dayNumber({ year: s.year, month: 1, day: 1 }), dayNumber({ year: s.year + 1, month: 1, day: 1 }) - 1];
  }
}

/** The season (and its year: winter 2017 runs Dec 2017–Feb 2018) that contains a date. */
export function seasonOf(d: CalendarDate): { season: Season; year: number } {
  const m = d.month;
  if (m >= 3 && m <= 5) return { season: 'spring', year: d.year };
  if (m >= 6 && m <= 8) return { season: 'summer', year: d.year };
  if (m >= 9 && m <= 11) return { season: 'fall', year: d.year };
  return { season: 'winter', year: m === 12 ? d.year : d.year - 1 };
}

/**
 * Locale formatting for the UI, honest to the precision the story gives: a day is shown as a
 * day ("Jul 5, 2018"), a week as its Monday ("week of Mar 11, 2013"), a month as a month
 * ("June 2018"), a quarter as a quarter ("Q3 1989"), a season as a season ("fall 2017"), a year
 * as a year ("2017"). Dates are calendar dates, never shifted by the reader's time zone.
 */
import type { DatePrecision, TimelineEvent } from '../core/types';
import { t } from './i18n';

type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** Season names for the languages we know; others fall back to English. */
const SEASONS: Record<string, Record<Season, string>> = {
  en: { spring: 'spring', summer: 'summer', fall: 'fall', winter: 'winter' },
  'en-GB': { spring: 'spring', summer: 'summer', fall: 'autumn', winter: 'winter' },
  fr: { spring: 'printemps', summer: 'été', fall: 'automne', winter: 'hiver' },
  de: { spring: 'Frühjahr', summer: 'Sommer', fall: 'Herbst', winter: 'Winter' },
  es: { spring: 'primavera', summer: 'verano', fall: 'otoño', winter: 'invierno' },
  it: { spring: 'primavera', summer: 'estate', fall: 'autunno', winter: 'inverno' },
  nl: { spring: 'voorjaar', summer: 'zomer', fall: 'najaar', winter: 'winter' },
  pt: { spring: 'primavera', summer: 'verão', fall: 'outono', winter: 'inverno' },
};


/** "week of <day>" and quarters, for the languages we know; others fall back to English. */
const WEEK_OF: Record<string, (day: string) => string> = {
  en: (d) => `week of ${d}`,
  de: (d) => `Woche vom ${d}`,
  fr: (d) => `semaine du ${d}`,
  es: (d) => `semana del ${d}`,
  it: (d) => `settimana del ${d}`,
  nl: (d) => `week van ${d}`,
  pt: (d) => `semana de ${d}`,
};
const QUARTER: Record<string, (q: number, year: string) => string> = {
  en: (q, y) => `Q${q} ${y}`,
  de: (q, y) => `${q}. Quartal ${y}`,
  fr: (q, y) => `T${q} ${y}`,
  es: (q, y) => `T${q} ${y}`,
  it: (q, y) => `T${q} ${y}`,
  nl: (q, y) => `K${q} ${y}`,
  pt: (q, y) => `T${q} ${y}`,
};
function byLanguage<T>(table: Record<string, T>, locale: string): T {
  return table[locale] ?? table[locale.split('-')[0]] ?? table.en;
}

function seasonNames(locale: string): { names: Record<Season, string> } {
  if (SEASONS[locale]) return { names: SEASONS[locale] };
  const lang = locale.split('-')[0];
  if (SEASONS[lang]) return { names: SEASONS[lang] };
  return { names: SEASONS.en };
}

/** Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" (or a longer ISO string) into UTC calendar parts. */
function parts(date: string): { y: number; m?: number; d?: number } | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return { y: Number(match[1]), m: match[2] ? Number(match[2]) : undefined, d: match[3] ? Number(match[3]) : undefined };
}

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    cache.set(key, f);
  }
  return f;
}

/** Formats a calendar date string at the given precision for `locale`. */
export function formatDate(date: string, precision: DatePrecision, locale = 'en-US', season?: Season): string {
  const p = parts(date);
  if (!p) return date;
  if (precision === 'season') {
    const which = season ?? (/(spring|summer|fall|autumn|winter)/.exec(date)?.[1]?.replace('autumn', 'fall') as Season | undefined);
    const year = fmt(locale, { year: 'numeric' }).format(Date.UTC(p.y, 0, 1));
    if (!which) return year;
    const { names } = seasonNames(locale);
    return `${names[which]} ${year}`;
  }
  if (precision === 'year' || p.m === undefined) return fmt(locale, { year: 'numeric' }).format(Date.UTC(p.y, 0, 1));
  if (precision === 'quarter') return byLanguage(QUARTER, locale)(Math.ceil(p.m / 3), fmt(locale, { year: 'numeric' }).format(Date.UTC(p.y, 0, 1)));
  if (precision === 'month' || p.d === undefined) return fmt(locale, { month: 'long', year: 'numeric' }).format(Date.UTC(p.y, p.m - 1, 1));
  const day = fmt(locale, { month: 'short', day: 'numeric', year: 'numeric' }).format(Date.UTC(p.y, p.m - 1, p.d));
  if (precision === 'week') {
    // The date is any day of the week: shown from its Monday.
    const wd = (new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7;
    const monday = fmt(locale, { month: 'short', day: 'numeric', year: 'numeric' }).format(Date.UTC(p.y, p.m - 1, p.d - wd));
    return byLanguage(WEEK_OF, locale)(monday);
  }
  return day;
}

/** A timeline event's date, honest to its precision. */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'precision' | 'season'>, locale?: string): string {
  return formatDate(event.date, event.precision, locale, event.season);
}

/**
 * The machine-readable form of an event's date for `<time datetime>` (HTML's date, month, year
 * and week strings: "2018-07-05", "2018-06", "2017", "2013-W11"); none for quarters and seasons,
 * which HTML has no form for.
 */
export function machineDate(event: Pick<TimelineEvent, 'date' | 'precision'>): string | undefined {
  const p = parts(event.date);
  if (!p) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (event.precision) {
    case 'day':
      return p.m && p.d ? `${p.y}-${pad(p.m)}-${pad(p.d)}` : undefined;
    case 'month':
      return p.m ? `${p.y}-${pad(p.m)}` : undefined;
    case 'year':
      return String(p.y);
    case 'week': {
      if (!p.m || !p.d) return undefined;
      // ISO week: the week's Thursday decides its year.
      const t = new Date(Date.UTC(p.y, p.m - 1, p.d));
      t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7) + 3);
      const wy = t.getUTCFullYear();
      const w = 1 + Math.floor((t.getTime() - Date.UTC(wy, 0, 1)) / 864e5 / 7);
      return `${wy}-W${pad(w)}`;
    }
    default:
      return undefined;
  }
}

/**
 * A publication time ("2018-07-06T20:10:00-04:00") as the calendar day the publisher wrote it,
 * not shifted into the reader's time zone.
 */
export function formatPublished(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  const p = parts(iso);
  if (!p) return null;
  return formatDate(iso, p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year', locale);
}

/** A number for the UI locale ("1,234" / "1.234"); `options` as for Intl.NumberFormat. */
export function formatNumber(n: number, locale = 'en-US', options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(locale, options).format(n);
  } catch {
    return new Intl.NumberFormat('en-US', options).format(n);
  }
}

/** "4 min read" in the UI language; under a minute reads as "1 min read". */
export function formatReadingTime(minutes: number, locale = 'en-US'): string {
  return t('readingTime', formatNumber(Math.max(1, Math.round(minutes || 0)), locale));
}

/** The host of a URL without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Only http(s) URLs may become links in an extension page. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

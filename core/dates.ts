/**
 * Date resolution with chrono-node, against the date of the text a phrase stands in.
 *
 * Dates are resolved on the wall calendar of the reference (the publication date for the body,
 * an embedded post's own date inside that post): the reference is handed to chrono as a UTC
 * instant with the same calendar fields, so no time zone can move a day across midnight.
 *
 * chrono-node 2 misses seasons ("last fall", "the summer of 2019") and reads "last December" as
 * the coming December; a custom parser and a refiner below fix both. Precision is honest: a
 * result is as precise as the words that produced it.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from './types';

export type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** A calendar day (no time, no zone). */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export interface FoundDate {
  /** ISO cut to precision: "2018-06-12", "2018-06", "2017"; seasons give their first month. */
  date: string;
  precision: DatePrecision;
  season?: Season;
  /** The words as written, e.g. "last fall". */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
}

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };
const SEASON_WORDS: Record<string, Season> = { spring: 'spring', summer: 'summer', fall: 'fall', autumn: 'fall', winter: 'winter' };

/** The season (and its year: winter 2017 runs Dec 2017–Feb 2018) that contains a date. */
function seasonOf(d: CalendarDate): { season: Season; year: number } {
  const m = d.month;
  if (m >= 3 && m <= 5) return { season: 'spring', year: d.year };
  if (m >= 6 && m <= 8) return { season: 'summer', year: d.year };
  if (m >= 9 && m <= 11) return { season: 'fall', year: d.year };
  return { season: 'winter', year: m === 12 ? d.year : d.year - 1 };
}

/**
 * Resolve "last/this/next <season>" against a reference day: "last" is the latest one already
 * over, "next" the first one not yet begun, "this" the current one or else the nearest (a tie
 * goes to the coming one).
 */
export function resolveSeason(season: Season, modifier: 'last' | 'this' | 'next', ref: CalendarDate): number {
  const order: Season[] = ['spring', 'summer', 'fall', 'winter'];
  const current = seasonOf(ref);
  // One axis: year * 4 + position (winter belongs to the year it starts in).
  const here = current.year * 4 + order.indexOf(current.season);
  let past = current.year * 4 + order.indexOf(season);
  if (past > here) past -= 4;
  const future = past === here ? here : past + 4;
  let pick: number;
  if (modifier === 'last') pick = past === here ? past - 4 : past;
  else if (modifier === 'next') pick = past === here ? here + 4 : future;
  else pick = past === here ? here : here - past < future - here ? past : future;
  return Math.floor(pick / 4);
}

const SEASON_PATTERN =
  /\b(?:(?:the|this|last|next|past|previous|coming)\s+)?(?:(early|late|mid)[-\s])?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/i;

/** Custom chrono parser: seasons, with or without a year or a last/this/next modifier. */
const seasonParser: chrono.Parser = {
  pattern: () => SEASON_PATTERN,
  extract(context, match) {
    const text = match[0];
    const season = SEASON_WORDS[match[2].toLowerCase()];
    const explicitYear = match[3] ? Number(match[3]) : null;
    const modMatch = /^(the|this|last|next|past|previous|coming)\s/i.exec(text);
    const mod = modMatch ? modMatch[1].toLowerCase() : null;
    // "fall" alone is usually the verb; require a modifier or a year.
    if (!explicitYear && (!mod || mod === 'the')) return null;
    const modifier = mod === 'last' || mod === 'past' || mod === 'previous' ? 'last' : mod === 'next' || mod === 'coming' ? 'next' : 'this';
    const ref = context.refDate;
    const year = explicitYear ?? resolveSeason(season, modifier, { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() });
    const components = context.createParsingComponents({ year, month: SEASON_START[season] });
    components.imply('day', 1);
    components.addTag(`lede/season/${season}`);
    return components;
  },
};

const BARE_YEAR = /\b(?:in|since|of|by|during|until|from|before|after)\s+((?:1[6-9]|20)\d\d)\b(?!\s*(?:[-–]|to\b|percent|%))/gi;

/**
 * Refiner: a bare year after a preposition ("in 2019", "since 2015"). chrono's own filters drop
 * year-only readings, so this one adds them last, where no other reading covers the words.
 */
const bareYearRefiner: chrono.Refiner = {
  refine(context, results) {
    const extra: chrono.ParsingResult[] = [];
    for (const m of context.text.matchAll(BARE_YEAR)) {
      const index = m.index! + m[0].lastIndexOf(m[1]);
      if (results.some((r) => index < r.index + r.text.length && r.index < index + 4)) continue;
      const r = context.createParsingResult(index, m[1], { year: Number(m[1]) });
      r.start.imply('month', 1);
      r.start.imply('day', 1);
      extra.push(r);
    }
    return extra.length ? [...results, ...extra].sort((x, y) => x.index - y.index) : results;
  },
};

/**
 * Refiner: "last December" is the most recent December before the reference, "next May" the
 * coming one (chrono alone gives the coming December for both).
 */
const lastMonthRefiner: chrono.Refiner = {
  refine(context, results) {
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday')) continue;
      const before = context.text.slice(Math.max(0, r.index - 16), r.index);
      const m = /\b(last|past|previous|this past|next|coming)\s+$/i.exec(before);
      if (!m) continue;
      const ref = context.refDate;
      const refMonth = ref.getUTCMonth() + 1;
      const month = s.get('month')!;
      const word = m[1].toLowerCase();
      let year = ref.getUTCFullYear();
      if (word === 'next' || word === 'coming') year = month > refMonth ? year : year + 1;
      else year = month < refMonth ? year : year - 1;
      s.assign('year', year);
      r.index -= m[0].length;
      r.text = m[0] + r.text;
    }
    return results;
  },
};

/** Refiner: "last night" is the evening before the reference day (chrono can land on the next day). */
const lastNightRefiner: chrono.Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (!/^(last night|yesterday|overnight)$/i.test(r.text.trim())) continue;
      const ref = context.refDate;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() - 1, 12));
      r.start.assign('year', d.getUTCFullYear());
      r.start.assign('month', d.getUTCMonth() + 1);
      r.start.assign('day', d.getUTCDate());
    }
    return results;
  },
};

/** Month names of the non-English locales, for "Dezember 2016", "mars 2019" (chrono's locales miss month + year). */
const FOREIGN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    'januar|janvier|enero|gennaio|janeiro|januari',
    'februar|février|fevrier|febrero|febbraio|fevereiro|februari',
    'märz|maerz|mars|marzo|março|maart',
    'april|avril|abril|aprile',
    'mai|mayo|maggio|maio|mei',
    'juni|juin|junio|giugno|junho',
    'juli|juillet|julio|luglio|julho',
    'august|août|aout|agosto|augustus',
    'september|septembre|septiembre|settembre|setembro',
    'oktober|octobre|octubre|ottobre|outubro',
    'november|novembre|noviembre|novembro',
    'dezember|décembre|decembre|diciembre|dicembre|dezembro|december',
  ].flatMap((names, i) => names.split('|').map((n) => [n, i + 1])),
);
const FOREIGN_MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${Object.keys(FOREIGN_MONTHS).join('|')})\\s+((?:1[6-9]|20)\\d\\d)(?![\\p{L}\\d])`, 'iu');

/** Custom chrono parser (non-English locales): a month name and a year. */
const foreignMonthYearParser: chrono.Parser = {
  pattern: () => FOREIGN_MONTH_YEAR,
  extract(context, match) {
    const month = FOREIGN_MONTHS[match[1].toLowerCase()];
    if (!month) return null;
    const c = context.createParsingComponents({ year: Number(match[2]), month });
    c.imply('day', 1);
    return c;
  },
};

const WORDS_NOT_DATES = /^(now|today's|night|morning|evening|afternoon|noon|midnight|the night|the morning|the evening|currently|recently|once|soon|later|then|present|the moment|right now|the time)$/i;

function configure(base: chrono.Chrono, english: boolean): chrono.Chrono {
  const c = base.clone();
  c.parsers.push(seasonParser);
  if (!english) c.parsers.push(foreignMonthYearParser);
  c.refiners.unshift(lastMonthRefiner);
  c.refiners.push(lastNightRefiner, bareYearRefiner);
  return c;
}

let parsers: Record<string, chrono.Chrono> | null = null;
function parserFor(lang: string): chrono.Chrono {
  parsers ??= {};
  const key = (lang || 'en').slice(0, 2).toLowerCase();
  const locales: Record<string, chrono.Chrono | undefined> = {
    en: chrono.casual,
    de: chrono.de?.casual,
    fr: chrono.fr?.casual,
    es: chrono.es?.casual,
    pt: chrono.pt?.casual,
    nl: chrono.nl?.casual,
    it: chrono.it?.casual,
    ja: chrono.ja?.casual,
    zh: chrono.zh?.casual,
    ru: chrono.ru?.casual,
  };
  const base = locales[key] ?? chrono.casual;
  return (parsers[key] ??= configure(base, base === chrono.casual));
}

/**
 * Quick test before calling chrono (which costs far more per sentence than the rest of the
 * analysis): does this text hold a date-like word in its language? Whole words only.
 */
const DATEISH: Record<string, RegExp> = {
  en: /\b(yesterday|today|tomorrow|tonight|last|next|this|past|ago|earlier|later|weeks?|months?|years?|decade|century|(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|spring|summer|fall|autumn|winter|night|morning|evening|weekend)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i,
  de: /\b(gestern|heute|morgen|vorgestern|übermorgen|letzte[nrs]?|nächste[nrs]?|vergangene[nrs]?|kommende[nrs]?|vor|seit|woche|monat|jahr|(mon|diens|donners|frei|sams|sonn)tag|mittwoch|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühling|sommer|herbst|winter|nacht|abend)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}\.\s?\d{0,2}/i,
  fr: /\b(hier|aujourd|demain|dernier|dernière|prochain|prochaine|semaine|mois|an|année|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i,
  es: /\b(ayer|hoy|mañana|pasado|próximo|semana|mes|año|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i,
};
const ANY = /./;
function dateish(lang: string): RegExp {
  return DATEISH[(lang || 'en').slice(0, 2).toLowerCase()] ?? ANY;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function toCalendarDate(iso: string | Date): CalendarDate | null {
  if (iso instanceof Date) {
    return Number.isNaN(iso.getTime()) ? null : { year: iso.getUTCFullYear(), month: iso.getUTCMonth() + 1, day: iso.getUTCDate() };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : toCalendarDate(d);
}

/** Finds the dates in one piece of text, resolved against `ref`. */
export function findDates(text: string, ref: CalendarDate, lang = 'en'): FoundDate[] {
  if (!dateish(lang).test(text)) return [];
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parserFor(lang).parse(text, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: FoundDate[] = [];
  for (const r of results) {
    const s = r.start;
    const words = r.text.trim();
    if (WORDS_NOT_DATES.test(words) || words.length <= 2) continue;
    // A match glued to letters is part of another word ("fr" in "frühestens").
    const before = text[r.index - 1] ?? ' ';
    const after = text[r.index + r.text.length] ?? ' ';
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    // Durations and times of day ("40 minutes after", "at 8 p.m.") are not calendar dates.
    if (/\b(minutes?|hours?|seconds?|Minuten?|Stunden?)\b/i.test(words)) continue;
    const tags = s.tags();
    const season = [...tags].find((t) => t.startsWith('lede/season/'))?.slice('lede/season/'.length) as Season | undefined;
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    if (!year || year < 1000 || year > 2999) continue;
    let precision: DatePrecision;
    const relative = /\b(last|next|this|past|coming|previous|ago|vergangenen|nächsten|letzten|dernier|prochain)\b/i.test(words);
    if (season) precision = 'season';
    else if (relative && /\b(months?|Monat|mois|mes)\b/i.test(words)) precision = 'month';
    else if (relative && /\b(years?|Jahr|Jahren|an|année|año)\b/i.test(words)) precision = 'year';
    else if (s.isCertain('day') || s.isCertain('weekday') || /\b(yesterday|today|tomorrow|tonight|night|morning|evening|afternoon|ago)\b/i.test(words) && !/\b(months?|years?)\b/i.test(words))
      precision = 'day';
    else if (s.isCertain('month') || /\bmonths?\b/i.test(words)) precision = 'month';
    else if (s.isCertain('year') || /\byears?\b/i.test(words)) precision = 'year';
    else continue; // a time of day alone ("8:10 PM") is not a date
    // "32 March" and the like: chrono drops the impossible day; keep the month it could read.
    const date =
      precision === 'day' ? `${pad(year, 4)}-${pad(month!)}-${pad(day!)}` : precision === 'year' ? pad(year, 4) : `${pad(year, 4)}-${pad(month!)}`;
    out.push({ date, precision, ...(season ? { season } : {}), text: words, index: r.index });
  }
  return out;
}

/** Parses a visible byline date such as "July 6, 2018, 8:10 PM ET" into ISO 8601 with offset. */
export function parseBylineDate(text: string): string | null {
  if (!/\b(1[89]|20)\d\d\b/.test(text)) return null; // a byline date names its year
  const zones: Record<string, [number, number]> = { ET: [-300, -240], CT: [-360, -300], MT: [-420, -360], PT: [-480, -420] };
  const zone = /\b([ECMP])[SD]?T\b/.exec(text);
  let result: chrono.ParsedResult | undefined;
  try {
    result = chrono.casual.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0];
  } catch {
    return null;
  }
  if (!result) return null;
  const s = result.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  const y = s.get('year')!;
  const mo = s.get('month')!;
  const d = s.get('day')!;
  const hasTime = s.isCertain('hour');
  if (!hasTime) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  const h = s.get('hour')!;
  const mi = s.get('minute') ?? 0;
  let offset: number | null = s.isCertain('timezoneOffset') ? s.get('timezoneOffset')! : null;
  if (zone) {
    const [std, dst] = zones[zone[1] + 'T'];
    // US daylight saving: second Sunday of March to first Sunday of November.
    const secondSundayMarch = 14 - new Date(Date.UTC(y, 2, 1)).getUTCDay();
    const firstSundayNov = 7 - ((new Date(Date.UTC(y, 10, 1)).getUTCDay() + 6) % 7);
    const inDst = (mo > 3 && mo < 11) || (mo === 3 && d >= secondSundayMarch) || (mo === 11 && d < firstSundayNov);
    offset = /[ECMP]ST\b/.test(text) ? std : /[ECMP]DT\b/.test(text) ? dst : inDst ? dst : std;
  }
  const base = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00`;
  if (offset === null) return base;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar day of an ISO timestamp as written (its own offset), e.g. "2018-07-06T20:10-04:00" → Jul 6. */
export function calendarDayOf(iso: string): CalendarDate | null {
  return toCalendarDate(iso);
}

/** Sort key for a found date: seasons sort by their first month. */
export function sortKey(date: string): string {
  return date.padEnd(10, '-');
}

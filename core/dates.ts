/**
 * Date resolution with chrono-node, against the date of the text a phrase stands in.
 *
 * Dates are resolved on the wall calendar of the reference (the publication date for the body,
 * an embedded post's own date inside that post): the reference is handed to chrono as a UTC
 * instant with the same calendar fields, so no time zone can move a day across midnight.
 *
 * chrono reads the words (with Lede's parsers and refiners, `date-parsers.ts`); this module
 * decides what they mean:
 * - a date is only as precise as its words: "last week" is a week, "the third quarter" a quarter,
 *   "this month" a month, "early August" a month;
 * - durations, frequencies and amounts are never dates ("for three years", "each July", "3 1/2");
 * - a bare weekday, month or day is placed by the tense of its sentence: "shares fell on
 *   Thursday" is the Thursday before the reference, "will meet on Thursday" the coming one;
 * - a phrase counted from another event ("two months later", "the following year", "a year
 *   earlier") is dated from the date the story gave just before, never from the publication
 *   date; without one it is left out;
 * - a date after the reference is marked `expected` (the story can only report it as planned).
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from './types';
import {
  addDays,
  addMonths,
  dayNumber,
  isoAt,
  isoWeekday,
  PRECISION_RANK,
  quarterOf,
  SEASON_START,
  seasonOf,
  spanOf,
  startOf,
  type CalendarDate,
  type Season,
} from './calendar';
import {
  anaphorParser,
  anaphorWeekdayParser,
  bareYearRefiner,
  FOREIGN_MONTH_WORDS,
  dePeriodParser,
  deSpanParser,
  foreignMonthYearParser,
  lastMonthRefiner,
  lastNightRefiner,
  ledeFirstRefiner,
  ledeTag,
  periodParser,
  quarterParser,
  seasonParser,
  spanParser,
  spelledYearParser,
  type LedeTag,
  type Unit,
} from './date-parsers';
import { tenseAt, type Tense } from './tense';

export type { CalendarDate, Season } from './calendar';

export interface FoundDate {
  /** ISO cut to precision (see calendar.ts): "2018-06-12", week "2013-03-11", "2018-06", quarter "1989-07", "2017". */
  date: string;
  precision: DatePrecision;
  season?: Season;
  /** The words as written, e.g. "last fall". */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** The date lies after the reference day: a planned or expected event. */
  expected?: boolean;
}

/**
 * What the story has said so far, for phrases counted from it. One per story (the body), threaded
 * through its sentences in reading order; `sentence` is the index of the sentence being read.
 */
export interface DateContext {
  sentence: number;
  /** The latest date the story stated, for "the next day", "two years later", "that year". */
  last?: { date: CalendarDate; precision: DatePrecision; sentence: number };
  /** The quarter a results story reports on ("third-quarter net income"): "the quarter", "a year earlier". */
  quarter?: { year: number; q: number };
  /** The latest quarter named, for "that quarter". */
  lastQuarter?: { year: number; q: number };
  /**
   * The most recent quarter the story reports on (named by its number and already over), for
   * "year-earlier results" in a story that moves on to another company's later quarter; an
   * earlier quarter named for comparison ("after a flat second quarter") does not count.
   */
  reported?: { year: number; q: number };
}

export function newDateContext(): DateContext {
  return { sentence: 0 };
}

/**
 * How many sentences back an event-relative phrase may look for its date: a narrative keeps its
 * date for a few sentences ("In March, … It also was considering … A group urged … The following
 * month, the company put itself up for sale.").
 */
const ANCHOR_REACH = 3;

const UNIT_PRECISION: Record<Unit, DatePrecision | null> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: null };

/**
 * chrono's English time-unit parsers ("3 days ago", "3 days later", "within 3 days", "+3 days")
 * read every quantity of time as a date counted from the reference; Lede's `spanParser` replaces
 * them. They are found by what they read (class names don't survive minification).
 */
function isTimeUnitParser(p: chrono.Parser, context: chrono.ParsingContext): boolean {
  const reads = parserReads(p, context);
  return !!reads && ['3 days ago', '3 days later', 'within 3 days', '+3 days'].some(reads) && !reads('3 pm') && !reads('March 3');
}

/** Whether a pattern parser's regular expression matches a text (null for a parser without one). */
function parserReads(p: chrono.Parser, context: chrono.ParsingContext): ((text: string) => boolean) | null {
  let re: RegExp;
  try {
    re = p.pattern(context);
  } catch {
    return null;
  }
  return (text: string) => new RegExp(re.source, re.flags.replace('g', '')).test(text);
}

/** chrono's time-of-day parser ("8:10 PM", "at 3 pm"): a time alone is never a timeline date, and the dates around it are read without it. */
function isTimeOfDayParser(p: chrono.Parser, context: chrono.ParsingContext): boolean {
  const reads = parserReads(p, context);
  return !!reads && reads('at 3 pm') && reads('10:30') && !reads('March') && !reads('Monday') && !reads('yesterday');
}

/**
 * What each of chrono's English parsers needs in a text to read anything, found by what it reads
 * (a probe per kind of date word): a parser is only run on a sentence that holds one of its
 * words. A quick substring test costs far less than running a long pattern over the sentence.
 */
const PARSER_GATES: [probe: string, words: RegExp][] = [
  ['March 3', /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i],
  ['Monday', /mon|tue|wed|thu|fri|sat|sun|week/i],
  ['2019-11-19 11/19 3', /\d/],
  ['yesterday', /now|to(?:day|night|morrow)|tmr|yesterday|night/i],
  ['this morning', /morning|afternoon|evening|noon|midnight|night/i],
  ['last week', /this|last|past|next|after/i],
  ['end of the month', /end/i],
];
function gateParser(p: chrono.Parser, context: chrono.ParsingContext): chrono.Parser {
  let re: RegExp;
  try {
    re = p.pattern(context);
  } catch {
    return p;
  }
  const reads = (text: string) => new RegExp(re.source, re.flags.replace('g', '')).test(text);
  const gates = PARSER_GATES.filter(([probe]) => probe.split(' ').some(reads) || reads(probe)).map(([, words]) => words);
  if (!gates.length) return p;
  return { pattern: (ctx) => (gates.some((g) => g.test(ctx.text)) ? p.pattern(ctx) : NEVER), extract: (ctx, m) => p.extract(ctx, m) };
}
const NEVER = /(?!)/y;

function configure(base: chrono.Chrono, english: boolean): chrono.Chrono {
  const c = base.clone();
  if (english) {
    const probe = new chrono.ParsingContext('', new Date(0), {});
    c.parsers = c.parsers.filter((p) => !isTimeUnitParser(p, probe) && !isTimeOfDayParser(p, probe)).map((p) => gateParser(p, probe));
    // Lede's readings win over chrono's where they overlap (ledeFirstRefiner).
    c.parsers.push(spanParser, anaphorParser, anaphorWeekdayParser, quarterParser, periodParser, seasonParser, spelledYearParser);
    c.refiners.unshift(lastMonthRefiner);
    c.refiners.unshift(ledeFirstRefiner); // before chrono's overlap removal
  } else {
    c.parsers.push(seasonParser, foreignMonthYearParser);
    if (base === chrono.de?.casual) c.parsers.push(deSpanParser, dePeriodParser);
    c.refiners.unshift(lastMonthRefiner);
    c.refiners.unshift(ledeFirstRefiner);
  }
  c.refiners.push(lastNightRefiner, bareYearRefiner);
  return c;
}

let parsers: Record<string, chrono.Chrono> | null = null;
export function parserFor(lang: string): chrono.Chrono {
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
 * analysis): does this text hold a date-like word in its language? Whole words only; month
 * names that are also common words ("may", "march") count only capitalised.
 */
const DATEISH: Record<string, { strong: RegExp[]; weak?: RegExp }> = {
  en: {
    // Words that name a date by themselves.
    strong: [
      /\b(yesterday|today|tomorrow|tonight|overnight|(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|apr(il)?|june?|july?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|nineteen|thousand|fiscal|year-(ago|earlier|end)|year[’']s\s+end|year\s+end|end\s+of\s+the\s+year|q[1-4]|quarter|quarters)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i,
      /\b(May|March|Mar|August|Aug)\b/,
    ],
    // Words that make a date only with a cue ("last", "ago", a number): "years", "the summer".
    weak: /\b(?:last|next|this|past|previous|coming|following|same|current|early|late|mid|that|prior|end|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple|of|\d+)[\s-]+(?:[\w-]+\s+)?(?:days?|weeks?|weekends?|months?|years?|decades?|spring|summer|fall|autumn|winter|night|morning|evening|afternoon)\b|\b(?:days?|weeks?|months?|years?|decades?|nights?)\s+(?:ago|later|earlier|before|after|afterwards?|from\s+now|prior)\b/i,
  },
  de: {
    strong: [
      /\b(gestern|heute|morgen|vorgestern|übermorgen|letzte[nrs]?|nächste[nrs]?|vergangene[nrs]?|kommende[nrs]?|vor|seit|tage[n]?|woche|wochen|monat|monate[n]?|jahr|jahre[sn]?|quartal|(mon|diens|donners|frei|sams|sonn)tag|mittwoch|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühling|frühjahr|sommer|herbst|winter|nacht|abend)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}\.\s?\d{0,2}/i,
    ],
  },
  fr: {
    strong: [
      /\b(hier|aujourd|demain|dernier|dernière|prochain|prochaine|semaine|mois|an|année|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i,
    ],
  },
  ru: {
    strong: [/\d|вчера|сегодня|завтра|назад|недел|месяц|году|года|лет|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень/iu],
  },
  es: {
    strong: [
      /\b(ayer|hoy|mañana|pasado|próximo|semana|mes|año|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|\b(1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i,
    ],
  },
};
/** Other languages: a digit, a month name in one of the languages we know, or a day word. */
const DATEISH_ANY = new RegExp(`\\d|[年月日週]|昨日|今日|明日|昨天|今天|明天|\\b(yesterday|today|tomorrow|${FOREIGN_MONTH_WORDS})\\b`, 'iu');

function dateish(text: string, lang: string): boolean {
  const tests = DATEISH[(lang || 'en').slice(0, 2).toLowerCase()];
  if (!tests) return DATEISH_ANY.test(text);
  return tests.strong.some((re) => re.test(text)) || !!tests.weak?.test(text);
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

// ---------------------------------------------------------------------------------------------
// Seasons

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

/** "the summer" by tense: the latest one begun (past), the next one not over (future), else the nearest. */
function seasonByTense(season: Season, ref: CalendarDate, tense: Tense): number {
  const current = seasonOf(ref);
  if (current.season === season) return current.year;
  if (tense === 'past') return resolveSeason(season, 'last', ref);
  if (tense === 'future') return resolveSeason(season, 'next', ref);
  return resolveSeason(season, 'this', ref);
}

// ---------------------------------------------------------------------------------------------
// Words that look like dates and are not

const WORDS_NOT_DATES =
  /^(now|today's|night|morning|evening|afternoon|noon|midnight|the night|the morning|the evening|currently|recently|once|soon|later|then|present|the moment|right now|the time|tonight's|weekday|weekdays|jetzt|maintenant|ahora|agora|adesso|nu|сейчас)$/i;
/** chrono's "last s" (a second), glued or not: "The session lasts for 10 minutes". */
const RELATIVE_UNIT_ABBREVIATION = /^(this|last|past|next)\s*(s|secs?|m|mins?|h|hrs?|d|w|wks?|mos?|y|yrs?|ms)$/i;
/** Times of day and durations in the other languages chrono reads ("в течение 5 минут", "pendant 10 minutes"). */
const TIME_UNIT_OTHER = /(?<!\p{L})(минут|секунд|час(?:а|ов)?(?!\p{L})|minutos?(?!\p{L})|segundos?(?!\p{L})|horas?(?!\p{L})|heures?(?!\p{L})|secondes?(?!\p{L})|minuti(?!\p{L})|secondi(?!\p{L})|uur(?!\p{L})|seconden(?!\p{L}))/iu;
/** A date inside a web address ("https://example.org/2011/09/07/story") is part of a link, not an event. */
const IN_URL = /:\/\/|^www\./i;
const WEEKDAY_ABBREVIATION = /^(sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat)\.?$/i;
const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Month names that are also common words: alone, they need a word that makes them a month. */
const AMBIGUOUS_MONTH = /^(may|march|mar|august|aug|jan|sat|sun)$/i;
const MONTH_LEAD = /(?:\d\s*|\b(?:in|since|until|till|by|from|through|last|next|this|early|late|mid|of|between|and|or|to|before|after|during|each|every|that)\s*|\b(?:late|mid|early)-)$/i;
/** Recurring days and months ("each July", "every Monday", "Monday and Tuesday nights"). */
const SET_BEFORE = /\b(each|every|per|most|some|on\s+alternate|alternate)\s+$/i;
const SET_AFTER = /^(?:\s*(?:and|or|&)\s+[A-Z][a-z]+day)?\s+(nights|mornings|evenings|afternoons|mornings)\b/;
/** A fraction or a score ("3 1/2", "7/8", "2-1") is not a month and a day. */
const FRACTION = /^\d{1,2}\/\d{1,2}$|\d\s+\d{1,2}\/\d{1,2}\b/;
/** A period ended on a day ("the quarter ended Sept. 30", "six months ended Aug. 12"). */
const ENDED = /\b(ended|ending|closed)\s+(on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** A quarter ended on a day ("the quarter ended Sept. 30", "its third quarter ending Oct. 31"). */
const QUARTER_ENDED = /\bquarter\s+(ended|ending|closed)\s+(on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** A period other than a quarter ("for the nine months", "the first half"): "a year earlier" is then a year. */
const OTHER_PERIOD = /\b(nine|six|three|twelve|\d+)[-\s]months?\b|\b(first|second)\s+half\b|\byear[-\s]to[-\s]date\b|\bfull\s+year\b|\bfor\s+the\s+year\b|\bannual\b/i;
/**
 * A year-ago period restated after a comma by the company's own name for it ("In the comparable
 * year-ago quarter, the second quarter ended Oct. 31, …", "the year-earlier period, the three
 * months ended Sept. 30, …"): the words up to the next comma are that period, a year back.
 */
const YEAR_AGO_APPOSITIVE = /^\s*,\s*(?:(?:the|its|their)\s+)?(?:(?:fiscal|calendar)[-\s]+)?(?:(first|second|third|fourth)[-\s]+(?:fiscal[-\s]+)?quarter|(?:three|six|nine|twelve|\d+)[-\s]+months|year)\s+(?:ended|ending)\s+[^,;()]*/i;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** Words that count from the date after them ("trading days after", "weeks before the"). */
const COUNTED_FROM = /(?:\b(?:days?|weeks?|months?|years?|sessions?)\s+(?:after|before)\s+(?:the\s+)?|(?:tage[n]?|wochen|monate[n]?|jahre[n]?)\s+nach\s+(?:dem\s+)?)$/i; // German compounds: "Handelstage nach dem
const FIGURES = /[$£€¥]|\d\s*%|\b(percent|cents?|million|billion|net|profit|earnings|revenue|sales|loss|income|shares?)\b/i;

/** The span [first, last] day numbers of a resolved date. */
function spanAt(d: CalendarDate, precision: DatePrecision): [number, number] {
  return spanOf(isoAt(d, precision), precision) ?? [dayNumber(d), dayNumber(d)];
}

function shift(d: CalendarDate, n: number, unit: Unit): CalendarDate {
  switch (unit) {
    case 'day':
      return addDays(d, n);
    case 'week':
      return addDays(d, 7 * n);
    case 'month':
      return addMonths(d, n);
    case 'quarter':
      return addMonths(d, 3 * n);
    case 'year':
      return addMonths(d, 12 * n);
    default:
      return addMonths(d, 120 * n);
  }
}

interface Resolved {
  date: CalendarDate;
  precision: DatePrecision;
  season?: Season;
  /** Words to use instead of chrono's (a range's end, "early August"). */
  text?: string;
  index?: number;
  /** chrono results this one consumed ("three days after [Oct. 12]"). */
  consumed?: number;
}

/** Finds the dates in one piece of text, resolved against `ref` (and the story so far, `ctx`). */
export function findDates(text: string, ref: CalendarDate, lang = 'en', ctx: DateContext = newDateContext()): FoundDate[] {
  if (!dateish(text, lang)) return [];
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parserFor(lang).parse(text, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const english = !lang || lang.slice(0, 2).toLowerCase() === 'en' || !DATEISH[lang.slice(0, 2).toLowerCase()];
  const refDay = dayNumber(ref);
  const out: FoundDate[] = [];
  let tenseCache: Map<number, Tense> | null = null;
  const tense = (r: { index: number; text: string }): Tense => {
    tenseCache ??= new Map();
    if (!tenseCache.has(r.index)) tenseCache.set(r.index, tenseAt(text, r.index, r.index + r.text.length, lang));
    return tenseCache.get(r.index)!;
  };
  const emit = (res: Resolved, r: chrono.ParsedResult) => {
    const raw = res.text ?? r.text;
    const words = raw.trim().replace(/[\s,;:]+$/, '');
    const index = (res.index ?? r.index) + (raw.length - raw.trimStart().length);
    const date = isoAt(res.date, res.precision);
    const span = spanOf(date, res.precision);
    const found: FoundDate = { date, precision: res.precision, ...(res.season ? { season: res.season } : {}), text: words, index };
    if (span && span[0] > refDay) found.expected = true;
    out.push(found);
    // "Eight trading days after Oct. 12": the story's time is now counted from this date by an
    // amount Lede does not place (trading days, "weeks after"), so a following "three days later"
    // has no date to count from.
    if (!res.consumed && COUNTED_FROM.test(text.slice(Math.max(0, index - 24), index))) ctx.last = undefined;
    else ctx.last = { date: startOf(date)!, precision: res.precision, sentence: ctx.sentence };
  };

  const hasUrl = text.includes('://') || /\bwww\./i.test(text);
  // The end of a year-ago period's appositive (YEAR_AGO_APPOSITIVE): dates before it are a year back.
  let yearBackUntil = -1;
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const words = r.text.trim();
    if (!words || WORDS_NOT_DATES.test(words) || words.length <= 2 || RELATIVE_UNIT_ABBREVIATION.test(words)) continue;
    if (hasUrl) {
      const start = Math.max(text.lastIndexOf(' ', r.index), text.lastIndexOf('\n', r.index)) + 1;
      const end = text.slice(r.index).search(/\s/);
      if (IN_URL.test(text.slice(start, end < 0 ? undefined : r.index + end))) continue;
    }
    // A match glued to letters is part of another word ("fr" in "frühestens").
    const before = text[r.index - 1] ?? ' ';
    const after = text[r.index + r.text.length] ?? ' ';
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    // A masthead or programme ("USA Today", ABC's "This Week"): a deictic word capitalised in the
    // middle of a sentence is a name, not a date.
    if (english && /^(today|tonight|tomorrow|yesterday|this|last|next)\b/i.test(words) && /^\p{Lu}/u.test(words) && /(?:[\p{L}\d,]|[\p{L},]['’]?\s*["“'‘])\s*$/u.test(text.slice(Math.max(0, r.index - 12), r.index)))
      continue;
    const tag = ledeTag(r);
    let res: Resolved | null;
    const yearBack = english && r.index < yearBackUntil && !/\b\d{4}\b/.test(r.text);
    if (tag) {
      res = resolveTagged(tag, r, i, yearBack);
      if (res?.consumed) i += res.consumed;
      if (res && english && (tag.k === 'yearago' || (tag.k === 'quarter' && tag.ref === 'yearago'))) {
        const end = r.index + r.text.length;
        const apposition = YEAR_AGO_APPOSITIVE.exec(text.slice(end));
        if (apposition) {
          yearBackUntil = end + apposition[0].length;
          // "the year-ago quarter, the second quarter ended Oct. 31": the quarter as the company numbers it.
          const q = apposition[1] && ORDINAL_QUARTER[apposition[1].toLowerCase()];
          if (q && res.precision === 'quarter') res = { ...res, date: { ...res.date, month: 3 * q - 2 } };
        }
      }
    } else {
      // Durations and times of day ("40 minutes after", "at 8 p.m.") are not calendar dates.
      if (/\b(minutes?|hours?|seconds?|Minuten?|Stunden?|Sekunden?)\b/i.test(words) || (!english && TIME_UNIT_OTHER.test(words))) continue;
      if (!english && /^(seit|für|fur|während|innerhalb|binnen)\b/i.test(words)) continue; // "seit drei Jahren", "für zwei Jahre"
      if (r.end && r.start) {
        // A range ("Aug. 26 to Oct. 20", "today through Nov. 17"): its two ends, each with its words.
        const m = /^(.*?\S)\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\bbis\b)\s*(\S.*)$/i.exec(r.text);
        if (m) {
          const firstText = m[1].replace(/[\s,;:]+$/, '');
          const first = resolveChrono({ text: firstText, index: r.index, start: r.start });
          if (first) emit({ ...first, text: first.text ?? firstText, index: first.index ?? r.index }, r);
          const endIndex = r.index + r.text.length - m[2].length;
          const second = resolveChrono({ text: m[2], index: endIndex, start: r.end });
          if (second) emit({ ...second, text: second.text ?? m[2], index: second.index ?? endIndex }, r);
          continue;
        }
      }
      res = resolveChrono({ text: r.text, index: r.index, start: r.start });
      if (res && yearBack) res = { ...res, date: shift(res.date, -1, 'year') };
      // "July last year", "January this year": the month in that year.
      const next = results[i + 1];
      if (res && res.precision === 'month' && next && !r.start.isCertain('year')) {
        const between = text.slice(r.index + r.text.length, next.index);
        const y = /^(last|this|next|letzten|vergangenen|dieses|diesen|nächsten|kommenden)\s+(year|Jahres)$/i.exec(next.text.trim());
        if (/^\s*(?:of\s+)?$/.test(between) && y) {
          const n = /^(last|letzten|vergangenen)$/i.test(y[1]) ? -1 : /^(next|nächsten|kommenden)$/i.test(y[1]) ? 1 : 0;
          res = { ...res, date: { ...res.date, year: ref.year + n }, text: text.slice(res.index ?? r.index, next.index + next.text.length) };
          i++;
        }
      }
      // "compared with $33 million last year", "from last year's $1.55 billion", "the
      // corresponding period last year": in a story about a quarter, a figure compared with last
      // year is the same quarter a year before.
      if (res && english && res.precision === 'year' && /^last\s+year$/i.test(r.text.trim()) && ctx.quarter && !OTHER_PERIOD.test(text) && !/\b(this|next)\s+year\b/i.test(text)) {
        const lead = /\b(?:compared\s+(?:with|to)|from|versus|vs\.?|than|against|corresponding\s+period)\b([^.;]*)$/i.exec(text.slice(Math.max(0, r.index - 80), r.index));
        const figureBefore = lead && /[$£€¥]|\d/.test(lead[1]) && !/\b(reported|said|posted|earned|had|was|were)\b/i.test(lead[1]);
        // "last year's $2.34 billion", "last year's third-period net", "last year's results".
        const figureAfter = /^['’]s\s+(?:(?:[\p{L}-]+\s+){0,3}[$£€¥\d]|(?:[\p{L}-]+\s+){0,2}(?:results|figures|net|profits?|earnings|loss|sales|revenues?)\b)/u.test(text.slice(r.index + r.text.length));
        if (figureBefore || (lead && /corresponding\s+period/i.test(lead[0])) || figureAfter)
          res = { date: { year: ctx.quarter.year - 1, month: 3 * ctx.quarter.q - 2, day: 1 }, precision: 'quarter' };
      }
    }
    if (res) emit(res, r);
  }
  return out;

  /** A chrono reading (no Lede tag), placed by tense where its words leave the date open. */
  function resolveChrono(r: { text: string; index: number; start: chrono.ParsedComponents }): Resolved | null {
    const s = r.start;
    const words = r.text.trim();
    if (WORDS_NOT_DATES.test(words) || words.length <= 2) return null;
    // "Sun" Microsystems; "Closed on Sun & Mon)": an abbreviated weekday is a name or a schedule.
    if (WEEKDAY_ABBREVIATION.test(words.replace(/^(on|by|from|until|till|to)\s+/i, '').replace(/[\s,;:)\]]+$/, ''))) return null;
    // Quantities of time are Lede's (spanParser): chrono's "in the year", "within 100 days" are not dates.
    if (/^(in|within|for|over|during|after|before|throughout)\b/i.test(words) && /\b(days?|weeks?|months?|years?|quarters?|decades?|half)\b/i.test(words) && !MONTH_WORD.test(words)) return null;
    if (FRACTION.test(words) && !/\d{4}/.test(words)) return null;
    if (/^\d{1,2}[/.-]\d{1,2}$/.test(words)) return null; // "3/8", "2-1": no year, no month name
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    if (!year || year < 1000 || year > 2999 || !month) return null;
    const before = text.slice(Math.max(0, r.index - 24), r.index);
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 40);
    if (english) {
      if (/^today$/i.test(words) && /^['’]s\s+(world|society|standards|economy|market|youth|children|culture)\b/i.test(after)) return null;
      if (/\bof\s+$/i.test(before) && /^(today|tomorrow|yesterday)$/i.test(words)) return null; // "the people of tomorrow"
      if (/^in\s+half\b/i.test(words)) return null;
      if (SET_BEFORE.test(before) || (s.isCertain('weekday') && SET_AFTER.test(after))) return null;
      // Named days are not the weekday before or after the reference: "Black Friday", "Super Tuesday".
      if (s.isCertain('weekday') && /\b(Black|Good|Cyber|Super|Ash|Maundy|Holy|Easter|Palm|Bloody|Giving|Fat|Shrove|Whit|Low|Clean|Mega|Manic|Blue)\s+$/.test(before)) return null;
      const monthWord = MONTH_WORD.exec(words)?.[1];
      if (monthWord && !s.isCertain('day') && !s.isCertain('year')) {
        if (/^\p{Ll}/u.test(monthWord)) return null; // "you may", "march on"
        // A three-letter abbreviation without its period is as ambiguous ("Lee Ho Jun", "Oct" a name).
        const alone = words.replace(/[\s,;:]+$/, '').length === monthWord.length;
        const period = text[r.index + monthWord.length] === '.';
        if ((AMBIGUOUS_MONTH.test(monthWord) || (monthWord.length === 3 && !period)) && alone && !MONTH_LEAD.test(before) && !/^\s*(?:\d|of\s+\d)/.test(after)) return null;
      }
    }
    const relative = /\b(last|next|this|past|coming|previous|ago|vergangenen|nächsten|letzten|dernier|prochain)\b/i.test(words);
    let date: CalendarDate = { year, month, day: day ?? 1 };
    let precision: DatePrecision;
    if (relative && /\b(weeks?|Woche|Wochen)\b/i.test(words)) precision = 'week';
    else if (relative && /\b(months?|Monat|mois|mes)\b/i.test(words)) precision = 'month';
    else if (relative && /\b(years?|Jahr|Jahren|Jahres|an|année|año)\b/i.test(words)) precision = 'year';
    else if (s.isCertain('day') || s.isCertain('weekday') || (/\b(yesterday|today|tomorrow|tonight|night|morning|evening|afternoon|ago|gestern|heute|morgen)\b/i.test(words) && !/\b(months?|years?)\b/i.test(words)))
      precision = 'day';
    else if (s.isCertain('month')) precision = 'month';
    else if (s.isCertain('year')) precision = 'year';
    else return null; // a time of day alone ("8:10 PM") is not a date

    // "mid-afternoon yesterday", "tomorrow night": the day the word names, whatever else chrono read.
    const deictic = /\b(yesterday|today|tonight|tomorrow)\b/i.exec(words)?.[1].toLowerCase();
    if (deictic && precision === 'day') return { date: addDays(ref, deictic === 'yesterday' ? -1 : deictic === 'tomorrow' ? 1 : 0), precision };
    if (!relative && !s.isCertain('year')) {
      // Underspecified: a weekday, a month, a month and day. Placed by tense.
      const t = tense(r);
      if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) {
        const wd = (s.get('weekday')! + 6) % 7; // chrono: 0 = Sunday; ours: 0 = Monday
        const refWd = isoWeekday(ref);
        const back = wd <= refWd ? wd - refWd : wd - refWd - 7;
        const ahead = wd >= refWd ? wd - refWd : wd - refWd + 7;
        let delta: number;
        if (/\blast\b/i.test(words)) delta = back === 0 ? -7 : back;
        else if (/\bnext\b/i.test(words)) delta = ahead === 0 ? 7 : ahead;
        else if (/\bthis\b/i.test(words)) delta = wd - refWd; // in the current week
        else if (t === 'future') delta = ahead;
        else delta = back; // past, or no tense: news reports what happened
        date = addDays(ref, delta);
      } else if (s.isCertain('month') && !s.isCertain('weekday')) {
        const thisWord = /\bthis\s+$/i.test(before);
        const withDay = s.isCertain('day');
        const at = (y: number): CalendarDate => ({ year: y, month, day: withDay && day ? day : 1 });
        const refStart = withDay ? dayNumber(ref) : dayNumber({ ...ref, day: 1 });
        const key = (y: number) => dayNumber(at(y));
        const past = key(ref.year) <= refStart ? ref.year : ref.year - 1;
        const future = key(ref.year) >= refStart ? ref.year : ref.year + 1;
        const dPast = refStart - key(past);
        const dFuture = key(future) - refStart;
        // A month goes by the tense (no tense: the past, what news mostly reports), unless the
        // coming one starts within a week ("the first trading day for November" said on Oct. 27),
        // or, with no tense at all, within two months ("a cutback in its oil supply in September"
        // said in August, "goes on sale in late January" said in November): a story names a month
        // ten or eleven months back with its year or "last".
        // A day without its year too, unless the other reading is much nearer: a story rarely
        // names a day eleven months away without its year. After "to", "until", "through", "by",
        // "effective" (a deadline), the nearest reading.
        const deadline = /\b(to|until|till|through|thru|by|effective|before|after)\s+(the\s+)?(mid-?|early\s+|late\s+)?$/i.test(before);
        let year: number;
        if (thisWord) year = ref.year;
        else if (deadline) year = dPast <= dFuture ? past : future;
        else if (!withDay) year = t === 'future' ? future : key(future) - dayNumber(ref) <= (t === null ? 62 : 7) && future !== past ? future : past;
        else if (t === 'past') year = dPast <= 3 * dFuture ? past : future;
        else if (t === 'future') year = dFuture <= 3 * dPast ? future : past;
        else year = dPast <= dFuture ? past : future;
        date = at(year);
        if (thisWord && precision === 'month') return { date, precision, text: `this ${words}`, index: r.index - before.length + before.search(/\bthis\s+$/i) };
      }
    }
    // "the end of November": the month (the words name no day).
    if (precision === 'day' && /\bend\s+of\b/i.test(words) && MONTH_WORD.test(words) && !/\d/.test(words)) {
      precision = 'month';
      const the = /\bthe\s+$/i.exec(before);
      if (the) return { date, precision, text: the[0] + words, index: r.index - the[0].length };
    }
    // "early August", "mid-November", "the end of March": the month, with its words.
    if (precision === 'month' && s.isCertain('month') && !s.isCertain('day')) {
      const mod = /(?:\b(?:early|late|mid|the\s+(?:middle|end|beginning|start)\s+of)[-\s]*)$/i.exec(before);
      if (mod) return { date, precision, text: mod[0] + words, index: r.index - mod[0].length };
    }
    return { date, precision };
  }

  /** A Lede reading. */
  function resolveTagged(tag: LedeTag, r: chrono.ParsedResult, i: number, yearBack = false): Resolved | null {
    switch (tag.k) {
      case 'duration':
        return null;
      case 'spelled':
        return { date: { year: tag.year, month: tag.month ?? 1, day: 1 }, precision: tag.month ? 'month' : 'year' };
      case 'year': {
        // "since year-end": the last one before the reference.
        const since = tag.year === undefined && tag.n === 0 && /year[-\s']*s?\s*end|end\s+of\s+the\s+year/i.test(r.text) && /\bsince\s+(the\s+)?$/i.test(text.slice(0, r.index));
        return { date: { year: tag.year ?? ref.year + (tag.n ?? 0) - (since ? 1 : 0), month: 1, day: 1 }, precision: 'year' };
      }
      case 'month':
        return { date: addMonths({ ...ref, day: 1 }, tag.n), precision: 'month' };
      case 'week': {
        if (tag.weekend) {
          // The weekend (Saturday and Sunday) before the reference, or the coming one.
          const wd = isoWeekday(ref);
          const future = tag.n > 0 || (tag.n === 0 && tense(r) === 'future');
          const saturday = future ? addDays(ref, wd <= 5 ? 5 - wd : 12 - wd) : addDays(ref, wd >= 5 ? 5 - wd : -2 - wd);
          return { date: tag.n < 0 && wd >= 5 ? addDays(saturday, -7) : saturday, precision: 'week' };
        }
        return { date: addDays(ref, 7 * tag.n), precision: 'week' };
      }
      case 'season': {
        const year =
          tag.year ?? (tag.mod === 'the' || !tag.mod ? seasonByTense(tag.season, ref, tense(r)) : resolveSeason(tag.season, tag.mod, ref));
        return { date: { year, month: SEASON_START[tag.season], day: 1 }, precision: 'season', season: tag.season };
      }
      case 'ago': {
        const p = UNIT_PRECISION[tag.unit];
        return p ? { date: shift(ref, -tag.n, tag.unit), precision: p } : null;
      }
      case 'in': {
        const p = UNIT_PRECISION[tag.unit];
        return p && tense(r) === 'future' ? { date: shift(ref, tag.n, tag.unit), precision: p } : null;
      }
      case 'anaphor': {
        const p = UNIT_PRECISION[tag.unit];
        if (!p) return null;
        // "earlier in the year" looks no further than its sentence; without a date there, it is the reference's.
        const reach = tag.fallback === 'ref' ? 0 : ANCHOR_REACH;
        const anchor = ctx.last && ctx.last.sentence >= ctx.sentence - reach && PRECISION_RANK[ctx.last.precision] >= PRECISION_RANK[p] ? ctx.last : null;
        if (anchor) return { date: shift(anchor.date, tag.n, tag.unit), precision: p };
        return tag.fallback === 'ref' ? { date: ref, precision: p } : null;
      }
      case 'anaphor-weekday': {
        // "down 4.5% from the previous Friday" said of Friday's close: the Friday before that day;
        // with no day just given, the phrase is left out (never counted from the reference).
        // A weekday is counted from a day told in the same paragraph or so: a little further back than other anaphora.
        const anchor = ctx.last && ctx.last.sentence >= ctx.sentence - (ANCHOR_REACH + 1) && ctx.last.precision === 'day' ? ctx.last.date : null;
        if (!anchor) return null;
        const wd = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day)).getUTCDay();
        const step = tag.n < 0 ? -(((wd - tag.weekday + 6) % 7) + 1) : ((tag.weekday - wd + 6) % 7) + 1;
        return { date: addDays(anchor, step), precision: 'day' };
      }
      case 'from-next': {
        // "three days after Oct. 12": counted from the date that follows; without one (an event
        // the story doesn't date: "six years after he fled") it is left out.
        const p = UNIT_PRECISION[tag.unit];
        const next = results[i + 1];
        if (!p || !next) return null;
        const between = text.slice(r.index + r.text.length, next.index);
        if (!/^\s*(after|before)\s+(the\s+)?$/i.test(between)) return null;
        const nextTag = ledeTag(next);
        const anchor = nextTag ? resolveTagged(nextTag, next, i + 1) : resolveChrono({ text: next.text, index: next.index, start: next.start });
        if (!anchor) return null;
        const precision = PRECISION_RANK[anchor.precision] < PRECISION_RANK[p] ? anchor.precision : p;
        return { date: shift(anchor.date, tag.n, tag.unit), precision, text: text.slice(r.index, next.index + next.text.length), consumed: 1 };
      }
      case 'yearago': {
        // The same period a year before. "year-ago results", "the year-earlier loss": the quarter
        // a results story reports on, else the year before. "a year earlier/ago": the period the
        // sentence names ("for the quarter ended Sept. 30, … a year earlier"), else the story's
        // quarter when the sentence compares figures, else (earlier) the date just given, else
        // the year before the reference.
        const adjective = /^(the\s+)?(comparable\s+)?year[-\s](ago|earlier)\b/i.test(r.text.trim()) && !/^a\s/i.test(r.text.trim());
        const yearBefore: Resolved = { date: { year: ref.year - 1, month: 1, day: 1 }, precision: 'year' };
        const quarterBefore = (q: { year: number; q: number }): Resolved => ({ date: { year: q.year - 1, month: 3 * q.q - 2, day: 1 }, precision: 'quarter' });
        if (adjective) {
          const topic = ctx.reported ?? ctx.quarter;
          return topic && !OTHER_PERIOD.test(text) ? quarterBefore(topic) : yearBefore;
        }
        const here = ctx.last && ctx.last.sentence === ctx.sentence ? ctx.last : null;
        if (here && here.precision === 'day' && QUARTER_ENDED.test(text)) {
          // "for the quarter ended Sept. 30, … up from $100 million a year earlier": the quarter's
          // figures a year before, i.e. the year-ago quarter (the calendar quarter holding most of
          // the three months that end on that day), not the day.
          const q = quarterOf(addDays(shift(here.date, -1, 'year'), -45));
          return { date: { year: q.year, month: 3 * q.q - 2, day: 1 }, precision: 'quarter' };
        }
        if (here && (here.precision === 'quarter' || (here.precision === 'day' && ENDED.test(text)))) return { date: shift(here.date, -1, 'year'), precision: here.precision };
        if (OTHER_PERIOD.test(text)) return yearBefore;
        if (ctx.quarter && FIGURES.test(text)) return quarterBefore(ctx.quarter);
        if (!tag.ago) {
          const anchor = ctx.last && ctx.last.sentence >= ctx.sentence - ANCHOR_REACH ? ctx.last : null;
          if (anchor) return { date: shift(anchor.date, -1, 'year'), precision: 'year' };
        }
        return yearBefore;
      }
      case 'quarter': {
        const q = (d: { year: number; q: number }): Resolved => ({ date: { year: d.year, month: 3 * d.q - 2, day: 1 }, precision: 'quarter' });
        const refQ = quarterOf(ref);
        let found: { year: number; q: number } | null = null;
        switch (tag.ref) {
          case 'explicit':
            found = { year: tag.year ?? ref.year + (tag.yearRel ?? 0), q: tag.q! };
            break;
          case 'ordinal': {
            // A quarter not yet begun at the reference is last year's, unless the sentence speaks of the future.
            const begun = tag.q! <= refQ.q;
            found = { year: begun || tense(r) === 'future' ? ref.year : ref.year - 1, q: tag.q! };
            break;
          }
          case 'topic':
            if (tag.year !== undefined || tag.yearRel !== undefined) {
              // "the 1988 quarter", "last year's quarter": the story's quarter, in that year.
              const year = tag.year ?? (ctx.quarter?.year ?? ref.year) + tag.yearRel!;
              if (!ctx.quarter) return { date: { year, month: 1, day: 1 }, precision: 'year' };
              found = { year, q: ctx.quarter.q };
              break;
            }
            found = ctx.quarter ?? (/^this/i.test(r.text) ? refQ : null);
            break;
          case 'last-mentioned':
            found = ctx.lastQuarter ?? ctx.quarter ?? null;
            break;
          case 'current': {
            const index = refQ.year * 4 + refQ.q - 1 + (tag.n ?? 0);
            found = { year: Math.floor(index / 4), q: (index % 4) + 1 };
            break;
          }
          case 'yearago': {
            const base = tag.q ? { year: (ctx.quarter?.year ?? ref.year), q: tag.q } : ctx.quarter;
            if (!base) return { date: { year: ref.year - 1, month: 1, day: 1 }, precision: 'year' };
            found = { year: base.year - 1, q: base.q };
            break;
          }
        }
        if (!found) return null;
        if (yearBack && tag.ref === 'ordinal') {
          // Inside a year-ago period's appositive: that quarter a year back, not the story's quarter.
          ctx.lastQuarter = { year: found.year - 1, q: found.q };
          return q(ctx.lastQuarter);
        }
        // The quarter a results story reports on: the first one named, or a later one that is
        // over when the first is not ("third-quarter net" said in November, not "the fourth quarter").
        if ((tag.ref === 'ordinal' || (tag.ref === 'explicit' && found.year === ref.year)) && !/year-?(ago|earlier)/i.test(r.text)) {
          const over = (x: { year: number; q: number }) => x.year * 4 + x.q < refQ.year * 4 + refQ.q;
          if (!ctx.quarter || (!over(ctx.quarter) && over(found))) ctx.quarter = found;
          const latest = ctx.reported ?? ctx.quarter;
          if (over(found) && (!latest || found.year * 4 + found.q > latest.year * 4 + latest.q)) ctx.reported = found;
        }
        ctx.lastQuarter = found;
        return q(found);
      }
    }
  }
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
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
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

export { spanAt };

/**
 * Lede's extensions to chrono-node: custom parsers for what news text says and chrono 2 doesn't
 * read (or reads as something else), and refiners. They only recognise words; what a phrase
 * means (which Thursday, which quarter, from which event) is decided in `dates.ts`, where the
 * sentence's tense and the story's earlier dates are known. Each parser marks its results with
 * one `lede:{…}` tag holding what it read (see `LedeTag`).
 *
 * chrono's own time-unit parsers ("3 years ago", "for 3 years", "within 100 days", "2 months
 * later") read every quantity of time as a date counted from the reference; they are replaced by
 * `spanParser`, which tells a duration from an event-relative phrase from a deictic one.
 */
import type * as chrono from 'chrono-node';
import type { Season } from './calendar';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** What a Lede parser read. */
export type LedeTag =
  /** "the third quarter", "Q3 1989", "the year-ago quarter", "the latest quarter". */
  | { k: 'quarter'; q?: number; year?: number; yearRel?: number; n?: number; ref: 'ordinal' | 'explicit' | 'topic' | 'last-mentioned' | 'current' | 'yearago' }
  /** "last week" (n -1), "this week" (0), "next week" (1), "the weekend". */
  | { k: 'week'; n: number; weekend?: boolean }
  /** "this year", "the current year", "year-end", "early next year", "mid-1996", "fiscal 1989". */
  | { k: 'year'; n?: number; year?: number }
  /** "this month", "the end of the month", "early next month". */
  | { k: 'month'; n: number }
  /** A season, with its modifier or year (resolved in dates.ts, by tense when neither is given). */
  | { k: 'season'; season: Season; mod?: 'last' | 'this' | 'next' | 'the'; year?: number }
  /** N units ago (deictic: from the reference). */
  | { k: 'ago'; n: number; unit: Unit }
  /** N units later/earlier, the next day, the following year, that year: from an event the story gives. */
  | { k: 'anaphor'; n: number; unit: Unit; fallback?: 'ref' }
  /** "the previous Friday" (n -1), "the following Monday" (1): that weekday (0 = Sunday) before or after the date the story just gave. */
  | { k: 'anaphor-weekday'; n: number; weekday: number }
  /** "a year earlier", "year-ago", "a year ago": the same period a year before (see dates.ts). */
  | { k: 'yearago'; ago?: boolean }
  /** N units after/before <date>: counted from the date that follows. */
  | { k: 'from-next'; n: number; unit: Unit }
  /** in N units (future, deictic) */
  | { k: 'in'; n: number; unit: Unit }
  /** A spelled-out year ("nineteen ninety-six"), maybe with a month. */
  | { k: 'spelled'; year: number; month?: number }
  /** A duration, a frequency or an amount of time: never a date. */
  | { k: 'duration' };

const TAG = 'lede:';

export function ledeTag(r: chrono.ParsedResult): LedeTag | null {
  for (const t of r.start.tags()) if (t.startsWith(TAG)) return JSON.parse(t.slice(TAG.length)) as LedeTag;
  return null;
}

function tagged(context: chrono.ParsingContext, tag: LedeTag, values: { year?: number; month?: number; day?: number } = {}): chrono.ParsingComponents {
  const ref = context.refDate;
  const c = context.createParsingComponents();
  // The year is always "certain" here, even as a placeholder: chrono takes a reading with no
  // certain date part for a time of day and merges it into the date next to it.
  c.assign('year', values.year ?? ref.getUTCFullYear());
  c.imply('month', values.month ?? 1);
  c.imply('day', values.day ?? 1);
  if (values.month !== undefined) c.assign('month', values.month);
  c.addTag(TAG + JSON.stringify(tag));
  return c;
}

/**
 * A parser's pattern only when the text holds one of its words: a failed quick test costs far
 * less than running a long pattern over the whole sentence.
 */
const NEVER = /(?!)/y;
function gated(words: RegExp, pattern: RegExp): (context: chrono.ParsingContext) => RegExp {
  return (context) => (words.test(context.text) ? pattern : NEVER);
}

/** A match that starts or ends inside a word is not ours ("Transfall", "1990s"). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

// ---------------------------------------------------------------------------------------------
// Numbers and units

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5, 'a half': 0.5, couple: 2, 'a couple of': 2, 'a couple': 2,
  'a few': -1, few: -1, several: -1, some: -1, many: -1, 'a number of': -1,
};
const NUM = String.raw`(?:\d+(?:[.,]\d+)?(?:\s+\d\/\d)?|a\s+couple(?:\s+of)?|a\s+few|a\s+number\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half\s+a|couple(?:\s+of)?|few|several|some|many|dozens?\s+of|hundreds\s+of)(?:\s+and\s+a\s+half)?`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|quarters?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|nights?|weekends?)`;

function numberOf(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ').replace(/\s+and a half$/, '').trim();
  if (/^\d/.test(w)) return Number(w.replace(',', '.').split(' ')[0]);
  if (w in SMALL) return SMALL[w];
  const tens = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](\w+)$/.exec(w);
  if (tens) return SMALL[tens[1]] + (SMALL[tens[2]] ?? 0);
  return -1; // vague: "dozens of", "hundreds of", "half a"
}

function unitOf(word: string): Unit | null {
  const u = word.toLowerCase();
  if (u.startsWith('day') || u.startsWith('night')) return 'day';
  if (u.startsWith('week')) return u.startsWith('weekend') ? null : 'week';
  if (u.startsWith('month')) return 'month';
  if (u.startsWith('quarter')) return 'quarter';
  if (u.startsWith('year')) return 'year';
  if (u.startsWith('decade')) return 'decade';
  return null; // hours, minutes, centuries: not calendar dates
}

// ---------------------------------------------------------------------------------------------
// Quantities of time: durations, "ago", "later", "after <date>", "in N units"

const DURATION_PREP = String.raw`for|within|over|during|throughout|across|after|spanning|lasting|up\s+to|at\s+least|more\s+than|less\s+than|fewer\s+than|nearly|almost|about|some|around|roughly|only|just|in\s+(?:the\s+)?(?:past|last|next|coming|first|previous|following|recent)|of`;
const SPAN_PATTERN = new RegExp(
  `${B}(?:(${DURATION_PREP}|in)\\s+)?(?:(the|these|those|this)\\s+)?(?:(past|last|next|coming|previous|first|following|final|recent|other)\\s+)?(${NUM})[\\s-]+(${UNIT})(?:[\\s-]+(ago|later|earlier|before|after|afterwards?|hence|from\\s+now|prior|old|long|running|straight|in\\s+a\\s+row))?${E}`,
  'iu',
);

/**
 * One parser for every quantity of time. "3 years ago" is a date from the reference; "3 years
 * later"/"earlier" from an event the story gives; "3 years after <date>" from that date; "in 3
 * years" from the reference, if the sentence speaks of the future (decided in dates.ts); every
 * other reading ("for 3 years", "the past 3 years", "within 100 days", "after ten years", "a
 * 3-year-old") is a duration and is marked so, which also keeps chrono from reading it.
 */
export const spanParser: chrono.Parser = {
  pattern: gated(/\b(days?|weeks?|months?|years?|quarters?|decades?|centur|hours?|minutes?|seconds?|nights?|weekends?)\b/i, SPAN_PATTERN),
  extract(context, match) {
    const [, prep, det, mod, num, unitWord, rel] = match;
    const unit = unitOf(unitWord);
    const n = numberOf(num);
    const p = prep?.toLowerCase().replace(/\s+/g, ' ');
    const r = rel?.toLowerCase().replace(/\s+/g, ' ');
    const plural = /s$/i.test(unitWord);
    const dur = (): chrono.ParsingComponents => tagged(context, { k: 'duration' });
    // "the 1988 quarter", "the 1990 year": a year naming a period, not 1,988 quarters.
    if (!plural && /^(1[6-9]|20)\d\d$/.test(num)) return null;
    // "a 3-year-old", "two years long", "three days in a row", "the past two years", "for years".
    if (!unit || unit === 'quarter' || n < 0 || r === 'old' || r === 'long' || r === 'running' || r === 'straight' || r === 'in a row') return dur();
    if (mod && !/^(other)$/i.test(mod) && (plural || !/^(the|this)$/i.test(det ?? ''))) return dur();
    if (r === 'ago' || r === 'hence' || r === 'from now') {
      if (p && !/^(about|some|around|roughly|nearly|almost|only|just|more than|less than)$/.test(p)) return dur();
      if (r === 'ago' && n === 1 && unit === 'year') return tagged(context, { k: 'yearago', ago: true });
      return tagged(context, { k: 'ago', n: r === 'ago' ? n : -n, unit });
    }
    if (p && p !== 'in' && !/^(about|some|around|roughly|nearly|almost|only|just)$/.test(p)) return dur();
    if (r === 'later' || r === 'afterwards' || r === 'afterward') return tagged(context, { k: 'anaphor', n, unit });
    if (r === 'earlier' || r === 'prior') {
      if (n === 1 && unit === 'year') return tagged(context, { k: 'yearago' });
      return tagged(context, { k: 'anaphor', n: -n, unit });
    }
    if (r === 'after' || r === 'before') {
      // Counted from the date that follows ("three days after Oct. 12"); the match stops before
      // "after" so that chrono's own merging leaves it alone.
      const text = match[0].slice(0, match[0].length - rel!.length).trimEnd();
      const result = context.createParsingResult(match.index!, text, tagged(context, { k: 'from-next', n: r === 'after' ? n : -n, unit }));
      return result;
    }
    if (p === 'in') return tagged(context, { k: 'in', n, unit });
    return dur();
  },
};

// ---------------------------------------------------------------------------------------------
// Anaphora: "the next day", "the following year", "that year", "the day before", "year-ago"

const ANAPHOR_PATTERN = new RegExp(
  `${B}(?:(?:(later|earlier)\\s+(?:in|on|that)\\s+the\\s+(day|week|month|year))|(?:the\\s+(next|following|previous|preceding|same|prior)|that)\\s+(day|morning|evening|night|week|weekend|month|year)|the\\s+(day|week|month|year)\\s+(before|after|earlier|later)|(?:the\\s+)?(?:comparable\\s+)?(year-ago|year-earlier|year\\s+ago|year\\s+earlier)(?:\\s+(?:third|fourth|first|second|fiscal|same))?(?:\\s+(quarter|period|months?|results?|levels?|figures?|profit|loss|net|earnings|sales|revenue))?)${E}`,
  'iu',
);

export const anaphorParser: chrono.Parser = {
  pattern: gated(/\b(day|morning|evening|night|week|weekend|month|year)\b|year-/i, ANAPHOR_PATTERN),
  extract(context, match) {
    const [whole, inWord, inUnit, which, unitA, unitB, dir, yearAgo, noun] = match;
    if (inWord) return tagged(context, { k: 'anaphor', n: 0, unit: unitOf(inUnit)!, fallback: 'ref' });
    if (yearAgo) {
      // "the year-ago quarter" belongs to the quarter parser; "year-earlier profit" to this one.
      if (noun && /quarter/i.test(noun)) return null;
      return tagged(context, { k: 'yearago' });
    }
    const unitWord = (unitA ?? unitB).toLowerCase();
    if (unitWord === 'weekend') return null;
    const unit: Unit = /^(morning|evening|night)$/.test(unitWord) ? 'day' : (unitOf(unitWord) as Unit);
    if (unitB) {
      // "the day before the vote": counted from an event we can't date → not ours to resolve;
      // "the day before." (said of a date just given) → one unit before it.
      const rest = context.text.slice(match.index! + whole.length);
      if (/^\s*[\p{L}\d]/u.test(rest)) return tagged(context, { k: 'duration' });
      return tagged(context, { k: 'anaphor', n: /before|earlier/i.test(dir) ? -1 : 1, unit });
    }
    if (!which) return tagged(context, { k: 'anaphor', n: 0, unit }); // "that year"
    const w = which.toLowerCase();
    const n = w === 'same' ? 0 : w === 'next' || w === 'following' ? 1 : -1;
    return tagged(context, { k: 'anaphor', n, unit });
  },
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ANAPHOR_WEEKDAY_PATTERN = new RegExp(`${B}the\\s+(previous|preceding|prior|following|next)\\s+(${WEEKDAYS.join('|')})${E}`, 'iu');

/** "the previous Friday", "the following Monday": counted from the day the story just gave, not from the reference. */
export const anaphorWeekdayParser: chrono.Parser = {
  pattern: gated(/\b(previous|preceding|prior|following|next)\s+\w+day\b/i, ANAPHOR_WEEKDAY_PATTERN),
  extract(context, match) {
    const weekday = WEEKDAYS.indexOf(match[2].toLowerCase());
    return tagged(context, { k: 'anaphor-weekday', n: /^(following|next)$/i.test(match[1]) ? 1 : -1, weekday });
  },
};

// ---------------------------------------------------------------------------------------------
// Quarters

const SPORTS = /\b(scored?|scoring|touchdowns?|field goals?|overtime|halftime|quarterback|free throws?|rebounds?|assists|yards?|innings?|points|goals?|the game|lead|led|trailed|trailing|tied|basket|three-pointer|layup|interception|fumble|punt|kick(?:ed)?|whistle|buzzer|clock)\b/i;
const FINANCE = /[$£€¥]|\b(profits?|revenues?|earnings|sales|net|loss|income|growth|GDP|economy|percent|shares?|dividend|results|charge|fiscal|quarterly|forecast|analysts?)\b|\d\s*%/i;
const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const QUARTER_PATTERN = new RegExp(
  `${B}(?:` +
    // (1) ordinal quarters: "the third quarter (of 1989)", "the 1988 second quarter", "next year's first quarter", "fiscal third-quarter"
    `(?:(?:the|this|that|its|their|a|an|his|her|our)\\s+)?(?:(year-ago|year-earlier|comparable)\\s+)?(?:((?:19|20)\\d\\d)\\s+|(last|this|next)\\s+year['’]s\\s+|(?:the\\s+)?same\\s+)?(?:(?:fiscal|calendar)[-\\s]+)?(first|1st|second|2nd|third|3rd|fourth|4th|final)[-\\s]+(?:fiscal[-\\s]+)?quarter(?!s)(?:\\s+of\\s+(?:((?:19|20)\\d\\d)|(last|this|next)\\s+year|fiscal\\s+((?:19|20)\\d\\d)))?` +
    // (2) "Q3 1989", "Q3"
    `|Q([1-4])(?:\\s*(?:of\\s+)?((?:19|20)\\d\\d|['’]\\d\\d))?` +
    // (3) "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter", "the latest period"
    `|(?:the|this|that)\\s+(?:(latest|current|same|comparable|recent|most\\s+recent|just-ended|year-ago|year-earlier|year\\s+ago|year\\s+earlier|comparable\\s+year-ago|comparable\\s+year-earlier|prior-year|previous)\\s+)?(quarter|period)(?!s)` +
    // (4) "last quarter", "next quarter"
    `|(last|next|previous|past|coming)\\s+quarter(?!s)` +
    // (5) "the 1988 quarter", "the 1989 period", "last year's quarter": the story's quarter in another year
    `|(?:the|its|their)\\s+((?:19|20)\\d\\d)\\s+(?:quarter|period)(?!s)|(last|this|next)\\s+year['’]s\\s+quarter(?!s)` +
    `)${E}`,
  'iu',
);

export const quarterParser: chrono.Parser = {
  pattern: gated(/quarter|period|\bQ[1-4]/i, QUARTER_PATTERN),
  extract(context, match) {
    const [whole, agoWord, yearBefore, relYear, ord, yearOf, relYearOf, fiscalYearOf, qNum, qYear, which, noun, lastNext, topicYear, topicRel] = match;
    const after = context.text.slice(match.index! + whole.length);
    // "a quarter of the vote", "the third quarter of the game", "the French Quarter": not a period
    // of the calendar; nor a game's quarter in a sports story ("scored in the fourth quarter").
    if (/^\s+of\s+(the|a|an|his|her|its|their|this|that|play)\b/i.test(after) || /\bQuarter\b/.test(whole)) return null;
    if (SPORTS.test(context.text) && !FINANCE.test(context.text)) return null;
    if (ord || qNum) {
      const q = ord ? ORD[ord.toLowerCase()] : Number(qNum);
      const year = yearBefore ?? yearOf ?? fiscalYearOf;
      const rel = (relYear ?? relYearOf)?.toLowerCase();
      if (agoWord && /year/i.test(agoWord)) return tagged(context, { k: 'quarter', q, ref: 'yearago' });
      if (year) return tagged(context, { k: 'quarter', q, year: Number(year), ref: 'explicit' }, { year: Number(year), month: 3 * q - 2 });
      if (qYear) {
        const y = /^['’]/.test(qYear) ? 2000 + Number(qYear.slice(1)) : Number(qYear);
        return tagged(context, { k: 'quarter', q, year: y, ref: 'explicit' }, { year: y, month: 3 * q - 2 });
      }
      if (rel) return tagged(context, { k: 'quarter', q, yearRel: rel === 'last' ? -1 : rel === 'next' ? 1 : 0, ref: 'explicit' });
      // "Q3" alone is a code ("Audi Q3") unless it stands as a period: "in Q3", "Q3 results".
      if (qNum && !/^\s*(?:results?|earnings|profit|sales|revenue|report|figures|numbers|loss|net|growth|GDP)\b/i.test(after) && !/\b(in|for|during|the|its|their|of|by|until|since)\s+$/i.test(context.text.slice(0, match.index!)))
        return null;
      return tagged(context, { k: 'quarter', q, ref: 'ordinal' });
    }
    if (lastNext) return tagged(context, { k: 'quarter', ref: 'current', n: /^(next|coming)$/i.test(lastNext) ? 1 : -1 });
    if (topicYear) return tagged(context, { k: 'quarter', ref: 'topic', year: Number(topicYear) });
    if (topicRel) return tagged(context, { k: 'quarter', ref: 'topic', yearRel: /last/i.test(topicRel) ? -1 : /next/i.test(topicRel) ? 1 : 0 });
    const w = (which ?? '').toLowerCase().replace(/\s+/g, ' ');
    const isPeriod = noun.toLowerCase() === 'period';
    if (/year/.test(w) || w === 'prior-year') return tagged(context, { k: 'quarter', ref: 'yearago' });
    if (isPeriod && !/^(latest|most recent|just-ended|current|comparable)$/.test(w)) return null; // "the period" alone is too vague
    if (w === 'current') return tagged(context, { k: 'quarter', ref: 'current' });
    if (w === 'previous') return null;
    if (!w && /^that/i.test(whole)) return tagged(context, { k: 'quarter', ref: 'last-mentioned' });
    return tagged(context, { k: 'quarter', ref: 'topic' }); // "this quarter" too: the one the story reports on, else the current one
  },
};

// ---------------------------------------------------------------------------------------------
// Weeks, months and years said relative to the reference

const PERIOD_PATTERN = new RegExp(
  `${B}(?:` +
    // (1) weeks: "last week", "early this week", "the end of next week", "this past week", "last weekend", "the weekend"
    `(?:(early|late|earlier|later)\\s+|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(last|this|next|past|previous|coming|this\\s+past)\\s+(week|weekend)(?!s)` +
    `|(?:over\\s+|during\\s+)?the\\s+(weekend)` +
    // (2) years: "the current (fiscal) year", "the past year", "year-end", "the end of the year", "early next year", "mid-1996", "fiscal 1989"
    `|(?:the\\s+)?(current|full|past|latest)\\s+(?:fiscal\\s+|calendar\\s+)?year(?!s|-)` +
    `|(?:(?:earlier|later)\\s+in|so\\s+far\\s+(?:in|this)|for)\\s+the\\s+year(?!s|-|\\s+(?:ended|ending|to|through|before|after|that|in|of|when|since))` +
    `|(?:the\\s+)?(?:year-end|year['’]s\\s+end|end\\s+of\\s+the\\s+year|year\\s+end)` +
    `|(?:(early|late|mid|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)[-\\s]+)(this|last|next)\\s+year` +
    `|(early|late|mid)[-\\s]+((?:19|20)\\d\\d)(?!s)` +
    `|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+((?:19|20)\\d\\d)(?!s)` +
    `|fiscal(?:\\s+year)?\\s+((?:19|20)\\d\\d)(?:[-–/]((?:19|20)?\\d\\d))?` +
    // (3) months: "the end of the month", "early this month", "the middle of next month"
    `|(?:(?:early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[-\\s]+)(this|last|next|the)\\s+month(?!s)` +
    `)${E}`,
  'iu',
);

export const periodParser: chrono.Parser = {
  pattern: gated(/week|year|month|fiscal|\d{4}/i, PERIOD_PATTERN),
  extract(context, match) {
    const [whole, , weekRel, weekWord, theWeekend, yearWhich, , yearModRel, , modYear, ofYear, fiscalYear, fiscalEnd, monthRel] = match;
    const low = whole.toLowerCase();
    if (weekRel) {
      const r = weekRel.toLowerCase();
      const n = r === 'this' ? 0 : r === 'next' || r === 'coming' ? 1 : -1;
      return tagged(context, { k: 'week', n, ...(/weekend/i.test(weekWord) ? { weekend: true } : {}) });
    }
    if (theWeekend) return tagged(context, { k: 'week', n: 0, weekend: true });
    if (yearWhich) {
      const w = yearWhich.toLowerCase();
      if (w === 'latest') return null; // "the latest fiscal year": a fiscal year we can't place
      return tagged(context, { k: 'year', n: w === 'past' ? -1 : 0 });
    }
    if (yearModRel) {
      const r = yearModRel.toLowerCase();
      return tagged(context, { k: 'year', n: r === 'last' ? -1 : r === 'next' ? 1 : 0 });
    }
    const y = modYear ?? ofYear;
    if (y) return tagged(context, { k: 'year', year: Number(y) }, { year: Number(y) });
    if (fiscalYear) {
      if (fiscalEnd) return null; // "fiscal 1990-91": a fiscal year across two calendar years
      return tagged(context, { k: 'year', year: Number(fiscalYear) }, { year: Number(fiscalYear) });
    }
    if (monthRel) {
      const r = monthRel.toLowerCase();
      return tagged(context, { k: 'month', n: r === 'last' ? -1 : r === 'next' ? 1 : 0 });
    }
    if (/year/.test(low)) return tagged(context, { k: 'year', n: 0 });
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// Seasons

export const SEASON_WORDS: Record<string, Season> = { spring: 'spring', summer: 'summer', fall: 'fall', autumn: 'fall', winter: 'winter' };
const SPELLED_YEAR = String.raw`(?:nineteen|eighteen|twenty)[\s-](?:hundred\s+(?:and\s+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))|(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?`;

const SEASON_PATTERN = new RegExp(
  `${B}(?:(the|this|last|next|past|previous|coming|this\\s+past)\\s+)?(?:(early|late|mid)[-\\s])?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d|${SPELLED_YEAR}))?${E}`,
  'iu',
);

/** Custom chrono parser: seasons, with or without a year or a last/this/next modifier. */
export const seasonParser: chrono.Parser = {
  pattern: gated(/spring|summer|fall|autumn|winter/i, SEASON_PATTERN),
  extract(context, match) {
    const season = SEASON_WORDS[match[3].toLowerCase()];
    const yearWords = match[4];
    const year = yearWords ? (/^\d/.test(yearWords) ? Number(yearWords) : spelledYear(yearWords)) : undefined;
    const m = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const mod = m === 'last' || m === 'past' || m === 'previous' || m === 'this past' ? 'last' : m === 'next' || m === 'coming' ? 'next' : m === 'this' ? 'this' : m === 'the' ? 'the' : undefined;
    // "fall" alone is usually the verb, "the fall" the noun ("the fall of the Wall"); the other
    // seasons need a determiner or a year too ("spring water" is not a date).
    if (!year && (!mod || (mod === 'the' && season === 'fall' && match[3].toLowerCase() === 'fall'))) return null;
    if (mod === 'the' && !year && /^\s+of\s/i.test(context.text.slice(match.index! + match[0].length))) return null; // "the summer of love"
    return tagged(context, { k: 'season', season, ...(mod ? { mod } : {}), ...(year ? { year } : {}) }, year ? { year } : {});
  },
};

// ---------------------------------------------------------------------------------------------
// Spelled-out years ("nineteen ninety-six", "the year two thousand"), as broadcast transcripts write them

const WORD_NUM: Record<string, number> = {
  oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export function spelledYear(words: string): number | undefined {
  const w = words.toLowerCase().replace(/^the\s+year\s+/, '').replace(/-/g, ' ').replace(/\b(hundred|and)\b/g, ' ').trim().split(/\s+/);
  if (w[0] === 'two' && w[1] === 'thousand') return 2000 + w.slice(2).reduce((s, x) => s + (WORD_NUM[x] ?? 0), 0);
  const century = WORD_NUM[w[0]];
  if (!century) return undefined;
  return century * 100 + w.slice(1).reduce((s, x) => s + (WORD_NUM[x] ?? 0), 0);
}

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const SPELLED_PATTERN = new RegExp(`${B}(?:(${MONTH_NAMES})\\s+)?(?:(?:in|of|since|by|until)\\s+)?(${SPELLED_YEAR})${E}`, 'iu');

export const spelledYearParser: chrono.Parser = {
  pattern: gated(/nineteen|eighteen|twenty|thousand/i, SPELLED_PATTERN),
  extract(context, match) {
    const [, month, words] = match;
    // "two thousand" alone is an amount; only "the year two thousand" or "two thousand and one…" are years.
    if (/^two\s+thousand$/i.test(words.trim())) return null;
    const year = spelledYear(words);
    if (!year || year < 1000) return null;
    const m = month ? MONTH_NAMES.split('|').indexOf(month.toLowerCase()) + 1 : undefined;
    return tagged(context, { k: 'spelled', year, ...(m ? { month: m } : {}) }, { year, ...(m ? { month: m } : {}) });
  },
};

// ---------------------------------------------------------------------------------------------
// Refiners

/**
 * Refiner, run first: where a Lede parser and one of chrono's read overlapping words, Lede's
 * reading wins ("last week" is a week, not the day seven days ago; "the next day" is counted
 * from the story's date, not from the publication).
 */
export const ledeFirstRefiner: chrono.Refiner = {
  refine(_context, results) {
    const ours = results.filter((r) => r.start.tags().size && [...r.start.tags()].some((t) => t.startsWith(TAG)));
    if (!ours.length) return results;
    return results.filter((r) => ours.includes(r) || !ours.some((o) => r.index < o.index + o.text.length && o.index < r.index + r.text.length && !(r.text.length > o.text.length && r.index <= o.index && r.index + r.text.length >= o.index + o.text.length && !isLedeStrong(o))));
  },
};

/** Lede readings that win even against a longer chrono match around them. */
function isLedeStrong(r: chrono.ParsedResult): boolean {
  const t = ledeTag(r);
  return !!t && t.k !== 'season' && t.k !== 'spelled';
}

const YEAR_WORD = String.raw`(?:1[6-9]|20)\d\d`;
/** A four-digit year where a year stands: after a preposition or determiner, or before a noun it modifies. */
const BARE_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}$£€¥#.,/-])(${YEAR_WORD})(?:\\s*[-–/]\\s*((?:1[6-9]|20)?\\d\\d))?(?![\\p{N}%]|[.,]\\d|s\\b|['’]s\\b|\\s*(?:percent|per\\s+cent|%))`,
  'giu',
);
/** Words after which a four-digit number is a year. */
const YEAR_BEFORE = /(?:^|[\s(“"'‘])(in|since|of|by|during|until|till|from|before|after|for|through|throughout|between|and|or|to|than|around|circa|about|early|late|mid|spring|summer|fall|autumn|winter|fiscal|year|the|a|an|its|his|her|their|our|my|your|that|this|those|these|whose|each|every|both|until|beyond|due|as\s+of|[\p{L}]+['’]s|im|seit|bis|vor|nach|ab|von|aus|zum|Jahr|Jahre|Jahres|Anfang|Mitte|Ende|Frühjahr|Sommer|Herbst|en|depuis|dès|desde|hasta|entre|dal|nel|fino)\s+$/iu;
/** Nouns that count things: a four-digit number before them is an amount ("2000 soldiers"). */
const COUNTED = /^\s*(?:[a-z-]+\s+)?(people|persons|soldiers|troops|workers|employees|jobs|shares|votes|voters|members|students|children|men|women|residents|homes|houses|units|cars|vehicles|tons|tonnes|pounds|dollars|euros|yen|barrels|miles|kilometers|kilometres|km|meters|metres|feet|acres|hectares|calories|points|cases|deaths|patients|copies|pages|words|signatures|rooms|seats|beds|flights|passengers|visitors|users|customers|pieces|bottles|lbs|kg|mg|mph|hp|rpm|yards|years|days|hours|minutes)\b/i;

/**
 * Refiner: four-digit years chrono leaves out: after a preposition or determiner ("in 2019", "its
 * 1990 invasion", "her 2016 campaign", "between 1985 and 1987") or modifying a noun ("1996
 * campaign"), and year ranges ("2014-2015", "1990-91": two results, one for each end). Not:
 * amounts ("$1990", "2000 soldiers", "1,990"), decades ("the 1990s"), percentages.
 */
export const bareYearRefiner: chrono.Refiner = {
  refine(context, results) {
    const extra: chrono.ParsingResult[] = [];
    const text = context.text;
    for (const m of text.matchAll(BARE_YEAR)) {
      const index = m.index!;
      if (results.some((r) => index < r.index + r.text.length && r.index < index + m[0].length)) continue;
      const before = text.slice(Math.max(0, index - 30), index);
      const after = text.slice(index + m[0].length, index + m[0].length + 30);
      if (COUNTED.test(after)) continue;
      // A security named by the year it matures ("WeWork's 2025 bond", "the 2030 notes"): a name, not when anything happens.
      if (/^\s+(?:[\p{Ll}-]+\s+)?(bonds?|notes|debentures?|maturit(?:y|ies)|gilts?|bunds?)\b/iu.test(after)) continue;
      const afterWord = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
      // A year stands after these words, or before a noun it modifies ("1996 campaign", "1987 crash").
      const modifies = /^[\p{Ll}]/u.test(afterWord) && !/^(and|or|to|of|in|on|at|by|for|with|from|is|was|were|are|will|would|has|had|have|percent|million|billion|thousand)$/i.test(afterWord);
      const sentenceStart = /(^|[.!?]\s+)$/.test(before) && /^[\s,]/.test(after);
      if (!YEAR_BEFORE.test(before) && !modifies && !sentenceStart) continue;
      if (/\b(score|total|sum|average|tally|count|population|capacity|number|of\s+about|of\s+some|of\s+around|of\s+nearly|of\s+almost|of\s+roughly)\s+(of\s+)?$/i.test(before)) continue; // "a total score of 2072"
      if (/\b(No|no|number|Nos?|Flight|flight|Route|route|Highway|Room|room|Suite|Box|page|Page|Article|article|Section|section|Model|model|Item|item|Chapter|chapter|Interstate|Form|form|Rule|rule|Resolution|resolution|Act|Bill|bill|H\.R|S|Apt|Unit|unit)\.?\s+$/.test(before)) continue;
      const start = Number(m[1]);
      const r = context.createParsingResult(index, m[1], { year: start });
      r.start.imply('month', 1);
      r.start.imply('day', 1);
      extra.push(r);
      if (m[2]) {
        // A range: its end year as a second result ("1990-91" → 1991).
        const endYear = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
        if (endYear > start && endYear - start < 100) {
          // Its words are the whole range ("1990-91"): "91" alone reads as nothing.
          const e = context.createParsingResult(index, m[0], { year: endYear });
          e.start.imply('month', 1);
          e.start.imply('day', 1);
          extra.push(e);
        }
      }
    }
    return extra.length ? [...results, ...extra].sort((x, y) => x.index - y.index) : results;
  },
};

/**
 * Refiner: "last December" is the most recent December before the reference, "next May" the
 * coming one (chrono alone gives the coming December for both).
 */
export const lastMonthRefiner: chrono.Refiner = {
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
export const lastNightRefiner: chrono.Refiner = {
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
const FOREIGN_MONTH_NAMES = Object.keys(FOREIGN_MONTHS).join('|');
/** Month names in the languages above, for a quick "could this hold a date" test. */
export const FOREIGN_MONTH_WORDS = FOREIGN_MONTH_NAMES;
/** A month name after a preposition ("im Juli", "Anfang August") or before a year ("Dezember 2016"). */
const FOREIGN_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}])(?:(?:(im|in|en|a|ab|seit|bis|depuis|Anfang|Mitte|Ende|début|mi-|fin)\\s*)(${FOREIGN_MONTH_NAMES})(?:\\s+((?:1[6-9]|20)\\d\\d))?|(${FOREIGN_MONTH_NAMES})\\s+((?:1[6-9]|20)\\d\\d))(?![\\p{L}\\d])`,
  'iu',
);

/** Custom chrono parser (non-English locales): a month name with a year, or after "im"/"seit" ("im Juli"). */
export const foreignMonthYearParser: chrono.Parser = {
  pattern: () => FOREIGN_MONTH_YEAR,
  extract(context, match) {
    const [whole, lead, leadMonth, leadYear, plainMonth, plainYear] = match;
    const name = leadMonth ?? plainMonth;
    const yearWord = leadYear ?? plainYear;
    const month = FOREIGN_MONTHS[name.toLowerCase()];
    if (!month) return null;
    // "im Juli" (no year): a month placed by tense in dates.ts. The preposition is not part of the
    // words; "Anfang August" keeps its "Anfang".
    const off = lead && !/^(anfang|mitte|ende|début|mi-|fin)$/i.test(lead) ? whole.indexOf(name, lead.length) : 0;
    const c = context.createParsingComponents(yearWord ? { year: Number(yearWord), month } : { month });
    if (!yearWord) c.imply('year', context.refDate.getUTCFullYear());
    c.imply('day', 1);
    return context.createParsingResult(match.index! + off, whole.slice(off), c);
  },
};

// ---------------------------------------------------------------------------------------------
// German: the same readings for the phrases German news uses (chrono's German parser reads
// dates, weekdays and "vor zwei Wochen", not durations, quarters or "drei Jahre später").

const DE_NUM: Record<string, number> = {
  ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  fünfzehn: 15, zwanzig: 20, dreißig: 30, hundert: 100,
};
const DE_NUM_WORDS = String.raw`\d+(?:,\d+)?|ein(?:e[mnr]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|hundert|einige[nr]?|mehrere[nr]?|wenige[nr]?|paar|vielen?`;
const DE_UNIT = String.raw`Tage?n?|Wochen?|Monate?n?|Monats|Jahre?n?|Jahres|Jahrzehnte?n?|Quartale?n?|Stunden?|Minuten?|Sekunden?`;
const DE_SPAN_PATTERN = new RegExp(
  `${B}(?:(seit|für|fur|über|während|innerhalb(?:\\s+von)?|binnen|nach|in|vor|rund|etwa|knapp|fast|fast\\s+genau|genau)\\s+)?(?:(den|die|der|dem)\\s+)?(?:(letzten|vergangenen|nächsten|kommenden|ersten|folgenden)\\s+)?(${DE_NUM_WORDS})\\s+(${DE_UNIT})(?:\\s+(später|danach|darauf|zuvor|vorher|früher|lang|lange|zurück))?${E}`,
  'iu',
);

function deUnitOf(word: string): Unit | null {
  const u = word.toLowerCase();
  if (u.startsWith('tag')) return 'day';
  if (u.startsWith('woche')) return 'week';
  if (u.startsWith('monat')) return 'month';
  if (u.startsWith('quartal')) return 'quarter';
  if (u.startsWith('jahrzehnt')) return 'decade';
  if (u.startsWith('jahr')) return 'year';
  return null;
}

/** German quantities of time: "vor drei Jahren" (from the reference), "drei Jahre später" (from the story's date), durations ("seit drei Jahren", "drei Jahre lang"). */
export const deSpanParser: chrono.Parser = {
  pattern: gated(/tag|woche|monat|jahr|quartal|stunde|minute/i, DE_SPAN_PATTERN),
  extract(context, match) {
    const [, prep, , mod, num, unitWord, rel] = match;
    const unit = deUnitOf(unitWord);
    const n = /^\d/.test(num) ? Number(num.replace(',', '.')) : (DE_NUM[num.toLowerCase()] ?? -1);
    const p = prep?.toLowerCase();
    const r = rel?.toLowerCase();
    const dur = () => tagged(context, { k: 'duration' });
    if (!unit || unit === 'quarter' || n < 0 || mod || r === 'lang' || r === 'lange') return dur();
    if (p === 'vor' || r === 'zurück') return tagged(context, { k: 'ago', n, unit });
    if (r === 'später' || r === 'danach' || r === 'darauf') return p && !/^(rund|etwa|knapp|fast|genau)/.test(p) ? dur() : tagged(context, { k: 'anaphor', n, unit });
    if (r === 'zuvor' || r === 'vorher' || r === 'früher') return p && !/^(rund|etwa|knapp|fast|genau)/.test(p) ? dur() : tagged(context, { k: 'anaphor', n: -n, unit });
    if (p === 'in') return tagged(context, { k: 'in', n, unit });
    return dur();
  },
};

const DE_ORD: Record<string, number> = { ersten: 1, erste: 1, '1.': 1, zweiten: 2, zweite: 2, '2.': 2, dritten: 3, dritte: 3, '3.': 3, vierten: 4, vierte: 4, '4.': 4, letzten: 4 };
const DE_PERIOD_PATTERN = new RegExp(
  `${B}(?:` +
    // (1) quarters: "im dritten Quartal (2019|des Jahres)", "im Vorjahresquartal"
    `(?:(?:im|das|dem|des|ein|einem)\\s+)?(ersten|zweiten|dritten|vierten|[1-4]\\.)\\s+(?:Geschäfts)?quartals?(?:\\s+(?:(\\d{4})|des\\s+(Vorjahres|Jahres|laufenden\\s+Jahres)|(dieses|des\\s+vergangenen|des\\s+letzten|des\\s+kommenden|des\\s+nächsten)\\s+Jahres))?` +
    `|(?:im\\s+)?(Vorjahresquartal|Vorjahreszeitraum)` +
    // (2) weeks: "letzte Woche", "in der vergangenen Woche", "diese Woche", "am Wochenende"
    `|(?:(?:in\\s+der|in\\s+dieser|der|die|diese)\\s+)?(letzte|letzten|vergangene|vergangenen|diese|dieser|nächste|nächsten|kommende|kommenden)\\s+Woche` +
    `|(?:am|übers|über\\s+das|dem)\\s+(vergangenen\\s+|letzten\\s+|kommenden\\s+|nächsten\\s+)?(Wochenende)` +
    // (3) months: "diesen Monat", "in diesem Monat", "Anfang des Monats"
    `|(?:in\\s+)?(diesem|diesen|dieses)\\s+Monat` +
    `|(Anfang|Mitte|Ende)\\s+(?:des|dieses)\\s+Monats` +
    // (4) years: "dieses Jahr", "in diesem Jahr", "Ende des Jahres", "Ende 2020", "im Jahr 2019", "zum Jahresende"
    `|(?:in\\s+)?(diesem|dieses)\\s+Jahr` +
    `|(?:(Anfang|Mitte|Ende)\\s+(?:des\\s+Jahres|(dieses|des\\s+kommenden|des\\s+nächsten|des\\s+vergangenen|des\\s+letzten)\\s+Jahres))` +
    `|(?:zum\\s+|am\\s+)?(Jahresende|Jahresbeginn|Jahresanfang)` +
    `|(Anfang|Mitte|Ende)\\s+(\\d{4})` +
    `|im\\s+Jahre?\\s+(\\d{4})` +
    // (5) anaphora: "am nächsten Tag", "am Tag danach", "im folgenden Jahr", "im selben Jahr"
    `|am\\s+(nächsten|folgenden|darauffolgenden)\\s+(Tag|Morgen|Abend)` +
    `|am\\s+Tag\\s+(danach|darauf|zuvor|davor)` +
    `|im\\s+(folgenden|darauffolgenden|selben|gleichen)\\s+(Jahr|Monat)` +
    `)${E}`,
  'iu',
);

/** German weeks, months, years, quarters and event-relative phrases, as the English parsers read them. */
export const dePeriodParser: chrono.Parser = {
  pattern: gated(/quartal|vorjahr|woche|monat|jahr|tag|\d{4}/i, DE_PERIOD_PATTERN),
  extract(context, match) {
    const [, ord, qYear, qOf, qRel, agoQuarter, weekRel, weekendRel, weekend, thisMonth, monthPart, thisYear, yearPart, yearPartRel, yearEnd, partOf, partYear, inYear, nextWhich, nextUnit, dayDir, followWhich, followUnit] = match;
    const rel = (w: string | undefined) => (!w ? 0 : /vergangen|letzt/i.test(w) ? -1 : /nächst|kommend/i.test(w) ? 1 : 0);
    if (ord) {
      const q = DE_ORD[ord.toLowerCase()];
      if (qYear) return tagged(context, { k: 'quarter', q, year: Number(qYear), ref: 'explicit' }, { year: Number(qYear), month: 3 * q - 2 });
      if (qOf && /vorjahr/i.test(qOf)) return tagged(context, { k: 'quarter', q, ref: 'yearago' });
      if (qOf || qRel) return tagged(context, { k: 'quarter', q, yearRel: rel(qRel), ref: 'explicit' });
      return tagged(context, { k: 'quarter', q, ref: 'ordinal' });
    }
    if (agoQuarter) return tagged(context, { k: 'quarter', ref: 'yearago' });
    if (weekRel) return tagged(context, { k: 'week', n: rel(weekRel) });
    if (weekend) return tagged(context, { k: 'week', n: rel(weekendRel), weekend: true });
    if (thisMonth || monthPart) return tagged(context, { k: 'month', n: 0 });
    if (thisYear) return tagged(context, { k: 'year', n: 0 });
    if (yearPart) return tagged(context, { k: 'year', n: rel(yearPartRel) });
    if (yearEnd) return tagged(context, { k: 'year', n: 0 });
    if (partOf) return tagged(context, { k: 'year', year: Number(partYear) }, { year: Number(partYear) });
    if (inYear) return tagged(context, { k: 'year', year: Number(inYear) }, { year: Number(inYear) });
    if (nextWhich) return tagged(context, { k: 'anaphor', n: 1, unit: 'day' });
    if (dayDir) return tagged(context, { k: 'anaphor', n: /danach|darauf/i.test(dayDir) ? 1 : -1, unit: 'day' });
    if (followWhich) return tagged(context, { k: 'anaphor', n: /selben|gleichen/i.test(followWhich) ? 0 : 1, unit: /jahr/i.test(followUnit) ? 'year' : 'month' });
    return null;
  },
};

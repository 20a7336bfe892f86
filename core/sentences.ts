/**
 * Sentence splitting with Intl.Segmenter, repaired where the segmenter breaks too early:
 * after abbreviations ("U.S.", "Mr.", "D.C.", "Jan.", German "z. B.", "bzw.", "Nr. 5"), initials
 * ("John F. Kennedy"), German ordinals ("am 3. Oktober", "der 2. Sieg"), after a quoted
 * exclamation or question that the sentence goes on from (`a "Tell Us!" button`, `"Help!" she
 * cried`), and inside a quotation that an ellipsis interrupts (`"We will find out … Iran is ready,"`).
 */

/** Never end a sentence ("Mr. Smith", "Prof. Dr. Müller", "rund 5 Mio. Euro"). */
const TITLES_COMMON = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'e.g', 'i.e', 'vs', 'ca', 'approx',
  // German ones that are no English word, for pages that don't say their language
  'bzw', 'vgl', 'ggf', 'evtl', 'inkl', 'zzgl', 'bspw', 'bzgl', 'mio', 'mrd', 'tsd', 'jh', 'jhd', 'jhdt', 'z.b', 'd.h', 'u.a', 'o.ä', 'u.ä', 'z.t', 'v.a', 'i.d.r', 'u.u', 'u.v.m',
];
const TITLES_EN = [
  'sr', 'mt', 'gen', 'gov', 'sen', 'sens', 'rep', 'reps', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'det',
  'atty', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'ave', 'blvd', 'rd', 'ft',
];
const TITLES_DE = [
  'hr', 'fr', 'frl', 'exkl', 'sog', 'geb', 'gest', 'gegr', 'dt', 'engl', 'franz', 'ehem', 'eigtl', 'allg', 'ebd', 'lt', 'rd', 'urspr', 'verh', 'zit',
  'stv', 'ev', 'kath', 's.o', 's.u', 'a.d', 'jan', 'feb', 'märz', 'apr', 'aug', 'sept', 'okt', 'nov', 'dez',
];
/** End a sentence only before a digit never ("No. 2", "Nr. 7", "Art. 5"): "He said no. Then…" ends. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nr', 'art', 'abs', 'bd', 'vol', 'pp', 'tel']);
/** Abbreviations that may also end a sentence: they end one only before a sentence opener ("… Inc. The firm"). */
const SOFT = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'etc', 'usw', 'bros', 'llc', 'plc', 'gmbh', 'ag', 'ua', 'usf', 'ff']);

const TITLES: Record<string, Set<string>> = {
  en: new Set([...TITLES_COMMON, ...TITLES_EN]),
  de: new Set([...TITLES_COMMON, ...TITLES_DE]),
};

/** Languages that write ordinals as "3." ("am 3. Oktober"): a number before "." rarely ends a sentence. */
const ORDINAL_LANGS = new Set(['de', 'da', 'no', 'nb', 'nn', 'fi', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'pl', 'hu', 'et', 'lv', 'is', 'tr']);

const SENTENCE_STARTERS = new RegExp(
  String.raw`^\s*[“"‘„‚«(]?(` +
    // English
    'The|A|An|He|She|It|They|We|I|You|But|And|Then|This|That|These|Those|There|In|On|At|When|After|Before|However|Meanwhile|Still|So|Yet|His|Her|Their|Its|Our|My|If|As|For|While|Although|Despite|According|Now|Last|Next|Some|Many|Most|One|Two|' +
    // German
    'Der|Die|Das|Den|Dem|Ein|Eine|Einer|Er|Sie|Es|Wir|Ich|Man|Doch|Aber|Und|Auch|Im|Am|Nach|Vor|Bei|Mit|Dies|Diese|Dieser|Dabei|Damit|Dann|Nun|Wie|Was|Wer|Wenn|Als|Seit|Laut|Zudem|Außerdem|Trotzdem|Deshalb' +
    String.raw`)\b`,
  'u',
);

/**
 * How a segment ending in "." should be treated: "title" abbreviations and initials never end a
 * sentence ("Mr. Smith", "John F. Kennedy", "z. B."); "initialism" ones ("U.S.", "Inc.") end one
 * only when a typical sentence opener follows ("… in the U.S. The next day").
 */
function abbreviationKind(segment: string, lang: string): 'title' | 'initialism' | 'ordinal' | 'time' | 'number' | 'letter' | null {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.') || trimmed.endsWith('..')) return null;
  // The last word before the period, after a space, a bracket or a quote ("(CNN)U.S.").
  // Not after an apostrophe: "he hadn’t." ends with a word, not with the initial "t.".
  const m = /(?:^|[^\p{L}\p{N}.'’])([\p{L}.]+|\d{1,3})\.$/u.exec(trimmed);
  if (!m) return null;
  const word = m[1];
  const lower = word.toLowerCase();
  if (/^\d{1,3}$/.test(word)) return 'ordinal';
  if (/^[ap]\.m$/i.test(word)) return 'time'; // "at 7 p.m. Halvorsen said" ends; "2 a.m. Thursday" does not
  if (/^\p{Lu}$/u.test(word)) return 'title'; // an initial: "John F. Kennedy"
  if (/^\p{Ll}$/u.test(word)) return 'letter'; // "z. B.", but "40 г. Приготовление" ends
  const titles = TITLES[lang] ?? TITLES.en;
  if (titles.has(lower)) return 'title';
  if (BEFORE_NUMBER.has(lower)) return 'number';
  if (SOFT.has(lower)) return 'initialism';
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return 'initialism';
  if (lang === 'de' && /.str$/i.test(word)) return 'title'; // "Hauptstr. 5"
  return null;
}

const MONTH_START = /^\s*(Jan|Feb|M[aä]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz]|janv|févr|avr|juin|juil|août|sept|oct|nov|déc)/i;

const WEEKDAY_START = /^\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun|today|tomorrow|yesterday|[A-Z]{2,4}T\b|ET\b|PT\b|CT\b|GMT|UTC)/;

/** A piece that ends with "!" or "?" (and closing quotes or brackets), e.g. `a "Tell Us!"`. */
const EXCLAIM_END = /[!?‼⁉][”“"’‘'»«›‹)\]]*\s*$/u;
/** The next piece goes on in lower case: the exclamation was inside the sentence. */
const LOWER_START = /^\s*\p{Ll}/u;
/** An ellipsis marking words left out of a quotation, with a space before it ("whether or not ..."). */
const SPACED_ELLIPSIS = /\s(\.\s?\.\s?\.|…)\s*$/u;

/** Whether a quotation opened in the text is still open at its end. */
function quoteOpen(text: string): boolean {
  // English “…”, German „…“: in a text that uses „, “ closes.
  const low = text.includes('„');
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '„' || (ch === '“' && !low)) curly++;
    else if (ch === '”' || ch === '“') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

/** Fallback when Intl.Segmenter is missing: split after . ! ? 。！？ followed by space/capital. */
function roughSplit(text: string): string[] {
  return text.split(/(?<=[.!?。！？][”"’')\]]?\s+)(?=[\p{Lu}\p{Lo}“"‘(\d])/u);
}

/** Whether the segmenter's break between `piece` and `next` falls inside one sentence. */
function joins(piece: string, next: string, lang: string): boolean {
  // Only the end of the piece matters (the regexes below are anchored there).
  const tail = piece.length > 48 ? piece.slice(-48) : piece;
  // `… a "Tell Us!" button`, `"Help!" she cried`: the sentence goes on in lower case.
  if (LOWER_START.test(next) && EXCLAIM_END.test(tail)) return true;
  // `"We will find out whether or not ... Iran is ready," Kerry said`: an omission, not an end.
  if (SPACED_ELLIPSIS.test(tail) && quoteOpen(piece)) return true;
  const kind = abbreviationKind(tail, lang);
  switch (kind) {
    case 'title':
      return true;
    case 'number':
      return /^\s*\d/.test(next);
    case 'letter': // one abbreviation of two letters: "z. B.", "u. U."
      return /^\s*\p{L}\./u.test(next);
    case 'initialism': // Keep "U.S. officials" together; but "in the U.S. The next…" ends a sentence.
      return !SENTENCE_STARTERS.test(next);
    case 'ordinal': // "am 3. Oktober", "der 2. Sieg in Folge"; "stieg auf 12. Die Polizei…" ends.
      if (MONTH_START.test(next) || WEEKDAY_START.test(next)) return true;
      return ORDINAL_LANGS.has(lang) && !SENTENCE_STARTERS.test(next);
    case 'time':
      return MONTH_START.test(next) || WEEKDAY_START.test(next);
    default:
      return false;
  }
}

export function splitSentences(text: string, lang = 'en'): string[] {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0];
  const seg = segmenter(lang || 'en');
  const raw = seg ? Array.from(seg.segment(text), (s) => s.segment) : roughSplit(text);
  const out: string[] = [];
  let carry = '';
  for (let i = 0; i < raw.length; i++) {
    const piece = carry + raw[i];
    const next = raw[i + 1];
    if (next !== undefined && joins(piece, next, base)) {
      carry = piece;
      continue;
    }
    carry = '';
    const s = piece.replace(/\s+/g, ' ').trim();
    if (s) out.push(s);
  }
  if (carry.trim()) out.push(carry.replace(/\s+/g, ' ').trim());
  // CJK text: the segmenter already splits on 。！？; nothing else to repair.
  return out;
}

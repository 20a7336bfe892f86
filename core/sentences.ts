/**
 * Sentence splitting with Intl.Segmenter, repaired where the segmenter breaks after
 * abbreviations ("U.S.", "Mr.", "D.C.", "Jan.") or initials ("John F. Kennedy").
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
    'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'ave', 'blvd', 'rd', 'ft', 'e.g', 'i.e',
  ],
);

const SENTENCE_STARTERS =
  /^\s*[“"‘(]?(The|A|An|He|She|It|They|We|I|You|But|And|Then|This|That|These|Those|There|In|On|At|When|After|Before|However|Meanwhile|Still|So|Yet|His|Her|Their|Its|Our|My|If|As|For|While|Although|Despite|According|Now|Last|Next|Some|Many|Most|One|Two)\b/;

/**
 * How a segment ending in "." should be treated: "title" abbreviations and initials never end a
 * sentence ("Mr. Smith", "John F. Kennedy"); initialisms ("U.S.", "p.m.") end one only when a
 * typical sentence opener follows ("… in the U.S. The next day").
 */
function abbreviationKind(segment: string): 'title' | 'initialism' | 'ordinal' | 'time' | null {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return null;
  const m = /(?:^|[\s(“"'‘])([\p{L}.]+|\d{1,2})\.$/u.exec(trimmed);
  if (!m) return null;
  const word = m[1];
  if (/^\d{1,2}$/.test(word)) return 'ordinal';
  if (/^[ap]\.m$/i.test(word)) return 'time'; // "at 7 p.m. Halvorsen said" ends; "2 a.m. Thursday" does not
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return 'initialism';
  if (/^\p{Lu}$/u.test(word)) return 'title';
  return ABBREVIATIONS.has(word.toLowerCase()) ? 'title' : null;
}

const MONTH_START = /^\s*(Jan|Feb|M[aä]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz]|janv|févr|avr|juin|juil|août|sept|oct|nov|déc)/i;

const WEEKDAY_START = /^\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun|today|tomorrow|yesterday|[A-Z]{2,4}T\b|ET\b|PT\b|CT\b|GMT|UTC)/;

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
  return text.split(/(?<=[.!?。！？][”"’')\]]?)\s+(?=[\p{Lu}\p{Lo}“"‘(\d])/u);
}

export function splitSentences(text: string, lang = 'en'): string[] {
  const seg = segmenter(lang || 'en');
  const raw = seg ? Array.from(seg.segment(text), (s) => s.segment) : roughSplit(text);
  const out: string[] = [];
  let carry = '';
  for (let i = 0; i < raw.length; i++) {
    const piece = carry + raw[i];
    const next = raw[i + 1];
    // Keep "U.S. officials" together; but "in the U.S. The next…" ends a sentence.
    const kind = next === undefined ? null : abbreviationKind(piece);
    // German-style ordinals: "am 3. Oktober" is one sentence.
    const ordinalDate = (kind === 'ordinal' || kind === 'time') && (MONTH_START.test(next!) || WEEKDAY_START.test(next!));
    if (kind === 'title' || ordinalDate || (kind === 'initialism' && !SENTENCE_STARTERS.test(next!))) {
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

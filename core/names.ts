/**
 * Names in a sentence: a small tokenizer that keeps "U.S.", "Sen." and "O." whole, and the runs
 * of capitalised words that make a name ("Sen. Marco Rubio", "Organization for Economic
 * Cooperation", "Judicial Watch President Tom Fitton"), split into title, affiliation and name,
 * and told apart as person, organisation, news outlet or group by their words alone.
 */
import { CUE_VERBS, INVERSION_VERBS, NOT_NAMES, ORG_WORDS, PROPER_ADJECTIVE, TITLES, MALE_TITLES, FEMALE_TITLES, UNNAMED_HEADS, MALE_NAMES, FEMALE_NAMES } from './lexicon';
import { COUNTRIES, LOCATIVE, US_STATES } from './places';
import { outletByExactName } from './outlets';

export interface Token {
  text: string;
  /** Lower case, without dots ("u.s." → "us", "Sen." → "sen"). */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

/** Words that end a name inside a run of capitals: days and months ("Trump Tuesday", "Clinton In"). */
const CUT_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'the a an and or but in on at to for with from by of as is was are were said says told').split(' '),
);

/** A state's abbreviation as news writes it after a city: "Ava, Mo.", "Raleigh, N.C.". */
const STATE_ABBREV = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.$|^(?:\p{Lu}\.){2}$/u;

/** Abbreviations whose dot belongs to the word. */
const ABBREV = new Set(
  ('mr mrs ms dr sen rep gov lt gen col maj capt sgt cmdr adm prof rev st jr sr inc corp co ltd dept univ mt ft messrs ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo')
    .split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}&]*(?:[.'’-][\p{L}\p{N}\p{M}&]+)*\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // every sentence of every story goes through here: plain character tests for ASCII, the Unicode
  // classes only for other scripts; the replacements only where there is something to replace
  const push = (t: string, start: number) => {
    const c = t.charCodeAt(0);
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_START.test(t);
    const cap = word && (c < 128 ? c >= 65 && c <= 90 : CAP_START.test(t));
    let lower = t.toLowerCase();
    if (lower.includes('.')) lower = lower.replace(/\./g, '');
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    out.push({ text: t, lower, start, end: start + t.length, word, cap });
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    const at = m.index;
    // a full stop that ends the sentence, not an abbreviation's ("said Smith." but "Sen.", "U.S.")
    let stop = false;
    if (t.length > 1 && t.endsWith('.')) {
      const bare = t.slice(0, -1);
      // "R-Ky.", "D-Mass.": a party and a state's abbreviation keep their dot
      if (!(bare.includes('.') || /^\p{L}$/u.test(bare) || ABBREV.has(bare.toLowerCase().replace(/^[rdi]-/, '')))) {
        t = bare;
        stop = true;
      }
    }
    // French elision before a name: "l'AFP", "d'Emmanuel Macron"; the possessive: "Trump's"
    const elided = t.length > 2 && (t[1] === "'" || t[1] === '’') ? /^([lLdD]['’])(\p{Lu}.*)$/u.exec(t) : null;
    const poss = t.length > 2 && (t.endsWith("'s") || t.endsWith('’s')) ? /^(.+?)(['’]s)$/u.exec(t) : null;
    if (elided) {
      push(elided[1], at);
      push(elided[2], at + 2);
    } else if (poss && /^\p{L}/u.test(poss[1])) {
      push(poss[1], at);
      push(poss[2], at + poss[1].length);
    } else push(t, at);
    if (stop) push('.', at + t.length);
  }
  return out;
}
const WORD_START = /^[\p{L}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;

export type NameKind = 'person' | 'organization' | 'publication' | 'group' | 'unknown' | 'adjective';

export interface Mention {
  /** Token range of the name itself (title and affiliation excluded): [start, end). */
  start: number;
  end: number;
  /** Token range of the whole run, title and affiliation included. */
  runStart: number;
  name: string;
  kind: NameKind;
  /** Title words before the name, as written ("Sen.", "Judicial Watch President"). */
  title?: string;
  gender?: 'm' | 'f';
  /** A place by the gazetteer ("Iowa", "South Carolina") or by its preposition ("in Modesto"). */
  place?: boolean;
  /** A name used as a modifier: "the Clinton campaign", "the Paris attacks". */
  modifier?: boolean;
  /** Inside a quotation. */
  quoted?: boolean;
}

/** A common noun right before a name that says what it is: "the firm Portcast", "the website Breitbart". */
const ORG_BEFORE = /^(firm|company|group|organization|organisation|nonprofit|non-profit|charity|startup|agency|bank|fund|union|party|committee|pac|coalition|institute|foundation|think-tank|tank|campaign|network|airline|retailer|manufacturer|maker|giant|conglomerate|insurer|lender|broker|consultancy|publisher|studio|label|team|club|church|university|college|school|hospital|ministry|department|court|watchdog)$/;
const OUTLET_BEFORE = /^(newspaper|paper|daily|weekly|magazine|website|site|outlet|broadcaster|tabloid|channel|network|station|blog|newsletter|wire|publication)$/;

/** Words after a name that are no noun it could modify ("Cuban also said"). */
const FUNCTION_AFTER = new Set(['also', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'and', 'or', 'but', 'who', 'which', 'that', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'as', 'said', 'says', 'told', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'not', 'never', 'then', 'still']);
/** Words that take "of" inside a name besides organisations and titles: "Bank of America", "Republic of Korea". */
const OF_HEADS = new Set(['bank', 'republic', 'kingdom', 'state', 'states', 'city', 'port', 'academy', 'museum', 'archdiocese', 'diocese', 'friends', 'sons', 'daughters', 'knights', 'people', 'veterans', 'citizens', 'americans', 'students', 'mothers', 'women', 'doctors', 'physicians', 'lawyers', 'scientists', 'economists', 'chamber', 'house', 'court', 'hall', 'order', 'atlas', 'book', 'act', 'bill', 'declaration', 'statue', 'tomb', 'church', 'temple', 'province', 'district', 'county', 'gulf', 'sea', 'bay', 'isle', 'islands', 'cape', 'lake', 'river', 'mount', 'north', 'south', 'east', 'west']);
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'van', 'von', 'bin', 'al', 'el', 'la', 'le', 'du', 'da', 'del', 'della', 'dos', 'di', 'ibn', 'and', '&']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&']);
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', ':', '—', '–', '-', '[', '«', '„', '…', ';']);

/** Is the token at i in first position (start of the sentence, of a quotation, after a colon)? */
export function initial(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.word) return false;
    if (OPENERS.has(t.text)) return true;
  }
  return true;
}

const isTitle = (t: Token) => TITLES.has(t.lower);
const isAcronym = (t: string) => /^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);

/** A word of the name's head that says it names a group: "Democrats", "Iowans". */
function groupWord(t: string): boolean {
  if (!/s$/.test(t)) return false;
  const sing = t.slice(0, -1);
  // "Democrats", "Iowans", "Israelis" (not "Sanders" or "Peters": -er is a surname's ending too)
  return PROPER_ADJECTIVE.test(sing) || /(?:an|ian|ese|ite|i)$/.test(sing);
}

export interface NameContext {
  /** Words the document also writes in lower case ("despite", "asked"): not names at a sentence start. */
  lowerWords: Set<string>;
  /** Words the document capitalises away from a sentence start: names ("Trump", "Breitbart"). */
  capWords: Set<string>;
}

/** The words of a document, to tell names from ordinary words that open a sentence. */
export function nameContext(sentences: Token[][]): NameContext {
  const lowerWords = new Set<string>();
  const capWords = new Set<string>();
  for (const tokens of sentences) {
    tokens.forEach((tok, i) => {
      if (!tok.word || initial(tokens, i)) return;
      (tok.cap ? capWords : lowerWords).add(tok.lower);
    });
  }
  return { lowerWords, capWords };
}

/**
 * The names in a sentence's tokens. A run of capitalised words (with "of", "for", "de", "al"…
 * between them) is cut at days and months, stripped of sentence openers, and split into
 * affiliation, title and name ("Judicial Watch President Tom Fitton").
 */
export function findMentions(tokens: Token[], ctx: NameContext): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.cap || shouting(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const n = tokens[j];
      if (!n) break;
      if (n.cap && !(NOT_NAMES.has(n.lower) && !isTitle(n)) && !adjectival(n.text)) {
        j++;
        continue;
      }
      // "Ursula von der Leyen", "Alexander Van der Bellen"
      if (/^(von|van)$/.test(n.lower) && /^(der|den)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.cap) {
        j += 3;
        continue;
      }
      if (CONNECTORS.has(n.lower) && !n.cap && tokens[j + 1]?.cap && !NOT_NAMES.has(tokens[j + 1].lower)) {
        // "and" joins only inside an organisation's name ("Organization for Economic Cooperation and Development")
        if ((n.lower === 'and' || n.lower === '&') && !tokens.slice(i, j).some((x) => ORG_WORDS.has(x.lower) || ORG_CONNECTORS.has(x.lower) && x.lower !== 'and')) break;
        // "of" and "for" join an organisation's or a title's name ("University of Texas", "Secretary of
        // State", "Center for American Progress"), not a person to a place ("Ted Cruz of Texas")
        if ((n.lower === 'on' || n.lower === 'de') && !ORG_WORDS.has(tokens[j - 1].lower) && n.lower === 'on') break;
        // ("Centers for Disease Control", "Academies of Sciences": a plural organisation word too)
        const head = tokens[j - 1].lower;
        if ((n.lower === 'of' || n.lower === 'for') && !ORG_WORDS.has(head) && !ORG_WORDS.has(head.replace(/(?<=[^s])s$/, '').replace(/ie$/, 'y')) && !TITLES.has(head) && !OF_HEADS.has(head)) break;
        j += 2;
        continue;
      }
      break;
    }
    const run = splitRun(tokens, i, j, ctx);
    out.push(...run);
    i = j;
  }
  return out;
}

function splitRun(tokens: Token[], from: number, to: number, ctx: NameContext): Mention[] {
  let s = from;
  // sentence openers and days: "But Trump", "On Tuesday", "Asked"
  // ("Council President Angela Brooks": a word before a title belongs to the title)
  while (s < to && ((NOT_NAMES.has(tokens[s].lower) && !isTitle(tokens[s])) || adjectival(tokens[s].text) || (initial(tokens, s) && !isTitle(tokens[s]) && !(s + 1 < to && isTitle(tokens[s + 1])) && ordinaryWord(tokens[s].lower, ctx, to - s > 1)))) s++;
  // cut at a day or month inside the run
  let e = s;
  while (e < to && !(tokens[e].cap && CUT_WORDS.has(tokens[e].lower))) e++;
  // trailing connectors
  while (e > s && !tokens[e - 1].cap) e--;
  if (e <= s) return [];
  const rest = e < to ? splitRun(tokens, e, to, ctx) : [];
  const words = tokens.slice(s, e);
  // the last title word with a name after it splits affiliation + title from the name
  let lastTitle = -1;
  for (let k = 0; k < words.length - 1; k++) if (isTitle(words[k])) lastTitle = k;
  let nameStart = s;
  let title: string | undefined;
  if (lastTitle >= 0) {
    // "Secretary of State John Kerry": the title's own "of State"
    let after = lastTitle + 1;
    if (words[after]?.lower === 'of' && words[after + 2]) after += 2;
    // a run of titles: "Vice President", "Former Gov."
    let firstTitle = lastTitle;
    while (firstTitle > 0 && isTitle(words[firstTitle - 1])) firstTitle--;
    // "Justice Department" is an organisation, not Justice + Department
    if (after < words.length && !words.slice(after).some((w) => ORG_WORDS.has(w.lower))) {
      nameStart = s + after;
      title = text(tokens, s, s + after);
      void firstTitle;
    }
  }
  const nameTokens = tokens.slice(nameStart, e);
  const name = text(tokens, nameStart, e);
  // ("The Atlantic recently noted": an adverb between a name and its verb)
  const next = tokens[e]?.word && !tokens[e].cap && /ly$/.test(tokens[e].lower) && tokens[e + 1]?.word ? tokens[e + 1] : tokens[e];
  // "Cuban voters", "American officials": a nation's or a party's adjective before a noun
  const prev = tokens[s - 1];
  // "the Northside", "the Pentagon": a single name after "the" is no person
  // ("The Islamic State", "the U.S. Geological Survey": nor, after "the", a run of names without a title)
  const theName = !title && prev?.lower === 'the' && (nameTokens.length === 1 ? !prev.cap : true);
  const kind0: NameKind =
    nameTokens.length === 1 && !title && (PROPER_ADJECTIVE.test(name) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:an|ian|ese|ish|ic)$/u.test(name) || /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(name)) && !!next?.word && !next.cap && (!CUE_VERBS.has(next.lower) || pluralNoun(next.lower)) && !FUNCTION_AFTER.has(next.lower)
      ? 'adjective'
      : // "the shipping analytics firm Portcast", "the conservative website Breitbart"
        !title && prev?.word && !prev.cap && OUTLET_BEFORE.test(prev.lower)
        ? 'publication'
        : !title && prev?.word && !prev.cap && ORG_BEFORE.test(prev.lower) && classify(nameTokens, name, title) !== 'publication'
          ? 'organization'
          : classify(nameTokens, name, title);
  const kind: NameKind = theName && (kind0 === 'unknown' || kind0 === 'person') ? 'organization' : kind0;
  const lowTitle = (title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/);
  const given = kind === 'person' && nameTokens.length >= 2 ? nameTokens[0].lower : '';
  const gender = lowTitle.some((w) => MALE_TITLES.has(w)) ? 'm' : lowTitle.some((w) => FEMALE_TITLES.has(w)) ? 'f' : MALE_NAMES.has(given) ? 'm' : FEMALE_NAMES.has(given) ? 'f' : undefined;
  const before = tokens[s - 1];
  const after = tokens[e];
  const place =
    ((US_STATES.has(name) || COUNTRIES.has(name) || STATE_ABBREV.test(name)) && !title) ||
    (kind !== 'organization' && kind !== 'publication' && !title && !!before && LOCATIVE.has(before.lower) && after?.text !== "'s" && after?.text !== '’s');
  // ("The Hill reported", "the Islamic State said": a verb of speech after the name makes it the subject)
  const speaks = !!after && CUE_VERBS.has(after.lower) && (INVERSION_VERBS.has(after.lower) || /ed$/.test(after.lower) || (after.lower !== CUE_VERBS.get(after.lower) && !/(s|ing)$/.test(after.lower)));
  const modifier = !!before && /^(the|a|an)$/.test(before.lower) && (((kind0 === 'person' || kind0 === 'unknown') && !speaks) || (kind0 === 'group' && !CUE_VERBS.has(after?.lower ?? ''))) && !title && !!after?.word && !after.cap;
  return [{ start: nameStart, end: e, runStart: s, name, kind, ...(title ? { title } : {}), ...(gender ? { gender } : {}), ...(place ? { place } : {}), ...(modifier ? { modifier } : {}) } as Mention, ...rest];
}

export function text(tokens: Token[], from: number, to: number): string {
  if (from >= to) return '';
  let out = tokens[from].text;
  for (let k = from + 1; k < to; k++) out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}

/**
 * A capitalised word at a sentence start that is an ordinary word ("Despite", "Voters",
 * "Harking"): the document writes it in lower case elsewhere, it is in the lexicon, or, alone,
 * the document never capitalises it anywhere else.
 */
function ordinaryWord(lower: string, ctx: NameContext, inRun: boolean): boolean {
  // "Hours later, …", "Years after …"
  if (!inRun && TIME_NOUNS.has(lower)) return true;
  if (ctx.lowerWords.has(lower) || UNNAMED_HEADS.has(lower) || CUE_VERBS.has(lower) || (/s$/.test(lower) && UNNAMED_HEADS.has(lower.slice(0, -1)))) return true;
  // alone and never capitalised elsewhere, a word with an ordinary ending ("Harking", "Additional", "Audiences")
  return !inRun && !ctx.capWords.has(lower) && (/(?:ing|ed|ly|al|ous|ive|ful|less|able|ible|ment|ness|tion|sion|ity|ism|ist)$/.test(lower) || (/s$/.test(lower) && (ctx.lowerWords.has(lower.slice(0, -1)) || ctx.lowerWords.has(lower.replace(/ies$/, 'y')))));
}

/** Spans of time that open a sentence ("Hours later"), never a name alone there. */
const TIME_NOUNS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'moments']);

/** "Western states", "Republican polls": a cue verb's -s form that reads as a plural noun after an adjective. */
function pluralNoun(lower: string): boolean {
  return /[^s]s$/.test(lower) && CUE_VERBS.get(lower) !== lower && !INVERSION_VERBS.has(lower);
}

/** "Spanish-language", "ISIS-sympathetic": a capitalised word joined to a lower-case one is an adjective. */
function adjectival(t: string): boolean {
  // a party tag ("R-NY", "D-Calif.") is no name either
  if (/^[RDI]-\p{Lu}/u.test(t)) return true;
  return /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(t);
}

/** Three or more words in capitals ("DNC CHAIR DEBBIE … RESIGNS"): a shouted headline, not names. */
function shouting(tokens: Token[], i: number): boolean {
  const caps = (t: Token | undefined) => !!t && t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
  if (!caps(tokens[i])) return false;
  let n = 1;
  for (let j = i + 1; j < tokens.length && caps(tokens[j]); j++) n++;
  for (let j = i - 1; j >= 0 && caps(tokens[j]); j--) n++;
  return n >= 3;
}

function classify(words: Token[], name: string, title: string | undefined): NameKind {
  const outlet = outletByExactName(name);
  if (outlet) return outlet.kind === 'agency' ? 'organization' : 'publication';
  if (words.some((w) => /^(?:[\p{L}]+-)?(times|post|journal|herald|tribune|gazette|chronicle|magazine|daily|ilbo|shimbun|zeitung|radio|tv|television|news|broadcasting)$/u.test(w.lower)) && !title) return 'publication';
  if (words.some((w) => ORG_WORDS.has(w.lower)) || words.some((w) => ORG_CONNECTORS.has(w.lower) && w.lower !== 'and')) return 'organization';
  if (title) return 'person';
  if (words.length === 1 && isAcronym(words[0].text)) return 'organization';
  if (words.length === 1 && groupWord(words[0].text)) return 'group';
  if (words.length >= 2 && words.length <= 5 && !words.some((w) => PROPER_ADJECTIVE.test(w.text) && w === words[0] && words.length === 2 && groupWord(words[1].text))) return 'person';
  return 'unknown';
}

/** The person's surname: the last word that is not a suffix ("Jr.") or an initial. */
export function surname(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !SUFFIX.has(p.toLowerCase().replace(/[.,]/g, '')));
  return (parts[parts.length - 1] ?? name).replace(/[.,]$/, '').toLowerCase();
}

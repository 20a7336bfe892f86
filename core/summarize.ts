/**
 * Extractive summary. Each sentence of the story that can stand alone in a summary (not a caption,
 * credit, teaser, headline of another story, list of figures, fragment, sentence leaning on the
 * one before, or piece of a quotation) gets a score: a weighted sum of a few features (its place
 * in the story, length, centrality, overlap with the headline, quotes, numbers, names…). The
 * weights are fitted on news stories with human-written highlights by `scripts/fit-summary.ts`
 * and ship as the few numbers in `summary-model.ts`. The best sentences are taken greedily,
 * skipping one that repeats a chosen one. The summary opens with the story's news, then the
 * others in article order; each keeps its sentence index, so the UI can link it to its place.
 * Further sentences, best first, come back as `more` for a reader who wants them.
 */
import type { SummarySentence } from './types';
import type { SentenceInfo } from './story';
import { STOPWORDS } from './stopwords';
import { tokens, countWords } from './text';
import { WEIGHTS } from './summary-model';

// ---------------------------------------------------------------------------------------------
// What never goes into a summary.

const BOILERPLATE =
  /\b(click here|sign up (for|to|now|today)|subscribe (to our|now|today|here)|our newsletter|all rights reserved|follow us|read more|contact us|this (story|article) (has been|was) (updated|corrected)|the (views|opinions) expressed (in this \w+ )?are (solely )?(those )?of|melden sie sich|newsletter abonnieren|alle rechte vorbehalten|hier klicken)\b|©/i;

/**
 * Photo captions and credits that reached the body: "In this 2006 file photo, …", "(AP Photo/…)",
 * "CNN's Jane Roe contributed to this report." Each pattern is simple, so that testing every
 * sentence of a long story stays cheap.
 */
const CAPTION = [
  /\bin this (\S+ ){0,5}?(photo(graph)?|image|picture|file|video|still|screen ?(shot|grab)|frame grab|handout)\b/i,
  /\b(file|handout|AP|AFP|Reuters|Getty|EPA) (photo|image|picture)s?\b/i,
  /\bphoto(graph)?s? (by|courtesy|credit)\b/i,
  /\bcourtesy (of )?\p{Lu}[^.]{0,40}\)?\s*$/u,
  /\((photo|image|picture|credit|foto|bild)\b/i,
  /\bpictured (above|below|left|right|here)\b/i,
  /\b(seen|shown) (here|above|below)\b/i,
  /^(photo|image|video|credit|source|foto|bild|quelle|archivbild|symbolbild)s?\s*:/i,
  /\((left|right|center|centre|L|R|C|top|bottom)\)/i,
  /(getty images|shutterstock|\bAP photo|\/AP|\/Reuters|\/AFP|\/dpa)\W*$/i,
  /\b(archivbild|symbolbild)\b/i,
  /\bcontributed (to )?(this|the) (report|story|article)|\bcontributed reporting\b|\bmitarbeit:/i,
  // "An artist's illustration of a plume…", "This photo shows…", "The image above depicts…"
  /^(an?|the|this) (artist['’]?s )?(illustration|rendering|impression|photo(graph)?|image|picture|map|graphic|chart|screenshot|still)( above| below)? (of|shows|showing|depicts|depicting)\b/i,
];

/** Teasers and kickers: "Read more: …", "WATCH: …", "Editor's note: …", "Lesen Sie auch: …". */
const TEASER =
  /^[“"‘'(]?(read|watch|see|listen|related|more|also|opinion|video|photos?|gallery|live|update|breaking|editor['’]?s note|click|follow|join|share|lesen sie( auch| mehr)?|mehr( zum thema)?|auch interessant|bilder|fotos)\b(\s+[^\s:.!?]+){0,3}\s*:/iu;
/** A kicker in capitals: "WATCH:", "READ MORE:", "CORRECTION:". */
const KICKER = /^[“"‘'(]?[\p{Lu}\d][\p{Lu}\d '’&-]{2,30}:/u;

/** A sentence needs its last character to be sentence punctuation (a closing quote or bracket may follow). */
const PUNCTUATED = /[^\s][.!?…。！？‼⁉][”“"’‘'»«›‹)\]]*$/u;

/** Sentences that open mid-thought and lean on the one before them. */
const DEPENDENT = new RegExp(
  '^(' +
    [
      // English ("This week …", "Then-Gov. …" and "So far …" stand on their own)
      '(this|that|these|those)(?= )(?! (week|weekend|year|month|morning|afternoon|evening|night|day|summer|fall|autumn|winter|spring|season|time)\\b)',
      'then(?!-)', 'so(?! far\\b)',
      'both', 'it', 'its', 'they', 'their', 'them', 'he', 'his', 'him', 'she', 'her', "that's", 'such',
      'also', 'but', 'and', 'or', 'nor', 'yet', 'however', 'meanwhile', 'still', 'instead', 'here', 'thus', 'therefore', 'moreover',
      'furthermore', 'besides', 'otherwise', 'nevertheless', 'nonetheless', 'likewise', 'similarly', 'again', 'too', 'hence', 'the latter',
      'the former', 'the two', 'in addition', 'as a result', 'for example', 'for instance', 'in fact', 'even so', 'on the other hand', 'in turn',
      'at the same time', 'by contrast', 'in contrast', 'that is why', 'which',
      // German
      'er', 'sie', 'dies', 'diese', 'dieser', 'dieses', 'dabei', 'damit', 'dadurch', 'daher', 'deshalb', 'deswegen', 'dennoch', 'trotzdem',
      'außerdem', 'zudem', 'aber', 'doch', 'und', 'auch', 'allerdings', 'jedoch', 'denn', 'dort', 'sein', 'seine', 'beide',
      // French, Spanish (not "il": the Italian article)
      'elle', 'ils', 'elles', 'mais', 'cependant', 'pourtant', 'cela', 'ceci', 'aussi', 'ainsi', 'donc', 'puis',
      'él', 'ella', 'ellos', 'ellas', 'pero', 'sin embargo', 'esto', 'también', 'además',
    ]
      .map((w) => w.replace(/'/g, "['’]"))
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

export type Exclusion = 'kind' | 'boilerplate' | 'caption' | 'teaser' | 'headline' | 'label' | 'figures' | 'fragment' | 'dependent' | 'quote-part' | 'length';

/** What the rules and features read of a sentence, measured once. */
interface Measure {
  words: number;
  toks: string[];
  /** Share of function words among its tokens. */
  fn: number;
  /** Words that start with a capital letter, not counting the first. */
  caps: number;
}

function measure(text: string): Measure {
  const toks = tokens(text);
  let fn = 0;
  for (const w of toks) if (STOPWORDS.has(w)) fn++;
  const caps = (text.match(/\s[(“"‘„]?\p{Lu}/gu) ?? []).length;
  return { words: countWords(text), toks, fn: toks.length ? fn / toks.length : 0, caps };
}

/**
 * Why a sentence can't stand in a summary on its own, or null when it can.
 * `prose` is the story's typical share of function words (0 when the language has no list):
 * a line with far fewer is a list of names, scores or figures rather than a sentence.
 */
export function exclusion(s: SentenceInfo, prose = 0): Exclusion | null {
  return excluded(s, prose, measure(s.text));
}

function excluded(s: SentenceInfo, prose: number, m: Measure): Exclusion | null {
  if (s.kind !== 'paragraph' && s.kind !== 'list') return 'kind';
  const text = s.text;
  const words = m.words;
  if (words < 6 || words > 70) return 'length';
  if (TEASER.test(text) || KICKER.test(text)) return 'teaser';
  if (BOILERPLATE.test(text)) return 'boilerplate';
  if (CAPTION.some((re) => re.test(text))) return 'caption';
  if (/:\s*$/.test(text)) return 'label';
  // No sentence punctuation ("Nurse who contracted Ebola sues hospital company"), or a period cut
  // off by a space: another story's headline, a subheading or a label. A list item may go
  // without a period when it is a sentence's worth of words.
  if (!PUNCTUATED.test(text) ? s.kind === 'paragraph' || words < 10 : /\s\.$/.test(text) && words <= 15) return 'headline';
  if (/^[\p{Ll},;:)\]”’—–-]/u.test(text) || /^(\.\.\.|…)/.test(text)) return 'fragment';
  // "He said…", "But…", "Instead of…", "Kim replied…": each bullet of a summary must stand alone.
  if (dependsOnPrevious(text)) return 'dependent';
  if (quotePart(text)) return 'quote-part';
  if (prose > 0.2 && words >= 8) {
    // Function words ("the", "of", "und") make up a good part of any sentence of prose; a line
    // of names, scores or figures has few, and is mostly capitalized words and numbers.
    const all = (text.match(/\S+/g) ?? []).length || 1;
    const digits = (text.match(/(?:^|\s)[$€£(]?\d/g) ?? []).length / all;
    const caps = (m.caps + (/^[(“"‘„]?\p{Lu}/u.test(text) ? 1 : 0)) / all;
    if (digits > 0.35 || (words >= 12 && ((m.fn < prose * 0.25 && digits + caps > 0.5) || (m.fn < prose * 0.4 && caps > 0.75)))) return 'figures';
  }
  return null;
}

/**
 * A piece of a quotation that runs over several sentences: it closes a quote opened before it,
 * opens one it does not close, or is one whole quotation with no one saying it.
 */
function quotePart(text: string): boolean {
  const low = text.includes('„');
  let depth = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '„' || (ch === '“' && !low)) depth++;
    else if (ch === '”' || ch === '“') {
      if (depth === 0) return true; // closes a quote opened in an earlier sentence
      depth--;
    } else if (ch === '"') straight++;
  }
  if (depth > 0 || straight % 2 === 1) return true;
  return /^[“"„«].*[”"“»][.!?]?$/u.test(text) && !/[”"“»][^”"“»]*\p{L}/u.test(text.slice(1).replace(/[”"“»][.!?]?$/u, ''));
}

/** A reply to what the sentence before said: "Kim replied by calling…", "The ministry responded that…". */
const REPLY = /^([\p{Lu}][\p{L}'’.-]*\s+){1,4}((replied|responded|retorted|countered|answered)( by| with| that|,|:)|added( that|,|:)|echoed|(antwortete|entgegnete|konterte)\b)/u;

/** Whether a sentence opens by leaning on the one before it ("He said…", "But…", "Instead of…", "Kim replied…"). */
export function dependsOnPrevious(text: string): boolean {
  const t = text.replace(/^[(\[]/, '');
  return DEPENDENT.test(t) || REPLY.test(t);
}

// ---------------------------------------------------------------------------------------------
// Features.

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w;
}

export function keywords(text: string): Set<string> {
  return keywordsOf(tokens(text));
}

function keywordsOf(toks: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of toks) if (w.length > 1 && !STOPWORDS.has(w)) out.add(stem(w));
  return out;
}

/** The feature names, in the order of each candidate's `x` and of the model's weights. */
export const FEATURES = [
  'first', // the story's first sentence
  'lead', // 1 / (1 + position among the story's sentences)
  'late', // position / number of sentences (0 at the top, 1 at the end)
  'length', // words / 30, at most 2
  'short', // fewer than 12 words
  'central', // TextRank centrality, relative to the story's most central sentence
  'headline', // how many of the headline's words it holds, relative to the sentence that holds most
  'quoted', // share of its words inside quotation marks
  'quoteStart', // opens with a quotation mark
  'number', // holds a number
  'names', // share of capitalized words after the first
  'question', // ends with a question mark
  'firstPerson', // I, we, my, our (a column or an anecdote rather than the news)
  'said', // reports what someone said ("said", "told", "according to", "sagte")
] as const;
export type FeatureName = (typeof FEATURES)[number];

const SAID = new Set(['said', 'says', 'told', 'according', 'sagte', 'sagt', 'sagten', 'erklärte', 'laut', 'dit', 'déclaré', 'selon', 'dijo', 'según']);
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us', 'ich', 'wir', 'mein', 'meine', 'unser', 'unsere', 'je', 'nous', 'yo', 'nosotros']);

export interface Candidate {
  /** Index into the story's sentences. */
  index: number;
  text: string;
  words: number;
  bag: Set<string>;
  /** Feature values, in the order of FEATURES. */
  x: number[];
}

/**
 * Centrality: weighted TextRank (Mihalcea & Tarau 2004) over the sentences' shared keywords,
 * similarity |shared| / (log|a| + log|b|) with log(x + 1), damping 0.85, up to 30 iterations (it
 * stops once the ranks no longer move). The graph is built from each word's list of sentences,
 * so pairs that share nothing cost nothing.
 */
function centrality(bags: Array<Set<string>>): Float64Array {
  const n = bags.length;
  const postings = new Map<string, number[]>();
  bags.forEach((bag, i) => {
    for (const w of bag) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const logs = bags.map((b) => Math.log(b.size + 1));
  const edges: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const w of bags[i]) {
      for (const j of postings.get(w)!) {
        if (j <= i) continue;
        if (!shared[j]) touched.push(j);
        shared[j]++;
      }
    }
    for (const j of touched) {
      const weight = shared[j] / (logs[i] + logs[j]);
      edges[i].push([j, weight]);
      edges[j].push([i, weight]);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  // Compressed rows: the neighbours of j are to[start[j]..start[j+1]) with weights weight[…].
  const start = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) start[j + 1] = start[j] + edges[j].length;
  const to = new Int32Array(start[n]);
  const weight = new Float64Array(start[n]);
  const outSum = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let k = start[j];
    for (const [i, w] of edges[j]) {
      to[k] = i;
      weight[k++] = w;
      outSum[j] += w;
    }
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < 30; iter++) {
    next.fill((1 - 0.85) / n);
    for (let j = 0; j < n; j++) {
      if (!outSum[j]) continue;
      const f = (0.85 * rank[j]) / outSum[j];
      for (let k = start[j]; k < start[j + 1]; k++) next[to[k]] += f * weight[k];
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i] - rank[i]);
    [rank, next] = [next, rank];
    if (change < 1e-6) break;
  }
  return rank;
}

/** The story's typical share of function words, when its language has a list (else 0). */
function proseShare(measures: Array<Measure | undefined>): number {
  const shares: number[] = [];
  for (const m of measures) if (m && m.toks.length >= 6) shares.push(m.fn);
  if (shares.length < 3) return 0;
  shares.sort((a, b) => a - b);
  return shares[Math.floor(shares.length / 2)];
}

/** The story's sentences that can stand in a summary, with their features. */
export function candidates(sentences: SentenceInfo[], title: string): Candidate[] {
  // Position counts the story's body sentences (what a reader reads), not captions or posts.
  const body: number[] = [];
  const measures: Array<Measure | undefined> = sentences.map((s, i) => {
    if (s.kind !== 'paragraph' && s.kind !== 'list') return undefined;
    body.push(i);
    return measure(s.text);
  });
  const prose = proseShare(measures.filter((_, i) => sentences[i].kind === 'paragraph'));
  const place = new Map(body.map((index, p) => [index, p]));
  const total = body.length;
  let list = body
    .filter((i) => !excluded(sentences[i], prose, measures[i]!))
    .map((index) => ({ index, text: sentences[index].text, words: measures[index]!.words, bag: keywordsOf(measures[index]!.toks), m: measures[index]! }));
  // The graph is quadratic: long stories rank their first 150 candidate sentences (news puts
  // what matters first; the position features favour the lead anyway).
  if (list.length > 150) list = list.slice(0, 150);
  const n = list.length;
  if (!n) return [];

  const rank = centrality(list.map((c) => c.bag));
  const maxRank = Math.max(...rank) || 1;

  const titleWords = keywords(title);
  const overlaps = list.map((c) => {
    let o = 0;
    for (const w of c.bag) if (titleWords.has(w)) o++;
    return o;
  });
  const maxOverlap = Math.max(0, ...overlaps);

  return list.map((c, i) => {
    const p = place.get(c.index)!;
    const toks = c.m.toks;
    const features: Record<FeatureName, number> = {
      first: p === 0 ? 1 : 0,
      lead: 1 / (1 + p),
      late: total > 1 ? p / (total - 1) : 0,
      length: Math.min(2, c.words / 30),
      short: c.words < 12 ? 1 : 0,
      central: rank[i] / maxRank,
      headline: maxOverlap ? overlaps[i] / maxOverlap : 0,
      quoted: quotedShare(c.text),
      quoteStart: /^[“"„«‘]/.test(c.text) ? 1 : 0,
      number: /\d/.test(c.text) ? 1 : 0,
      names: toks.length > 1 ? c.m.caps / (toks.length - 1) : 0,
      question: /\?[”"’»)]*$/.test(c.text) ? 1 : 0,
      firstPerson: toks.some((w) => FIRST_PERSON.has(w)) && !/^[“"„«]/.test(c.text) ? 1 : 0,
      said: toks.some((w) => SAID.has(w)) ? 1 : 0,
    };
    return { index: c.index, text: c.text, words: c.words, bag: c.bag, x: FEATURES.map((f) => features[f]) };
  });
}

/** Share of a sentence's characters that sit inside quotation marks. */
function quotedShare(text: string): number {
  let inside = 0;
  let depth = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '„' || ch === '«') depth++;
    else if (ch === '”' || ch === '»' || (ch === '“' && depth)) depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth ? 0 : 1;
    else if (depth) inside++;
  }
  return text.length ? inside / text.length : 0;
}

// ---------------------------------------------------------------------------------------------
// Choosing.

export interface SummaryModel {
  /** One weight per feature, in the order of FEATURES. */
  weights: number[];
  /** Two sentences sharing more than this share of the smaller one's keywords say the same thing. */
  redundancy: number;
  /** How much a sentence loses for each share of keywords it has in common with one already chosen. */
  diversity: number;
  /** How much the headline's words count, beside the score, in choosing the sentence that opens the summary. */
  opener: number;
}

/** How many sentences a story of this many body sentences deserves: 2–3 for a short one, at most 5. */
export function summaryLength(sentenceCount: number): number {
  if (sentenceCount <= 2) return sentenceCount;
  if (sentenceCount <= 8) return 2;
  if (sentenceCount <= 40) return 3;
  if (sentenceCount <= 70) return 4;
  return 5;
}

export function score(c: Candidate, model: SummaryModel = WEIGHTS): number {
  let s = 0;
  for (let j = 0; j < c.x.length; j++) s += model.weights[j] * c.x[j];
  return s;
}

/** The share of the smaller sentence's keywords that the other one also has. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

export interface Summary {
  sentences: SummarySentence[];
  /** Further sentences a reader can ask for, best first. */
  more: SummarySentence[];
}

/**
 * Ranks the candidates: greedily the best one, less what it shares with those already chosen
 * (`diversity`), never one that mostly repeats a chosen one (`redundancy`). Best first.
 */
export function rank(cands: Candidate[], model: SummaryModel = WEIGHTS, limit = Infinity): Candidate[] {
  const base = cands.map((c) => score(c, model));
  const similar = new Float64Array(cands.length); // the most each one shares with a chosen sentence
  const picked: Candidate[] = [];
  const chosen = new Set<number>();
  const out = new Set<number>(); // positions ruled out as repeating a chosen sentence
  while (picked.length < limit) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (chosen.has(c.index) || out.has(i)) continue;
      const s = base[i] - model.diversity * similar[i];
      if (s > bestScore || (s === bestScore && c.index < cands[best].index)) {
        best = i;
        bestScore = s;
      }
    }
    if (best < 0) break;
    const c = cands[best];
    picked.push(c);
    chosen.add(c.index);
    for (let i = 0; i < cands.length; i++) {
      if (chosen.has(cands[i].index) || out.has(i)) continue;
      const o = overlap(cands[i].bag, c.bag);
      if (o > model.redundancy) out.add(i);
      else if (o > similar[i]) similar[i] = o;
    }
  }
  return picked;
}

const HEADLINE = FEATURES.indexOf('headline');

/**
 * Puts the summary in reading order: the story's news first (the chosen sentence with the best
 * score, the headline's words counting extra), then the others as the story tells them.
 */
export function arrange(picked: Candidate[], model: SummaryModel = WEIGHTS): Candidate[] {
  if (picked.length < 2) return picked;
  const key = (c: Candidate) => score(c, model) + model.opener * c.x[HEADLINE];
  const best = picked.reduce((a, b) => (key(b) > key(a) ? b : a));
  return [best, ...picked.filter((c) => c !== best).sort((a, b) => a.index - b.index)];
}

export function summarizeStory(sentences: SentenceInfo[], title: string, model: SummaryModel = WEIGHTS, moreCount = 5): Summary {
  const cands = candidates(sentences, title);
  if (!cands.length) return { sentences: [], more: [] };
  const body = sentences.filter((s) => s.kind === 'paragraph' || s.kind === 'list').length;
  const k = Math.max(1, Math.min(summaryLength(body), cands.length));
  const ranked = rank(cands, model, k + moreCount);
  const main = arrange(ranked.slice(0, k), model);
  const out = (c: Candidate): SummarySentence => ({ text: c.text, index: c.index });
  return { sentences: main.map(out), more: ranked.slice(k).map(out) };
}

/** The summary sentences (see `summarizeStory` for the further ones). */
export function summarize(sentences: SentenceInfo[], title: string): SummarySentence[] {
  return summarizeStory(sentences, title).sentences;
}

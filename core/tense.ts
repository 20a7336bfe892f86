/**
 * The tense a date phrase is said in, from the verbs nearest to it in its sentence: "shares fell
 * on Thursday" (past: the Thursday before), "the monarch will meet Bush on Thursday" (future: the
 * coming one), "the deal is scheduled to close Monday" (future). Only a few cheap word tests: the
 * nearest marker wins, a tie goes to the future, and no marker within reach says nothing.
 */
export type Tense = 'past' | 'future' | null;

/** Plans and forecasts: "is expected to", "plans to", "scheduled for", "due". */
const PLAN_WORDS = new Set(
  'scheduled slated expected planned planning plans plan intends intend intended aims aim hopes hope poised set due projected forecast forecasts targeted designed proposed upcoming coming forthcoming tomorrow future supposed payable expire expires expect expects until till pending'.split(' '),
);
/** Words after which a verb form is an adjective or a noun ("the reduced dividend", "a plan", "in restated form"). */
const NOT_VERB_AFTER = new Set(
  'the a an its his her their our my your this that these those of in on for with at from by into as still newly previously already fully partly widely largely once'.split(' '),
);
/** Commitments whose infinitive names a later act: "agreed to buy", "an agreement to acquire", "voted to close". */
const COMMIT_WORDS = new Set(
  'agree agrees agreed agreement agreements pledge pledges pledged pledge promise promises promised promising vow vows vowed decide decides decided decision vote votes voted offer offers offered offering plan plans deal bid bids intent intention commitment committed obligated authorized approved approves approval'.split(' '),
);
/**
 * Verbs that, in the simple present, report a scheduled event: "he and Arafat meet Monday", "the
 * talks resume Friday", "the envoy arrives Nov. 20" (news tells what happened in the past tense).
 */
const SCHEDULED_PRESENT = new Set(
  'meet meets resume resumes convene convenes reconvene reconvenes begin begins arrive arrives visit visits travel travels testify testifies'.split(' '),
);
/** Words before a present form that make it something else: "the meet", "to meet", "did not meet". */
const NOT_PRESENT_AFTER = new Set('to not never did didn\'t does doesn\'t do don\'t would could should might may must can will shall'.split(' '));
const ADVERBS = new Set('also already just still since recently previously then again jointly formally officially quickly sharply later earlier initially first only'.split(' '));
const MODALS_FUTURE = new Set(['will', 'shall', "'ll", 'll', 'wo', "won't", 'would', 'gonna']);
const MODALS_NEUTRAL = new Set(['may', 'might', 'can', 'could', 'should', 'must', 'to', 'not', "n't"]);
const BE_PRESENT = new Set(['is', 'are', 'am', 'be', 'being', "'s", "'re"]);
const BE_PAST = new Set(['was', 'were', 'been', 'had', 'has', 'have', "'d", "'ve"]);
/** Past forms that don't end in -ed (present-tense lookalikes such as "cut", "hit", "put" included). */
const IRREGULAR_PAST = new Set(
  `was were had did said told made took gave came went left met fell rose sold bought paid won lost held began became brought thought
   kept led sent spent stood struck threw broke chose drove flew grew hid knew rode rang shook shot sang sank sat slept stole stuck swore
   swam swung taught tore understood woke wore withdrew got found saw ran cut hit put set quit let shut spread cost bid hurt ate fought
   sought caught dealt felt fled forgave froze heard laid meant overtook paid read rebuilt sank slid spoke split stung swept undertook upheld
   wrote ago yesterday earlier previously formerly`.split(/\s+/),
);
const NOT_PAST_ED = new Set('need speed feed bed red shed seed indeed hundred breed bleed creed deed greed steed weed embed wed proceed exceed succeed'.split(' '));

/** German markers: werden/sollen (future), war/wurde/hatte and ge-participles (past). */
const DE_FUTURE = new Set('wird werden wirst werde soll sollen sollte sollten geplant plant planen planten kommende kommenden kommender nächste nächsten nächster morgen voraussichtlich künftig'.split(' '));
/** German present forms that report a scheduled event ("trifft am Montag", "die Gespräche beginnen Dienstag"). */
const DE_SCHEDULED_PRESENT = new Set('trifft treffen beginnt beginnen tagt tagen reist reisen besucht besuchen'.split(' '));
const DE_PAST = new Set('war waren warst hatte hatten wurde wurden hat haben gestern vorigen vergangene vergangenen vergangener letzte letzten letzter zuvor damals'.split(' '));

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}'’]*/gu;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** The tense a token marks, looking at the auxiliaries before it. */
function markEn(t: Token[], i: number): Tense {
  const w = t[i].word;
  const next = t[i + 1]?.word;
  const prev = t[i - 1]?.word;
  if (MODALS_FUTURE.has(w)) return 'future';
  // "had been due to expire Friday", "was scheduled to close": a plan already past.
  if ((PLAN_WORDS.has(w) || w === 'expire' || w === 'close') && t.slice(Math.max(0, i - 4), i).some((x) => x.word === 'had')) return 'past';
  if ((w === 'going' || w === 'about' || w === 'poised' || w === 'likely' || w === 'ready') && next === 'to') return 'future';
  if ((w === 'is' || w === 'are') && next === 'to') return 'future'; // "is to resume trading"
  // "agreed to purchase the line in February", "an agreement to acquire the bank in January": what one
  // commits to is done later.
  if (w === 'to' && prev && COMMIT_WORDS.has(prev)) return 'future';
  if (w === 'due' && next === 'to' && /^(the|a|an|his|her|its|their|our|this|that|these|those)$/.test(t[i + 2]?.word ?? '')) return null; // "due to the strike"
  if (SCHEDULED_PRESENT.has(w) && !(prev && (NOT_VERB_AFTER.has(prev) || NOT_PRESENT_AFTER.has(prev) || BE_PRESENT.has(prev) || BE_PAST.has(prev)))) return 'future';
  if (PLAN_WORDS.has(w)) {
    if (w === 'set' && next !== 'to' && next !== 'for') return pastVerb(t, i);
    if (prev && NOT_VERB_AFTER.has(prev) && !/^(until|till|payable|due|upcoming|coming|forthcoming|pending)$/.test(w)) return null; // "the plan", "a planned merger"
    if ((w === 'planned' || w === 'proposed' || w === 'expected' || w === 'designed') && next !== 'to' && next !== 'for' && next !== 'in' && next !== 'on') return null;
    return 'future';
  }
  if (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w))) {
    // "markets untouched by the crisis": a participle with its agent, not a verb in the past.
    if (next === 'by' && w.endsWith('ed') && /^(the|a|an|his|her|its|their|this|that|these|those)$/.test(t[i + 2]?.word ?? '')) return null;
    return pastVerb(t, i);
  }
  return null;
}

/** A past form: past, unless an auxiliary says otherwise or it stands as an adjective. */
function pastVerb(t: Token[], i: number): Tense {
  const prev = t[i - 1]?.word;
  if (prev && NOT_VERB_AFTER.has(prev) && !/^(ago|yesterday|earlier|previously|once)$/.test(t[i].word)) return null;
  const aux = auxTense(t, i);
  if (aux === undefined && backshifted(t, i)) return 'future';
  return aux === undefined ? 'past' : aux;
}

/**
 * A past form in a time clause under a reported future ("were likely to buy as soon as trading
 * opened Monday", "would sell once the market reopened"): the tense is shifted back by the
 * reporting verb, the event is still to come, as after "would".
 */
function backshifted(t: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = t[j].word;
    const conj = w === 'once' || w === 'until' || w === 'when' || (w === 'as' && t[j - 1]?.word === 'soon' && t[j - 2]?.word === 'as');
    if (!conj) continue;
    const from = w === 'as' ? j - 2 : j;
    for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
      const m = t[k].word;
      if (m === 'would' || m === 'will' || ((m === 'likely' || m === 'expected' || m === 'going') && t[k + 1]?.word === 'to')) return true;
    }
    return false;
  }
  return false;
}

/** "will be named" is future, "is named" present, "was named"/"has named" past. */
function auxTense(t: Token[], i: number): Tense | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = t[j].word;
    if (MODALS_FUTURE.has(w)) return 'future';
  // "had been due to expire Friday", "was scheduled to close": a plan already past.
  if ((PLAN_WORDS.has(w) || w === 'expire' || w === 'close') && t.slice(Math.max(0, i - 4), i).some((x) => x.word === 'had')) return 'past';
    if (MODALS_NEUTRAL.has(w)) return w === 'not' || w === "n't" ? undefined : null;
    if (BE_PAST.has(w)) return 'past';
    if (BE_PRESENT.has(w) || ADVERBS.has(w)) continue; // "will be named", "has already said": keep looking
    break;
  }
  const before = t[i - 1]?.word;
  if (before && BE_PRESENT.has(before)) return null;
  return undefined;
}

function markDe(t: Token[], i: number): Tense {
  const w = t[i].word;
  if (DE_FUTURE.has(w) || DE_SCHEDULED_PRESENT.has(w)) return 'future';
  if (DE_PAST.has(w)) return 'past';
  if (w.length > 5 && w.startsWith('ge') && (w.endsWith('t') || w.endsWith('en'))) return 'past';
  return null;
}

/**
 * The tense around the words at [start, end) of `text`: the nearest marker outside them, within
 * `reach` words either side.
 */
export function tenseAt(text: string, start: number, end: number, lang = 'en', reach = 14): Tense {
  // Only the words within reach matter: about 12 characters a word either side.
  const from = Math.max(0, start - reach * 12);
  const to = Math.min(text.length, end + reach * 12);
  const t = tokens(text.slice(from, to));
  start -= from;
  end -= from;
  const de = lang.slice(0, 2).toLowerCase() === 'de';
  const mark = de ? markDe : markEn;
  let before = -1;
  while (before + 1 < t.length && t[before + 1].end <= start) before++;
  let after = before + 1;
  while (after < t.length && t[after].start < end) after++;
  for (let d = 0; d < reach; d++) {
    const left = before - d >= 0 ? mark(t, before - d) : null;
    const right = after + d < t.length ? mark(t, after + d) : null;
    if (left === 'future' || right === 'future') return 'future';
    if (left || right) return 'past';
  }
  return null;
}

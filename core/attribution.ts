/**
 * Attribution: in each sentence, the cues that say someone said, wrote, thought or wanted
 * something ("said", "told Fox News", "according to", "wrote in a memo", "tweeted",
 * "X's statement") and who that someone is: a name ("Sen. Marco Rubio"), a pronoun ("he", left
 * to the coreference) or a description ("a source familiar with the talks", "the newspaper").
 *
 * Shapes: "X said" (subject), "X, a spokesperson for Y, said" (appositive), "'…,' said X"
 * (inverted), "according to X", "criticized by X" (passive), "X's statement" (possessive),
 * "…, saying" (participle: the sentence's subject), "X, who said" (relative), "laut X" /
 * "selon X". In "X told Fox News" the source is X and Fox News the channel.
 */
import { CUE_NOUNS, CUE_VERBS, STANCE_VERBS, SPEECH_CUES, DOCUMENT_NOUNS, INVERSION_VERBS, ORG_WORDS, PROPER_ADJECTIVE, ROLE_HEADS, TITLES, UNNAMED_HEADS, cueParticle, particleHead } from './lexicon';
import { findMentions, text, type Mention, type NameContext, type Token } from './names';
import { COUNTRIES } from './places';

export type Who =
  | { type: 'name'; mention: Mention }
  | { type: 'pronoun'; word: string }
  /** A description: "officials", "a source familiar with the talks", "the senator", "Trump's campaign". */
  | { type: 'description'; text: string; head: string; possessor?: Mention };

export type Shape = 'subject' | 'appositive' | 'inverted' | 'according' | 'passive' | 'possessive' | 'participle' | 'relative' | 'foreign';

export interface Attribution {
  sentence: number;
  /** Token index of the cue (for ordering within the sentence). */
  at: number;
  who: Who;
  /** The cue as written: "said", "told Fox News", "according to", "in a statement". */
  cue: string;
  /** The cue word's base form ("say" for "said"), or the phrase ("according to"). */
  base: string;
  shape: Shape;
  /** The cue stands inside a quotation. */
  quoted?: boolean;
  /** Where it was said, when the story names it: "Fox News" in "told Fox News", "Twitter" in "wrote on Twitter". */
  channel?: string;
  /** What the sentence says about the source beside its name: "a spokesperson for the campaign". */
  role?: string;
  /** The rule that found it when it is one of the looser ones ("stance-verb"), for a filter to weigh apart. */
  rule?: string;
}

export interface ParsedSentence {
  tokens: Token[];
  mentions: Mention[];
  /** Token index → the mention that ends there. */
  endsAt: Map<number, Mention>;
  /** Token index → the mention whose run (title included) or name starts there. */
  startsAt: Map<number, Mention>;
  /** Tokens inside quotation marks. */
  quoted: boolean[];
  /** A quotation opened with a double mark is still open at the sentence's end (it runs on into the next). */
  openAtEnd?: boolean;
}

const AUX = new Set(
  ('has have had was were is are be been being will would could can may might must should shall did does do not never also ' +
    'then later previously recently repeatedly publicly privately reportedly once already still even often openly quickly ' +
    'immediately flatly strongly last first again allegedly apparently initially now just further subsequently ' +
    "earlier similarly likewise meanwhile too always sometimes long 's 've 'd n't ’s ’ve ’d n’t isn't aren't wasn't weren't " +
    "doesn't don't didn't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't cannot itself himself herself themselves " +
    'personally herself').split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const POSSESSIVE_PRONOUNS = new Set(['my', 'his', 'her', 'their', 'its', 'our', 'your']);
/** Words that can open or fill a description of a source: "some senior Republican officials". */
const DESCRIPTION_WORDS = new Set([
  'the', 'a', 'an', 'some', 'many', 'most', 'several', 'two', 'three', 'four', 'five', 'other', 'both', 'all', 'few', 'one',
  'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'another', 'more', 'top', 'senior', 'former',
  'current', 'local', 'federal', 'state', 'white', 'house', 'campaign', 'party', 'administration', 'intelligence', 'military',
  'government', 'election', 'police', 'law', 'enforcement', 'defense', 'security', 'foreign', 'european', 'western',
  'anonymous', 'unnamed', 'independent', 'outside', 'longtime', 'veteran', 'key', 'prominent', 'leading', 'influential',
  'conservative', 'liberal', 'progressive', 'democratic', 'republican', 'political', 'legal', 'economic', 'health',
  'public', 'private', 'company', 'industry', 'trade', 'union', 'congressional', 'senate', 'gop', 'hill', 'capitol',
  'polling', 'poll', 'new', 'recent', 'latest', 'national', 'survey', 'exit', 'internal', 'confidential', 'classified',
  'leaked', 'court', 'official', 'transition', 'team', 'news', 'media', 'fellow', 'rival', 'young', 'older', 'black',
  'hispanic', 'latino', 'evangelical', 'undecided', 'likely', 'registered', 'primary', 'caucus', 'swing', 'state',
]);
const QUOTE_OPEN = new Set(['“', '‘', '«', '„']);
const CLAUSE_BREAK = new Set(['.', ';', ':', '?', '!', '“', '”', '"', '—', '–']);
/** Prepositions that make a name an affiliation ("Holger Schmieding of Berenberg") rather than the subject. */
const AFFILIATION = new Set(['of', 'at', 'for', 'from']);
/** Nouns of something said or written that make "X's <noun>" an attribution ("Trump's statement"; not "Trump's plan"). */
const UTTERANCE_NOUNS = new Set('statement statements remarks remark comments comment speech tweet tweets letter memo email op-ed column essay testimony interview words claim claims assertion argument warning warnings criticism endorsement proposal promise pledge vow announcement response reply answer prediction assessment accusation accusations allegation allegations charge charges threat demand message account explanation denial admission insistence mantra refrain slogan catchphrase'.split(' '));
/** Cue verbs whose base form is as often a noun: "the State of the Union address", "a Senate campaign". */
export const NOUN_CUES = new Set(['address', 'offer', 'email', 'attack', 'vote', 'release', 'issue', 'order', 'push', 'bet', 'text', 'appeal', 'protest', 'request', 'challenge', 'support', 'veto', 'campaign', 'show', 'state']);
/** Their plurals: "Rust Belt states", "Sunday shows" (a name ending in -s keeps its verb: "Democrats say"). */
const NOUN_CUE_PLURALS = new Set(['states', 'shows', 'campaigns']);
/** Past participles that, after "is" or "was", make the subject what is talked about ("is expected to"). */
const PASSIVE_OBJECT = new Set(['expected', 'viewed', 'considered', 'regarded', 'seen', 'shown', 'called', 'described', 'labeled', 'labelled', 'dubbed', 'branded', 'portrayed', 'characterized', 'characterised', 'known', 'deemed', 'believed', 'thought', 'rumored', 'rumoured', 'projected', 'predicted', 'forecast', 'estimated', 'favored', 'favoured', 'backed', 'supported', 'opposed', 'criticized', 'criticised', 'praised', 'accused', 'blamed', 'charged', 'endorsed', 'attacked', 'asked', 'urged', 'invited', 'told', 'cited', 'reported', 'alleged', 'admitted',
  // "Sanders was announced the winner", "Clinton was officially declared the winner", "X was confirmed as a passenger",
  // "co-founders were also celebrated", "Priebus was said to be furious"
  'said', 'announced', 'declared', 'confirmed', 'celebrated', 'honored', 'honoured', 'mentioned', 'warned', 'questioned', 'pressed', 'challenged', 'approved', 'recommended', 'informed', 'interviewed', 'contacted']);
/** Prepositions after which a name is an object, not the subject ("officials who spoke with The Huffington Post said"). */
const PREPOSITIONS = new Set(['with', 'to', 'about', 'against', 'than', 'like', 'by', 'on', 'over', 'into', 'toward', 'towards', 'under', 'between', 'among', 'behind', 'after', 'before', 'during', 'without', 'unlike', 'including', 'via', 'in', 'at', 'near', 'across', 'throughout', 'around']);
/** Where a cue is made public: "said on Twitter", "told CNN". */
const PLATFORMS = /^(?:Twitter|Facebook|Instagram|X|YouTube|TikTok|Bluesky|Threads|Mastodon|Truth Social|LinkedIn|Reddit|Snapchat|Telegram|WhatsApp)$/;
/** Lines that credit the reporting, not sources: "(Reporting by …; Editing by …)". */
const CREDIT_LINE = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|contributed|research)\s+by\b|\b(?:contributed to this (?:report|story))\b/i;
/** A byline's dateline at the story's end: "Lerer reported from Los Angeles.", "Phillip reported from Oakland, Calif.; Gearan, from Washington." */
function reportedFrom(tokens: Token[]): boolean {
  const k = tokens.findIndex((t) => t.lower === 'reported');
  return k > 0 && k <= 4 && tokens[k + 1]?.lower === 'from' && tokens.length <= 24 && tokens.slice(0, k).every((t) => t.cap || t.lower === 'and' || t.text === ',') && !tokens.some((t) => t.lower === 'that' || /^[“”"']$/.test(t.text));
}

/** What may stand before a subject's name: a conjunction, a role ("spokesman Justin Barasky"), an adverb. */
const OPENER_WORDS = new Set(['which', 'whom', 'whose', 'many', 'some', 'most', 'several', 'few', 'every', 'each', 'any', 'no', 'new', 'recent', 'latest', 'newest', 'leading', 'prominent', 'key', 'moderate', 'nonpartisan', 'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'while', 'when', 'whenever', 'if', 'as', 'that', 'after', 'before', 'although', 'though', 'since', 'until', 'unless', 'where', 'whereas', 'whether', 'once', 'then', 'now', 'also', 'even', 'meanwhile', 'however', 'instead', 'later', 'earlier', 'finally', 'still', 'the', 'both', 'either', 'neither', 'not', 'only', 'what', 'how', 'why', 'than', 'said', 'says', 'say', 'host', 'star', 'chief', 'head', 'mogul', 'tycoon', 'magnate', 'billionaire', 'millionaire', 'veteran', 'nominee', 'hopeful', 'rival', 'ally', 'candidate', 'colleague', 'friend', 'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepfather', 'stepmother', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'site', 'website', 'newspaper', 'paper', 'magazine', 'outlet', 'daily', 'broadcaster', 'blog', 'tabloid', 'weekly', 'publication', 'channel', 'station', 'leader', 'member', 'fellow', 'expert', 'official', 'frontrunner', 'front-runner', 'contender', 'challenger', 'incumbent', 'pundit', 'commentator', 'analyst', 'scholar', 'writer', 'author', 'novelist', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'celebrity', 'entrepreneur', 'businessman', 'businesswoman', 'investor', 'donor', 'activist', 'lawyer', 'attorney', 'judge', 'justice']);
function subjectOpener(b: Token): boolean {
  return OPENER_WORDS.has(b.lower.replace(/^co-/, '')) || DESCRIPTION_WORDS.has(b.lower) || /^\d/.test(b.lower) || TITLES.has(b.lower) || UNNAMED_HEADS.has(b.lower) || /ly$/.test(b.lower) || /(?:er|or|ist|ian|man|woman|person)$/.test(b.lower) ||
    // "digital consultant Phil Musser says", "student body president X said"
    (/(?:ant|ent)$/.test(b.lower) && !/^(?:want|went|meant|sent|spent|lent|rent)$/.test(b.lower));
}

/** A share of a group: "85% of Democrats", "half of voters", "a majority of Republicans". */
const QUANTITY = /^(?:percent|per cent|%|half|majority|majorities|most|many|some|third|thirds|two-thirds|quarter|quarters|three-quarters|plurality|share|all|none)$/;

/** Lower-case words that name a role before a name: "Council member", "campaign manager", "host". */
const ROLE_WORDS = new Set(['member', 'manager', 'host', 'owner', 'star', 'anchor', 'pollster', 'strategist', 'economist', 'chair', 'head', 'founder', 'co-founder', 'director', 'researcher', 'professor', 'scholar', 'fellow', 'organizer', 'volunteer', 'delegate', 'voter', 'resident', 'rival', 'ally']);
const NOT_NAME_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'then', 'when', 'while', 'as', 'if']);

const isCueVerb = (t: Token | undefined) => !!t && t.word && !t.cap && CUE_VERBS.has(t.lower);
const closesQuote = (t: Token | undefined) => !!t && /^[”"'’»]$/.test(t.text);
/** An opening mark typed where the closing one belongs: `“It's unusual,“ said X` (it leans on the punctuation before it, a space after). */
const misclosed = (tokens: Token[], k: number) => {
  const t = tokens[k];
  const b = tokens[k - 1];
  const n = tokens[k + 1];
  return t.text === '“' && !!b && b.end === t.start && /^[,.?!]$/.test(b.text) && !!n && n.start > t.end;
};

/** German and French cues with the position of their source (or none: the name stands before, "X zufolge"). */
function foreignCue(tokens: Token[], k: number): { cue: string; after?: number } | null {
  const t = tokens[k];
  // every word is asked: one set lookup turns away all but the few that can open a cue
  if (!FOREIGN_WORDS.has(t.lower)) return null;
  if (t.cap && !/^(Laut|Selon|Nach|D'après|D’après)$/.test(t.text)) return null;
  if (/^(laut|selon)$/.test(t.lower)) return { cue: t.text, after: k + 1 };
  if (t.lower === "d'après") return { cue: t.text, after: k + 1 };
  if (t.lower === 'nach' && tokens[k + 1]?.lower === 'angaben') return { cue: 'nach Angaben', after: k + 2 };
  if (t.lower === 'zufolge') return { cue: 'zufolge' };
  if (FOREIGN_VERBS.has(t.lower)) {
    // "…“, sagte Müller" / "berichtete die Zeitung": the source after the verb
    if (/^[,“”"„»«:]$/.test(tokens[k - 1]?.text ?? '') || /^(die|der|das|le|la|les|l')$/.test(tokens[k + 1]?.lower ?? '')) return { cue: t.text, after: k + 1 };
    // "a déclaré X", "hat … gesagt" are left to the name before
    if (tokens[k - 1]?.lower === 'a' && /^[,“”"»]$/.test(tokens[k - 2]?.text ?? '')) return { cue: `a ${t.text}`, after: k + 1 };
  }
  return null;
}
const FOREIGN_VERBS = new Set('sagte sagt erklärte erklärt berichtete berichtet schrieb schreibt betonte warnte meldete meldet teilte déclaré déclare affirmé affirme indiqué indique expliqué explique estimé estime souligné souligne rapporte rapporté écrit'.split(' '));
const FOREIGN_WORDS = new Set(['laut', 'selon', "d'après", 'nach', 'zufolge', ...FOREIGN_VERBS]);

/** Adjectives of a stance after "is", "was", "have been": "critical of", "concerned that", "confident". */
const STANCE_ADJECTIVES = new Set('critical confident adamant concerned worried outraged furious angry upset pleased satisfied dissatisfied supportive convinced certain hopeful doubtful wary cautious eager reluctant unfazed unconvinced unimpressed frustrated disappointed alarmed troubled dismayed insistent receptive enthusiastic proud hesitant resistant clear explicit emphatic blunt vocal candid unequivocal firm careful quick'.split(' '));
const COPULA = /^(is|are|was|were|be|been|being|am|seems|seemed|seem|appears|appeared|appear|remains|remained|remain|became|become|becomes|grew|grow|grows|sounded|sounds|looked|looks)$/;

/** What a count or a model yields: "according to a count by The Associated Press", "a projection from X". */
const DATA_NOUNS = new Set('count counts tally tallies projection projections average averages results figures numbers research calculation calculations review investigation tracking model forecast forecasts'.split(' '));

/** Tokens → names and quotation marks. */
export function parseSentence(tokens: Token[], ctx: NameContext, openAtStart = false): ParsedSentence {
  const mentions = findMentions(tokens, ctx);
  const endsAt = new Map<number, Mention>();
  const startsAt = new Map<number, Mention>();
  for (const m of mentions) {
    endsAt.set(m.end - 1, m);
    startsAt.set(m.runStart, m);
    startsAt.set(m.start, m);
  }
  const quoted: boolean[] = [];
  // (a quotation of several sentences: "“…. Ted Cruz wants to ban …. ”" — opened in an earlier sentence)
  let inQuote = openAtStart;
  let single = false;
  tokens.forEach((t, k) => {
    if (misclosed(tokens, k)) inQuote = false;
    else if (QUOTE_OPEN.has(t.text)) {
      inQuote = true;
      single = t.text === '‘';
    } else if (t.text === '”' || (t.text === '’' && !tokens[k - 1]?.word)) inQuote = false;
    else if (t.text === '"' || (t.text === "'" && tokens[k + 1]?.text === "'")) {
      // a straight mark opens where it leans on the word after it, closes where it leans on the word
      // before (a quotation split over sentences starts with its closing mark: `fine," she said`)
      const before = k > 0 && tokens[k - 1].end === t.start;
      const after = !!tokens[k + 1] && tokens[k + 1].start === t.end && tokens[k + 1].word;
      inQuote = before && !after ? false : after && !before ? true : !inQuote;
      single = false;
    }
    quoted.push(inQuote && !QUOTE_OPEN.has(t.text));
  });
  for (const m of mentions) {
    if (quoted[m.start]) m.quoted = true;
    // "Council member Rafael Ortiz", "Priorities spokesman Justin Barasky": a role written before the name
    if (m.kind === 'person' && !m.title) {
      let r = m.runStart;
      while (r > 0 && m.runStart - r < 2 && tokens[r - 1].word && !tokens[r - 1].cap && (TITLES.has(tokens[r - 1].lower) || ROLE_WORDS.has(tokens[r - 1].lower))) r--;
      if (r < m.runStart) {
        while (r > 0 && m.runStart - r < 5 && tokens[r - 1].word && tokens[r - 1].cap && !NOT_NAME_WORDS.has(tokens[r - 1].lower)) r--;
        m.title = text(tokens, r, m.runStart);
      }
    }
  }
  return { tokens, mentions, endsAt, startsAt, quoted, ...(inQuote && !single ? { openAtEnd: true } : {}) };
}

/** Finds the attributions of one sentence. */
export function attributionsIn(p: ParsedSentence, sentence: number): Attribution[] {
  const { tokens } = p;
  const out: Attribution[] = [];
  if (!tokens.length || CREDIT_LINE.test(text(tokens, 0, Math.min(tokens.length, 8))) || reportedFrom(tokens)) return out;
  const seen = new Set<string>();
  const push = (k: number, who: Who, shape: Shape, cue: { cue: string; channel?: string }, base: string, role?: string, ruleName?: string) => {
    const key = who.type === 'name' ? `n:${who.mention.start}` : who.type === 'pronoun' ? `p:${who.word}:${k}` : `d:${who.text}`;
    if (seen.has(key)) return;
    // inside a quotation and in a relative clause, only speech counts ("as Hillary Clinton said" does;
    // "what America is supposed to be" and "Trump, who wants to…" do not)
    if ((p.quoted[k] || shape === 'relative') && !SPEECH_CUES.has(base)) return;
    // and in the clause another source's verb reports, only speech counts: "Lu Kang repeated that China
    // opposed hacking", "Carson said Trump plans to", "analysts say Putin would recognize" report what
    // others hold of someone; "Blumenthal said Tapper had mentioned it" is nested speech and stays
    if (shape === 'subject' && (!SPEECH_CUES.has(base) || modalBefore(tokens, k)) && reportedClause(p, who, k)) return;
    seen.add(key);
    const rule = ruleName ?? (STANCE_VERBS.has(base) ? 'stance-verb' : undefined);
    out.push({ sentence, at: k, who, cue: cue.cue, base, shape, ...(p.quoted[k] ? { quoted: true } : {}), ...(cue.channel ? { channel: cue.channel } : {}), ...(role ? { role } : {}), ...(rule ? { rule } : {}) });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // a transcript's "Rep. Trey Gowdy (R-S.C.): “…”": a name that opens the sentence, then a colon and a quotation
    // (or a person's full name opening the sentence before a colon and a sentence: "Alex Seitz-Wald: She is right …")
    const quoteNext = /^[“"‘']$/.test(tokens[k + 1]?.text ?? '');
    if (t.text === ':' && (quoteNext || (k <= 4 && tokens[k + 1]?.cap))) {
      let b = k - 1;
      if (tokens[b]?.text === ')') while (b > 0 && tokens[b].text !== '(') b--;
      const m = p.endsAt.get(tokens[b]?.text === '(' ? b - 1 : b);
      // (or after a dash: "IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: “…”", both of them)
      const dash = (x: Mention) => /^[-—–]$/.test(tokens[x.runStart - 1]?.text ?? '');
      const first = m && tokens[m.runStart - 1]?.lower === 'and' ? p.endsAt.get(m.runStart - 2) : undefined;
      const opens = m && (m.runStart === firstWord(tokens) || dash(m) || (first?.kind === 'person' && dash(first)));
      const fits = m && (quoteNext ? m.kind === 'person' || m.kind === 'unknown' || m.kind === 'organization' : m.kind === 'person' && m.end - m.start >= 2 && m.runStart === firstWord(tokens));
      if (m && opens && fits) {
        push(k, { type: 'name', mention: m }, 'subject', { cue: ':' }, 'say', m.title);
        if (first?.kind === 'person' && quoteNext) push(k, { type: 'name', mention: first }, 'subject', { cue: ':' }, 'say', first.title);
      }
      if (quoteNext) continue;
    }
    // "X's statement", "in X's words"
    if ((t.text === '’s' || t.text === "'s") && p.endsAt.has(k - 1)) {
      const m = p.endsAt.get(k - 1)!;
      // the head of "X's (adjectives) noun": "Trump's controversial proposal", "Wallace's famous 1963 refrain"
      const phrase: Token[] = [];
      for (let h = k + 1; h < Math.min(tokens.length, k + 5) && ((tokens[h].word && !tokens[h].cap) || /^\d/.test(tokens[h].text)) && !/^(of|in|on|to|for|that|with|about|as|at|by|from|and|or|is|was|are|were|has|had|will|would)$/.test(tokens[h].lower); h++) phrase.push(tokens[h]);
      const noun = phrase.find((x) => UTTERANCE_NOUNS.has(x.lower)) ?? phrase.find((x) => x.word && !/ly$/.test(x.lower) && !/^(new|latest|own|recent|first|public|written|formal|official|earlier|final|strong|repeated|angry|sharp|most|long|lengthy)$/.test(x.lower));
      if (noun && UTTERANCE_NOUNS.has(noun.lower) && !m.place && !m.modifier) push(k, { type: 'name', mention: m }, 'possessive', { cue: noun.text }, noun.lower);
      continue;
    }
    if (!t.word) continue;
    // "Said Dorothy Poynter, who grew up with him, “…”": a sentence that opens with the verb
    if (t.cap && k === firstWord(tokens) && INVERSION_VERBS.has(t.lower) && p.startsAt.has(k + 1)) {
      const who = objectAfter(p, k + 1, true);
      if (who && who.type === 'name') push(k, who, 'inverted', { cue: t.lower }, CUE_VERBS.get(t.lower) ?? t.lower, roleAfter(p, who));
      continue;
    }
    // "according to X"
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const who = objectAfter(p, k + 2);
      if (who && who.type !== 'pronoun') push(k, who, 'according', { cue: 'according to' }, 'according to', roleAfter(p, who));
      continue;
    }
    // German and French: "laut X", "nach Angaben der X", "X zufolge", "selon X", "d'après X",
    // "berichtete die Süddeutsche Zeitung", "…, sagte Müller", "…, a déclaré le ministre"
    const foreign = foreignCue(tokens, k);
    if (foreign) {
      const who = foreign.after ? objectAfter(p, foreign.after) : p.endsAt.get(k - 1) ? { type: 'name' as const, mention: p.endsAt.get(k - 1)! } : null;
      if (who && who.type === 'name') push(k, who, 'foreign', { cue: foreign.cue }, foreign.cue.toLowerCase());
      continue;
    }
    // "Republicans have been critical of", "Democrats are concerned that": a stance said with an adjective
    if (!t.cap && STANCE_ADJECTIVES.has(t.lower)) {
      let c = k - 1;
      while (c >= 0 && tokens[c].word && !tokens[c].cap && (/ly$/.test(tokens[c].lower) || /^(so|very|too|not|also|still|more|less|most|quite|far|equally|particularly)$/.test(tokens[c].lower))) c--;
      if (c >= 0 && COPULA.test(tokens[c].lower) && !tokens[c].cap) {
        const subj = subjectBefore(p, c + 1);
        let c0 = c;
        while (c0 > 0 && /^(has|have|had|will|would|could|may|might|must|should|can)$/.test(tokens[c0 - 1].lower)) c0--;
        // a pronoun only outside quotations, and never "I", "we", "you", "it"
        if (subj && (subj.who.type !== 'pronoun' || (!p.quoted[k] && !/^(i|we|you|it)$/.test(subj.who.word)))) push(k, subj.who, subj.shape, { cue: text(tokens, c0, k + 1) }, t.lower, subj.role, 'stance-adjective');
        continue;
      }
    }
    const particle = !t.cap && particleHead(t.lower) && cueParticle(text(tokens, k, Math.min(tokens.length, k + 5)).toLowerCase());
    // "…,” Keidis continued.": after a quotation, the verbs of inversion speak too
    const afterQuote = !t.cap && INVERSION_VERBS.has(t.lower) && tokens.slice(0, k).some((x) => closesQuote(x));
    if (!isCueVerb(t) && !particle && !afterQuote) continue;
    const base = CUE_VERBS.get(t.lower) ?? t.lower;
    // "the budget office report is online": a cue word before "is" is a noun
    if (/^(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/.test(tokens[k + 1]?.lower ?? '') && !/(ed|en|wn)$/.test(t.lower)) continue;
    // "topped a BVA poll", "hosts an MSNBC show", "a Secret Service detail", "an NBC/Wall Street Journal poll":
    // a base form after "a"/"an" and a name (or two names joined by a slash) is a noun the name modifies
    if (modifiedNoun(tokens, k) || namingParticiple(tokens, k) || phrasalAction(tokens, k)) continue;
    // "has support from", "have concerns": after have, a base form is a noun
    if (CUE_VERBS.get(t.lower) === t.lower && /^(has|have|had|having)$/.test(tokens[k - 1]?.lower ?? '') && !/^(put|bet|forecast|read|cast|set|hit|cut|quit)$/.test(base)) continue;
    // "Clinton is expected to win", "he has been called the Trump of the East": others expect or call;
    // the subject is what is talked about, not who talks
    if (PASSIVE_OBJECT.has(t.lower) && tokens[k + 1]?.lower !== 'by') {
      let b = k - 1;
      // ("isn’t expected": a negated copula is one)
      const negated = (x: Token) => /^(is|are|was|were)n['’]t$/.test(x.lower);
      while (b >= 0 && tokens[b].word && !tokens[b].cap && !negated(tokens[b]) && /(ly|not|never|n't|n’t|also|still|widely|long|once)$/.test(tokens[b].lower)) b--;
      if (/^(is|are|was|were|be|been|being|'s|’s|'re|’re|seems|seemed|remains|remained)$/.test(tokens[b]?.lower ?? '') || (tokens[b] && negated(tokens[b]))) continue;
    }
    const cue = cueText(p, k);
    // passive: "criticized by X", "endorsed by X"
    if (tokens[k + 1]?.lower === 'by' && /(ed|en|wn|ld|nt)$/.test(t.lower)) {
      const who = objectAfter(p, k + 2);
      if (who && who.type !== 'pronoun') push(k, who, 'passive', { cue: `${t.text} by` }, base);
      continue;
    }
    // inverted: "'…,' said Mike Lux, a progressive activist"
    // (any cue verb right after the closing mark: "…,” mused Blaze co-host Stu Burguiere")
    const quoteBefore = closesQuote(tokens[k - 1]) || (k > 0 && misclosed(tokens, k - 1));
    const quoteInversion = !INVERSION_VERBS.has(t.lower) && quoteBefore && /(?:ed|[^s]s)$/.test(t.lower);
    if ((INVERSION_VERBS.has(t.lower) && (k === 0 || quoteBefore || tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':')) || quoteInversion) {
      let who = objectAfter(p, k + 1, true);
      let descRole: string | undefined;
      // "…, said the bureau's director, James B. Comey": the description's own name after it
      if (!who || who.type === 'description') {
        const after = tokens.findIndex((x, i) => i > k && x.text === ',');
        const named = after > k + 2 && after - k <= 8 ? p.startsAt.get(after + 1) : undefined;
        const plain = tokens.slice(k + 1, after).every((x, i) => (i === 0 ? /^(the|a|an|his|her|its|their)$/.test(x.lower) : (x.word && !x.cap) || /^['’]s$/.test(x.text)));
        if (named && plain && named.kind === 'person' && !named.place && /^[,.;:]?$/.test(tokens[named.end]?.text ?? '')) {
          who = { type: 'name', mention: named };
          descRole = text(tokens, k + 1, after);
        }
      }
      // after a bare comma ("…, says Cuban."), the name must end the clause: in "X, …, says he's open" or
      // "…, said Trump has lied" the verb has a subject of its own
      const end = who?.type === 'name' ? tokens[who.mention.end] : undefined;
      const clauseEnds = k === 0 || quoteBefore || (who?.type === 'name' && (!end || /^[,.;:(]$/.test(end.text) || (/^(in|at|of|from)$/.test(end.lower) && !!tokens[who.mention.end + 1]?.cap)));
      if (who && who.type !== 'pronoun' && clauseEnds) {
        push(k, who, 'inverted', cue, base, descRole ?? roleAfter(p, who), quoteInversion ? 'quote-inversion' : undefined);
        continue;
      }
    }
    // "quoted sources in Washington as saying": the source is what was quoted
    if (t.lower === 'saying' && tokens[k - 1]?.lower === 'as') {
      const q = tokens.slice(0, k).map((x) => x.lower).lastIndexOf(tokens.slice(0, k).map((x) => x.lower).reverse().find((w) => /^(quoted|quoting|quotes|quote|cited|cites|citing)$/.test(w)) ?? '\u0000');
      const who = q >= 0 ? objectAfter(p, q + 1) : null;
      if (who && who.type !== 'pronoun') push(k, who, 'inverted', { cue: 'quoted as saying' }, 'quote');
      continue;
    }
    // ", saying …", ", adding …", "by asking …": the subject of the sentence
    // (", wrongly suggesting": an adverb between the comma and the participle)
    const lead = tokens[k - 1]?.word && !tokens[k - 1].cap && /ly$/.test(tokens[k - 1].lower) ? k - 2 : k - 1;
    if (/ing$/.test(t.lower) && (tokens[lead]?.text === ',' || tokens[k - 1]?.lower === 'by')) {
      const main = out[0]?.who ?? sentenceSubject(p) ?? subjectBefore(p, k - 1)?.who;
      if (main) push(k, main, 'participle', cue, base);
      continue;
    }
    // "a super PAC supporting Clinton": an -ing form is a verb only after "is", "was", "has been"
    if (/ing$/.test(t.lower)) {
      let b = k - 1;
      while (b >= 0 && tokens[b].word && /ly$/.test(tokens[b].lower)) b--;
      if (!/^(is|are|was|were|be|been|being|am|'s|’s|'re|’re|keeps|kept|continues|continued|began|begins|started|starts)$/.test(tokens[b]?.lower ?? '')) continue;
    }
    // "Senator X, the Alabama Republican who heads the Senate Banking Committee, which oversees the
    // Fed, said": a name found inside the opening person's own apposition is not the subject
    const before = subjectBefore(p, k);
    const long = before?.shape === 'appositive' || !before ? longAppositive(p, k, base) : null;
    const inside = !!before && !!long && before.who.type === 'name' && long.who.type === 'name' && before.who.mention.start > long.who.mention.end;
    const subj = (inside ? long : before) ?? long ?? shareOfGroup(p, k);
    if (!subj) {
      // "Sanders has cast her as unqualified and accused her of …": a second verb shares the sentence's subject
      let b = k - 1;
      while (b >= 0 && tokens[b].word && !tokens[b].cap && (AUX.has(tokens[b].lower) || /ly$/.test(tokens[b].lower))) b--;
      if (/^(and|but)$/.test(tokens[b]?.lower ?? '') && !tokens[b].cap) {
        const main = out[0]?.who ?? sentenceSubject(p);
        if (main && SPEECH_CUES.has(base)) push(k, main, 'subject', cue, base);
      }
      continue;
    }
    // pronouns inside a quotation belong to the speaker's own story, not to this one
    if (subj.who.type === 'pronoun' && (p.quoted[k] || /^(i|we|you)$/.test(subj.who.word))) continue;
    push(k, subj.who, subj.shape, cue, base, subj.role, subj.rule);
    // "Donald Trump and House Speaker Paul Ryan pledged": every name of a coordinated subject
    if (subj.who.type === 'name' && subj.shape === 'subject') for (const m of coordinated(p, subj.who.mention)) push(k, { type: 'name', mention: m }, 'subject', cue, base, m.title);
  }
  return out;
}

/**
 * A person who opens the clause, set off by a long apposition before a speech verb: "Paul Porter,
 * a truck driver from Ava, Mo., who is a member of the Teamsters union, said"; "'…,' Texas delegate
 * Bill Eastland, wearing a cowboy hat and campaign pins, said". Only the first person of the
 * clause, only speech, only a comma before the verb and no sentence break in between.
 */
function longAppositive(p: ParsedSentence, k: number, base: string): { who: Who; shape: Shape; role?: string; rule?: string } | null {
  const { tokens } = p;
  // (adverbs and auxiliaries between the comma and the verb: "…, a union that has endorsed him, also said")
  let v = k;
  while (v > 0 && tokens[v - 1].word && !tokens[v - 1].cap && (AUX.has(tokens[v - 1].lower) || /ly$/.test(tokens[v - 1].lower))) v--;
  if (tokens[v - 1]?.text !== ',' || p.quoted[k] || !SPEECH_CUES.has(base)) return null;
  k = v;
  // the clause opens the sentence or follows a quotation: "“…,” X, …, said"
  let s0 = firstWord(tokens);
  for (let i = 1; i < k; i++) if (closesQuote(tokens[i]) && (tokens[i - 1]?.text === ',' || tokens[i + 1]?.text === ',')) {
    s0 = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    break;
  }
  if (s0 < 0) return null;
  const m = p.mentions.find((x) => x.start >= s0 && x.start <= s0 + 4 && x.start < k && !x.place && x.kind !== 'adjective');
  if (!m || (m.kind !== 'person' && !(m.kind === 'unknown' && !COUNTRIES.has(m.name))) || m.place || m.modifier || m.quoted || tokens[m.end]?.text !== ',' || k - m.end > 40) return null;
  // only a title or a place before the name ("Texas delegate Bill Eastland")
  for (let i = s0; i < m.runStart; i++) {
    const x = tokens[i];
    const inName = p.mentions.some((y) => y.runStart <= i && i < y.end && (y.place || y.kind === 'adjective' || y.kind === 'organization'));
    if (!inName && !(x.word && !x.cap && (TITLES.has(x.lower) || ROLE_WORDS.has(x.lower) || DESCRIPTION_WORDS.has(x.lower)))) return null;
  }
  for (let i = m.end; i < k; i++) if (/^[.;:?!—–]$/.test(tokens[i].text) || (tokens[i].word && !tokens[i].cap && INVERSION_VERBS.has(tokens[i].lower) && !/ed$/.test(tokens[i].lower))) return null;
  return { who: { type: 'name', mention: m }, shape: 'appositive', role: roleAfter(p, { type: 'name', mention: m }) };
}

/**
 * A share of a named group that opens the sentence, with what narrows it before the verb:
 * "Majorities of Democrats in five states going to the polls Tuesday say", "About two-thirds of
 * Republican primary voters in all five states voting Tuesday support". No comma, no other verb of
 * speech in between.
 */
function shareOfGroup(p: ParsedSentence, k: number): { who: Who; shape: Shape; role?: string; rule: string } | null {
  const { tokens } = p;
  let i = firstWord(tokens);
  // ("going to the polls Tuesday say": a cue word after an article or a preposition is a noun)
  const noun = (x: number) => NOUN_CUE_PLURALS.has(tokens[x].lower) || /^(the|a|an|to|of|in|at|on|for|by|with|from|their|his|her|its)$/.test(tokens[x - 1]?.lower ?? '');
  if (i < 0 || k - i > 20 || noun(k)) return null;
  if (/^(about|nearly|almost|roughly|some|over|more|fewer|just|only|large|small|big|solid|narrow|slim|clear|overwhelming)$/.test(tokens[i].lower)) i++;
  if (QUANTITY.test(tokens[i]?.lower ?? '')) {
    // "two-thirds of", "half of"
  } else if (/^\d/.test(tokens[i]?.text ?? '') || /^(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\w+)?$/.test(tokens[i]?.lower ?? '')) i++;
  if (!QUANTITY.test(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'of') return null;
  let m = p.startsAt.get(i + 2);
  let head = i + 2;
  // "of Republican primary voters": an adjective, then plain words, then the plural head
  if (m?.kind === 'adjective') {
    let e = m.end;
    while (e < k && tokens[e].word && !tokens[e].cap && !/s$/.test(tokens[e].lower) && e - m.end < 3) e++;
    if (e >= k || !tokens[e].word || tokens[e].cap || !UNNAMED_HEADS.has(tokens[e].lower)) return null;
    head = e;
    for (let x = head + 1; x < k; x++) if (/^[,;:.“”"—–]$/.test(tokens[x].text) || (tokens[x].word && !tokens[x].cap && CUE_VERBS.has(tokens[x].lower) && !noun(x))) return null;
    return { who: { type: 'description', text: text(tokens, i + 2, head + 1), head: tokens[head].lower }, shape: 'subject', rule: 'share-of-group' };
  }
  if (!m || m.kind !== 'group') return null;
  for (let x = m.end; x < k; x++) if (/^[,;:.“”"—–]$/.test(tokens[x].text) || (tokens[x].word && !tokens[x].cap && CUE_VERBS.has(tokens[x].lower) && !noun(x))) return null;
  return { who: { type: 'name', mention: m }, shape: 'subject', rule: 'share-of-group' };
}

/** Where a name's run starts, with a title in lower case before it ("former Gov. X"). */
function runWithTitle(tokens: Token[], x: Mention): number {
  let r = x.runStart;
  while (r > 0 && x.runStart - r < 2 && tokens[r - 1].word && !tokens[r - 1].cap && (TITLES.has(tokens[r - 1].lower) || ROLE_WORDS.has(tokens[r - 1].lower))) r--;
  return r;
}

/**
 * The names coordinated before a subject ("Trump and Ryan", "Clinton, Sanders and O'Malley"),
 * when the list opens the clause: at the sentence's start or after an opener ("But", "On Tuesday,").
 */
function coordinated(p: ParsedSentence, m: Mention): Mention[] {
  const { tokens } = p;
  const found: Mention[] = [];
  const start = (x: Mention) => runWithTitle(tokens, x);
  let b = start(m) - 1;
  if (tokens[b]?.lower !== 'and') return [];
  for (let hops = 0; hops < 5; hops++) {
    // "Former Maryland Gov. Martin O'Malley (D) and …": a party tag after the name
    if (tokens[b - 1]?.text === ')') {
      let o = b - 1;
      while (o > 0 && tokens[o].text !== '(' && b - o < 8) o--;
      if (tokens[o].text === '(') b = o;
    }
    const mm = p.endsAt.get(b - 1);
    if (!mm || mm.place || mm.modifier || mm.kind === 'adjective' || !/^(person|organization|publication|unknown|group)$/.test(mm.kind)) return [];
    found.push(mm);
    b = start(mm) - 1;
    if (tokens[b]?.text !== ',' || !p.endsAt.has(b - 1)) break;
  }
  const before = tokens[b];
  const opens = b < firstWord(tokens) || !before.word || subjectOpener(before);
  return opens ? found : [];
}

/** The cue as written, with its channel: "told Fox News", "said on CNN's State of the Union", "wrote on Twitter". */
function cueText(p: ParsedSentence, k: number): { cue: string; channel?: string } {
  const { tokens } = p;
  const t = tokens[k];
  const told = /^(told|tells|tell|telling)$/.test(t.lower);
  let j = k + 1;
  if (!told) {
    if (tokens[j] && /^(on|to|in)$/.test(tokens[j].lower)) j++;
    else return { cue: t.text };
  }
  // "in an interview with NPR", "in a statement to Politico"
  if (tokens[j] && /^(a|an|the|his|her|their|its)$/.test(tokens[j].lower) && tokens[j + 1] && CUE_NOUNS.has(tokens[j + 1].lower)) {
    if (tokens[j + 2] && /^(with|to|on)$/.test(tokens[j + 2].lower)) {
      const at = tokens[j + 3]?.lower === 'the' ? j + 4 : j + 3;
      const m = p.startsAt.get(at);
      if (m && m.kind !== 'person' && m.kind !== 'adjective') return { cue: text(tokens, k, m.end), channel: m.name };
    }
    return { cue: text(tokens, k, j + 2) };
  }
  const at = tokens[j]?.lower === 'the' ? j + 1 : j;
  const m = p.startsAt.get(at);
  if (m && (m.kind === 'publication' || PLATFORMS.test(m.name) || (told && m.kind === 'organization' && /^[\p{Lu}&.]{2,7}$/u.test(m.name))))
    return { cue: text(tokens, k, m.end), channel: m.name };
  if (told && tokens[j] && /^(reporters|journalists|supporters|the|a|an)$/.test(tokens[j].lower)) return { cue: text(tokens, k, j + 1) };
  return { cue: t.text };
}

/** Who stands right after a position: a name (titles skipped), a pronoun or a short description. */
function objectAfter(p: ParsedSentence, k: number, inverted = false): Who | null {
  const { tokens } = p;
  let j = k;
  // "the" whatever its case ("according to The New York Times" names "New York Times"); German and
  // French articles only in lower case ("selon le ministre", but "selon Le Monde")
  while (tokens[j] && (/^(the|a|an)$/.test(tokens[j].lower) || (!tokens[j].cap && /^(der|die|das|dem|den|des|le|la|les|l'|du)$/.test(tokens[j].lower)))) j++;
  // "…, say some Democrats, who …": a share of a named group
  if (tokens[j] && !tokens[j].cap && /^(some|many|most|several|other|few|two|three)$/.test(tokens[j].lower) && p.startsAt.get(j + 1)?.kind === 'group') j++;
  // "said Florida-based Republican strategist Al Cardenas": a hyphenated adjective opens the role
  while (tokens[j] && /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(tokens[j].text) && !p.startsAt.has(j)) j++;
  const m0 = p.startsAt.get(j);
  if (m0 && m0.modifier) {
    // "according to the Clinton campaign", "according to the Real Clear Politics average"
    let h = m0.end;
    while (tokens[h + 1]?.word && !tokens[h + 1].cap && h < m0.end + 2 && !/^(of|in|on|at|for|from|to|by|with|that|which|who|and|or)$/.test(tokens[h + 1].lower)) h++;
    const head = tokens[h];
    return head?.word ? { type: 'description', text: text(tokens, k, h + 1), head: head.lower, possessor: m0 } : null;
  }
  if (m0) {
    // "said L2 president Bruce Willsie", "said Virginia delegate Beau Correll", "said Republican party boss
    // Reince Priebus", "said Florida’s Rick Wilson": an organisation, place or party, a role, then the person
    if (m0.kind !== 'person') {
      const poss = /^['’]s$/.test(tokens[m0.end]?.text ?? '');
      const from = poss ? m0.end + 1 : m0.end;
      let e2 = from;
      while (e2 < tokens.length && e2 < from + 4 && tokens[e2].word && !tokens[e2].cap) e2++;
      const person = p.startsAt.get(e2);
      const role = (x: Token) => TITLES.has(x.lower) || ROLE_WORDS.has(x.lower) || UNNAMED_HEADS.has(x.lower) || /(?:er|or|ist|ian|man|woman|person|boss|chief|head)$/.test(x.lower);
      const between = tokens.slice(from, e2);
      if (person && (person.kind === 'person' || person.kind === 'unknown') && !person.place && (poss ? between.every(role) : between.length > 0 && between.some(role))) return { type: 'name', mention: person };
    }
    if (m0.kind === 'adjective' || (m0.place && !COUNTRIES.has(m0.name))) return capitalDescription(p, k, j);
    // "according to the New York Times", "said Sen. X"
    return { type: 'name', mention: m0 };
  }
  if (tokens[j] && PRONOUNS.has(tokens[j].lower)) return null;
  // "a report by X", "data from X", "a spokesman for X", "former secretary of state Hillary Clinton"
  let e = j;
  while (e < tokens.length && e < j + 6 && ((tokens[e].word && !tokens[e].cap) || /^['’]s?$/.test(tokens[e].text))) e++;
  // ("a count by The Associated Press": a capitalised article before the name)
  const m = p.startsAt.get(e) ?? (tokens[e]?.lower === 'the' && e > j ? p.startsAt.get(e + 1) : undefined);
  if (m && e > j && m.kind !== 'adjective') {
    const words = tokens.slice(j, e).map((x) => x.lower);
    const last = words[words.length - 1];
    // a role before a name: "said Priorities spokesman Justin Barasky", "said former secretary of state X"
    if (words.some((w) => TITLES.has(w)) && !/^(of|for|from|by|with|at|to)$/.test(last)) return { type: 'name', mention: m };
    // "says political scientist Dossym Satpayev", "said retired nurse Ann Cole": a role of plain words
    if (inverted && m.kind === 'person' && words.length <= 3 && words.every((w) => !PREPOSITIONS.has(w) && !AFFILIATION.has(w) && !AUX.has(w) && !CUE_VERBS.has(w) && !PRONOUNS.has(w) && !POSSESSIVE_PRONOUNS.has(w) && !/^(the|a|an|one|another|and|or|but|that|this|these|those|so|then|now|when|if|as)$/.test(w)))
      return { type: 'name', mention: m };
    // "a report by X", "data from X", "a statement from X" → X
    if (/^(by|from|of)$/.test(last) && words.slice(0, -1).some((w) => DOCUMENT_NOUNS.has(w) || CUE_NOUNS.has(w) || DATA_NOUNS.has(w))) return { type: 'name', mention: m };
    // "a spokesman for X": unnamed, X's
    if (/^(for|of|to|at|with|close)$/.test(last) && words.slice(0, -1).some((w) => UNNAMED_HEADS.has(w)))
      return { type: 'description', text: text(tokens, k, m.end), head: words.find((w) => UNNAMED_HEADS.has(w))!, possessor: m };
  }
  if (e > j) {
    const words = tokens.slice(j, e).map((x) => x.lower);
    const h = words.find((w) => UNNAMED_HEADS.has(w) || (!inverted && (DOCUMENT_NOUNS.has(w) || ORG_WORDS.has(w))));
    if (h && (!inverted || words.indexOf(h) <= 2)) return { type: 'description', text: describe(p, k, j + words.indexOf(h) + 1), head: h };
  }
  return capitalDescription(p, k, j);
}

/**
 * A description whose words run through a party, a place or an organisation to its head:
 * "according to a Democratic aide", "said one unaligned Florida Republican strategist", "said a
 * prominent Republican National Committee member who …", "said one Democrat familiar with …".
 */
function capitalDescription(p: ParsedSentence, k: number, j: number): Who | null {
  const { tokens } = p;
  let caps = 0;
  for (let e = j; e < tokens.length && e < j + 8; e++) {
    const x = tokens[e];
    if (!x.word) return null;
    const head = !x.cap ? UNNAMED_HEADS.has(x.lower) : /^(democrat|republican)$/.test(x.lower) && (!tokens[e + 1]?.word || /^(familiar|close|who|with|involved|briefed|knowledgeable|in|from|on)$/.test(tokens[e + 1].lower));
    if (head && (caps > 0 || x.cap)) return { type: 'description', text: describe(p, k, e + 1), head: x.lower };
    if (head) return null;
    if (x.cap) {
      const inName = p.mentions.find((y) => y.runStart <= e && e < y.end);
      // ("Florida Republican" read as a person's name is a party and a place here)
      if (!inName || (inName.kind === 'person' && !PROPER_ADJECTIVE.test(tokens[inName.end - 1].text))) return null;
      caps++;
      continue;
    }
    if (PREPOSITIONS.has(x.lower) || AFFILIATION.has(x.lower) || AUX.has(x.lower) || CUE_VERBS.has(x.lower) || PRONOUNS.has(x.lower) || POSSESSIVE_PRONOUNS.has(x.lower) || /^(and|or|but|that|which|who)$/.test(x.lower)) return null;
  }
  return null;
}

/** A description cut to a readable length: "a source familiar with the talks". */
function describe(p: ParsedSentence, from: number, to: number): string {
  const { tokens } = p;
  let e = to;
  if (tokens[e] && /^(familiar|close|briefed|involved|knowledgeable|with)$/.test(tokens[e].lower)) {
    while (e < tokens.length && e < to + 7 && tokens[e].word) e++;
  }
  return text(tokens, from, e).replace(/^(the|a|an)\s+/i, (d) => d.toLowerCase());
}

/** The role a source carries after its name: "said Mike Lux, a progressive activist". */
function roleAfter(p: ParsedSentence, who: Who): string | undefined {
  if (who.type !== 'name') return undefined;
  const { tokens } = p;
  const m = who.mention;
  if (tokens[m.end]?.text !== ',') return m.title;
  let from = m.end + 1;
  // "said Marisol Vega, 34, a home health aide": the age first
  if (/^\d{1,3}$/.test(tokens[from]?.text ?? '') && tokens[from + 1]?.text === ',') from += 2;
  let e = from;
  while (e < tokens.length && !/^[,.;:”"()]$/.test(tokens[e].text) && e < from + 15) e++;
  const role = text(tokens, from, e);
  if (!role || !/^(a|an|the|[a-z]|\p{Lu}\p{L}+ (?:spokes|chair|director|president|secretary|adviser|aide|official))/u.test(role) || /^(who|which|where|when|and|but|said|says|adding)\b/.test(role)) return m.title;
  return m.title ? `${m.title}, ${role}` : role;
}

/** The name or pronoun a sentence opens with (after an opening phrase such as "On Tuesday,"). */
function sentenceSubject(p: ParsedSentence): Who | null {
  const { tokens } = p;
  let i = 0;
  while (i < tokens.length && !tokens[i].word) i++;
  // a dateline: "WASHINGTON —", "WASHINGTON, June 24 (UPI) —"
  const dash = tokens.findIndex((t, k) => k < 12 && (t.text === '—' || t.text === '–' || (t.text === '-' && tokens[k - 1]?.end !== t.start && tokens[k + 1]?.start !== t.end)));
  if (dash > 0 && tokens[i].text === tokens[i].text.toUpperCase()) i = dash + 1;
  const at = (k: number): Who | null => {
    const m = p.startsAt.get(k);
    // "CNN’s Tara Setmayer ridiculed …": the person after a possessive, not the possessor
    if (m && /^['’]s$/.test(tokens[m.end]?.text ?? '')) {
      let h = m.end + 1;
      while (h < m.end + 4 && tokens[h]?.word && !tokens[h].cap) h++;
      const owned = p.startsAt.get(h);
      if (owned && owned.kind === 'person' && !owned.place) return { type: 'name', mention: owned };
    }
    if (m && !m.place && !m.modifier && m.kind !== 'adjective') return { type: 'name', mention: m };
    if (tokens[k]?.word && PRONOUNS.has(tokens[k].lower) && !/^(i|we|you|it)$/.test(tokens[k].lower)) return { type: 'pronoun', word: tokens[k].lower };
    return null;
  };
  const first = at(i);
  if (first) return first;
  // "On Tuesday, Clinton …"
  const comma = tokens.findIndex((t, k) => k > i && k < i + 8 && t.text === ',');
  return comma > 0 ? at(comma + 1) : null;
}

/**
 * A role owned by someone: "Sanders’ campaign manager", "Alphabet's founders", "Clay's biographers"
 * (a possessive within the three words before it).
 */
function possessedRole(p: ParsedSentence, j: number): boolean {
  const { tokens } = p;
  const t = tokens[j];
  if (t.cap || !t.word) return false;
  // (cheap first: most words have no possessive before them)
  let b = j - 1;
  while (b >= 0 && b >= j - 3 && tokens[b].word) b--;
  if (b < 0 || b < j - 3) return false;
  const x = tokens[b].text;
  if (!(x === '’s' || x === "'s" || ((x === '’' || x === "'") && tokens[b - 1]?.cap && /s$/.test(tokens[b - 1].text)))) return false;
  const one = t.lower.replace(/s$/, '');
  if (/^(former|late|acting|deputy|vice|first|prime|general|private|major|lady|chief|then-candidate|executive|partner)$/.test(one)) return false;
  return TITLES.has(t.lower) || TITLES.has(one) || ROLE_WORDS.has(t.lower) || ROLE_WORDS.has(one) || /^(co-)?founder$|^biographer$/.test(one);
}

/**
 * A plural noun after a name or a nation's or party's adjective: "Democratic politicians",
 * "Republican establishment figures", "Clinton allies", "U.S. lobbyists".
 */
function affiliatedPlural(p: ParsedSentence, j: number): boolean {
  const t = p.tokens[j];
  if (t.lower.length < 4 || !/[^s']s$/.test(t.lower) || AUX.has(t.lower) || OPENER_WORDS.has(t.lower) || CUE_VERBS.has(t.lower) || /ly$/.test(t.lower)) return false;
  for (let b = j - 1; b >= 0 && b >= j - 2; b--) {
    const m = p.endsAt.get(b);
    if (m && m.kind !== 'publication') return true;
    const x = p.tokens[b];
    if (!x.word || x.cap || AUX.has(x.lower) || CUE_VERBS.has(x.lower) || /^(of|in|at|for|to|and|or|the|a|an)$/.test(x.lower)) return false;
  }
  return false;
}

const firstWord = (tokens: Token[]) => tokens.findIndex((t) => t.word);

const RUN_STOP = /^(who|whom|whose|which|that|the|a|an|and|or|but|nor|not|no|as|if|when|while|than|this|these|those|said|says)$/;
/**
 * Whether the cue word at k is a noun: a base form ("poll", "show", "campaign", "detail", not "says" or
 * "said") right after a run of name words and lower-case modifiers that opens with "a"/"an" ("a BVA
 * poll", "an XM Satellite radio show", "a broader Saudi public relations campaign": an indefinite
 * subject never takes a base form) or joins two names by a slash ("the NBC/Wall Street Journal poll").
 */
function modifiedNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.cap || CUE_VERBS.get(t.lower) !== t.lower || /^(put|bet|forecast|read|cast|set|hit|cut|quit)$/.test(t.lower)) return false;
  // ("a Gallup poll", "a Labor Department study": the document speaks for its maker; "a White House press
  // secretary": the noun is part of a role)
  const next = tokens[k + 1];
  if (DOCUMENT_NOUNS.has(t.lower) || DATA_NOUNS.has(t.lower) || /^(survey|study|poll|report)$/.test(t.lower)) return false;
  if (next?.word && !next.cap && (TITLES.has(next.lower) || ROLE_WORDS.has(next.lower) || UNNAMED_HEADS.has(next.lower))) return false;
  const run = modifierRun(tokens, k);
  return run === 'indefinite' || run === 'slash';
}

/** A modal before the cue (adverbs and "not" between): "would inevitably release", "will not endorse". */
function modalBefore(tokens: Token[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && tokens[b].word && !tokens[b].cap && (/ly$/.test(tokens[b].lower) || /^(not|never|also|still|soon|then|be|have)$/.test(tokens[b].lower))) b--;
  return /^(would|will|could|should|might|may|must|can|wo|'ll|’ll)$/.test(tokens[b]?.lower ?? '');
}

/** Verbs that report a clause of someone else's words or thoughts ("said that …", "believes …"). */
const REPORTING = new Set(['say', 'tell', 'add', 'note', 'argue', 'claim', 'insist', 'suggest', 'repeat', 'reiterate', 'believe', 'think', 'know', 'joke', 'predict', 'warn', 'write', 'explain', 'contend', 'assert', 'acknowledge', 'admit', 'report', 'recall', 'fear', 'hope', 'worry', 'expect', 'suspect', 'doubt', 'maintain', 'state', 'declare', 'stress', 'emphasize', 'agree', 'observe', 'remark', 'demand', 'concede', 'allege', 'announce', 'confirm', 'deny', 'reveal', 'indicate', 'promise', 'complain', 'charge', 'hint', 'imply', 'assume', 'realize', 'feel', 'learn', 'estimate', 'conclude', 'testify', 'speculate', 'wonder', 'guess', 'point']);

/** Nouns whose "that" clause is someone's words or belief ("news that", "the claim that", "fears that"). */
const REPORTED_NOUNS = new Set(['news', 'word', 'claim', 'claims', 'assertion', 'suggestion', 'idea', 'notion', 'belief', 'beliefs', 'fear', 'fears', 'hope', 'hopes', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation', 'allegation', 'allegations', 'reports', 'argument', 'impression', 'perception', 'view', 'theory', 'suspicion', 'suspicions', 'concern', 'concerns', 'warning', 'warnings', 'prediction', 'predictions', 'expectation', 'expectations', 'sense', 'feeling']);

/**
 * The subject of cue k opens the clause a reporting verb before it governs: "repeated that China
 * opposed", "said Trump was seeking", "told Cuomo she believed that Clinton would release". The
 * verb stands right before the subject, or before "that" with at most a short object between.
 */
function reportedClause(p: ParsedSentence, who: Who, k: number): boolean {
  const { tokens } = p;
  let s = -1;
  if (who.type === 'name') s = who.mention.runStart;
  else if (who.type === 'description') {
    // the description's own first token ("that the American people" opens at "that")
    const words = who.text.split(/\s+/);
    for (let i = Math.min(k, tokens.length - words.length) - 1; i >= 0 && s < 0; i--) if (text(tokens, i, i + words.length) === who.text) s = /^that$/i.test(words[0]) ? i + 1 : i;
  }
  if (s < 0 || s >= k) return false;
  let b = s - 1;
  while (b >= 0 && /^(the|a|an)$/.test(tokens[b].lower)) b--;
  const that = tokens[b]?.lower === 'that';
  if (that) b--;
  for (let c = b, n = 0; c >= 0 && n < (that ? 6 : 1); c--, n++) {
    const x = tokens[c];
    if (!x.word && x.text !== "'s" && x.text !== '’s') return false;
    if (x.word && !x.cap && CUE_VERBS.has(x.lower) && REPORTING.has(CUE_VERBS.get(x.lower) ?? x.lower)) return true;
    // "news that the department would sue", "the claim that Obama wanted": a noun's reported content
    if (that && c === b && x.word && !x.cap && REPORTED_NOUNS.has(x.lower)) return true;
  }
  return false;
}

/**
 * A cue verb whose particle or object makes it an action, not something said: "Berlin backed off",
 * "backed out of the conference", "called off a deal", "went on to win", "the Senate goes on recess",
 * "found himself in a bind", "is polling a distant third", and "thanks to" (a preposition).
 */
function phrasalAction(tokens: Token[], k: number): boolean {
  const base = CUE_VERBS.get(tokens[k].lower) ?? tokens[k].lower;
  const w = (i: number) => tokens[k + i]?.lower ?? '';
  if (/^back(s|ed|ing)?$/.test(tokens[k].lower) && /^(off|out|away|down)$/.test(w(1))) return true;
  if (/^call(s|ed|ing)?$/.test(tokens[k].lower) && w(1) === 'off') return true;
  if (tokens[k].lower === 'thanks' && w(1) === 'to') return true;
  if (/^(go|goes|went|going|gone)$/.test(tokens[k].lower) && w(1) === 'on' && (/^(recess|vacation|leave|strike|trial|sale|tour)$/.test(w(2)) || (w(2) === 'to' && !CUE_VERBS.has(w(3)) && !SPEECH_CUES.has(w(3)) && !/ly$/.test(w(3))))) return true;
  if (/^find(s|ing)?$|^found$/.test(tokens[k].lower) && /^(himself|herself|itself|themselves|ourselves|myself)$/.test(w(1))) return true;
  if (base === 'poll' && /ing$/.test(tokens[k].lower) && (/^(at|in|well|poorly|behind|ahead|strongly)$/.test(w(1)) || (w(1) === 'a' && /^(distant|close|strong|weak)$/.test(w(2))))) return true;
  return false;
}

/**
 * "a super PAC called Our Principles", "a Facebook group called Occupy the Hall": "called" after a
 * thing introduced by "a"/"an" and before its name names it (not "a Dunn aide called the plan absurd").
 */
function namingParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (t.cap || !/^(called|named|dubbed|titled)$/.test(t.lower) || !next || !(/^[“"‘']$/.test(next.text) || next.cap)) return false;
  if (prev?.word && !prev.cap && (TITLES.has(prev.lower) || ROLE_WORDS.has(prev.lower) || UNNAMED_HEADS.has(prev.lower) || ROLE_HEADS.has(prev.lower))) return false;
  return modifierRun(tokens, k) === 'indefinite';
}

/** The run of name words and lower-case modifiers right before k: opened by "a"/"an", or holding two names joined by a slash after a determiner. */
function modifierRun(tokens: Token[], k: number): 'indefinite' | 'slash' | null {
  let name = false;
  let slash = false;
  let i = k - 1;
  for (; i >= 0 && k - i <= 9; i--) {
    const x = tokens[i];
    if (x.text === '/' || x.text === '&' || x.text === '-') {
      slash ||= x.text === '/';
      continue;
    }
    if (!x.word || RUN_STOP.test(x.lower)) break;
    if (x.cap) {
      name = true;
      continue;
    }
    if (AUX.has(x.lower) || PREPOSITIONS.has(x.lower) || AFFILIATION.has(x.lower) || PRONOUNS.has(x.lower) || POSSESSIVE_PRONOUNS.has(x.lower) || isCueVerb(x) || /(ed|ing)$/.test(x.lower)) return null;
  }
  if (!name || i === k - 1) return null;
  const stop = tokens[i]?.lower ?? '';
  return /^(a|an)$/.test(stop) ? 'indefinite' : slash && /^(the|his|her|their|its|this|that)$/.test(stop) ? 'slash' : null;
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Where a time phrase between a subject and its verb starts: "on Wednesday morning", "last month", "earlier this week". */
function timeBefore(tokens: Token[], j: number, k: number): number {
  const at = (i: number) => tokens[i]?.lower ?? '';
  let b = j;
  if (/^(morning|afternoon|evening|night)$/.test(at(b)) && WEEKDAY.test(at(b - 1))) b--;
  // (a bare weekday before a present form is a name's end: "Super Tuesday states", "the Super Tuesday polls")
  const present = CUE_VERBS.get(at(k)) === at(k) || /[^s]s$/.test(at(k));
  if (WEEKDAY.test(at(b)) && tokens[b].cap && (at(b - 1) === 'on' || !present || b < j)) return at(b - 1) === 'on' ? b - 2 : b - 1;
  if (/^(week|month|year|weekend)$/.test(at(b)) && /^(last|this|next)$/.test(at(b - 1))) return at(b - 2) === 'earlier' ? b - 3 : b - 2;
  if (/^(today|yesterday|tonight)$/.test(at(b))) return b - 1;
  return j;
}

/** The subject before a cue verb: skips adverbs, "(R-Fla.)" and appositives ("X, a spokesperson for Y, said"). */
function subjectBefore(p: ParsedSentence, k: number): { who: Who; shape: Shape; role?: string; rule?: string } | null {
  const { tokens } = p;
  let j = k - 1;
  const adverbs = () => {
    while (j >= 0 && tokens[j].word && !tokens[j].cap && (AUX.has(tokens[j].lower) || /ly$/.test(tokens[j].lower))) j--;
  };
  adverbs();
  // "Sen. Bernie Sanders on Wednesday morning also called", "Rep. Brad Sherman (D-Calif.) last month joked"
  const before = j;
  j = timeBefore(tokens, j, k);
  if (j !== before) adverbs();
  if (j < 0) return null;
  let role: string | undefined;
  let shape: Shape = 'subject';
  for (let hops = 0; hops < 4 && j >= 0; hops++) {
    // "(R-Fla.)", "(D-N.D.)", "(pictured)"
    if (tokens[j].text === ')') {
      let o = j;
      while (o >= 0 && tokens[o].text !== '(' && j - o < 8) o--;
      if (o < 0) return null;
      j = o - 1;
      if (j < 0) return null;
    }
    // "Jillian Chase, 27, a Tinder user in New York, said": the age after the name
    if (shape === 'appositive' && /^\d{1,3}$/.test(tokens[j].text) && tokens[j - 1]?.text === ',' && p.endsAt.get(j - 2)?.kind === 'person') j -= 2;
    const t = tokens[j];
    const m = p.endsAt.get(j);
    if (m) {
      if (m.modifier || m.kind === 'adjective') return null;
      const b = tokens[m.runStart - 1];
      // "Stacy Baker of Columbia, South Carolina says": the place belongs to the person before it
      // ("…and a more muscular Russia, Germany has pledged": a country after a list's comma is the subject)
      const cityBefore = b?.text === ',' && !!p.endsAt.get(m.runStart - 2) && /^(of|from|in|,)$/.test(tokens[p.endsAt.get(m.runStart - 2)!.runStart - 1]?.lower ?? '');
      if (m.place && b && ((b.text === ',' && (!COUNTRIES.has(m.name) || cityBefore)) || /^(of|from|in)$/.test(b.lower))) {
        j = m.runStart - 1;
        while (j >= 0 && (tokens[j].text === ',' || /^(of|from|in)$/.test(tokens[j].lower) || p.endsAt.get(j)?.place)) j = p.endsAt.get(j)?.place ? p.endsAt.get(j)!.runStart - 1 : j - 1;
        continue;
      }
      if (m.place && !COUNTRIES.has(m.name)) return null;
      // "85% of Democrats said", "Half of Vermont Democrats said": a share of a named group speaks for it
      if (b?.lower === 'of' && /s$/.test(m.name) && !m.place && (m.kind === 'group' || m.kind === 'person' || m.kind === 'unknown') && QUANTITY.test(tokens[m.runStart - 2]?.lower ?? ''))
        return { who: { type: 'name', mention: m }, shape };
      // the word before the name, past a capitalised "The" that opens it ("of The Intercept", "by The Times")
      const ps = b?.cap && b.lower === 'the' ? m.runStart - 2 : m.runStart - 1;
      const pb = tokens[ps];
      // "John Smith of Acme said": Acme is the affiliation
      if (pb && !pb.cap && AFFILIATION.has(pb.lower) && p.endsAt.has(ps - 1)) {
        role ??= text(tokens, ps, m.end);
        j = ps - 1;
        continue;
      }
      // "Anthony Anton, president and CEO of the Washington Restaurant Association stated": the role
      // ran on to the verb without its closing comma; the person before the comma is the subject
      if (m.kind !== 'person') {
        let c = m.runStart - 1;
        while (c >= 0 && m.runStart - c < 10 && tokens[c].text !== ',' && tokens[c].word && (!tokens[c].cap || TITLES.has(tokens[c].lower))) c--;
        const person = c > 0 && tokens[c].text === ',' ? p.endsAt.get(c - 1) : undefined;
        if (person && person.kind === 'person' && tokens.slice(c + 1, m.runStart).some((x) => TITLES.has(x.lower))) {
          return { who: { type: 'name', mention: person }, shape: 'appositive', role: text(tokens, c + 1, m.end) };
        }
      }
      // "Data from the shipping analytics firm Portcast showed", "a report by X found": X's data
      if (pb && !pb.cap) {
        const lead = tokens.slice(Math.max(0, ps - 7), ps + 1).map((x) => x.lower);
        const via = Math.max(lead.lastIndexOf('from'), lead.lastIndexOf('by'));
        if (via > 0 && lead.slice(0, via).some((w) => DOCUMENT_NOUNS.has(w) || DATA_NOUNS.has(w) || w === 'data' || w === 'figures' || w === 'numbers' || w === 'research')) return { who: { type: 'name', mention: m }, shape };
      }
      // "officials who spoke with The Huffington Post said", "the team from Valeant did not want": a
      // name after a preposition is no subject; nor after a verb ("attempts to insulate Melania only added")
      // "a spokeswoman for YouTube said", "an aide to the senator said": the person the name stands after
      const q = b && /^(the|a|an)$/.test(b.lower) ? m.runStart - 2 : m.runStart - 1;
      if (tokens[q] && !tokens[q].cap && /^(for|of|to|at|with)$/.test(tokens[q].lower)) {
        const h = tokens[q - 1];
        // ("Executives for Mondelez, which …, say": the head may open the sentence)
        if (h?.word && (!h.cap || q - 1 === firstWord(tokens)) && UNNAMED_HEADS.has(h.lower)) {
          let s0 = q - 1;
          while (s0 > 0 && tokens[s0 - 1].word && !tokens[s0 - 1].cap && DESCRIPTION_WORDS.has(tokens[s0 - 1].lower)) s0--;
          if (s0 > 0 && tokens[s0 - 1].word && /^(a|an|the|one|another)$/.test(tokens[s0 - 1].lower)) s0--;
          return { who: { type: 'description', text: text(tokens, s0, m.end), head: h.lower, possessor: m }, shape };
        }
      }
      // ("after BuzzFeed reported", "before Nabisco announced": a conjunction there, the name its clause's subject)
      // ("editor at large of The Forward, …, wrote": the same after a capitalised "The")
      const determiner = !!b && /^(a|an|the)$/.test(b.lower);
      if (pb && (PREPOSITIONS.has(pb.lower) || AFFILIATION.has(pb.lower)) && !pb.cap && !(/^(after|before|until)$/.test(pb.lower) && shape === 'subject' && !role)) return null;
      // "after the Paris attacks", "Trump's Twitter attacks": a present form after "the X" or "Y's X" is a
      // noun the name modifies ("the Times says" and "the Senate votes" keep their organisation)
      const present = tokens[k].lower === (CUE_VERBS.get(tokens[k].lower) ?? tokens[k].lower) || /[^s]s$/.test(tokens[k].lower);
      const possessed = !!b && (b.text === '’s' || b.text === "'s");
      if (present && (determiner || possessed) && (m.place || ((m.kind === 'person' || m.kind === 'unknown') && m.end - m.start === 1))) return null;
      // "his State of the Union address", "her Senate campaign": a bare base form right after one
      // singular name is a noun ("Democrats say" and "Trump and Ryan say" keep their verb)
      // ("the Clinton campaign spokesman", "Clinton campaign says": the campaign speaks, through its people)
      const next = tokens[k + 1];
      const staff = tokens[k].lower === 'campaign' && !!next?.word && !next.cap && (TITLES.has(next.lower) || ROLE_WORDS.has(next.lower) || UNNAMED_HEADS.has(next.lower) || ORG_WORDS.has(next.lower) || CUE_VERBS.has(next.lower));
      // ("Rust Belt states that have suffered": "that" and an auxiliary open a relative clause, the plural is a noun)
      const relative = next?.lower === 'that' && !!tokens[k + 2] && AUX.has(tokens[k + 2].lower) && !tokens[k + 2].cap;
      const plural = NOUN_CUE_PLURALS.has(tokens[k].lower) && (relative || !/^(that|:|“|")$/.test(next?.lower ?? ''));
      const bare = ((NOUN_CUES.has(tokens[k].lower) && !staff) || plural) && m.end === k && m.kind !== 'group' && !/s$/.test(m.name) && tokens[runWithTitle(tokens, m) - 1]?.lower !== 'and';
      if (bare) return null;
      // "a Hollywood, Fla., rabbi": a name after "a" is a modifier, not someone
      if (b && /^(a|an)$/.test(b.lower) && (m.kind === 'person' || m.kind === 'unknown') && m.end - m.start === 1) return null;
      if (b && b.word && !b.cap && !subjectOpener(b)) return null;
      if (b && POSSESSIVE_PRONOUNS.has(b.lower)) return null;
      const titled = m.title ? (role ? `${m.title}, ${role}` : m.title) : role;
      return { who: { type: 'name', mention: m }, shape, ...(titled ? { role: titled } : {}) };
    }
    if (t.word && PRONOUNS.has(t.lower)) return { who: { type: 'pronoun', word: t.lower }, shape };
    // "X, who said …": the name before "who"
    if (t.lower === 'who' && !t.cap) {
      const a = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
      const mm = p.endsAt.get(a);
      const pre = mm ? tokens[mm.runStart - 1] : undefined;
      const object = !!pre && !pre.cap && (PREPOSITIONS.has(pre.lower) || AFFILIATION.has(pre.lower));
      return mm && !mm.place && !mm.modifier && (mm.kind === 'person' || mm.kind === 'unknown') && !object ? { who: { type: 'name', mention: mm }, shape: 'relative' } : null;
    }
    // a description right before the verb: "officials said", "the newspaper reported", "Trump's campaign said"
    // "Analysts warned": a head noun that only opens the sentence with a capital
    const plainHead = !t.cap || (!p.endsAt.has(j) && j === firstWord(tokens));
    const roleHead = t.word && !t.cap && ROLE_HEADS.has(t.lower);
    const headed = t.word && plainHead && (UNNAMED_HEADS.has(t.lower) || ORG_WORDS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || t.lower === 'newspaper' || t.lower === 'paper' || roleHead || affiliatedPlural(p, j));
    const owned = !headed && t.word && plainHead && possessedRole(p, j);
    if (headed || owned) {
      let s = j;
      let possessor: Mention | undefined;
      while (s > 0 && j - s < 6) {
        const b = tokens[s - 1];
        // "Trump's campaign", "Sanders’ campaign manager"
        if (((b.text === '’s' || b.text === "'s") || ((b.text === '’' || b.text === "'") && /s$/.test(tokens[s - 2]?.text ?? ''))) && p.endsAt.has(s - 2)) {
          possessor = p.endsAt.get(s - 2)!;
          s = possessor.runStart;
          break;
        }
        const mm = p.endsAt.get(s - 1);
        if (mm && (mm.modifier || mm.kind === 'adjective' || mm.kind === 'organization' || mm.kind === 'publication' || mm.kind === 'unknown' || mm.kind === 'person')) {
          if (mm.kind !== 'adjective') possessor ??= mm;
          s = mm.runStart;
          continue;
        }
        if (b.word && !b.cap && (DESCRIPTION_WORDS.has(b.lower) || (!AUX.has(b.lower) && !isCueVerb(b) && !PREPOSITIONS.has(b.lower) && !AFFILIATION.has(b.lower) && !OPENER_WORDS.has(b.lower) && !PRONOUNS.has(b.lower) && j - s < 3))) {
          s--;
          continue;
        }
        // "the Texas senator’s allies": a role's possessive runs on to the name before it
        if ((b.text === '’s' || b.text === "'s") && tokens[s - 2]?.word && !tokens[s - 2].cap && j - s < 3) {
          s--;
          continue;
        }
        // "the drivers' union"
        if ((b.text === "'" || b.text === '’') && tokens[s - 2]?.word && /s$/.test(tokens[s - 2].lower)) {
          s -= 2;
          continue;
        }
        // "Republican leaders speak …": a party's or nation's adjective that opens the sentence
        if (b.word && b.cap && s - 1 === firstWord(tokens) && PROPER_ADJECTIVE.test(b.text)) {
          s--;
          break;
        }
        if (b.word && b.cap && /^(the|a|an|some|many|two|three|several|most|other|both)$/.test(b.lower)) s--;
        break;
      }
      // "Jeb Bush, the former Florida governor, …, called": the description is the name's apposition
      const named = tokens[s - 1]?.text === ',' ? p.endsAt.get(s - 2) : undefined;
      if (named && named.kind === 'person' && !named.place && !named.modifier && /^(the|a|an)$/.test(tokens[s]?.lower ?? '') && (named.runStart === firstWord(tokens) || tokens[named.runStart - 1]?.text === ',') && !PREPOSITIONS.has(tokens[named.runStart].lower) && !AFFILIATION.has(tokens[named.runStart].lower)) {
        const d = text(tokens, s, j + 1);
        return { who: { type: 'name', mention: named }, shape: 'appositive', role: named.title ? `${named.title}, ${d}` : role ?? d };
      }
      // "Jeb Bush in a Medium post said": the description says where; the subject stands before it
      if (/^(in|on|via|through)$/.test(tokens[s - 1]?.lower ?? '') && !tokens[s - 1].cap && p.endsAt.get(s - 2)) {
        j = s - 2;
        continue;
      }
      // "the New Jersey governor said", "Nevada's governor said": one person, by a definite description
      if (roleHead && !UNNAMED_HEADS.has(t.lower) && !ORG_WORDS.has(t.lower) && !(possessor || /^(the|this|that)$/.test(tokens[s]?.lower ?? ''))) return null;
      return { who: { type: 'description', text: text(tokens, s, j + 1), head: t.lower, ...(possessor ? { possessor } : {}) }, shape, ...(owned ? { rule: 'possessed-role' } : {}) };
    }
    // "a person familiar with the negotiations said", "people close to the campaign say"
    if (t.word && !t.cap) {
      for (let h = j - 1; h >= 0 && h >= j - 9; h--) {
        const x = tokens[h];
        if (!x.word && x.text !== "'s" && x.text !== '’s') break;
        if (UNNAMED_HEADS.has(x.lower) && /^(familiar|close|briefed|knowledgeable|involved|with)$/.test(tokens[h + 1]?.lower ?? '')) {
          let s0 = h;
          while (s0 > 0 && tokens[s0 - 1].word && !tokens[s0 - 1].cap && DESCRIPTION_WORDS.has(tokens[s0 - 1].lower)) s0--;
          if (s0 > 0 && tokens[s0 - 1].word && tokens[s0 - 1].cap && /^(a|an|the|some|two|three|several|many|one)$/.test(tokens[s0 - 1].lower)) s0--;
          return { who: { type: 'description', text: text(tokens, s0, j + 1), head: x.lower }, shape };
        }
      }
    }
    // an appositive: "X, a spokesperson for Y, said", "X, 30, of Raleigh, N.C., said", "X – a fan – gave"
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const mark = t.text;
      let c = j - 1;
      while (c >= 0 && j - c < 30) {
        const x = tokens[c];
        // "from Ava, Mo., who …": the comma of "City, State" is no end of the appositive
        if (x.text === mark && !(mark === ',' && p.startsAt.get(c + 1)?.place && p.endsAt.has(c - 1))) break;
        if ((mark === ',' && CLAUSE_BREAK.has(x.text)) || /^[.;:?!“”"]$/.test(x.text)) break;
        if (!x.cap && INVERSION_VERBS.has(x.lower) && !/ed$/.test(x.lower)) break;
        c--;
      }
      if (c < 0 || tokens[c].text !== mark) return null;
      // "the previous nominee, Mitt Romney, called": the appositive is the name itself
      const inside = p.startsAt.get(c + 1);
      // "Another pollster, David Woodard of Clemson University, said", "Two analysts, Pat Megan and Chris Harm, found"
      const tail = inside ? p.endsAt.get(j - 1) : undefined;
      const joined = !!inside && inside.kind === 'person' && !!tail && tail !== inside && tail.runStart === inside.end + 1 && (/^(of|at|from)$/.test(tokens[inside.end].lower) ? tail.kind === 'organization' || tail.kind === 'unknown' || !!tail.place : tokens[inside.end].lower === 'and' && tail.kind === 'person');
      if (inside && (inside.end === j || joined) && (inside.kind === 'person' || inside.kind === 'organization' || inside.kind === 'publication') && !inside.place) {
        const before = text(tokens, Math.max(0, c - 8), c);
        const desc = /(?:^|\s)((?:the|a|an|another|his|her|their|its)\s[^,]*)$/i.exec(before)?.[1];
        return { who: { type: 'name', mention: inside }, shape: 'appositive', ...(desc || inside.title ? { role: [inside.title, desc].filter(Boolean).join(', ') } : {}) };
      }
      const apposition = text(tokens, c + 1, j);
      // (not an adverb or a circumstance: "X, meanwhile, insisted", "X, in a statement, said")
      if (!/^(who|which|whose|where|when|and|but|as|if|because|although|though|while|in|on|at|during|after|before|for|with|by|through|via|speaking|asked|meanwhile|however|too|also|instead|nonetheless|nevertheless|moreover|again|once|still|then|now|today|yesterday|later|earlier|\w+ly)\b/i.test(apposition) && !/^\d+$/.test(apposition)) role ??= apposition;
      shape = 'appositive';
      j = c - 1;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * The sources the story's sentences attribute information to, as listed sources: each person,
 * organisation or outlet once, with its fullest name, role, every attributed passage (sentence
 * index and cue), the channel it spoke through, and how many times the story relies on it;
 * unnamed sources grouped by what they are ("officials", 3 times), marked `unnamed`.
 */
import type { Source, SourceKind, SourcePassage } from './types';
import type { Block } from './extract';
import type { SentenceInfo } from './story';
import { attributionsIn, parseSentence, type Attribution, type ParsedSentence } from './attribution';
import { findMentions, nameContext, tokenize, type Mention, type NameContext } from './names';
import { resolve, type Entity } from './coref';
import { outletByName, type Outlet } from './outlets';
import { COUNTRIES } from './places';
import { DOCUMENT_NOUNS, ORG_WORDS, TITLES } from './lexicon';

const ATTRIBUTABLE = new Set(['paragraph', 'list', 'quote']);
const ORG_HEADS = /^(campaign|committee|group|organization|organisation|agency|department|company|administration|firm|party|union|foundation|center|institute|association|council|office|ministry|government|court|board|commission|network|team|coalition|pac|authorities|police|military)$/;

/** "officials", "official" → "officials": unnamed sources are grouped by their plural head. */
function pluralHead(head: string): string {
  if (/s$/.test(head) || head === 'people' || head === 'police' || head === 'military' || head === 'staff' || head === 'data') return head;
  if (head === 'person') return 'people';
  if (/man$/.test(head)) return head.slice(0, -3) + 'men';
  if (/[^aeiou]y$/.test(head)) return head.slice(0, -1) + 'ies';
  return head + 's';
}

function kindOf(e: Entity): { kind: SourceKind; group?: boolean; outlet?: Outlet } {
  const outlet = e.kind === 'publication' || e.kind === 'organization' || e.kind === 'unknown' ? outletByName(e.name) : undefined;
  if (outlet) return { kind: outlet.kind === 'agency' ? 'agency' : 'publication', outlet };
  if (e.kind === 'publication') return { kind: 'publication' };
  if (e.kind === 'organization') return { kind: 'organization' };
  if (e.kind === 'group') return { kind: 'person', group: true };
  if (e.kind === 'person') return { kind: 'person' };
  // a single word: a country or an acronym is an organisation, else a person known by surname
  if (COUNTRIES.has(e.name) || /^[\p{Lu}&.]{2,7}$/u.test(e.name)) return { kind: 'organization' };
  return { kind: 'person' };
}

/** Headline verbs written in title case: "Cruz Says …", "Trump Slams …". */
const HEADLINE_CUES = /^(Says|Said|Tells|Told|Warns|Slams|Blasts|Calls|Urges|Vows|Claims|Admits|Denies|Rips|Praises|Endorses|Asks|Wants|Defends|Accuses|Insists|Predicts|Reports|Announces|Pledges|Promises|Hits|Attacks|Questions|Responds|Explains|Argues)$/;

/** The source a headline names: "Graham: Trump's …", "Cruz Says Trump …" (a name alone before the colon or the verb). */
function headlineSource(title: string, ctx: NameContext): { mention: Mention; cue: string } | null {
  const colon = /^([^:]{2,40}):\s/.exec(title);
  const tokens = tokenize(title);
  const verb = tokens.findIndex((t, i) => i > 0 && i < 6 && HEADLINE_CUES.test(t.text));
  const end = colon ? tokens.findIndex((t) => t.text === ':') : verb;
  if (end <= 0) return null;
  const head = tokens.slice(0, end);
  if (!head.every((t) => t.cap || !t.word)) return null;
  const mentions = findMentions(head, ctx);
  const m = mentions.length === 1 ? mentions[0] : null;
  if (!m || m.end !== end || m.kind === 'adjective') return null;
  return { mention: m, cue: colon ? ':' : tokens[verb].text.toLowerCase() };
}

const affiliated = (description: string) => /\s\p{Lu}|^\p{Lu}\S*\s+\p{Lu}/u.test(description);

/** A source with the evidence it was found on (what `attributedSources` weighs before listing it). */
export interface Candidate {
  source: Source;
  entity?: Entity;
  attributions: Attribution[];
  /** The story names it as a source at least once (not only through "he" or "the newspaper"). */
  named: boolean;
}

export function attributedSources(
  input: { sentences: SentenceInfo[]; blocks: Block[]; lang?: string | null; title?: string | null },
  blockLinks: (block: number) => Array<[string, string]>,
  home: (o: Outlet) => string,
  keep: (c: Candidate) => boolean = () => true,
): Source[] {
  return candidates(input, blockLinks, home)
    .filter((c) => listable(c) && keep(c))
    .map((c) => c.source);
}

/**
 * A source is listed when the story names it as a source at least once; what only a pronoun
 * or "the newspaper" stands for adds to a named source's passages but is not listed on its own.
 */
export function listable(c: Candidate): boolean {
  return !!c.source.unnamed || (c.named && !titleOnly(c.source));
}

/** "the Senator", "General": a title written with a capital names no one (an outlet such as "The Economist" does). */
function titleOnly(s: Source): boolean {
  if (s.kind === 'publication' || s.kind === 'agency') return false;
  const words = s.name.toLowerCase().replace(/[.’']/g, '').split(/\s+/).filter((w) => !/^(the|of|a|an)$/.test(w));
  return words.length > 0 && words.every((w) => TITLES.has(w) && w !== 'justice');
}

export function candidates(
  input: { sentences: SentenceInfo[]; blocks: Block[]; lang?: string | null; title?: string | null },
  blockLinks: (block: number) => Array<[string, string]>,
  home: (o: Outlet) => string,
): Candidate[] {
  // the name recognizer reads English capitalisation: in German every noun is capitalised, so other
  // languages keep only their own explicit cues ("laut X", "selon X", "…, sagte X")
  const english = !input.lang || /^en\b/i.test(input.lang);
  const { sentences } = input;
  const tokens = sentences.map((s) => (ATTRIBUTABLE.has(s.kind) ? tokenize(s.text) : []));
  const ctx = nameContext(tokens);
  // a quotation left open at a sentence's end runs on into the paragraph's next sentence
  const parsed: ParsedSentence[] = [];
  tokens.forEach((t, i) => parsed.push(parseSentence(t, ctx, i > 0 && sentences[i - 1].block === sentences[i].block && !!parsed[i - 1].openAtEnd)));
  const attributions = parsed.flatMap((p, i) => (ATTRIBUTABLE.has(sentences[i].kind) ? attributionsIn(p, i) : [])).filter((a) => english || a.shape === 'foreign');
  const { resolved, entities } = resolve(parsed, attributions);
  // the headline's "Graham: Trump's rhetoric …" / "Cruz Says …": a source named in the story itself
  const headline = english && input.title ? headlineSource(input.title, ctx) : null;
  const headlineEntity = headline ? entities.lookup(headline.mention) : undefined;
  if (headline && headlineEntity && !headlineEntity.place && (headlineEntity.kind !== 'unknown' || headlineEntity.speaker) && !/^the\s/i.test(input.title ?? ''))
    resolved.unshift({ attribution: { sentence: -1, at: 0, who: { type: 'name', mention: headline.mention }, cue: headline.cue, base: headline.cue.toLowerCase(), shape: 'subject' }, entity: headlineEntity });
  const sentenceText = (i: number) => (i < 0 ? input.title ?? '' : sentences[i].text);

  const bySource = new Map<string, Candidate>();
  const out: Candidate[] = [];
  const seenSentence = new Set<string>();
  for (const r of resolved) {
    const a = r.attribution;
    let key: string;
    let make: () => Source;
    if (r.entity) {
      const e = r.entity;
      key = `e:${e.id}`;
      make = () => {
        const k = kindOf(e);
        const display = k.outlet && k.outlet.name.replace(/^The /, '').toLowerCase() === e.name.replace(/^the /i, '').toLowerCase() ? k.outlet.name : e.name;
        const block = a.sentence >= 0 ? sentences[a.sentence]?.block ?? -1 : -1;
        const linked = k.outlet ? blockLinks(block).find(([t]) => t && (display.includes(t) || t.includes(display.replace(/^the\s+/i, '')))) : undefined;
        return {
          // "Democratic National Committee (DNC)": the acronym the story also uses
          name: e.alias && !k.outlet ? `${display} (${e.alias})` : display,
          kind: k.kind,
          ...(k.group ? { group: true } : {}),
          ...(k.outlet && display !== k.outlet.name ? { knownAs: k.outlet.name } : {}),
          ...(k.outlet ? { url: linked?.[1] ?? home(k.outlet) } : {}),
          ...(e.title ? { role: e.title } : {}),
        };
      };
    } else if (r.unnamed) {
      // "the Florida senator" (one person the sentence doesn't name) stays singular; "officials" are grouped
      // ("Sanders’ campaign manager", "the Texas senator’s chief of staff": one person, owned by someone)
      const singular = (/^(the|this|that)\s/i.test(r.unnamed.text) || (/['’]s?\s/.test(r.unnamed.text) && !/\s(?:officials|aides|advisers|allies|staff)\b/.test(r.unnamed.text))) && !/s$/.test(r.unnamed.head);
      const head = singular ? r.unnamed.head : pluralHead(r.unnamed.head);
      const aff = r.unnamed.affiliation;
      // named as the story describes it, without "the", "two", "some": "council aides", "drivers' union"
      const as = r.unnamed.text.replace(/^((the|this|that|a|an|some|many|most|several|two|three|four|five|other|both|one|few)\s+)+/i, '');
      const asWords = as.split(/\s+/);
      const last = asWords[asWords.length - 1].toLowerCase().replace(/[^\p{L}-]/gu, '');
      const described =
        asWords.length <= 4 && last === r.unnamed.head
          ? singular ? as : [...asWords.slice(0, -1), head].join(' ')
          : asWords.length <= 8 && asWords.some((w) => w.toLowerCase() === r.unnamed!.head) && /\b(familiar|close|briefed|knowledgeable|involved)\b/i.test(as)
            ? as
            : null;
      key = `u:${(described ?? (aff ? `${aff} ${head}` : head)).toLowerCase()}`;
      make = () => ({
        name: described ?? (aff ? `${aff} ${head}` : head),
        kind: ORG_HEADS.test(r.unnamed!.head) || ORG_WORDS.has(r.unnamed!.head) ? 'organization' : DOCUMENT_NOUNS.has(r.unnamed!.head) ? 'document' : 'person',
        unnamed: true,
      });
    } else continue;
    // one attribution per source and sentence
    const once = `${key}@${a.sentence}`;
    if (seenSentence.has(once)) {
      // the same source named in this sentence by another cue still counts as named
      const seen = bySource.get(key);
      if (seen && a.who.type === 'name') seen.named = true;
      continue;
    }
    seenSentence.add(once);
    let cand = bySource.get(key);
    if (!cand) {
      cand = { source: { ...make(), count: 0, passages: [] }, ...(r.entity ? { entity: r.entity } : {}), attributions: [], named: false };
      bySource.set(key, cand);
      out.push(cand);
    }
    cand.attributions.push(a);
    // a name the story quotes someone else saying ("as Erica said the other day", inside a quotation)
    // is that speaker's source, not the story's: it adds passages but does not list the name
    if ((a.who.type === 'name' && !a.quoted) || (a.who.type === 'description' && (a.who.possessor || r.entity?.kind === 'group' || (r.entity && !r.unnamed && affiliated(a.who.text))))) cand.named = true;
    const src = cand.source;
    const passage: SourcePassage = { text: sentenceText(a.sentence), sentenceIndex: a.sentence, cue: a.cue, ...(r.unnamed ? { who: r.unnamed.text } : {}) };
    src.passages!.push(passage);
    src.count = src.passages!.length;
    src.quote ??= passage.text;
    src.cue ??= a.cue;
    if (a.channel && !src.channel) src.channel = a.channel;
    if (a.role && !src.role && !src.unnamed) src.role = a.role;
  }
  for (const c of out) c.source.passages!.sort((x, y) => x.sentenceIndex - y.sentenceIndex);
  return out;
}

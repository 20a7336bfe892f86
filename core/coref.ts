/**
 * Who is who across the story: names merged by surname ("Douglas Band" = "Band" = "Mr. Band"),
 * organisations by name and acronym ("Democratic National Committee" = "DNC"), and a simple,
 * tested coreference for what stands in for a name: "he" / "she" is the nearest fitting person
 * named before it (in the sentence, else the first person of the nearest sentence before);
 * "it" and "the newspaper" the nearest organisation or outlet; "the senator" the nearest person
 * with that title. What stays unresolved is an unnamed source ("officials", "a source familiar
 * with the talks"), never a named one.
 */
import type { Attribution, ParsedSentence, Who } from './attribution';
import { surname, type Mention, type NameKind } from './names';
import { COUNTRIES } from './places';
import { PROPER_ADJECTIVE, ROLE_HEADS } from './lexicon';

/** Adjectives of the list that name no party or nation on their own: "Conservatives" are not a party here. */
const GENERIC_ADJECTIVE = /^(?:Conservative|Liberal|Progressive|Federal|State|National|International|Global|Congressional|Presidential|Western|Eastern|Northern|Southern|Christian|Muslim|Jewish|Catholic|Evangelical)$/;

export interface Entity {
  id: number;
  /** The fullest name the story gives ("Douglas Band"). */
  name: string;
  kind: NameKind;
  title?: string;
  gender?: 'm' | 'f';
  /** Where it is named: [sentence, token]. */
  mentions: Array<[number, number]>;
  /** The name as the story first writes it in full. */
  first: number;
  /** The acronym the story also uses for it ("DNC" for "Democratic National Committee"). */
  alias?: string;
  /** Named as a place ("in Iowa", "South Carolina"). */
  place?: boolean;
  /** Roles the story gives it beside its name ("a spokesperson for the campaign"). */
  roles?: string[];
  /** The story attributes something to it by name (so a single word such as "Patrick" is someone who speaks). */
  speaker?: boolean;
}

export interface Resolved {
  attribution: Attribution;
  entity?: Entity;
  /**
   * Set when no name was found: the description as written ("officials", "a source familiar…"),
   * its head noun, and the name it carries when it has one ("Clinton" in "Clinton aides").
   */
  unnamed?: { text: string; head: string; affiliation?: string };
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
const initials = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** Titles that a description can stand for: "the senator" → a person titled Sen. or Senator. */
const TITLE_NOUNS: Record<string, RegExp> = {
  senator: /\b(sen|senator)\b/i,
  governor: /\b(gov|governor)\b/i,
  president: /\bpresident\b/i,
  congressman: /\b(rep|congressman|representative)\b/i,
  congresswoman: /\b(rep|congresswoman|representative)\b/i,
  mayor: /\bmayor\b/i,
  secretary: /\bsecretary\b/i,
  speaker: /\bspeaker\b/i,
  candidate: /\b(candidate|nominee)\b/i,
  nominee: /\b(candidate|nominee)\b/i,
  minister: /\bminister\b/i,
  chancellor: /\bchancellor\b/i,
  judge: /\b(judge|justice)\b/i,
};
/** Heads of people who speak for someone without being named: "a Freedom Partners official". */
const UNNAMED_HEAD = /^(officials?|sources?|aides?|advisers?|advisors?|spokes(?:man|woman|person)|staffers?|insiders?|operatives?|people|person|employees?|members?|executives?|associates?|allies|ally|friends?|representatives?|lawyers?|attorneys?)$/;
/** Roles a definite description can stand for: "the GOP front-runner", "the billionaire". */
const ROLE_NOUNS = new Set(['front-runner', 'frontrunner', 'nominee', 'candidate', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'leader', 'lawmaker', 'congressman', 'congresswoman', 'ambassador', 'minister', 'official', 'adviser', 'advisor', 'strategist', 'pollster', 'activist', 'author', 'host', 'anchor', 'reporter', 'columnist', 'economist', 'analyst', 'lawyer', 'attorney', 'founder', 'executive', 'owner', 'president', 'governor', 'senator', 'mayor', 'hopeful', 'challenger', 'incumbent', 'rival']);
const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'network', 'outlet', 'magazine', 'broadcaster', 'daily', 'website', 'site', 'publication', 'channel', 'times', 'post', 'journal']);
const ORG_NOUNS = new Set(['campaign', 'committee', 'group', 'organization', 'organisation', 'agency', 'department', 'company', 'administration', 'firm', 'party', 'union', 'foundation', 'center', 'institute', 'association', 'council', 'office', 'ministry', 'government', 'court', 'board', 'commission', 'network', 'team', 'coalition', 'pac']);

export class Entities {
  readonly list: Entity[] = [];
  private bySurname = new Map<string, Entity[]>();
  private byKey = new Map<string, Entity>();
  /** Every mention in reading order: [sentence, token, entity]. */
  readonly order: Array<{ sentence: number; at: number; entity: Entity; mention: Mention }> = [];
  /** Organisations named after someone: "Trump's campaign", "the Clinton campaign". */
  private named = new Map<string, Entity>();

  /** Registers a mention and returns its entity. */
  add(m: Mention, sentence: number): Entity {
    const e = this.find(m);
    e.mentions.push([sentence, m.start]);
    if (m.title && !e.title) e.title = m.title;
    if (m.gender && !e.gender) e.gender = m.gender;
    if (m.place && !COUNTRIES.has(m.name)) e.place = true;
    // names inside quotations and names used as modifiers are not what a later pronoun stands for
    if (!m.modifier && !m.quoted) this.order.push({ sentence, at: m.start, entity: e, mention: m });
    return e;
  }

  /** An organisation the story names by its affiliation: "Mexican government". */
  described(name: string, sentence: number): Entity {
    const key = `described:${name.toLowerCase()}`;
    let e = this.named.get(key);
    if (!e) {
      e = { id: this.list.length, name, kind: 'organization', mentions: [], first: sentence };
      this.list.push(e);
      this.named.set(key, e);
    }
    return e;
  }

  /** A group the story names by a proper plural only where it opens a sentence: "Democrats say …". */
  group(name: string, sentence: number): Entity {
    const key = norm(name);
    const known = this.byKey.get(key);
    if (known) return known;
    const e: Entity = { id: this.list.length, name, kind: 'group', mentions: [], first: sentence };
    this.list.push(e);
    this.byKey.set(key, e);
    return e;
  }

  /** The organisation named after an entity: "Trump campaign" for Donald Trump and "campaign". */
  namedAfter(owner: Entity, head: string, sentence: number): Entity {
    const key = `${owner.id}:${head}`;
    let e = this.named.get(key);
    if (!e) {
      const short = owner.kind === 'person' ? owner.name.split(/\s+/).pop()! : owner.name;
      e = { id: this.list.length, name: `${short} ${head}`, kind: 'organization', mentions: [], first: sentence };
      this.list.push(e);
      this.named.set(key, e);
    }
    return e;
  }

  private make(m: Mention, sentence: number, kind: NameKind): Entity {
    const e: Entity = { id: this.list.length, name: m.name, kind, mentions: [], first: sentence };
    this.list.push(e);
    return e;
  }

  /** The entity a name stands for among those already named, if any (nothing is added). */
  lookup(m: Mention): Entity | undefined {
    if (m.kind === 'person' || m.kind === 'unknown') {
      const same = this.bySurname.get(surname(m.name)) ?? [];
      const first = m.name.split(/\s+/).length > 1 ? m.name.split(/\s+/)[0].toLowerCase() : null;
      const fit = same.filter((e) => !first || e.name.split(/\s+/)[0].toLowerCase() === first || e.name.split(/\s+/).length === 1);
      if (fit.length) return this.recentOf(fit);
    }
    return this.byKey.get(norm(m.name)) ?? this.byKey.get(`acr:${norm(m.name)}`);
  }

  private find(m: Mention): Entity {
    const sentence = 0;
    const words = m.name.split(/\s+/);
    const kind: NameKind = m.kind === 'unknown' && COUNTRIES.has(m.name) ? 'organization' : m.kind;
    if (kind === 'person' || (kind === 'unknown' && words.length === 1)) {
      const sn = surname(m.name);
      const same = this.bySurname.get(sn) ?? [];
      if (words.length === 1 || (m.title && words.length === 1)) {
        // "Band", "Mr. Band": the person of that surname named most recently
        const recent = this.recentOf(same);
        if (recent) return recent;
        // an organisation known by this word ("Breitbart" after "Breitbart News")
        const org = this.byKey.get(norm(m.name));
        if (org) return org;
      } else {
        const first = words[0].toLowerCase();
        const match = same.find((e) => {
          const ew = e.name.split(/\s+/);
          return ew.length === 1 || ew[0].toLowerCase() === first || (ew[0].length <= 2 && ew[0][0].toLowerCase() === first[0]) || (first.length <= 2 && ew[0][0].toLowerCase() === first[0]);
        });
        if (match) {
          if (match.name.split(/\s+/).length < words.length) match.name = m.name;
          if (match.kind === 'unknown') match.kind = 'person';
          return match;
        }
      }
      const e = this.make(m, sentence, kind);
      this.bySurname.set(sn, [...same, e]);
      return e;
    }
    const key = norm(m.name);
    const known = this.byKey.get(key) ?? this.byKey.get(`acr:${key}`);
    if (known) return known;
    // an acronym of an organisation named before ("DNC" for "Democratic National Committee"), or the reverse
    if (/^[A-Z]{2,6}$/.test(m.name)) {
      const full = this.list.find((e) => (e.kind === 'organization' || e.kind === 'publication') && initials(e.name) === m.name);
      if (full) {
        full.alias ??= m.name;
        this.byKey.set(key, full);
        return full;
      }
    } else if (kind === 'organization' || kind === 'publication') {
      const acr = this.byKey.get(norm(initials(m.name)));
      if (acr && initials(m.name).length >= 2 && acr.name === initials(m.name)) {
        acr.alias ??= acr.name;
        acr.name = m.name;
        this.byKey.set(key, acr);
        return acr;
      }
    }
    const e = this.make(m, sentence, kind);
    this.byKey.set(key, e);
    return e;
  }

  private recentOf(candidates: Entity[]): Entity | undefined {
    if (candidates.length <= 1) return candidates[0];
    let best: Entity | undefined;
    let bestAt = -1;
    for (const c of candidates) {
      const last = c.mentions[c.mentions.length - 1];
      const at = last ? last[0] * 10000 + last[1] : -1;
      if (at > bestAt) [best, bestAt] = [c, at];
    }
    return best;
  }
}

/** The capitalised words of a description, determiners aside: "Democratic" in "some Democratic strategists". */
export function affiliationOf(description: string, head: string): string | undefined {
  const words = description.replace(/['’]s\b/g, '').split(/\s+/);
  const caps = words.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(The|A|An|Some|Many|Most|Several|Two|Three|Other|Both|One|Top|Senior|Former|These|Those|This|That|Few|All)$/.test(w)) && w.toLowerCase() !== head);
  return caps.length ? caps.join(' ') : undefined;
}

/** Is a person with this entity a fit for the pronoun? */
function fits(e: Entity, word: string): boolean {
  if (e.place) return false;
  const person = e.kind === 'person' || (e.kind === 'unknown' && !!e.speaker && !COUNTRIES.has(e.name) && !/^[\p{Lu}&.]{2,7}$/u.test(e.name));
  if (word === 'he') return person && e.gender !== 'f';
  if (word === 'she') return person && e.gender !== 'm';
  if (word === 'it') return (e.kind === 'organization' || e.kind === 'publication') && !!e.speaker;
  if (word === 'they') return e.kind === 'group';
  return false;
}

/**
 * Resolves every attribution to an entity (a name, or what a pronoun or a description stands
 * for) or to an unnamed description.
 */
export function resolve(parsed: ParsedSentence[], attributions: Attribution[]): { entities: Entities; resolved: Resolved[] } {
  const entities = new Entities();
  // mention → entity, in reading order
  const mentionEntity = new Map<Mention, Entity>();
  parsed.forEach((p, s) => {
    for (const m of p.mentions) mentionEntity.set(m, entities.add(m, s));
  });
  const order = entities.order;
  const before = (sentence: number, at: number) => {
    // index of the first mention at or after (sentence, at)
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const o = order[mid];
      if (o.sentence < sentence || (o.sentence === sentence && o.at < at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const resolved: Resolved[] = [];
  // the source of the last attribution in each sentence, for "…, he added" in the same sentence
  const lastInSentence = new Map<number, Entity>();
  const done = (a: Attribution, e: Entity | undefined, unnamed?: Resolved['unnamed']) => {
    if (e) lastInSentence.set(a.sentence, e);
    resolved.push({ attribution: a, ...(e ? { entity: e } : {}), ...(unnamed ? { unnamed } : {}) });
  };
  // names first: whoever is named as a source is someone who speaks, for the pronouns after
  for (const a of attributions) if (a.who.type === 'name') {
    const e = mentionEntity.get(a.who.mention);
    if (e) e.speaker = true;
    if (e && a.role) (e.roles ??= []).push(a.role);
  }
  for (const a of attributions) {
    const who: Who = a.who;
    if (who.type === 'name') {
      done(a, mentionEntity.get(who.mention));
      continue;
    }
    if (who.type === 'pronoun') {
      const prev = lastInSentence.get(a.sentence);
      const e = prev && fits(prev, who.word) ? prev : nearest(order, before(a.sentence, a.at), a.sentence, (x) => fits(x, who.word));
      if (e) {
        if (who.word === 'he' && !e.gender) e.gender = 'm';
        if (who.word === 'she' && !e.gender) e.gender = 'f';
        if (e.kind === 'unknown' && (who.word === 'he' || who.word === 'she')) e.kind = 'person';
      }
      done(a, e);
      continue;
    }
    // descriptions
    const head = who.head;
    const owner = who.possessor ? mentionEntity.get(who.possessor) : undefined;
    if (owner && ORG_NOUNS.has(head)) {
      // "Trump's campaign", "the Clinton campaign": an organisation named after its owner
      done(a, owner.kind === 'organization' || owner.kind === 'publication' ? owner : entities.namedAfter(owner, head, a.sentence));
      continue;
    }
    const roleHead = ROLE_HEADS.has(head) && !UNNAMED_HEAD.test(head);
    if (owner && (owner.kind === 'organization' || owner.kind === 'publication') && !UNNAMED_HEAD.test(head) && !roleHead) {
      // "according to the Real Clear Politics average", "a New Jersey Watchdog report": the organisation's own data
      done(a, owner);
      continue;
    }
    if (/^(the|this|that)\s/i.test(who.text) && who.text.split(/\s+/).length <= 5) {
      let test: ((e: Entity) => boolean) | null = null;
      // "the Florida senator": a person whose title or role says senator, and Florida when it is given
      const mods = who.text.split(/\s+/).slice(1, -1).filter((w) => /^\p{Lu}/u.test(w));
      const roleOf = (e: Entity) => [e.title ?? '', ...(e.roles ?? [])].join(' ');
      const fitsMods = (e: Entity) => mods.every((m) => roleOf(e).includes(m));
      if (OUTLET_NOUNS.has(head)) test = (e) => e.kind === 'publication';
      else if (TITLE_NOUNS[head]) test = (e) => e.kind === 'person' && TITLE_NOUNS[head].test(roleOf(e)) && fitsMods(e);
      else if (ROLE_NOUNS.has(head)) test = (e) => e.kind === 'person' && roleOf(e).toLowerCase().includes(head) && fitsMods(e);
      else if (ORG_NOUNS.has(head)) test = (e) => e.kind === 'organization' && e.name.toLowerCase().includes(head);
      if (test) {
        // a role with its place or party ("the New Jersey governor") fits one person in the whole story
        const e = nearest(order, before(a.sentence, a.at), a.sentence, test, roleHead && mods.length ? 10000 : 12);
        if (e) {
          done(a, e);
          continue;
        }
      }
    }
    // "Democrats say …": a party's or a nation's people, named, where the name opens the sentence
    if (/^\p{Lu}\p{Ll}+s$/u.test(who.text) && PROPER_ADJECTIVE.test(who.text.slice(0, -1)) && !GENERIC_ADJECTIVE.test(who.text.slice(0, -1))) {
      done(a, entities.group(who.text, a.sentence));
      continue;
    }
    // "the Mexican government", "German authorities": an organisation named by its affiliation
    const affiliation = affiliationOf(who.text, head);
    if (affiliation && ORG_NOUNS.has(head)) {
      done(a, entities.described(`${affiliation} ${head}`, a.sentence));
      continue;
    }
    // "the front-runner" that fits no one named: a person, but nobody the reader could tell
    if (roleHead && !affiliation) {
      done(a, undefined);
      continue;
    }
    done(a, undefined, { text: who.text, head, ...(affiliation ? { affiliation } : {}) });
  }
  return { entities, resolved };
}

/**
 * The fitting entity named before a position: in the same sentence the first one (the subject
 * comes first: "Cruz says he is tied with Rubio, in a finish that he said…" is Cruz), otherwise
 * the first one of the nearest earlier sentence that has one, looking back `window` sentences.
 */
function nearest(order: Entities['order'], at: number, sentence: number, test: (e: Entity) => boolean, window = 4): Entity | undefined {
  let i = at - 1;
  while (i >= 0 && sentence - order[i].sentence <= window) {
    const s = order[i].sentence;
    let firstFit: Entity | undefined;
    for (; i >= 0 && order[i].sentence === s; i--) if (test(order[i].entity)) firstFit = order[i].entity;
    if (firstFit) return firstFit;
  }
  return undefined;
}

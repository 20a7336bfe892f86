/**
 * The last check on the source list: a small logistic model over each attributed source the
 * rules found (person, organisation, outlet, document), from what the attribution stage already
 * knows about it — its kind, how often and how strongly the story relies on it (a verb of speech,
 * "according to", or only a stance or a possessive), whether it is ever named beside its cue or
 * only reached through "he" or a description, whether every cue stands inside a quotation or in
 * the headline, where it first speaks, what its name looks like (one word, a title, an
 * organisation's word, an acronym, a place). No name, site or story is a feature.
 *
 * The weights are in `sources-model.ts`, written by `scripts/fit-sources.ts` (fitted on
 * PolNeAR's train split; see the README's source list section). An unnamed source that carries
 * no name ("officials") is never filtered: it is shown as unnamed, and nothing was learned about it.
 */
import type { Candidate } from './attributed';
import { COUNTRIES } from './places';
import { ORG_WORDS, PROPER_ADJECTIVE, SPEECH_CUES } from './lexicon';
import { NOUN_CUES } from './attribution';
import { SOURCES_MODEL } from './sources-model';

export interface SourcesModel {
  /** One weight per feature, in `FEATURES` order. */
  weights: number[];
  /** A source is listed when its score (the weighted sum, a log-odds) is at least this. */
  threshold: number;
}

export const FEATURES = [
  'bias',
  'person',
  'group',
  'organization',
  'outlet',
  'document',
  'unnamed',
  'count',
  'namedShare',
  'speech',
  'sayTell',
  'according',
  'inverted',
  'appositive',
  'possessive',
  'passive',
  'clause',
  'allQuoted',
  'headlineOnly',
  'firstPosition',
  'oneWord',
  'role',
  'mentions',
  'orgWord',
  'acronym',
  'place',
  'channel',
  'unknownKind',
  'adjective',
  'once',
  'onceNoSpeech',
  'nounCue',
  'lowerWord',
] as const;

const MONTHS_DAYS = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** An unnamed source whose description carries no name ("officials", "a person familiar with the talks"). */
export function nameless(c: Candidate): boolean {
  return !!c.source.unnamed && !/\p{Lu}/u.test(c.source.name.replace(MONTHS_DAYS, ''));
}

function nounCue(cue: string): boolean {
  const w = cue.toLowerCase().split(/\s+/)[0] ?? '';
  return NOUN_CUES.has(w) || (/s$/.test(w) && NOUN_CUES.has(w.replace(/e?s$/, ''))) || NOUN_CUES.has(w.slice(0, -1));
}

/** The features of one candidate source, in `FEATURES` order; `sentences` is the story's sentence count. */
export function sourceFeatures(c: Candidate, sentences: number): number[] {
  const s = c.source;
  const e = c.entity;
  const atts = c.attributions;
  const n = Math.max(1, atts.length);
  const kind = s.kind;
  const b = (x: boolean) => (x ? 1 : 0);
  const has = (f: (a: Candidate['attributions'][number]) => boolean) => atts.some(f);
  const words = s.name.replace(/\s*\([^)]*\)$/, '').split(/\s+/).filter(Boolean);
  const first = Math.min(...atts.map((a) => a.sentence));
  const count = s.count ?? atts.length;
  const speech = has((a) => a.shape !== 'possessive' && SPEECH_CUES.has(a.base));
  return [
    1,
    b(kind === 'person' && !s.group && !s.unnamed),
    b(!!s.group),
    b(kind === 'organization' && !s.unnamed),
    b(kind === 'publication' || kind === 'agency'),
    b(kind === 'document'),
    b(!!s.unnamed),
    Math.log1p(count),
    atts.filter((a) => a.who.type === 'name').length / n,
    b(speech),
    b(has((a) => a.base === 'say' || a.base === 'tell')),
    b(has((a) => a.shape === 'according' || a.shape === 'foreign')),
    b(has((a) => a.shape === 'inverted')),
    b(has((a) => a.shape === 'appositive')),
    b(atts.every((a) => a.shape === 'possessive')),
    b(atts.every((a) => a.shape === 'passive')),
    b(atts.every((a) => a.shape === 'participle' || a.shape === 'relative')),
    b(atts.every((a) => a.quoted)),
    b(atts.every((a) => a.sentence < 0)),
    first < 0 ? 0 : first / Math.max(1, sentences),
    b(words.length === 1),
    b(!!s.role),
    Math.log1p(e?.mentions.length ?? 0),
    b(words.some((w) => ORG_WORDS.has(w.toLowerCase()))),
    b(/^[\p{Lu}&.]{2,7}$/u.test(words.join(' '))),
    b(COUNTRIES.has(s.name) || !!e?.place),
    b(!!s.channel),
    b(e?.kind === 'unknown'),
    b(PROPER_ADJECTIVE.test(words[0] ?? '')),
    b(count === 1),
    b(count === 1 && !speech),
    // every cue is a word as often a noun ("a vote", "the offer", "campaigns")
    b(atts.every((a) => nounCue(a.cue))),
    // a description more than a name ("overwhelmingly EU members")
    b(words.some((w) => /^\p{Ll}/u.test(w) && !/^(of|the|and|for|de|von|van|der|la|le|du|al|bin)$/.test(w))),
  ];
}

/** The model's score (log-odds that the source is one the story relies on). */
export function sourceScore(c: Candidate, sentences: number, model: SourcesModel = SOURCES_MODEL): number {
  const f = sourceFeatures(c, sentences);
  let z = 0;
  for (let i = 0; i < f.length; i++) z += (model.weights[i] ?? 0) * f[i];
  return z;
}

/** Whether the source list keeps this candidate: every nameless unnamed source, and the others the model scores high enough. */
export function keepSource(c: Candidate, sentences: number, model: SourcesModel = SOURCES_MODEL): boolean {
  return nameless(c) || sourceScore(c, sentences, model) >= model.threshold;
}

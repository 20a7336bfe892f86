/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5126 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.119, // bias
    -0.14, // person
    0.143, // group
    0.046, // organization
    0.436, // outlet
    0.357, // document
    -0.486, // unnamed
    1.679, // count
    -0.352, // namedShare
    0.751, // speech
    0.54, // sayTell
    1.832, // according
    1.28, // inverted
    -0.381, // appositive
    -0.716, // possessive
    -0.675, // passive
    -0.244, // clause
    -0.559, // allQuoted
    -0.126, // headlineOnly
    0.051, // firstPosition
    -0.661, // oneWord
    0.295, // role
    0.161, // mentions
    -0.097, // orgWord
    0.168, // acronym
    -0.606, // place
    0.104, // channel
    0.084, // unknownKind
    -0.23, // adjective
    -0.082, // once
    0.161, // onceNoSpeech
    -0.95, // nounCue
    0.392, // lowerWord
  ],
  threshold: -0.18,
};

/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5006 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.462, // bias
    -0.063, // person
    -0.003, // group
    0.033, // organization
    0.459, // outlet
    0.55, // document
    -0.427, // unnamed
    1.548, // count
    -0.411, // namedShare
    0.648, // speech
    0.581, // sayTell
    1.594, // according
    1.176, // inverted
    -0.508, // appositive
    -0.989, // possessive
    -0.872, // passive
    -0.402, // clause
    -1.303, // allQuoted
    -0.216, // headlineOnly
    0.014, // firstPosition
    -0.515, // oneWord
    0.324, // role
    0.23, // mentions
    0.01, // orgWord
    0.149, // acronym
    -0.562, // place
    -0.026, // channel
    0.087, // unknownKind
    -0.176, // adjective
    -0.161, // once
    0.123, // onceNoSpeech
    -0.931, // nounCue
    0.334, // lowerWord
  ],
  threshold: -0.16,
};

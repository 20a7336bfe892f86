/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5108 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.223, // bias
    -0.172, // person
    0.159, // group
    0.024, // organization
    0.503, // outlet
    0.318, // document
    -0.514, // unnamed
    1.622, // count
    -0.376, // namedShare
    0.738, // speech
    0.525, // sayTell
    1.789, // according
    1.285, // inverted
    -0.337, // appositive
    -0.763, // possessive
    -0.718, // passive
    -0.251, // clause
    -0.562, // allQuoted
    -0.149, // headlineOnly
    0.034, // firstPosition
    -0.675, // oneWord
    0.316, // role
    0.183, // mentions
    -0.038, // orgWord
    0.354, // acronym
    -0.603, // place
    0.099, // channel
    0.18, // unknownKind
    -0.261, // adjective
    -0.102, // once
    0.13, // onceNoSpeech
    -0.893, // nounCue
    0.419, // lowerWord
  ],
  threshold: -0.15,
};

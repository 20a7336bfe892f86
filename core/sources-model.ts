/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5051 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.354, // bias
    -0.092, // person
    0.123, // group
    0.026, // organization
    0.432, // outlet
    0.481, // document
    -0.489, // unnamed
    1.659, // count
    -0.395, // namedShare
    0.71, // speech
    0.557, // sayTell
    1.696, // according
    1.218, // inverted
    -0.431, // appositive
    -0.828, // possessive
    -0.788, // passive
    -0.33, // clause
    -1.292, // allQuoted
    -0.163, // headlineOnly
    0.058, // firstPosition
    -0.647, // oneWord
    0.266, // role
    0.156, // mentions
    -0.013, // orgWord
    0.314, // acronym
    -0.626, // place
    -0.005, // channel
    0.277, // unknownKind
    -0.283, // adjective
    -0.13, // once
    0.095, // onceNoSpeech
    -0.934, // nounCue
    0.328, // lowerWord
  ],
  threshold: -0.201,
};

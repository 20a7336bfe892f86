/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5073 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.326, // bias
    -0.116, // person
    0.152, // group
    0.017, // organization
    0.47, // outlet
    0.489, // document
    -0.523, // unnamed
    1.614, // count
    -0.449, // namedShare
    0.817, // speech
    0.58, // sayTell
    1.743, // according
    1.262, // inverted
    -0.386, // appositive
    -0.758, // possessive
    -0.75, // passive
    -0.339, // clause
    -1.298, // allQuoted
    -0.148, // headlineOnly
    0.032, // firstPosition
    -0.649, // oneWord
    0.251, // role
    0.169, // mentions
    -0.021, // orgWord
    0.331, // acronym
    -0.647, // place
    0.015, // channel
    0.274, // unknownKind
    -0.251, // adjective
    -0.161, // once
    0.188, // onceNoSpeech
    -0.898, // nounCue
    0.335, // lowerWord
  ],
  threshold: -0.11,
};

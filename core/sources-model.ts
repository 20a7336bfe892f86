/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5073 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.325, // bias
    -0.121, // person
    0.152, // group
    0.018, // organization
    0.472, // outlet
    0.496, // document
    -0.521, // unnamed
    1.609, // count
    -0.452, // namedShare
    0.816, // speech
    0.582, // sayTell
    1.741, // according
    1.261, // inverted
    -0.385, // appositive
    -0.758, // possessive
    -0.747, // passive
    -0.338, // clause
    -1.296, // allQuoted
    -0.148, // headlineOnly
    0.04, // firstPosition
    -0.649, // oneWord
    0.258, // role
    0.174, // mentions
    -0.019, // orgWord
    0.33, // acronym
    -0.649, // place
    0.018, // channel
    0.28, // unknownKind
    -0.25, // adjective
    -0.165, // once
    0.191, // onceNoSpeech
    -0.915, // nounCue
    0.338, // lowerWord
  ],
  threshold: -0.12,
};

/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5010 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.447, // bias
    -0.06, // person
    -0.034, // group
    0.04, // organization
    0.468, // outlet
    0.555, // document
    -0.415, // unnamed
    1.552, // count
    -0.419, // namedShare
    0.641, // speech
    0.579, // sayTell
    1.59, // according
    1.193, // inverted
    -0.496, // appositive
    -0.987, // possessive
    -0.866, // passive
    -0.393, // clause
    -1.298, // allQuoted
    -0.211, // headlineOnly
    0.042, // firstPosition
    -0.506, // oneWord
    0.322, // role
    0.234, // mentions
    0.019, // orgWord
    0.145, // acronym
    -0.565, // place
    -0.018, // channel
    0.088, // unknownKind
    -0.175, // adjective
    -0.174, // once
    0.131, // onceNoSpeech
    -0.948, // nounCue
    0.333, // lowerWord
  ],
  threshold: -0.17,
};

/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5065 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.28, // bias
    -0.103, // person
    0.147, // group
    0.019, // organization
    0.456, // outlet
    0.489, // document
    -0.519, // unnamed
    1.622, // count
    -0.389, // namedShare
    0.817, // speech
    0.57, // sayTell
    1.732, // according
    1.233, // inverted
    -0.412, // appositive
    -0.782, // possessive
    -0.768, // passive
    -0.3, // clause
    -1.293, // allQuoted
    -0.15, // headlineOnly
    0.059, // firstPosition
    -0.654, // oneWord
    0.249, // role
    0.161, // mentions
    -0.032, // orgWord
    0.333, // acronym
    -0.657, // place
    0.003, // channel
    0.267, // unknownKind
    -0.258, // adjective
    -0.152, // once
    0.179, // onceNoSpeech
    -0.907, // nounCue
    0.364, // lowerWord
  ],
  threshold: -0.18,
};

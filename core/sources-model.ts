/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5008 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    -0.083, // bias
    -0.125, // person
    0.171, // group
    0.049, // organization
    0.438, // outlet
    0.392, // document
    -0.533, // unnamed
    1.711, // count
    -0.335, // namedShare
    0.868, // speech
    0.53, // sayTell
    1.851, // according
    1.265, // inverted
    -0.511, // appositive
    -0.722, // possessive
    -0.69, // passive
    -0.273, // clause
    -0.536, // allQuoted
    -0.114, // headlineOnly
    0.078, // firstPosition
    -0.654, // oneWord
    0.286, // role
    0.207, // mentions
    -0.114, // orgWord
    0.129, // acronym
    -0.648, // place
    0.157, // channel
    0.008, // unknownKind
    -0.269, // adjective
    -0.093, // once
    0.262, // onceNoSpeech
    -0.893, // nounCue
    0.444, // lowerWord
  ],
  threshold: -0.15,
};

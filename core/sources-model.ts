/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5117 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.231, // bias
    -0.154, // person
    0.148, // group
    0.047, // organization
    0.431, // outlet
    0.316, // document
    -0.471, // unnamed
    1.625, // count
    -0.37, // namedShare
    0.731, // speech
    0.535, // sayTell
    1.82, // according
    1.287, // inverted
    -0.372, // appositive
    -0.743, // possessive
    -0.683, // passive
    -0.249, // clause
    -0.557, // allQuoted
    -0.133, // headlineOnly
    0.032, // firstPosition
    -0.667, // oneWord
    0.298, // role
    0.179, // mentions
    -0.102, // orgWord
    0.16, // acronym
    -0.61, // place
    0.102, // channel
    0.126, // unknownKind
    -0.248, // adjective
    -0.122, // once
    0.151, // onceNoSpeech
    -0.894, // nounCue
    0.381, // lowerWord
  ],
  threshold: -0.12,
};

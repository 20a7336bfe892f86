/**
 * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and
 * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`
 * (logistic regression, ridge 1, on PolNeAR train's 5017 candidate sources; threshold: the highest
 * whose 5-fold cross-validated named recall stays within 0.002 of the unfiltered list's). Do not edit by hand.
 */
import type { SourcesModel } from './source-filter';

export const SOURCES_MODEL: SourcesModel = {
  weights: [
    0.436, // bias
    -0.045, // person
    -0.03, // group
    0.027, // organization
    0.482, // outlet
    0.453, // document
    -0.433, // unnamed
    1.561, // count
    -0.436, // namedShare
    0.641, // speech
    0.573, // sayTell
    1.615, // according
    1.195, // inverted
    -0.486, // appositive
    -0.963, // possessive
    -0.85, // passive
    -0.382, // clause
    -1.295, // allQuoted
    -0.192, // headlineOnly
    0.077, // firstPosition
    -0.491, // oneWord
    0.312, // role
    0.229, // mentions
    0.007, // orgWord
    0.156, // acronym
    -0.552, // place
    -0.017, // channel
    0.08, // unknownKind
    -0.223, // adjective
    -0.172, // once
    0.108, // onceNoSpeech
    -0.959, // nounCue
    0.358, // lowerWord
  ],
  threshold: -0.17,
};

/**
 * The summary's sentence-scoring model: one weight per feature of `summarize.ts` (FEATURES order)
 * and the redundancy limit. Written by `scripts/fit-summary.ts --write` (coordinate ascent on
 * ROUGE-1 + ROUGE-2 F against the highlights of 700 CNN stories; see the README's
 * summary section for the in-sample and cross-validated figures). Do not edit by hand.
 */
import type { SummaryModel } from './summarize';

export const WEIGHTS: SummaryModel = {
  weights: [
    -0.4, // first
    0.85, // lead
    -0.85, // late
    -0.85, // length
    0, // short
    0.8, // central
    0.45, // headline
    -0.5, // quoted
    0, // quoteStart
    0.25, // number
    0.25, // names
    0.1, // question
    -0.35, // firstPerson
    0, // said
  ],
  redundancy: 0.7,
  diversity: 1,
  opener: 0,
};

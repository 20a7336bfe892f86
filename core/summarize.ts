/**
 * Extractive summary: a TextRank-style graph centrality over the story's sentences, nudged
 * towards the lead and the headline's words, with near-duplicates skipped. Sentences come back
 * in article order with their index, so the UI can link each one to its place.
 */
import type { SummarySentence } from './types';
import type { SentenceInfo } from './story';
import { STOPWORDS } from './stopwords';
import { tokens, countWords } from './text';

const BOILERPLATE = /(click here|sign up|subscribe|newsletter|all rights reserved|©|follow us|read more|contact us|this story has been updated|terms of (use|service)|privacy policy|advertisement)/i;

const ANAPHORA = /^(both|it|its|they|their|them|he|his|she|her|this|that|these|those|such|there|then|also|but|and|so|yet|however|meanwhile|still|instead|here)\b/i;

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w;
}

export function keywords(text: string): Set<string> {
  return new Set(tokens(text).filter((w) => !STOPWORDS.has(w) && w.length > 1).map(stem));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (Math.log(a.size + 1) + Math.log(b.size + 1));
}

/** How many sentences a story of this length deserves (3–5). */
export function summaryLength(candidates: number): number {
  if (candidates <= 3) return candidates;
  if (candidates <= 12) return 3;
  if (candidates <= 30) return 4;
  return 5;
}

export function summarize(sentences: SentenceInfo[], title: string): SummarySentence[] {
  const candidates = sentences
    .map((s, index) => ({ ...s, index }))
    .filter((s) => (s.kind === 'paragraph' || s.kind === 'list') && !BOILERPLATE.test(s.text))
    .filter((s) => {
      const n = countWords(s.text);
      return n >= 6 && n <= 70 && !/^[“"].*[”"]$/.test(s.text) && !s.text.endsWith(':');
    });
  // The graph is quadratic: long stories rank their first 150 candidate sentences (news puts
  // what matters first; the position prior favours the lead anyway).
  if (candidates.length > 150) candidates.length = 150;
  const n = candidates.length;
  if (!n) return [];
  const bags = candidates.map((c) => keywords(c.text));
  const titleWords = keywords(title);

  // Weighted graph and power iteration (damping 0.85).
  const weights = bags.map((a, i) => bags.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const outSum = weights.map((row) => row.reduce((x, y) => x + y, 0));
  let rank = new Array(n).fill(1 / n);
  for (let iter = 0; iter < 30; iter++) {
    const next = new Array(n).fill((1 - 0.85) / n);
    for (let j = 0; j < n; j++) {
      if (!outSum[j]) continue;
      for (let i = 0; i < n; i++) if (weights[j][i]) next[i] += (0.85 * rank[j] * weights[j][i]) / outSum[j];
    }
    rank = next;
  }
  const max = Math.max(...rank) || 1;
  const scored = candidates.map((c, i) => {
    const position = 0.35 / (1 + i * 0.35); // the lead matters in news writing
    let overlap = 0;
    for (const w of bags[i]) if (titleWords.has(w)) overlap++;
    const titleBonus = titleWords.size ? (0.35 * overlap) / titleWords.size : 0;
    // A sentence that leans on the one before it ("Both were…", "He said…") reads badly alone.
    const dependent = ANAPHORA.test(c.text) ? 0.35 : 0;
    return { c, bag: bags[i], score: rank[i] / max + position + titleBonus - dependent };
  });

  const k = summaryLength(n);
  const picked: typeof scored = [];
  for (const s of [...scored].sort((a, b) => b.score - a.score)) {
    if (picked.length >= k) break;
    const redundant = picked.some((p) => {
      let shared = 0;
      for (const w of s.bag) if (p.bag.has(w)) shared++;
      return shared / Math.min(s.bag.size, p.bag.size || 1) > 0.6;
    });
    if (!redundant) picked.push(s);
  }
  return picked
    .map((p) => ({ text: p.c.text, index: p.c.index }))
    .sort((a, b) => a.index - b.index);
}

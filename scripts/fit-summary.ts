/**
 * Fits the summary's sentence-scoring weights (core/summary-model.ts) on the CNN stories of
 * `../shared/corpora/cnn-summaries-dev` and reports honest figures.
 *
 *   npx tsx scripts/fit-summary.ts                 fit, print in-sample and 5-fold cross-validated figures
 *   npx tsx scripts/fit-summary.ts --write         …and write core/summary-model.ts
 *   npx tsx scripts/fit-summary.ts --eval          only score the shipped model (no fitting)
 *   options: --folds K (5), --cache FILE (the stories' blocks, to skip re-extracting), --cv-out FILE
 *            (the held-out summaries as JSON Lines, for `node ../shared/tools/summ-score.mjs`),
 *            --out FILE (the shipped model's summaries, likewise)
 *
 * How: every story goes through the same core stages as `analyze` (cleaning, extraction,
 * sentences, `candidates()` with its exclusions and features). The model is linear: a
 * sentence's score is the weighted sum of its features. Weights are found by coordinate ascent
 * on what the quality task measures: the mean ROUGE-1 + ROUGE-2 F (the shared scorer's own
 * functions) of the chosen summary against the human highlights, at the summary's own length
 * and cut to 40, 75 and 100 words, with a small pull towards zero (ridge) so that features the
 * data cannot tell apart stay at 0. Every fit starts from the same hand-set model (PRIOR), never
 * from a fitted one. Cross-validation fits on K-1 folds and scores the held-out fold; those
 * held-out figures are the ones to believe.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument, nodePurifyWindow } from '../cli/dom';
import { readMetadata } from '../core/metadata';
import { clean } from '../core/clean';
import { extract, type Block } from '../core/extract';
import { toSentences, type SentenceInfo } from '../core/story';
import { candidates, rank, arrange, summaryLength, FEATURES, type Candidate, type SummaryModel } from '../core/summarize';
import { WEIGHTS } from '../core/summary-model';
import { corporaDir, toolsDir, ROOT } from './quality/shared';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const FOLDS = Number(opt('--folds', '5'));
const CACHE = opt('--cache', '');
const CV_OUT = opt('--cv-out', '');
const BUDGETS = [0, 40, 75, 100];

const corpora = corporaDir();
const tools = toolsDir();
if (!corpora || !tools) {
  console.log('fit-summary needs ../shared/corpora and ../shared/tools beside the repository (or $LEDE_CORPORA); they are absent.');
  process.exit(0);
}
const CORPUS = join(corpora, 'cnn-summaries-dev');
type Tokens = string[];
const scorer = (await import(pathToFileURL(join(tools, 'summ-score.mjs')).href)) as {
  tokens: (t: string) => Tokens;
  rougeN: (c: Tokens, r: Tokens, n: number) => { f: number };
  articleFromHtml: (html: string) => { sentences: string[] };
};

// ---------------------------------------------------------------------------------------------
// The stories, as the core sees them.

interface Story {
  id: string;
  file: string;
  title: string;
  lang: string;
  blocks: Block[];
  ref: Tokens;
  /** The scorer's own sentence split of the article (its Lead-N baseline). */
  lead: Tokens[];
}

function loadStories(): Story[] {
  const refs = JSON.parse(readFileSync(join(CORPUS, 'refs.json'), 'utf8')) as Record<string, { summary: string; url?: string }>;
  const cached: Record<string, Pick<Story, 'title' | 'lang' | 'blocks'>> = CACHE && existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const out: Story[] = [];
  for (const id of Object.keys(refs).sort()) {
    const file = join(CORPUS, 'html', `${id}.html`);
    const html = readFileSync(file, 'utf8');
    let got = cached[id];
    if (!got) {
      const url = refs[id].url ?? pathToFileURL(file).href;
      const doc = parseDocument(html);
      const meta = readMetadata(doc, url);
      const clone = doc.cloneNode(true) as Document;
      clean(clone);
      const ex = extract(clone, { url, purifyWindow: nodePurifyWindow() });
      got = { title: meta.title || doc.title || '', lang: meta.lang ?? 'en', blocks: ex.blocks.map((b) => ({ kind: b.kind, text: b.text })) };
      cached[id] = got;
    }
    out.push({ id, file, ...got, ref: scorer.tokens(refs[id].summary), lead: scorer.articleFromHtml(html).sentences.map(scorer.tokens) });
  }
  if (CACHE) writeFileSync(CACHE, JSON.stringify(cached));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring a summary as summ-score.mjs does (ROUGE-1/2 F, lowercased, unstemmed).

function cut(sents: Tokens[], budget: number): Tokens {
  const all = sents.flat();
  return budget ? all.slice(0, budget) : all;
}
function rouge(sents: Tokens[], ref: Tokens, budget: number): [number, number] {
  const c = cut(sents, budget);
  return [scorer.rougeN(c, ref, 1).f, scorer.rougeN(c, ref, 2).f];
}

interface Prepared {
  story: Story;
  sentences: SentenceInfo[];
  cands: Candidate[];
  toks: Map<number, Tokens>;
  k: number;
}

function prepare(s: Story): Prepared {
  const sentences = toSentences(s.blocks, s.lang);
  const cands = candidates(sentences, s.title);
  const body = sentences.filter((x) => x.kind === 'paragraph' || x.kind === 'list').length;
  const k = Math.max(1, Math.min(summaryLength(body), cands.length));
  return { story: s, sentences, cands, toks: new Map(cands.map((c) => [c.index, scorer.tokens(c.text)])), k };
}

function choose(p: Prepared, model: SummaryModel): Candidate[] {
  return arrange(rank(p.cands, model, p.k), model);
}

/** Per story: [R1, R2] at own length and at each cut, for Lede, Lead-N and Lead-3. */
function evaluate(p: Prepared, model: SummaryModel) {
  const picks = choose(p, model).map((c) => p.toks.get(c.index)!);
  const n = picks.length || 3;
  return BUDGETS.map((b) => ({ lede: rouge(picks, p.story.ref, b), leadN: rouge(p.story.lead.slice(0, n), p.story.ref, b), lead3: rouge(p.story.lead.slice(0, 3), p.story.ref, b) }));
}

/** R1 + R2 summed over own length and the three cuts, per story and chosen sentences (memoized: most steps of the search change few stories' picks). */
const memo = new Map<Prepared, Map<string, number>>();
function gain(p: Prepared, picked: Candidate[]): number {
  const key = picked.map((c) => c.index).join(',');
  let m = memo.get(p);
  if (!m) memo.set(p, (m = new Map()));
  let g = m.get(key);
  if (g === undefined) {
    const picks = picked.map((c) => p.toks.get(c.index)!);
    g = 0;
    for (const b of BUDGETS) {
      const [r1, r2] = rouge(picks, p.story.ref, b);
      g += r1 + r2;
    }
    m.set(key, g);
  }
  return g;
}

/** What the fit maximizes: mean R1 + R2 over the stories, at own length and the three cuts. */
function objective(ps: Prepared[], model: SummaryModel): number {
  let t = 0;
  for (const p of ps) t += gain(p, choose(p, model));
  return t / ps.length / BUDGETS.length;
}

const RIDGE = 0.002;
function penalized(ps: Prepared[], model: SummaryModel): number {
  return objective(ps, model) - RIDGE * model.weights.reduce((s, w) => s + w * w, 0);
}

/**
 * Where every fit starts (never from a fitted model, so that cross-validation stays honest): the
 * summarizer as it was before any fitting, by hand: centrality and a pull towards the lead and
 * the headline's words.
 */
const PRIOR: SummaryModel = {
  weights: FEATURES.map((f) => ({ lead: 0.35, central: 1, headline: 0.35 })[f as string] ?? 0),
  redundancy: 0.6,
  diversity: 0,
  opener: 0,
};

/** Coordinate ascent over the weights and the three other numbers, from `start`, with ever smaller steps. */
function fit(ps: Prepared[], start: SummaryModel = PRIOR, rounds = 8): SummaryModel {
  let best: SummaryModel = { ...start, weights: [...start.weights] };
  let bestScore = penalized(ps, best);
  const steps = [1, 0.5, 0.25, 0.1];
  const tryModel = (m: SummaryModel) => {
    const s = penalized(ps, m);
    if (s > bestScore + 1e-6) {
      best = m;
      bestScore = s;
      return true;
    }
    return false;
  };
  for (let r = 0; r < rounds; r++) {
    const step = steps[Math.min(r, steps.length - 1)];
    let improved = false;
    for (let j = 0; j < FEATURES.length; j++) {
      for (const d of [-step, step, -2 * step, 2 * step]) {
        const w = [...best.weights];
        w[j] = Math.round((w[j] + d) * 1000) / 1000;
        improved = tryModel({ ...best, weights: w }) || improved;
      }
    }
    for (const redundancy of [0.5, 0.6, 0.7, 0.8]) improved = tryModel({ ...best, redundancy }) || improved;
    for (const diversity of [0, 0.25, 0.5, 1]) improved = tryModel({ ...best, diversity }) || improved;
    for (const opener of [0, 0.25, 0.5, 1]) improved = tryModel({ ...best, opener }) || improved;
    if (!improved && step === steps[steps.length - 1]) break;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Reporting, with a paired bootstrap interval like summ-score's.

function bootstrap(diffs: number[]): [number, number, number] {
  let seed = 12345;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
  const means: number[] = [];
  for (let b = 0; b < 2000; b++) {
    let t = 0;
    for (let i = 0; i < diffs.length; i++) t += diffs[Math.floor(rand() * diffs.length)];
    means.push(t / diffs.length);
  }
  means.sort((a, b) => a - b);
  return [100 * mean, 100 * means[49], 100 * means[1949]];
}

function report(label: string, rows: ReturnType<typeof evaluate>[]): void {
  console.log(`\n${label} (${rows.length} stories; ROUGE F ×100; Lede minus baseline with a paired bootstrap 95% interval)`);
  BUDGETS.forEach((b, bi) => {
    const mean = (f: (r: ReturnType<typeof evaluate>[number]) => number) => (100 * rows.reduce((s, r) => s + f(r[bi]), 0)) / rows.length;
    const vs = b ? 'lead3' : 'leadN';
    const d = (k: 0 | 1) => bootstrap(rows.map((r) => r[bi].lede[k] - r[bi][vs][k]));
    const f = ([m, lo, hi]: number[]) => `${m >= 0 ? '+' : ''}${m.toFixed(2)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
    console.log(
      `  ${b ? `cut to ${b} words` : 'own length     '}: Lede ${mean((r) => r.lede[0]).toFixed(1)}/${mean((r) => r.lede[1]).toFixed(1)}  ` +
        `Lead-N ${mean((r) => r.leadN[0]).toFixed(1)}/${mean((r) => r.leadN[1]).toFixed(1)}  Lead-3 ${mean((r) => r.lead3[0]).toFixed(1)}/${mean((r) => r.lead3[1]).toFixed(1)}  ` +
        `vs ${b ? 'Lead-3' : 'Lead-N'}: R1 ${f(d(0))}, R2 ${f(d(1))}`,
    );
  });
}

const fmtModel = (m: SummaryModel) => FEATURES.map((f, j) => `${f} ${m.weights[j]}`).join(', ') + `; redundancy ${m.redundancy}, diversity ${m.diversity}, opener ${m.opener}`;

const t0 = performance.now();
const stories = loadStories();
const prepared = stories.map(prepare);
console.log(`${prepared.length} stories prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${(prepared.reduce((s, p) => s + p.cands.length, 0) / prepared.length).toFixed(1)} candidate sentences a story`);

report('shipped model, in-sample', prepared.map((p) => evaluate(p, WEIGHTS)));
const OUT = opt('--out', '');
if (OUT) writeFileSync(OUT, prepared.map((p) => JSON.stringify({ file: p.story.file, summary: { sentences: choose(p, WEIGHTS).map((c) => ({ text: c.text, index: c.index })) } })).join('\n') + '\n');
if (args.includes('--eval')) process.exit(0);

// Cross-validation: stories in K folds by their (sorted) id, fit on K-1, score the held-out one.
const held: ReturnType<typeof evaluate>[] = new Array(prepared.length);
const cvLines: string[] = [];
const foldModels: SummaryModel[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = prepared.filter((_, i) => i % FOLDS !== k);
  const m = fit(train);
  foldModels.push(m);
  prepared.forEach((p, i) => {
    if (i % FOLDS !== k) return;
    held[i] = evaluate(p, m);
    cvLines.push(JSON.stringify({ file: p.story.file, summary: { sentences: choose(p, m).map((c) => ({ text: c.text, index: c.index })) } }));
  });
  console.log(`fold ${k + 1}/${FOLDS}: ${fmtModel(m)}`);
}
report(`${FOLDS}-fold cross-validation, held-out folds`, held);
if (CV_OUT) writeFileSync(CV_OUT, cvLines.join('\n') + '\n');

const model = fit(prepared);
console.log(`\nfitted on all ${prepared.length}: ${fmtModel(model)}`);
report('fitted model, in-sample', prepared.map((p) => evaluate(p, model)));

if (args.includes('--write')) {
  const file = join(ROOT, 'core/summary-model.ts');
  const rows = FEATURES.map((f, j) => `    ${model.weights[j]}, // ${f}`).join('\n');
  writeFileSync(
    file,
    `/**
 * The summary's sentence-scoring model: one weight per feature of \`summarize.ts\` (FEATURES order)
 * and the redundancy limit. Written by \`scripts/fit-summary.ts --write\` (coordinate ascent on
 * ROUGE-1 + ROUGE-2 F against the highlights of ${prepared.length} CNN stories; see the README's
 * summary section for the in-sample and cross-validated figures). Do not edit by hand.
 */
import type { SummaryModel } from './summarize';

export const WEIGHTS: SummaryModel = {
  weights: [
${rows}
  ],
  redundancy: ${model.redundancy},
  diversity: ${model.diversity},
  opener: ${model.opener},
};
`,
  );
  console.log(`wrote ${file}`);
}
console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s`);

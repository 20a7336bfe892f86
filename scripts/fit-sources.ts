/**
 * Fits the source list's last check (core/sources-model.ts, applied by core/source-filter.ts) on
 * PolNeAR's train split and reports honest figures.
 *
 *   npx tsx scripts/fit-sources.ts              fit on train, print the cross-validated curve, dev untouched
 *   npx tsx scripts/fit-sources.ts --write      …and write core/sources-model.ts
 *   npx tsx scripts/fit-sources.ts --eval       score the shipped model on train and dev (no fitting)
 *   options: --folds K (5), --max-loss R (0.002: how much cross-validated named recall the filter may cost),
 *            --goal P (0.905: the cross-validated precision reported; --at-goal ships that threshold instead),
 *            --lambda L (1: the ridge penalty), --removed FILE (the sources the filter drops, as JSON
 *            Lines with their passages, for reading), --split train|dev (for --removed; train gives
 *            the cross-validated verdicts)
 *
 * How: every article goes through `analyze()` itself, with a last check (`keepSource`) that
 * records each source the rules list and keeps it; the pool is those sources less the nameless
 * unnamed ones, which are never filtered. Each source is labelled with the shared scorer's own matching (it shares a
 * capitalised 3+ letter name word with one of the article's annotated sources, named or not).
 * The model is a logistic regression with a ridge penalty, fitted by Newton's method
 * (deterministic). The threshold is the highest whose named recall, on the held-out folds of a
 * K-fold cross-validation by article, stays within --max-loss of the unfiltered list's (the
 * lowest reaching the precision goal is printed beside it); the shipped weights are then fitted
 * on all of train. Dev is only scored with `--eval` (and at the end of a fit, once).
 * The metric is the scorer's own `score()` over the attributed sources (PolNeAR's pages have no
 * links, embeds or credits, so this is the list `npm run quality` scores).
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeHtml } from '../cli/dom';
import type { Candidate } from '../core/attributed';
import { FEATURES, nameless, sourceFeatures, type SourcesModel } from '../core/source-filter';
import { SOURCES_MODEL } from '../core/sources-model';
import { corporaDir, toolsDir, ROOT } from './quality/shared';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const FOLDS = Number(opt('--folds', '5'));
const GOAL = Number(opt('--goal', '0.905'));
const LAMBDA = Number(opt('--lambda', '1'));
const REMOVED = opt('--removed', '');
const EVAL = args.includes('--eval');
const MAX_LOSS = Number(opt('--max-loss', '0.002'));

const corpora = corporaDir();
const tools = toolsDir();
if (!corpora || !tools) {
  console.log('fit-sources needs ../shared/corpora and ../shared/tools beside the repository (or $LEDE_CORPORA); they are absent.');
  process.exit(0);
}
interface GoldSource { text: string; count: number; named: boolean; aliases?: string[] }
type Gold = Record<string, { sources: GoldSource[] }>;
interface Listed { name: string; kind: string }
const scorer = (await import(pathToFileURL(join(tools, 'sources-score.mjs')).href)) as {
  words: (s: string) => Array<{ word: string; cap: boolean }>;
  score: (gold: Gold, listed: Map<string, Listed[]>) => { recall: number; weightedRecall: number; precision: number; perDoc: number; listed: number; matched: number };
};
// the scorer's matching: a listed name shares a word with a gold source's capitalised words
const goldWords = (g: GoldSource) => new Set([g.text, ...(g.aliases ?? [])].flatMap((t) => scorer.words(t).filter((x) => x.cap).map((x) => x.word)));
const listedWords = (name: string) => new Set(scorer.words(name).map((x) => x.word));

// ---------------------------------------------------------------------------------------------
// The candidates, as the core sees them.

interface Item {
  article: number;
  cand: Candidate;
  x: number[];
  y: number;
  /** The article's named gold sources it matches. */
  gm: number[];
}
interface Article {
  id: string;
  items: Item[];
}

function loadSplit(split: string): { gold: Gold; articles: Article[] } {
  const dir = join(corpora!, 'polnear', split);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html')).sort();
  const articles: Article[] = [];
  for (const f of files) {
    const id = f.replace(/\.html$/, '');
    if (!(id in gold)) continue;
    const file = join(dir, 'html', f);
    // the candidates as analyze() meets them: every one the rules list reaches the last check,
    // which here records it and keeps it
    const cands: Candidate[] = [];
    let sentences = 0;
    analyzeHtml(readFileSync(file, 'utf8'), pathToFileURL(file).href, {
      keepSource: (c, n) => {
        cands.push(c);
        sentences = n;
        return true;
      },
    });
    const gw = gold[id].sources.map(goldWords);
    const a = articles.length;
    const items = cands
      .filter((c) => !nameless(c))
      .map((cand) => {
        const lw = listedWords(cand.source.name);
        const gm = gw.flatMap((g, i) => (gold[id].sources[i].named && [...g].some((w) => lw.has(w)) ? [i] : []));
        return { article: a, cand, x: sourceFeatures(cand, sentences), y: gw.some((g) => [...g].some((w) => lw.has(w))) ? 1 : 0, gm };
      });
    articles.push({ id, items });
  }
  return { gold, articles };
}

// ---------------------------------------------------------------------------------------------
// Logistic regression with a ridge penalty (not on the bias), by Newton's method.

const dot = (w: number[], x: number[]) => x.reduce((z, v, i) => z + v * (w[i] ?? 0), 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || !M[c][c]) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] ? row[n] / row[i] : 0));
}

function fit(items: Item[], lambda = LAMBDA): number[] {
  const d = FEATURES.length;
  let w = new Array(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (const it of items) {
      const p = sigmoid(dot(w, it.x));
      const r = p - it.y;
      const s = p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (!it.x[i]) continue;
        g[i] += r * it.x[i];
        for (let j = 0; j < d; j++) if (it.x[j]) H[i][j] += s * it.x[i] * it.x[j];
      }
    }
    for (let i = 1; i < d; i++) {
      g[i] += lambda * w[i];
      H[i][i] += lambda;
    }
    H[0][0] += 1e-6;
    const step = solve(H, g);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// The scorer's figures for a list kept by score ≥ threshold.

function figures(gold: Gold, articles: Article[], scores: Map<Item, number>, threshold: number) {
  const listed = new Map<string, Listed[]>();
  for (const a of articles) listed.set(a.id, a.items.filter((it) => scores.get(it)! >= threshold).map((it) => ({ name: it.cand.source.name, kind: it.cand.source.kind })));
  return scorer.score(gold, listed);
}

const f3 = (x: number) => x.toFixed(3);
const logit = (p: number) => Math.log(p / (1 - p));
const GRID = [0, 0.3, 0.35, 0.4, 0.425, 0.45, 0.475, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];

function curve(label: string, gold: Gold, articles: Article[], scores: Map<Item, number>, mark?: number) {
  const all = figures(gold, articles, scores, -Infinity);
  console.log(`\n${label}: threshold (probability) → named recall / weighted / precision / sources per article (listed, matched)`);
  console.log(`  no filter   ${f3(all.recall)} / ${f3(all.weightedRecall)} / ${f3(all.precision)} / ${all.perDoc.toFixed(2)} (${all.listed}, ${all.matched})`);
  const grid = mark !== undefined ? [...new Set([...GRID.filter((p) => p > 0), Number(sigmoid(mark).toFixed(4))])].sort((a, b) => a - b) : GRID.filter((p) => p > 0);
  for (const p of grid) {
    const f = figures(gold, articles, scores, logit(p));
    const here = mark !== undefined && Math.abs(logit(p) - mark) < 1e-3 ? '  ← shipped' : '';
    console.log(`  ≥ ${p.toFixed(3).padEnd(8)}  ${f3(f.recall)} / ${f3(f.weightedRecall)} / ${f3(f.precision)} / ${f.perDoc.toFixed(2)} (${f.listed}, ${f.matched})${here}`);
  }
}

function scoreWith(articles: Article[], model: SourcesModel): Map<Item, number> {
  return new Map(articles.flatMap((a) => a.items.map((it) => [it, dot(model.weights, it.x)] as [Item, number])));
}

function writeRemoved(file: string, articles: Article[], scores: Map<Item, number>, threshold: number) {
  const rows = articles.flatMap((a) =>
    a.items
      .filter((it) => scores.get(it)! < threshold)
      .map((it) => JSON.stringify({ id: a.id, name: it.cand.source.name, kind: it.cand.source.kind, matchesGold: !!it.y, p: Number(sigmoid(scores.get(it)!).toFixed(3)), passages: it.cand.source.passages?.map((p) => `[${p.cue}] ${p.text}`) })),
  );
  writeFileSync(file, rows.join('\n') + '\n');
  console.log(`\n${rows.length} removed sources written to ${file}`);
}

const t0 = performance.now();
const train = loadSplit('train');
const dev = loadSplit('dev');
const trainItems = train.articles.flatMap((a) => a.items);
if (opt('--dump', '')) {
  const rows = (split: string, arts: Article[]) => arts.flatMap((a) => a.items.map((it) => JSON.stringify({ split, id: a.id, name: it.cand.source.name, kind: it.cand.source.kind, y: it.y, x: it.x, n: a.items.length, gm: it.gm, cues: it.cand.attributions.map((t) => [t.base, t.shape, t.who.type, t.sentence, !!t.quoted]) })));
  writeFileSync(opt('--dump', ''), [...rows('train', train.articles), ...rows('dev', dev.articles)].join('\n') + '\n');
}
console.log(`train: ${train.articles.length} articles, ${trainItems.length} scored candidates (${trainItems.filter((i) => i.y).length} match gold); dev: ${dev.articles.length} articles, ${dev.articles.reduce((n, a) => n + a.items.length, 0)} candidates; read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

if (EVAL) {
  const m = SOURCES_MODEL;
  curve('train, shipped model (in-sample)', train.gold, train.articles, scoreWith(train.articles, m), m.threshold);
  curve('dev, shipped model', dev.gold, dev.articles, scoreWith(dev.articles, m), m.threshold);
  if (REMOVED) writeRemoved(REMOVED, opt('--split', 'dev') === 'train' ? train.articles : dev.articles, scoreWith(opt('--split', 'dev') === 'train' ? train.articles : dev.articles, m), m.threshold);
} else {
  // K-fold cross-validation by article: every train candidate scored by a model that never saw its article
  const cv = new Map<Item, number>();
  for (let k = 0; k < FOLDS; k++) {
    const w = fit(trainItems.filter((it) => it.article % FOLDS !== k));
    for (const it of trainItems) if (it.article % FOLDS === k) cv.set(it, dot(w, it.x));
  }
  curve(`train, ${FOLDS}-fold cross-validated`, train.gold, train.articles, cv);
  // the threshold: the highest whose held-out named recall stays within MAX_LOSS of the unfiltered
  // list's (precision first, but not at the cost of the sources the story names); and, for the
  // record, the lowest whose held-out precision reaches GOAL
  const base = figures(train.gold, train.articles, cv, -Infinity);
  let threshold = -Infinity;
  let goal: number | null = null;
  let within = true;
  for (let step = 0; step <= 260; step++) {
    const p = 0.3 + step * 0.0025;
    const f = figures(train.gold, train.articles, cv, logit(p));
    if (goal === null && f.precision >= GOAL) goal = p;
    within &&= f.recall >= base.recall - MAX_LOSS - 1e-9;
    if (within) threshold = logit(p);
  }
  if (goal !== null) {
    const g = figures(train.gold, train.articles, cv, logit(goal));
    console.log(`\nprecision goal ${GOAL}: reached from probability ${goal.toFixed(4)} on, at cross-validated ${f3(g.recall)} / ${f3(g.weightedRecall)} / ${f3(g.precision)}`);
  } else console.log(`\nprecision goal ${GOAL}: not reached below probability 0.95`);
  threshold = Number(threshold.toFixed(3));
  if (args.includes('--at-goal') && goal !== null) threshold = Number(logit(goal).toFixed(3));
  const cvAt = figures(train.gold, train.articles, cv, threshold);
  console.log(`\nthreshold ${threshold} (probability ${sigmoid(threshold).toFixed(4)}): cross-validated ${f3(cvAt.recall)} / ${f3(cvAt.weightedRecall)} / ${f3(cvAt.precision)}`);
  if (REMOVED && opt('--split', 'train') === 'train') writeRemoved(REMOVED, train.articles, cv, threshold);
  const weights = fit(trainItems).map((v) => Number(v.toFixed(3)));
  const model: SourcesModel = { weights, threshold };
  console.log('\nweights (all of train):');
  FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(14)} ${weights[i].toFixed(3)}`));
  curve('train, fitted model (in-sample)', train.gold, train.articles, scoreWith(train.articles, model), threshold);
  curve('dev, fitted model', dev.gold, dev.articles, scoreWith(dev.articles, model), threshold);
  if (args.includes('--write')) {
    const body = [
      '/**',
      " * The source list's last check (`source-filter.ts`): one weight per feature (FEATURES order) and",
      ' * the threshold on the score (log-odds). Written by `npx tsx scripts/fit-sources.ts --write`',
      ` * (logistic regression, ridge ${LAMBDA}, on PolNeAR train's ${trainItems.length} candidate sources; threshold: the highest`,
      ` * whose ${FOLDS}-fold cross-validated named recall stays within ${MAX_LOSS} of the unfiltered list's). Do not edit by hand.`,
      ' */',
      "import type { SourcesModel } from './source-filter';",
      '',
      'export const SOURCES_MODEL: SourcesModel = {',
      '  weights: [',
      ...FEATURES.map((f, i) => `    ${weights[i]}, // ${f}`),
      '  ],',
      `  threshold: ${threshold},`,
      '};',
      '',
    ].join('\n');
    writeFileSync(join(ROOT, 'core', 'sources-model.ts'), body);
    console.log('\nwrote core/sources-model.ts');
  }
}
console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s`);

/**
 * Extraction quality against suites nobody here wrote (issue 6).
 *
 *   npm run quality                 per-page and total table, Lede beside plain Readability 0.6.0
 *   npm run quality -- --page ars-1 one page (a Readability test page name or a benchmark key prefix)
 *   npm run quality -- --json       machine-readable totals on stdout (no table)
 *   npm run quality -- --json=FILE  the table, plus the totals written to FILE
 *   npm run quality -- --gate       exit 1 when a total falls below tests/quality/floors/*.json
 *   npm run quality -- --task summary,timeline   only these tasks (extraction, summary, timeline, sources, detection)
 *   npm run quality -- --corpus benchmark|readability   one corpus only
 *
 * Corpora (read, never copied into the repo), from `../shared/corpora` beside the repo root or
 * from $LEDE_CORPORA:
 *   readability-test-pages/<name>/{source.html,expected.html,expected-metadata.json}
 *     scored with token-level (bag of \w+ words) precision/recall/F1 against expected.html's text,
 *     and title/byline/excerpt agreement with expected-metadata.json. Three extractors side by
 *     side: plain Readability, Readability after Lede's pre-cleaning (`core/clean.ts`: the
 *     criterion "pre-cleaning never makes a page worse"), and Lede's reader article (the lead
 *     image's caption + `article.html`, the counterpart of Readability's content; `article.text`
 *     leaves captions out on purpose and is what the benchmark scores). expected.html is
 *     Readability's own output, clutter included and some story left out, so each page is also
 *     scored against a reviewed reference (tests/quality/readability-reference-review.json):
 *     expected.html without the furniture passages listed there (newsletter boxes, "Related"
 *     teasers, author boxes, comment threads, tables of contents: what the issue asks Lede to
 *     strip) and with the story passages Readability dropped (each checked against source.html).
 *     Both figures are printed; the "worse" lists use the reviewed one.
 *   article-extraction-benchmark-dev/{html/<key>.html.gz,ground-truth.json}
 *     scored with the benchmark's own metric (see `shingleMatch`).
 * Both extractors see the same DOM implementation (linkedom), each on its own fresh parse.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyze } from '../core/analyze';
import { clean } from '../core/clean';
import { nodePurifyWindow, parseDocument } from '../cli/dom';
import { corporaDir } from './quality/shared';
import { runDigestQuality, TASK_NAMES, type TaskName } from './quality/digest';

export const ROOT = resolve(import.meta.dirname, '..');
export const FLOORS_FILE = join(ROOT, 'tests/quality/floors/extraction.json');
export const REVIEW_FILE = join(ROOT, 'tests/quality/readability-reference-review.json');

export { corporaDir };

// ---------------------------------------------------------------------------------------------
// Metrics

/**
 * Tokens as the benchmark's Python `re.findall(r'\w+', text, re.UNICODE)` sees them:
 * letters (all L categories), numbers (all N categories) and "_"; combining marks split tokens.
 */
export function benchTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of n-token shingles; a text shorter than n tokens is one shorter shingle, like the benchmark. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = benchTokens(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Multiset overlap of two count maps. */
function overlap(truth: Map<string, number>, pred: Map<string, number>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of pred) {
    const t = truth.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
  }
  for (const [key, t] of truth) fn += Math.max(0, t - (pred.get(key) ?? 0));
  return { tp, fp, fn };
}

/** The benchmark's per-page score: shingle tp/fp/fn normalized to sum to 1. */
export function shingleMatch(truth: string, pred: string): Counts {
  const c = overlap(shingles(truth), shingles(pred));
  const sum = c.tp + c.fp + c.fn;
  return sum > 0 ? { tp: c.tp / sum, fp: c.fp / sum, fn: c.fn / sum } : c;
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function precisionOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** The benchmark's totals: mean precision over pages with tp+fp>0, mean recall over pages with tp+fn>0. */
export function benchTotals(pages: Counts[]): Totals {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Token-level (bag of lowercased words) precision/recall/F1 of a text against the expected text. */
export function tokenScore(expected: string, actual: string): Totals {
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const t of benchTokens(s.toLowerCase())) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const c = overlap(bag(expected), bag(actual));
  const precision = precisionOf(c);
  const recall = recallOf(c);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------
// Extractors

export interface Extraction {
  text: string;
  /** What a reader shows, when it differs from `text` (Lede: captions included). */
  readerText?: string;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  ms: number;
  error?: string;
}

export type Extractor = (html: string, url: string) => Extraction;

/** Plain Readability 0.6.0 with its defaults, on a fresh parse by the same DOM (linkedom). */
export const readabilityExtractor: Extractor = (html) => {
  const doc = parseDocument(html);
  const t0 = performance.now();
  try {
    const r = new Readability(doc).parse();
    return { text: r?.textContent ?? '', title: r?.title ?? null, byline: r?.byline ?? null, excerpt: r?.excerpt ?? null, ms: performance.now() - t0 };
  } catch (e) {
    return { text: '', title: null, byline: null, excerpt: null, ms: performance.now() - t0, error: String(e) };
  }
};

/** Readability 0.6.0 with its defaults on the page after Lede's pre-cleaning (`clean()`), same parse. */
export const precleanExtractor: Extractor = (html) => {
  const doc = parseDocument(html);
  const t0 = performance.now();
  try {
    clean(doc);
    const r = new Readability(doc).parse();
    return { text: r?.textContent ?? '', title: r?.title ?? null, byline: r?.byline ?? null, excerpt: r?.excerpt ?? null, ms: performance.now() - t0 };
  } catch (e) {
    return { text: '', title: null, byline: null, excerpt: null, ms: performance.now() - t0, error: String(e) };
  }
};

/** The text of an HTML fragment; `skip` names elements whose text does not count. */
function fragmentText(html: string, skip?: string): string {
  const body = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
  if (skip) for (const el of Array.from(body?.querySelectorAll(skip) ?? [])) el.remove();
  return body?.textContent ?? '';
}

/**
 * Lede: `analyze()` from the core on a fresh parse (cli/dom.ts, as the CLI does it). `text` is
 * `article.text` (story text); `readerText` the reader's article: lead caption + `article.html`.
 */
export const ledeExtractor: Extractor = (html, url) => {
  const doc = parseDocument(html);
  const t0 = performance.now();
  try {
    const a = analyze(doc, url, { purifyWindow: nodePurifyWindow() }).article;
    const ms = performance.now() - t0;
    // A video embed is a link card in Lede's reader ("▶ title (YouTube)") and a text-less
    // <iframe> in Readability's output: neither counts as text.
    const readerText = `${a.leadImage?.caption ?? ''}\n${fragmentText(a.html, '.lede-embed')}`;
    return { text: a.text, readerText, title: a.title || null, byline: a.byline, excerpt: a.excerpt, ms };
  } catch (e) {
    return { text: '', title: null, byline: null, excerpt: null, ms: performance.now() - t0, error: String((e as Error).stack ?? e).slice(0, 300) };
  }
};

// ---------------------------------------------------------------------------------------------
// Corpora

const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const fold = (s: string | null | undefined) =>
  squash(s).toLowerCase().replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[–—]/g, '-');

/** Metadata agreement: same text after folding white space, case and quote styles (both empty counts). */
export function agrees(expected: string | null | undefined, actual: string | null | undefined): boolean {
  return fold(expected) === fold(actual);
}

/** Bylines agree when they name the same people: "By Jane Doe" = "Jane Doe"; "A, B" = "A and B". */
export function bylinesAgree(expected: string | null | undefined, actual: string | null | undefined): boolean {
  const names = (s: string | null | undefined) => fold(s).replace(/^(by|par|von|por|di|door)\s+/, '').split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean).sort().join('|');
  return names(expected) === names(actual);
}

export interface MetaAgreement {
  title: boolean;
  byline: boolean;
  excerpt: boolean;
}

export type ReadabilitySide = Totals & { meta: MetaAgreement; ms: number; error?: string; /** Against expected.html without its reviewed furniture. */ adjusted: Totals };

export interface ReadabilityPageResult {
  name: string;
  lede?: ReadabilitySide;
  /** Readability after Lede's pre-cleaning. */
  preclean?: ReadabilitySide;
  readability: ReadabilitySide;
}

export interface BenchPageResult {
  key: string;
  url: string;
  lede?: Counts & { f1: number; ms: number; error?: string };
  /** Readability after Lede's pre-cleaning. */
  preclean?: Counts & { f1: number; ms: number; error?: string };
  readability: Counts & { f1: number; ms: number; error?: string };
}

function pageF1(c: Counts): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface FurniturePassage {
  /** The passage's text as it starts (white space and case folded). */
  starts: string;
  /** What it is: "newsletter box", "related teasers", … */
  why: string;
}

export interface MissingPassage {
  /** Story text of source.html that expected.html lacks. */
  text: string;
  why: string;
}

export interface PageReview {
  furniture?: FurniturePassage[];
  missing?: MissingPassage[];
}

let reviewCache: Record<string, PageReview> | null = null;
export function readReview(): Record<string, PageReview> {
  reviewCache ??= existsSync(REVIEW_FILE) ? (JSON.parse(readFileSync(REVIEW_FILE, 'utf8')) as Record<string, PageReview>) : {};
  return reviewCache;
}

/** The reviewed reference: expected.html's text without its furniture, plus the story it lacks. */
export function reviewedExpected(expectedHtml: string, sourceHtml: string, review: PageReview): string {
  let text = review.furniture?.length ? expectedWithoutFurniture(expectedHtml, review.furniture) : fragmentText(expectedHtml);
  if (review.missing?.length) {
    const source = new Set(benchTokens((parseDocument(sourceHtml).body?.textContent ?? '').toLowerCase()));
    for (const m of review.missing) {
      const absent = benchTokens(m.text.toLowerCase()).filter((t) => !source.has(t));
      if (absent.length) throw new Error(`quality: "missing" passage has words not in source.html (${absent.slice(0, 5).join(', ')}): "${m.text.slice(0, 60)}"`);
      text += `\n${m.text}`;
    }
  }
  return text;
}

const foldText = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

/**
 * expected.html's text without the listed furniture: each passage takes out the outermost
 * element whose text starts with it, among elements holding at most 40% of the page's text (so
 * a passage at the top of the story never takes the story). A passage that matches nothing is
 * an error: the list must stay true to the corpus.
 */
export function expectedWithoutFurniture(html: string, passages: FurniturePassage[]): string {
  const doc = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const total = foldText(doc.body.textContent).length;
  for (const { starts } of passages) {
    const want = foldText(starts);
    // Document order: the first element whose text starts with the passage is the outermost.
    const hit = Array.from(doc.body.querySelectorAll('*')).find((el) => {
      const t = foldText(el.textContent);
      return t.startsWith(want) && t.length <= total * 0.4;
    });
    if (!hit) throw new Error(`quality: furniture passage not found in expected.html: "${starts}"`);
    hit.remove();
  }
  return doc.body.textContent ?? '';
}

export function readabilityPageNames(corpora: string): string[] {
  const dir = join(corpora, 'readability-test-pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/** Scores one Readability test page with every extractor given. */
export function scoreReadabilityPage(corpora: string, name: string, lede: Extractor | null): ReadabilityPageResult {
  const dir = join(corpora, 'readability-test-pages', name);
  const source = readFileSync(join(dir, 'source.html'), 'utf8');
  // The text expected.html shows (Readability's reference output for the page).
  const expectedHtml = readFileSync(join(dir, 'expected.html'), 'utf8');
  const expected = fragmentText(expectedHtml);
  const metaFile = join(dir, 'expected-metadata.json');
  const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, string | null>) : {};
  // The URL the Readability test suite itself uses for these pages.
  const url = 'http://fakehost/test/page.html';
  const review = readReview()[name];
  const adjustedExpected = review ? reviewedExpected(expectedHtml, source, review) : expected;
  const score = (x: Extraction): ReadabilitySide => {
    const text = x.readerText ?? x.text;
    return {
      ...tokenScore(expected, text),
      adjusted: tokenScore(adjustedExpected, text),
      meta: { title: agrees(meta.title, x.title), byline: bylinesAgree(meta.byline, x.byline), excerpt: agrees(meta.excerpt, x.excerpt) },
      ms: x.ms,
      ...(x.error ? { error: x.error } : {}),
    };
  };
  return {
    name,
    readability: score(readabilityExtractor(source, url)),
    ...(lede ? { preclean: score(precleanExtractor(source, url)), lede: score(lede(source, url)) } : {}),
  };
}

export function benchmarkKeys(corpora: string): string[] {
  const file = join(corpora, 'article-extraction-benchmark-dev/ground-truth.json');
  if (!existsSync(file)) return [];
  return Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort();
}

let groundTruthCache: { file: string; data: Record<string, { url: string; articleBody: string }> } | null = null;

function groundTruth(corpora: string) {
  const file = join(corpora, 'article-extraction-benchmark-dev/ground-truth.json');
  if (groundTruthCache?.file !== file) groundTruthCache = { file, data: JSON.parse(readFileSync(file, 'utf8')) };
  return groundTruthCache.data;
}

/** Scores one benchmark page: Lede's `article.text` and Readability's `textContent` against `articleBody`. */
export function scoreBenchmarkPage(corpora: string, key: string, lede: Extractor | null): BenchPageResult {
  const truth = groundTruth(corpora)[key];
  const html = gunzipSync(readFileSync(join(corpora, 'article-extraction-benchmark-dev/html', `${key}.html.gz`))).toString('utf8');
  const score = (x: Extraction) => {
    const c = shingleMatch(truth.articleBody, x.text);
    return { ...c, f1: pageF1(c), ms: x.ms, ...(x.error ? { error: x.error } : {}) };
  };
  return {
    key,
    url: truth.url,
    readability: score(readabilityExtractor(html, truth.url)),
    ...(lede ? { preclean: score(precleanExtractor(html, truth.url)), lede: score(lede(html, truth.url)) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Totals

export interface SideTotals extends Totals {
  /** The same, against expected.html without its reviewed furniture. */
  adjusted: Totals;
  title: number;
  byline: number;
  excerpt: number;
  errors: number;
  ms: number;
}

export interface QualityTotals {
  corpora: string | null;
  readabilityPages: {
    pages: number;
    lede?: SideTotals;
    preclean?: SideTotals;
    readability: SideTotals;
    /** Pages where Lede's reader article / the pre-cleaned Readability is worse than plain Readability by > HAIR (adjusted F1). */
    ledeWorsePages?: string[];
    precleanWorsePages?: string[];
  } | null;
  benchmark: {
    pages: number;
    lede?: Totals & { errors: number; ms: number };
    preclean?: Totals & { errors: number; ms: number };
    readability: Totals & { errors: number; ms: number };
    /** Pages where Lede / the pre-cleaned Readability score below plain Readability by > HAIR. */
    ledeWorsePages?: string[];
    precleanWorsePages?: string[];
  } | null;
}

/** Pages where Lede's F1 is below Readability's by more than this are listed as regressions. */
export const HAIR = 0.01;

export function readabilityTotals(results: ReadabilityPageResult[]): QualityTotals['readabilityPages'] {
  if (!results.length) return null;
  const side = (pick: (r: ReadabilityPageResult) => ReadabilityPageResult['readability'] | undefined): SideTotals | undefined => {
    const xs = results.map(pick).filter((x): x is NonNullable<typeof x> => !!x);
    if (!xs.length) return undefined;
    return {
      precision: mean(xs.map((x) => x.precision)),
      recall: mean(xs.map((x) => x.recall)),
      f1: mean(xs.map((x) => x.f1)),
      adjusted: {
        precision: mean(xs.map((x) => x.adjusted.precision)),
        recall: mean(xs.map((x) => x.adjusted.recall)),
        f1: mean(xs.map((x) => x.adjusted.f1)),
      },
      title: mean(xs.map((x) => +x.meta.title)),
      byline: mean(xs.map((x) => +x.meta.byline)),
      excerpt: mean(xs.map((x) => +x.meta.excerpt)),
      errors: xs.filter((x) => x.error).length,
      ms: xs.reduce((a, x) => a + x.ms, 0),
    };
  };
  const lede = side((r) => r.lede);
  const preclean = side((r) => r.preclean);
  const worse = (pick: (r: ReadabilityPageResult) => ReadabilitySide | undefined) =>
    results.filter((r) => { const x = pick(r); return x && x.adjusted.f1 < r.readability.adjusted.f1 - HAIR; }).map((r) => r.name);
  return {
    pages: results.length,
    readability: side((r) => r.readability)!,
    ...(lede ? { lede, ledeWorsePages: worse((r) => r.lede) } : {}),
    ...(preclean ? { preclean, precleanWorsePages: worse((r) => r.preclean) } : {}),
  };
}

export function benchmarkTotals(results: BenchPageResult[]): QualityTotals['benchmark'] {
  if (!results.length) return null;
  const side = (xs: (BenchPageResult['readability'] | undefined)[]) => {
    const ys = xs.filter((x): x is NonNullable<typeof x> => !!x);
    return ys.length ? { ...benchTotals(ys), errors: ys.filter((y) => y.error).length, ms: ys.reduce((a, y) => a + y.ms, 0) } : undefined;
  };
  const lede = side(results.map((r) => r.lede));
  const preclean = side(results.map((r) => r.preclean));
  const worse = (pick: (r: BenchPageResult) => BenchPageResult['lede']) => results.filter((r) => { const x = pick(r); return x && x.f1 < r.readability.f1 - HAIR; }).map((r) => r.key.slice(0, 12));
  return {
    pages: results.length,
    readability: side(results.map((r) => r.readability))!,
    ...(lede ? { lede, ledeWorsePages: worse((r) => r.lede) } : {}),
    ...(preclean ? { preclean, precleanWorsePages: worse((r) => r.preclean) } : {}),
  };
}

export interface RunOptions {
  page?: string;
  /** Only this corpus. */
  corpus?: 'readability' | 'benchmark';
  /** Called after each page (for the table). */
  onReadabilityPage?: (r: ReadabilityPageResult) => void;
  onBenchmarkPage?: (r: BenchPageResult) => void;
  /** Use this extractor as Lede's instead of loading the core (tests). */
  lede?: Extractor | null;
}

/** Runs both corpora; `corpora: null` in the result means the folder is absent. */
export async function runQuality(options: RunOptions = {}): Promise<QualityTotals & { readabilityResults: ReadabilityPageResult[]; benchmarkResults: BenchPageResult[] }> {
  const corpora = corporaDir();
  if (!corpora) return { corpora: null, readabilityPages: null, benchmark: null, readabilityResults: [], benchmarkResults: [] };
  const lede = options.lede !== undefined ? options.lede : ledeExtractor;
  const match = (name: string) => !options.page || name === options.page || name.startsWith(options.page);
  const readabilityResults: ReadabilityPageResult[] = [];
  for (const name of options.corpus === 'benchmark' ? [] : readabilityPageNames(corpora).filter(match)) {
    const r = scoreReadabilityPage(corpora, name, lede);
    readabilityResults.push(r);
    options.onReadabilityPage?.(r);
  }
  const benchmarkResults: BenchPageResult[] = [];
  for (const key of options.corpus === 'readability' ? [] : benchmarkKeys(corpora).filter(match)) {
    const r = scoreBenchmarkPage(corpora, key, lede);
    benchmarkResults.push(r);
    options.onBenchmarkPage?.(r);
  }
  return {
    corpora,
    readabilityPages: readabilityTotals(readabilityResults),
    benchmark: benchmarkTotals(benchmarkResults),
    readabilityResults,
    benchmarkResults,
  };
}

// ---------------------------------------------------------------------------------------------
// Gate

export interface Floors {
  readabilityPages?: {
    lede: Partial<Totals & { title: number; byline: number; excerpt: number }>;
    /** Floors for the adjusted totals (against expected.html without reviewed furniture). */
    adjusted?: { lede?: Partial<Totals>; preclean?: Partial<Totals> };
    maxLedeWorsePages?: number;
    maxPrecleanWorsePages?: number;
  };
  benchmark?: { lede: Partial<Totals>; preclean?: Partial<Totals>; maxLedeWorsePages?: number; maxPrecleanWorsePages?: number };
}

export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
}

/** Every total that fell below its floor, as readable lines; empty when the gate passes. */
export function gateFailures(totals: QualityTotals, floors: Floors): string[] {
  const failures: string[] = [];
  const check = (label: string, actual: Record<string, number> | undefined, floor: Record<string, number | undefined> | undefined) => {
    if (!floor) return;
    if (!actual) {
      failures.push(`${label}: no Lede result (core/analyze.ts missing?)`);
      return;
    }
    for (const [k, min] of Object.entries(floor)) {
      if (min === undefined) continue;
      if (!(actual[k] >= min)) failures.push(`${label} ${k} ${actual[k]?.toFixed(4)} < floor ${min}`);
    }
  };
  if (totals.readabilityPages) {
    check('readability-test-pages', totals.readabilityPages.lede as unknown as Record<string, number>, floors.readabilityPages?.lede);
    check('readability-test-pages adjusted', totals.readabilityPages.lede?.adjusted as unknown as Record<string, number>, floors.readabilityPages?.adjusted?.lede);
    check('readability-test-pages pre-cleaning adjusted', totals.readabilityPages.preclean?.adjusted as unknown as Record<string, number>, floors.readabilityPages?.adjusted?.preclean);
    const limit = (label: string, worse: string[] | undefined, max: number | undefined) => {
      if (max !== undefined && (worse ?? []).length > max) failures.push(`readability-test-pages: ${label} worse than Readability by > ${HAIR} F1 on ${worse!.length} pages (max ${max}): ${worse!.join(', ')}`);
    };
    limit('Lede', totals.readabilityPages.ledeWorsePages, floors.readabilityPages?.maxLedeWorsePages);
    limit('pre-cleaning', totals.readabilityPages.precleanWorsePages, floors.readabilityPages?.maxPrecleanWorsePages);
  }
  if (totals.benchmark) {
    const b = totals.benchmark;
    check('article-extraction-benchmark-dev', b.lede as unknown as Record<string, number>, floors.benchmark?.lede);
    check('article-extraction-benchmark-dev pre-cleaning', b.preclean as unknown as Record<string, number>, floors.benchmark?.preclean);
    for (const [label, xs, max] of [['Lede', b.ledeWorsePages, floors.benchmark?.maxLedeWorsePages], ['pre-cleaning', b.precleanWorsePages, floors.benchmark?.maxPrecleanWorsePages]] as const)
      if (max !== undefined && (xs ?? []).length > max) failures.push(`article-extraction-benchmark-dev: ${label} worse than Readability by > ${HAIR} F1 on ${xs!.length} pages (max ${max}): ${xs!.join(', ')}`);
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------
// CLI

const f3 = (x: number | undefined) => (x === undefined ? '  -  ' : x.toFixed(3));
const yn = (b: boolean | undefined) => (b === undefined ? '-' : b ? 'y' : 'n');

function reviewNote(r?: PageReview): string {
  const parts = [r?.furniture?.length ? `${r.furniture.length} furniture` : '', r?.missing?.length ? `${r.missing.length} missing` : ''].filter(Boolean);
  return parts.length ? ` (reviewed: ${parts.join(', ')})` : '';
}

function printReadabilityRow(r: ReadabilityPageResult) {
  const l = r.lede;
  const c = r.preclean;
  const x = r.readability;
  const mark = (y?: ReadabilitySide) => (y && y.adjusted.f1 < x.adjusted.f1 - HAIR ? 'W' : y && y.adjusted.f1 > x.adjusted.f1 + HAIR ? '+' : ' ');
  const side = (y?: ReadabilitySide) => `${f3(y?.f1)} ${f3(y?.adjusted.f1)}${mark(y)}`;
  console.log(
    `${r.name.slice(0, 30).padEnd(30)} ${side(x)}| ${side(c)}| ${side(l)} ${yn(l?.meta.title)}${yn(l?.meta.byline)}${yn(l?.meta.excerpt)}` +
      `${reviewNote(readReview()[r.name])}${l?.error ? ' ERROR ' + l.error : ''}`,
  );
}

function printBenchRow(r: BenchPageResult) {
  const l = r.lede;
  const x = r.readability;
  const p = (c?: Counts) => (c ? f3(precisionOf(c)) : '  -  ');
  const rc = (c?: Counts) => (c ? f3(recallOf(c)) : '  -  ');
  const flag = l && l.f1 < x.f1 - HAIR ? ' WORSE' : l && l.f1 > x.f1 + HAIR ? ' better' : '';
  console.log(`${r.key.slice(0, 12)} ${p(l)} ${rc(l)} ${f3(l?.f1)} | ${p(x)} ${rc(x)} ${f3(x.f1)}${flag} ${r.url.slice(0, 70)}${l?.error ? ' ERROR ' + l.error : ''}`);
}

function printTotals(t: QualityTotals) {
  const line = (label: string, s?: Totals & Partial<SideTotals>) =>
    s
      ? `  ${label.padEnd(12)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}` +
        (s.title !== undefined ? `  title ${f3(s.title)}  byline ${f3(s.byline)}  excerpt ${f3(s.excerpt)}` : '') +
        `  errors ${s.errors ?? 0}  ${Math.round(s.ms ?? 0)} ms`
      : `  ${label.padEnd(12)} (not available: core/analyze.ts missing)`;
  if (t.readabilityPages) {
    const rp = t.readabilityPages;
    const adj = (label: string, s?: SideTotals) => (s ? `  ${label.padEnd(12)} P ${f3(s.adjusted.precision)}  R ${f3(s.adjusted.recall)}  F1 ${f3(s.adjusted.f1)}` : '');
    const reviews = Object.values(readReview());
    const furniture = reviews.reduce((n, x) => n + (x.furniture?.length ?? 0), 0);
    const missing = reviews.reduce((n, x) => n + (x.missing?.length ?? 0), 0);
    console.log(`\nreadability-test-pages: ${rp.pages} pages, token P/R/F1 vs expected.html as is (macro mean), metadata agreement rate`);
    console.log(line('Lede', rp.lede));
    console.log(line('Pre-cleaned', rp.preclean));
    console.log(line('Readability', rp.readability));
    console.log(`  the same against the reviewed reference: expected.html without ${furniture} furniture passages, with ${missing} story passages it lacks, on ${reviews.length} pages (tests/quality/readability-reference-review.json):`);
    for (const [label, s] of [['Lede', rp.lede], ['Pre-cleaned', rp.preclean], ['Readability', rp.readability]] as const) if (s) console.log(adj(label, s));
    const list = (label: string, xs?: string[]) => xs && console.log(`  ${label} worse than Readability by > ${HAIR} F1 (adjusted) on ${xs.length} page(s)${xs.length ? ': ' + xs.join(', ') : ''}`);
    list('Lede', rp.ledeWorsePages);
    list('Pre-cleaning', rp.precleanWorsePages);
  }
  if (t.benchmark) {
    console.log(`\narticle-extraction-benchmark-dev: ${t.benchmark.pages} pages, benchmark metric (4-token shingles)`);
    console.log(line('Lede', t.benchmark.lede));
    console.log(line('Pre-cleaned', t.benchmark.preclean));
    console.log(line('Readability', t.benchmark.readability));
    for (const [label, xs] of [['Lede', t.benchmark.ledeWorsePages], ['Pre-cleaning', t.benchmark.precleanWorsePages]] as const)
      if (xs) console.log(`  ${label} worse than Readability by > ${HAIR} F1 on ${xs.length} page(s)${xs.length ? ': ' + xs.join(', ') : ''}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.find((a) => a === '--json' || a.startsWith('--json='));
  const jsonFile = json?.startsWith('--json=') ? json.slice('--json='.length) : null;
  const jsonStdout = json === '--json';
  const gate = argv.includes('--gate');
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const page = value('--page');
  const corpusArg = value('--corpus');
  const corpus = corpusArg === 'benchmark' || corpusArg === 'readability' ? corpusArg : undefined;
  // --task extraction,summary,timeline,sources,detection (default: all); --corpus/--page: extraction only.
  const taskArg = value('--task');
  const wanted = taskArg ? taskArg.split(',').map((t) => t.trim()) : corpus || page ? ['extraction'] : ['extraction', ...TASK_NAMES];
  const unknown = wanted.filter((t) => t !== 'extraction' && !(TASK_NAMES as string[]).includes(t));
  if (unknown.length) {
    console.error(`quality: unknown task ${unknown.join(', ')} (extraction, ${TASK_NAMES.join(', ')})`);
    return 2;
  }
  const digestTasks = TASK_NAMES.filter((t) => wanted.includes(t)) as TaskName[];

  const corpora = corporaDir();
  if (!corpora) {
    const where = process.env.LEDE_CORPORA ?? resolve(ROOT, '../shared/corpora');
    console.log(`Quality corpora not found at ${where} (put shared/ beside the repo or set LEDE_CORPORA): nothing measured${gate ? '; quality gate SKIPPED' : ''}.`);
    if (jsonStdout) console.log(JSON.stringify({ corpora: null, skipped: true }));
    return 0;
  }

  const quiet = jsonStdout;
  let header1 = false;
  let header2 = false;
  const t0 = performance.now();
  const failures: string[] = [];
  let summary: (QualityTotals & { seconds: number }) | null = null;
  if (wanted.includes('extraction')) {
    const totals = await runQuality({
      page,
      corpus,
      onReadabilityPage: quiet
        ? undefined
        : (r) => {
            if (!header1) {
              console.log(`${'readability-test-pages'.padEnd(30)} Readability  | Pre-cleaned  | Lede reader  T B E`);
              console.log(`${'(F1 as is, F1 adjusted)'.padEnd(30)} as is  adj   | as is  adj   | as is  adj`);
              header1 = true;
            }
            printReadabilityRow(r);
          },
      onBenchmarkPage: quiet
        ? undefined
        : (r) => {
            if (!header2) {
              console.log(`\nbenchmark    ----- Lede -------- | ---- Readability ---`);
              console.log(`key            P     R     F1    |   P     R     F1`);
              header2 = true;
            }
            printBenchRow(r);
          },
    });
    summary = {
      corpora: totals.corpora,
      readabilityPages: totals.readabilityPages,
      benchmark: totals.benchmark,
      seconds: (performance.now() - t0) / 1000,
    };
    if (!quiet) printTotals(summary);
    if (!page && !corpus) failures.push(...gateFailures(summary, readFloors()));
  }
  const digest = digestTasks.length
    ? await runDigestQuality(digestTasks, quiet ? undefined : (r) => console.log(r.lines.join('\n')))
    : null;
  if (digest?.skipped && !quiet) console.log(`\ndigest quality: not measured (${digest.skipped})${gate ? '; its gate SKIPPED' : ''}`);
  for (const r of digest?.reports ?? []) failures.push(...r.failures);

  const seconds = (performance.now() - t0) / 1000;
  if (!quiet) {
    console.log('\noverview (Lede beside its baselines; details above)');
    if (summary?.benchmark?.lede) console.log(`  extraction  benchmark F1 ${f3(summary.benchmark.lede.f1)} vs Readability ${f3(summary.benchmark.readability.f1)}` + (summary.readabilityPages?.lede ? `; Readability's pages (reviewed) ${f3(summary.readabilityPages.lede.adjusted.f1)} vs ${f3(summary.readabilityPages.readability.adjusted.f1)}` : ''));
    for (const r of digest?.reports ?? []) console.log(`  ${r.task.padEnd(10)}  ${r.headline}  (${r.seconds.toFixed(0)} s)`);
    console.log(`\n${seconds.toFixed(1)} s`);
  }
  const out = { ...(summary ?? { corpora }), digest: Object.fromEntries((digest?.reports ?? []).map((r) => [r.task, r.totals])), seconds };
  if (jsonStdout) console.log(JSON.stringify(out, null, 2));
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify(out, null, 2) + '\n');

  if (gate) {
    if (page || corpus) {
      console.log('quality gate: not applied to a subset (--page or --corpus given).');
      return 0;
    }
    if (failures.length) {
      console.error('quality gate FAILED:\n  ' + failures.join('\n  '));
      return 1;
    }
    console.log('quality gate passed (totals ≥ tests/quality/floors/*.json).');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}

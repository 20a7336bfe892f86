/**
 * What the digest quality tasks share (summary, timeline, sources, detection): where the corpora
 * and the scorers are, one analysis of every corpus page (in two processes, reused by every task
 * in a run), the scorers run as the shared README documents them, and one floor checker.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Analysis } from '../../core/types';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Where the shared corpora live, or null when the folder is absent (e.g. a bare clone). */
export function corporaDir(): string | null {
  const dir = process.env.LEDE_CORPORA ? resolve(process.env.LEDE_CORPORA) : resolve(ROOT, '../shared/corpora');
  return existsSync(dir) ? dir : null;
}

/** The shared scorers (`../shared/tools`, beside the corpora), or null when absent. */
export function toolsDir(): string | null {
  const corpora = corporaDir();
  const dir = process.env.LEDE_TOOLS ? resolve(process.env.LEDE_TOOLS) : corpora ? resolve(corpora, '../tools') : null;
  return dir && existsSync(dir) ? dir : null;
}

/** One page to analyze: `id` is what the scorers key on (the file name without .html). */
export interface PageRef {
  id: string;
  file: string;
  /** The page's address when the corpus gives one; otherwise the file's file:// URL (as the CLI). */
  url?: string;
}

/** What the tasks read of an Analysis (the rest stays in the worker, to keep a run small). */
export type PageResult = Pick<Analysis, 'isArticle' | 'detection' | 'summary' | 'timeline' | 'sources'> & {
  id: string;
  file: string;
  url: string;
  title: string;
  publishedTime: string | null;
  wordCount: number;
  sentenceCount: number;
  /** The story's sentences (for baselines that read the same text, e.g. plain chrono-node on the timeline task). */
  sentences?: string[];
  timings?: Record<string, number>;
  ms: number;
  error?: string;
};

/** The HTML pages of a corpus folder (`html/*.html` or `*.html.gz`), sorted by id. */
export function corpusPages(dir: string, urls: Record<string, string | undefined> = {}): PageRef[] {
  const html = join(dir, 'html');
  if (!existsSync(html)) return [];
  return readdirSync(html)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html(\.gz)?$/, '');
      return { id, file: join(html, f), url: urls[id] };
    });
}

/**
 * Analyzes pages in `workers` child processes (scripts/quality/analyze-worker.ts, the core on
 * linkedom exactly as the CLI runs it), results in the order given.
 */
export async function analyzePages(pages: PageRef[], workers = Number(process.env.LEDE_QUALITY_WORKERS) || 2): Promise<PageResult[]> {
  if (!pages.length) return [];
  const n = Math.max(1, Math.min(workers, Math.ceil(pages.length / 20)));
  const chunks: PageRef[][] = Array.from({ length: n }, () => []);
  pages.forEach((p, i) => chunks[i % n].push(p));
  const parts = await Promise.all(chunks.map(runWorker));
  const byId = new Map(parts.flat().map((r) => [r.file, r]));
  return pages.map((p) => byId.get(p.file) ?? failed(p, 'no result from the worker'));
}

function failed(p: PageRef, error: string): PageResult {
  return {
    id: p.id, file: p.file, url: p.url ?? '', error, isArticle: false, detection: { score: 0, reasons: [] }, summary: { sentences: [] },
    timeline: [], sources: [], title: '', publishedTime: null, wordCount: 0, sentenceCount: 0, ms: 0,
  };
}

function runWorker(pages: PageRef[]): Promise<PageResult[]> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/quality/analyze-worker.ts')], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const rows = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as PageResult);
      if (code !== 0 && rows.length < pages.length) reject(new Error(`analyze-worker exited with ${code} after ${rows.length}/${pages.length} pages`));
      else resolveRun(rows);
    });
    child.stdin.end(JSON.stringify(pages));
  });
}

/** A temp folder for prediction files, removed by `done()`. */
export function scratch(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lede-quality-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** JSON Lines as the CLI prints them for several files (what the scorers read). */
export function writeJsonl(path: string, rows: PageResult[]): string {
  writeFileSync(path, rows.map((r) => JSON.stringify({ file: r.file, url: r.url, isArticle: r.isArticle, summary: r.summary, timeline: r.timeline, sources: r.sources })).join('\n') + '\n');
  return path;
}

/** Runs a shared scorer (`node ../shared/tools/<script> …`) and returns what it printed. */
export function runTool(script: string, args: string[]): Promise<string> {
  const tools = toolsDir();
  if (!tools) return Promise.reject(new Error('the shared scorers (../shared/tools) are absent'));
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(tools, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`${script} exited with ${code}: ${err.trim() || out.trim()}`))));
  });
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

// ---------------------------------------------------------------------------------------------
// Floors

/** A task's floors: `tests/quality/floors/<task>.json`. */
export function floorsFile(task: string): string {
  return join(ROOT, 'tests/quality/floors', `${task}.json`);
}

export function readTaskFloors(task: string): Record<string, unknown> | null {
  const file = floorsFile(task);
  return existsSync(file) ? readJson<Record<string, unknown>>(file) : null;
}

/**
 * Every figure below its floor, as readable lines. The floors mirror the totals: a number is a
 * minimum, except under a key that starts with "max" (a maximum). Missing figures fail.
 */
export function floorFailures(label: string, totals: unknown, floors: unknown, path: string[] = []): string[] {
  if (floors === null || typeof floors !== 'object') return [];
  const out: string[] = [];
  for (const [k, floor] of Object.entries(floors as Record<string, unknown>)) {
    if (k.startsWith('//')) continue; // comments
    const here = [...path, k];
    const actual = totals && typeof totals === 'object' ? (totals as Record<string, unknown>)[k] : undefined;
    if (typeof floor === 'number') {
      const name = `${label} ${here.join('.')}`;
      if (typeof actual !== 'number' || Number.isNaN(actual)) out.push(`${name}: no figure`);
      else if (k.startsWith('max') ? actual > floor : actual < floor)
        out.push(`${name} ${round(actual)} ${k.startsWith('max') ? '>' : '<'} ${k.startsWith('max') ? 'ceiling' : 'floor'} ${floor}`);
    } else out.push(...floorFailures(label, actual, floor, here));
  }
  return out;
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
export const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '  -  ' : x.toFixed(3));
export const pct1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '  -  ' : (100 * x).toFixed(1).padStart(5));

/** What every task returns: its printed table, its totals (the floors mirror them) and the gate's verdict. */
export interface TaskReport<T = unknown> {
  task: string;
  /** One-line headline figures for the overview table. */
  headline: string;
  lines: string[];
  totals: T;
  failures: string[];
  seconds: number;
}

/** Memoized analyses of each corpus in one run, shared by the tasks (detection reads them all). */
export class Run {
  private cache = new Map<string, Promise<PageResult[]>>();
  constructor(readonly corpora: string) {}
  pages(corpus: string, list: () => PageRef[]): Promise<PageResult[]> {
    let p = this.cache.get(corpus);
    if (!p) {
      p = analyzePages(list());
      this.cache.set(corpus, p);
    }
    return p;
  }
}

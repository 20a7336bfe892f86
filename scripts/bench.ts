/**
 * npm run bench [-- --runs N] [--node-only] [--stages] [--corpus]
 * Side by side in one run, per DOM implementation: the median time of Readability.parse()
 * alone and of the full analyze() on every fixture, and their ratio. Two tables:
 *  - Chromium (Debian's, headless): the DOM the extension really runs on;
 *  - Node: linkedom for the DOM (as the CLI), with DOMPurify on a jsdom window.
 * Parsing the HTML is outside both timings (each run gets a fresh parse). Prints figures;
 * asserts nothing (this machine is shared and noisy: read ratios, not absolute times).
 * --corpus runs the 88 real news pages of ../shared/corpora instead of the small fixtures.
 * --against DIR  also runs another checkout of Lede (e.g. `git worktree add ../lede-old REF`, with
 *   its node_modules) in the same Chromium run, page by page in alternating order, and prints
 *   both ratios and their quotient (and, with --stages, each stage side by side): a before/after
 *   comparison that the machine's load drifts on alike. Chromium only (skips the Node table).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument, nodePurifyWindow } from '../cli/dom';
import { analyze } from '../core/analyze';
import { startBenchChromium } from './bench-chromium';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const againstArg = process.argv.indexOf('--against');
const AGAINST = againstArg > 0 ? resolve(process.argv[againstArg + 1] ?? '') : null;
if (AGAINST && !existsSync(join(AGAINST, 'scripts/bench-browser-entry.ts'))) {
  console.log(`--against ${AGAINST}: no scripts/bench-browser-entry.ts there (a checkout of Lede with its node_modules).`);
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// --corpus: the real news pages of the extraction benchmark (../shared/corpora), not the fixtures.
const CORPUS = join(ROOT, '../shared/corpora/article-extraction-benchmark-dev/html');
const useCorpus = process.argv.includes('--corpus');
if (useCorpus && !existsSync(CORPUS)) {
  console.log(`No corpus at ${CORPUS}: --corpus needs ../shared/corpora beside the repo.`);
  process.exit(0);
}
const SOURCE = useCorpus ? CORPUS : FIXTURES;
const files = readdirSync(SOURCE).filter((f) => f.endsWith('.html') || f.endsWith('.html.gz')).sort();
if (!files.length) {
  console.log(`No pages in ${SOURCE}.`);
  process.exit(0);
}
const readPage = (file: string) => {
  const buf = readFileSync(join(SOURCE, file));
  return file.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
};
const win = nodePurifyWindow();
const rows: Array<[string, number, number]> = [];
for (const file of AGAINST ? [] : files) {
  const html = readPage(file);
  const url = `https://example.com/${file}`;
  // Warm up both paths (JIT, lazy module state).
  for (let i = 0; i < 2; i++) {
    new Readability(parseDocument(html)).parse();
    analyze(parseDocument(html), url, { purifyWindow: win });
  }
  const r: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so drift on a noisy machine hits both alike.
    const d1 = parseDocument(html);
    const d2 = parseDocument(html);
    if (i % 2) {
      let t = performance.now();
      new Readability(d1).parse();
      r.push(performance.now() - t);
      t = performance.now();
      analyze(d2, url, { purifyWindow: win });
      a.push(performance.now() - t);
    } else {
      let t = performance.now();
      analyze(d2, url, { purifyWindow: win });
      a.push(performance.now() - t);
      t = performance.now();
      new Readability(d1).parse();
      r.push(performance.now() - t);
    }
  }
  const mr = median(r);
  const ma = median(a);
  rows.push([file, mr, ma]);
}
function table(title: string, rows: Array<[string, number, number]>): void {
  const w = rows.length <= 20 ? Math.max(...rows.map((r) => r[0].length), 22) : 22;
  const sumR = rows.reduce((n, r) => n + r[1], 0);
  const sumA = rows.reduce((n, r) => n + r[2], 0);
  console.log(`\n${title}, ${RUNS} runs per fixture, medians in ms`);
  console.log(`${'fixture'.padEnd(w)}  readability   analyze   ratio`);
  if (rows.length <= 20) for (const [f, r, a] of rows) console.log(`${f.padEnd(w)}  ${r.toFixed(2).padStart(11)}  ${a.toFixed(2).padStart(8)}  ${(a / r).toFixed(2).padStart(6)}×`);
  if (rows.length > 20) {
    const ratios = rows.map(([, r, a]) => a / r).sort((x, y) => x - y);
    console.log(`${rows.length} pages; per-page ratio median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}×, p90 ${ratios[Math.floor(ratios.length * 0.9)].toFixed(2)}×`);
  }
  console.log(`${'all (sum of medians)'.padEnd(w)}  ${sumR.toFixed(2).padStart(11)}  ${sumA.toFixed(2).padStart(8)}  ${(sumA / sumR).toFixed(2).padStart(6)}×  (target ≤ 1.5×)`);
}

type Rows = Array<[string, number, number]>;
/** One Chromium page per checkout; every file runs in each, alternating which goes first. */
async function browserRows(): Promise<{ rows: Rows; stages: Record<string, number> }[] | null> {
  const entries = [join(ROOT, 'scripts/bench-browser-entry.ts'), ...(AGAINST ? [join(AGAINST, 'scripts/bench-browser-entry.ts')] : [])];
  const browsers = [];
  try {
    const pages = [];
    for (const entry of entries) {
      const chromium = await startBenchChromium(entry, 'browser table');
      if (!chromium) return null;
      browsers.push(chromium);
      const page = await chromium.browser.newPage();
      await page.setContent('<!doctype html><title>bench</title>');
      await page.addScriptTag({ path: chromium.bundle });
      pages.push(page);
    }
    const out = pages.map(() => ({ rows: [] as Rows, stages: {} as Record<string, number> }));
    for (const [n, file] of files.entries()) {
      const html = readPage(file);
      const order = n % 2 ? [...pages.keys()].reverse() : [...pages.keys()];
      for (const i of order) {
        const { r, a, stages } = await pages[i].evaluate(([h, u, k]) => (globalThis as any).ledeBench.run(h, u, k), [html, `https://example.com/${file}`, RUNS] as const);
        out[i].rows.push([file, median(r), median(a)]);
        if (process.argv.includes('--stages')) {
          if (files.length <= 20 && !AGAINST) console.log(file, JSON.stringify(stages));
          for (const [k, v] of Object.entries(stages as Record<string, number>)) out[i].stages[k] = (out[i].stages[k] ?? 0) + v;
        }
      }
    }
    return out;
  } finally {
    for (const b of browsers) await b.close();
  }
}

const ratio = (rows: Rows) => rows.reduce((n, r) => n + r[2], 0) / rows.reduce((n, r) => n + r[1], 0);
if (!process.argv.includes('--node-only')) {
  const b = await browserRows();
  if (b) {
    const [mine, other] = b;
    const sums = (st: Record<string, number>) => JSON.stringify(Object.fromEntries(Object.entries(st).map(([k, v]) => [k, Math.round(v)])));
    if (files.length > 20 && Object.keys(mine.stages).length && !other) console.log('stage minimums summed over pages (ms):', sums(mine.stages));
    table(`Chromium ${'(the DOM the extension runs on)'}${other ? ', this checkout' : ''}`, mine.rows);
    if (other) {
      table(`Chromium, ${AGAINST} (same run, pages alternating)`, other.rows);
      const q = ratio(mine.rows) / ratio(other.rows);
      console.log(`\nanalyze()/Readability: this checkout ${ratio(mine.rows).toFixed(2)}×, ${AGAINST} ${ratio(other.rows).toFixed(2)}× (this ÷ that ${q.toFixed(3)}, ${q >= 1 ? '+' : ''}${((q - 1) * 100).toFixed(1)} %)`);
      if (Object.keys(mine.stages).length) {
        console.log(`stage minimums summed over pages (ms)   this   that   this/that`);
        const share = (st: Record<string, number>, k: string) => st[k] ?? 0;
        for (const k of [...new Set([...Object.keys(mine.stages), ...Object.keys(other.stages)])])
          console.log(`  ${k.padEnd(36)} ${String(Math.round(share(mine.stages, k))).padStart(6)} ${String(Math.round(share(other.stages, k))).padStart(6)}   ${share(other.stages, k) ? (share(mine.stages, k) / share(other.stages, k)).toFixed(2) : '  -'}`);
      }
    }
  }
}
if (!AGAINST) table('Node: linkedom DOM, DOMPurify on jsdom (as the CLI)', rows);

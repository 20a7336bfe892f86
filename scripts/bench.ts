/**
 * npm run bench [-- --runs N] [--node-only] [--stages] [--corpus]
 * Side by side in one run, per DOM implementation: the median time of Readability.parse()
 * alone and of the full analyze() on every fixture, and their ratio. Two tables:
 *  - Chromium (Debian's, headless): the DOM the extension really runs on;
 *  - Node: linkedom for the DOM (as the CLI), with DOMPurify on a jsdom window.
 * Parsing the HTML is outside both timings (each run gets a fresh parse). Prints figures;
 * asserts nothing (this machine is shared and noisy: read ratios, not absolute times).
 * --corpus runs the 88 real news pages of ../shared/corpora instead of the small fixtures.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument, nodePurifyWindow } from '../cli/dom';
import { analyze } from '../core/analyze';
import { startBenchChromium } from './bench-chromium';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

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
for (const file of files) {
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

async function browserRows(): Promise<Array<[string, number, number]> | null> {
  const chromium = await startBenchChromium(join(ROOT, 'scripts/bench-browser-entry.ts'), 'browser table');
  if (!chromium) return null;
  try {
    const page = await chromium.browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ path: chromium.bundle });
    const result: Array<[string, number, number]> = [];
    const stageTotals: Record<string, number> = {};
    for (const file of files) {
      const html = readPage(file);
      const { r, a, stages } = await page.evaluate(([h, u, n]) => (globalThis as any).ledeBench.run(h, u, n), [html, `https://example.com/${file}`, RUNS] as const);
      result.push([file, median(r), median(a)]);
      if (process.argv.includes('--stages')) {
        if (files.length <= 20) console.log(file, JSON.stringify(stages));
        for (const [k, v] of Object.entries(stages as Record<string, number>)) stageTotals[k] = (stageTotals[k] ?? 0) + v;
      }
    }
    if (files.length > 20 && Object.keys(stageTotals).length) console.log('stage minimums summed over pages (ms):', JSON.stringify(Object.fromEntries(Object.entries(stageTotals).map(([k, v]) => [k, Math.round(v)]))));
    return result;
  } finally {
    await chromium.close();
  }
}

if (!process.argv.includes('--node-only')) {
  const b = await browserRows();
  if (b) table(`Chromium ${'(the DOM the extension runs on)'}`, b);
}
table('Node: linkedom DOM, DOMPurify on jsdom (as the CLI)', rows);

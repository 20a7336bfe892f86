/**
 * npm run bench [-- --runs N]
 * Side by side in one run, on one DOM implementation (linkedom): the median time of
 * Readability.parse() alone and of the full analyze() on every fixture, and their ratio.
 * Parsing the HTML is outside both timings (each run gets a fresh parse). Prints figures;
 * asserts nothing (this machine is shared and noisy: read ratios, not absolute times).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument, nodePurifyWindow } from '../cli/dom';
import { analyze } from '../core/analyze';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
if (!files.length) {
  console.log(`No fixtures in ${FIXTURES}.`);
  process.exit(0);
}
const win = nodePurifyWindow();
const rows: Array<[string, number, number]> = [];
let totalR = 0;
let totalA = 0;
for (const file of files) {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
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
  totalR += mr;
  totalA += ma;
  rows.push([file, mr, ma]);
}
const w = Math.max(...rows.map((r) => r[0].length), 7);
console.log(`linkedom, ${RUNS} runs per fixture, medians in ms`);
console.log(`${'fixture'.padEnd(w)}  readability   analyze   ratio`);
for (const [f, r, a] of rows) console.log(`${f.padEnd(w)}  ${r.toFixed(2).padStart(11)}  ${a.toFixed(2).padStart(8)}  ${(a / r).toFixed(2).padStart(6)}×`);
console.log(`${'all (sum of medians)'.padEnd(w)}  ${totalR.toFixed(2).padStart(11)}  ${totalA.toFixed(2).padStart(8)}  ${(totalA / totalR).toFixed(2).padStart(6)}×  (target ≤ 1.5×)`);

/**
 * npm run bench:huge [-- --runs N]
 * The generated huge page (scripts/gen-huge-page.ts: ~5 MB, 100k elements) through the core:
 *  - Node (linkedom + jsdom DOMPurify, as the CLI): parse and analyze times, first run and the
 *    median of the next runs, with the time per stage;
 *  - Chromium (Debian's, headless): the page loaded as a page, analyzed the way the page script
 *    does it (stages with a pause between them), with every long task (> 50 ms) the main
 *    thread ran meanwhile: the longest is how long the tab could not respond.
 * Prints figures; asserts nothing (targets: < 1.5 s in Node; no task over 200 ms in the tab).
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze } from '../core/analyze';
import { nodePurifyWindow, parseDocument } from '../cli/dom';
import { writeHugePage } from './gen-huge-page';
import { startBenchChromium } from './bench-chromium';

const ROOT = join(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const URL = 'https://news.example.com/2024/05/01/council-approves-river-bridge-plan';

const huge = writeHugePage();
const html = readFileSync(huge.path, 'utf8');
console.log(`huge page: ${(huge.bytes / 1e6).toFixed(2)} MB, ${huge.elements} elements`);

// Node --------------------------------------------------------------------------------------
const win = nodePurifyWindow();
const parse: number[] = [];
const total: number[] = [];
let stages: Record<string, number> = {};
for (let i = 0; i <= RUNS; i++) {
  const t0 = performance.now();
  const doc = parseDocument(html);
  const t1 = performance.now();
  const a = analyze(doc, URL, { purifyWindow: win });
  const t2 = performance.now();
  if (i === 0) console.log(`Node, first run: parse ${Math.round(t1 - t0)} ms, analyze ${Math.round(t2 - t1)} ms (${a.article.wordCount} words; ${a.warnings?.join(' ') ?? ''})`);
  else {
    parse.push(t1 - t0);
    total.push(t2 - t1);
    stages = a.timings ?? {};
  }
}
console.log(`Node, median of ${RUNS}: parse ${Math.round(median(parse))} ms, analyze ${Math.round(median(total))} ms (target < 1500 ms)`);
console.log(`  stages of the last run (ms): ${Object.entries(stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);

// Chromium ----------------------------------------------------------------------------------
async function chromiumRun(): Promise<void> {
  const chromium = await startBenchChromium(join(ROOT, 'scripts/bench-huge-entry.ts'), 'browser half');
  if (!chromium) return;
  try {
    const runs: Array<{ total: number; longTasks: number[]; timings: Record<string, number> }> = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await chromium.browser.newPage();
      await page.goto(`file://${huge.path}`);
      await page.addScriptTag({ path: chromium.bundle });
      const r = await page.evaluate((u) => (globalThis as any).ledeHuge.run(u), URL);
      if (i > 0) runs.push(r);
      await page.close();
    }
    const longest = runs.map((r) => Math.max(0, ...r.longTasks));
    console.log(
      `Chromium, median of ${RUNS} page loads: analysis ${Math.round(median(runs.map((r) => r.total)))} ms in ${median(runs.map((r) => r.longTasks.length))} long tasks; ` +
        `longest task ${median(longest)} ms median, ${Math.max(...longest)} ms worst (target ≤ 200 ms)`,
    );
    const last = runs[runs.length - 1];
    console.log(`  long tasks of the last run (ms): ${last.longTasks.join(', ')}`);
    console.log(`  stages of the last run (ms): ${Object.entries(last.timings).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  } finally {
    await chromium.close();
  }
}

try {
  await chromiumRun();
} finally {
  rmSync(dirname(huge.path), { recursive: true, force: true });
}

/**
 * Re-anchoring highlights: 50 saved highlights found again and drawn as <mark>s on the generated
 * 5 MB / 100k-element page (scripts/gen-huge-page.ts) and on the Fortune fixture, in Debian
 * Chromium, the way the page script does it (lib/highlights). Target: under 50 ms for 50
 * highlights on the 5 MB page.
 *
 *   npx tsx scripts/bench-highlights.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBenchChromium } from './bench-chromium';
import { generateHugePage } from './gen-huge-page';
import { serveFixtures } from '../tests/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv[2] ?? 9);

const huge = generateHugePage();
const server = await serveFixtures({ '/huge.html': huge.html });
const chromium = await startBenchChromium(join(ROOT, 'scripts/bench-highlights-entry.ts'), 'highlight re-anchoring');
if (!chromium) process.exit(0);
try {
  console.log(`\nRe-anchoring 50 highlights and drawing them as <mark>s, Chromium ${chromium.browser.version()}, median (min–max) of ${RUNS} runs\n`);
  type Stats = { median: number; min: number; max: number };
  const fmt = (s: Stats) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
  console.log('page                  text      text nodes  page text alone         made on this page        made in the reader       page changed             5 quotes gone');
  let target: Stats | null = null;
  for (const [name, path] of [
    ['Fortune fixture', '/fortune-rocket-man.html'],
    ['generated 5 MB page', '/huge.html'],
  ] as const) {
    const page = await chromium.browser.newPage();
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.addScriptTag({ content: readFileSync(chromium.bundle, 'utf8') });
    const r = (await page.evaluate((runs) => (globalThis as any).ledeHighlights.run(runs), RUNS)) as { textLength: number; nodes: number; found: Record<string, number> } & Record<'text' | 'same' | 'reader' | 'changed' | 'gone', Stats>;
    console.log(
      `${name.padEnd(22)}${`${(r.textLength / 1e6).toFixed(2)} M`.padEnd(10)}${String(r.nodes).padEnd(12)}${fmt(r.text).padEnd(24)}${fmt(r.same).padEnd(25)}${fmt(r.reader).padEnd(25)}${fmt(r.changed).padEnd(25)}${fmt(r.gone)}`,
    );
    console.log(`${''.padEnd(44)}found: ${r.found.same}/50 on this page, ${r.found.reader}/50 from the reader, ${r.found.changed}/50 after changes, ${r.found.gone}/5 gone ones`);
    if (path === '/huge.html') target = r.same;
    await page.close();
  }
  console.log(`\nTarget: 50 highlights of a saved story re-anchored and drawn on the 5 MB page in < 50 ms → ${target && target.median < 50 ? 'met' : 'MISSED'} (median ${target?.median.toFixed(1)} ms).`);
  console.log('"made on this page": the saved story\'s own highlights, found where their paths say; "made in the reader" and "page changed" search the whole page text.');
} finally {
  await chromium.close();
  await server.close();
}

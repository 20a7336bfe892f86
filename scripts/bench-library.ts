/**
 * Library benchmark, in Debian Chromium with the built extension (real IndexedDB):
 * fills the library with 10,000 realistic entries (imported as export files, 1,000 per file),
 * then measures
 *   - search latency as you type: keystroke → list updated, over real queries typed letter by letter
 *     (target: median under 50 ms),
 *   - first render of library.html with 10,000 entries: navigation start → list painted (target under 300 ms),
 *   - export of all 10,000 entries as JSON: click → download ready.
 *
 * Usage: LEDE_OUT=.output-library npx wxt build && LEDE_OUT=.output-library npx tsx scripts/bench-library.ts [count]
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, FIXTURES_DIR } from '../tests/e2e/harness';
import type { Analysis } from '../core/types';

const COUNT = Number(process.argv[2] ?? 10_000);
const PER_FILE = 1_000;

// ---------------------------------------------------------------------------------------------
// Realistic entries: words from the news fixtures (Zipf-distributed), plus rare proper names.

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

const fixtureText = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(FIXTURES_DIR, f), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' '))
  .join(' ');
const counts = new Map<string, number>();
for (const w of fixtureText.match(/\b[A-Za-z][a-z]{1,14}\b/g) ?? []) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
const vocab = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
const SYL = ['ka', 'lo', 'men', 'ra', 'vi', 'tor', 'an', 'sel', 'du', 'mar', 'quin', 'ber', 'go', 'shi', 'ne', 'wal', 'ez', 'ton'];
const names = Array.from({ length: 20_000 }, () => {
  const n = 2 + Math.floor(rand() * 2);
  const w = Array.from({ length: n }, () => pick(SYL)).join('');
  return w[0].toUpperCase() + w.slice(1);
});
const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length ** rand()) - 1)];
const word = () => (rand() < 0.1 ? pick(names) : zipf());
function sentence(n = 12 + Math.floor(rand() * 18)): string {
  const ws = Array.from({ length: n }, word);
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return ws.join(' ') + '.';
}
const SITES = ['Fortune', 'The Guardian', 'Reuters', 'AP News', 'Le Monde', 'BBC News', 'The Atlantic', 'Nieman Lab', 'Der Spiegel', 'El País', 'NPR', 'Financial Times', 'Bloomberg', 'Politico', 'The Verge', 'Wired', 'ProPublica', 'Al Jazeera', 'The Economist', 'Axios'];
const TAGS = ['climate', 'economy', 'elections', 'north korea', 'health', 'tech', 'europe', 'media', 'courts', 'science', 'follow up', 'long read'];
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);

function entry(i: number) {
  const sentences = Array.from({ length: 30 + Math.floor(rand() * 30) }, () => sentence());
  const title = sentence(8 + Math.floor(rand() * 6)).slice(0, -1);
  const site = pick(SITES);
  const url = `https://news${i % 50}.example/${2022 + (i % 3)}/${i}/${title.toLowerCase().replace(/[^a-z]+/g, '-').slice(0, 60)}`;
  const text = sentences.reduce((acc, s, k) => acc + (k && k % 4 === 0 ? '\n\n' : k ? ' ' : '') + s, '');
  const savedAt = new Date(START + Math.floor((i / COUNT) * 900 * DAY) + Math.floor(rand() * DAY)).toISOString();
  const analysis: Analysis = {
    url,
    isArticle: true,
    detection: { score: 0.9, reasons: ['JSON-LD NewsArticle'] },
    article: {
      title,
      byline: `${pick(names)} ${pick(names)}`,
      authors: [],
      siteName: site,
      publishedTime: savedAt,
      lang: 'en',
      excerpt: sentences[0],
      text,
      html: text
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join(''),
      wordCount: text.split(/\s+/).length,
      readingMinutes: Math.ceil(text.split(/\s+/).length / 230),
      canonicalUrl: url,
    },
    sentences,
    summary: { sentences: [0, 3, 7].map((k) => ({ text: sentences[k], index: k })) },
    timeline: [0, 1, 2].map((k) => ({ date: `20${17 + k}-0${k + 3}`, precision: 'month' as const, label: sentences[k * 5].slice(0, 60), quote: sentences[k * 5], sentenceIndex: k * 5 })),
    sources: [0, 1, 2, 3].map(() => ({ name: pick(SITES), kind: 'publication' as const, count: 1 })),
  };
  return {
    url,
    savedFrom: url,
    title,
    site,
    byline: analysis.article.byline,
    publishedTime: savedAt,
    savedAt,
    updatedAt: savedAt,
    note: rand() < 0.1 ? sentence(8) : '',
    tags: rand() < 0.3 ? [...new Set([pick(TAGS), ...(rand() < 0.3 ? [pick(TAGS)] : [])])] : [],
    analysis,
  };
}

// ---------------------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Types `text` letter by letter; for each keystroke, the time until the list shows that query's answer. */
async function typeAndTime(page: Page, text: string): Promise<number[]> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`(async (text) => {
    const box = document.querySelector('input[role=searchbox]');
    const out = [];
    for (let i = 1; i <= text.length; i++) {
      const q = text.slice(0, i);
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((done) => {
        const check = () => (document.querySelector('section[data-q="' + CSS.escape(q) + '"]') ? done() : requestAnimationFrame(check));
        check();
      });
      out.push(performance.now() - t0);
    }
    return out;
  })(${JSON.stringify(text)})`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-library-'));
  console.log(`Generating ${COUNT.toLocaleString('en')} entries…`);
  const t0 = Date.now();
  const files: string[] = [];
  const sample: string[] = [];
  for (let f = 0; f * PER_FILE < COUNT; f++) {
    const entries = Array.from({ length: Math.min(PER_FILE, COUNT - f * PER_FILE) }, (_, k) => entry(f * PER_FILE + k));
    if (f === 0) sample.push(entries[0].analysis.article.text.split(' ')[5], names[7]);
    const path = join(dir, `part-${f}.json`);
    writeFileSync(path, JSON.stringify({ format: 'lede-library', version: 1, exportedAt: new Date().toISOString(), entries }));
    files.push(path);
  }
  const bytes = files.reduce((n, p) => n + statSync(p).size, 0);
  console.log(`  ${files.length} files, ${(bytes / 1024 / 1024).toFixed(0)} MB, ${(bytes / COUNT / 1024).toFixed(1)} KB per entry (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const browser = await launch();
  try {
    const page = await browser.openExtensionPage('library.html');
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    console.log('Importing…');
    const importTimes: number[] = [];
    for (const [i, file] of files.entries()) {
      const t = Date.now();
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByRole('status').filter({ hasText: `Imported part-${i}.json` }).waitFor({ timeout: 300_000 });
      importTimes.push(Date.now() - t);
    }
    console.log(`  import: ${ms(median(importTimes))} median per 1,000 entries (${(importTimes.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s in all)`);

    // First render with the full library, cold page (median of 5 loads).
    const renders: number[] = [];
    const own: number[] = [];
    const loads: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await browser.openExtensionPage('library.html');
      await p.waitForSelector('.lib-item');
      await p.waitForFunction(() => performance.getEntriesByName('lede:list').length > 0);
      const [list, main, dcl] = await p.evaluate(() => [
        performance.getEntriesByName('lede:list')[0].startTime,
        performance.getEntriesByName('lede:main')[0].startTime,
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      ]);
      renders.push(list);
      own.push(list - main);
      loads.push(dcl);
      // Let this page finish loading its search index, so the next page's timing is its own.
      await p.waitForSelector('.lib[data-search=ready]', { timeout: 300_000 });
      ready.push(await p.evaluate(() => performance.getEntriesByName('lede:search-ready')[0]?.startTime ?? NaN));
      const shown = await p.locator('.lib-item').count();
      if (i === 0) console.log(`  first render shows ${shown} rows of ${(await p.locator('#lib-list-title').innerText()).trim()}`);
      await p.close();
    }

    // Search as you type.
    const queries = ['rocket man', 'north korea', 'president trump', 'climate', sample[0], sample[1].toLowerCase(), 'pompeo kim', 'follow up', 'the court said'];
    await page.reload();
    await page.waitForSelector('.lib[data-search=ready]', { timeout: 300_000 });
    const perKey: number[] = [];
    const whole: number[] = [];
    const detail: string[] = [];
    for (const q of queries) {
      await typeAndTime(page, q); // warm once
      await page.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('input[role=searchbox]')!;
        box.value = '';
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      });
      await page.waitForSelector('section[data-q=""]');
      const times = await typeAndTime(page, q);
      perKey.push(...times);
      whole.push(times[times.length - 1]);
      const hits = (await page.locator('#lib-list-title').innerText()).trim();
      detail.push(`    "${q}": last key ${ms(times[times.length - 1])}, worst key ${ms(Math.max(...times))} (${hits})`);
    }

    // Export all.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[role=searchbox]')!;
      box.value = '';
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.locator('.lib-menu > summary').click();
    const te = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: /^JSON/ }).click()]);
    const exportMs = Date.now() - te;
    const out = join(dir, 'export.json');
    await download.saveAs(out);
    const exportSize = statSync(out).size;
    const exported = JSON.parse(readFileSync(out, 'utf8'));

    const load = (await import('node:os')).loadavg()[0];
    console.log(`\nLibrary benchmark, ${COUNT.toLocaleString('en')} entries, Chromium (real IndexedDB); machine load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
    console.log(`  search as you type: median ${ms(median(perKey))} per keystroke, p95 ${ms(pct(perKey, 95))} (${perKey.length} keystrokes; target median < 50 ms)`);
    console.log(`  search, whole query: median ${ms(median(whole))}`);
    console.log(detail.join('\n'));
    console.log(`  first render: median ${ms(median(renders))} from navigation to the list painted (${renders.map((r) => r.toFixed(0)).join(', ')}; target < 300 ms)`);
    console.log(`    of which: page load to DOMContentLoaded median ${ms(median(loads))}; library script start → list painted median ${ms(median(own))}`);
    console.log(`  search index ready (in the background, after first render): median ${ms(median(ready))} from navigation`);
    console.log(`  export JSON: ${(exportMs / 1000).toFixed(2)} s for ${exported.entries.length.toLocaleString('en')} entries, ${(exportSize / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await browser.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});

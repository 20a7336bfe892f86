import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveFixtures } from './tests/e2e/harness';
import { generateHugePage } from './scripts/gen-huge-page';
const out = mkdtempSync(join(tmpdir(), 'hlp-'));
await build({ logLevel: 'silent', configFile: false, build: { outDir: out, lib: { entry: 'scripts/bench-highlights-entry.ts', formats: ['iife'], name: 'x', fileName: () => 'b.js' }, minify: false } });
const huge = generateHugePage();
const server = await serveFixtures({ '/huge.html': huge.html });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of [process.argv[2] ?? '/huge.html']) {
  const page = await browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: readFileSync(join(out, 'b.js'), 'utf8') });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  console.log(JSON.stringify(await page.evaluate(() => (globalThis as any).ledeHighlights.run(5))));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  profile.samples!.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, t] of counts) { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
  console.log(path, [...self].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n  '));
  await page.close();
}
await browser.close(); await server.close();

/**
 * Renders assets/icon.svg to public/icon/<size>.png (WXT adds them to the manifest) with
 * Debian Chromium through playwright-core, on a transparent background.
 *   npx tsx scripts/icons.ts            # regenerate the icons
 *   npx tsx scripts/icons.ts --preview  # also write /tmp/lede-icon-preview.png (16 px on light and dark toolbars)
 * The 128 px icon keeps 16 px of transparent padding, as the Chrome Web Store asks (96 px artwork).
 */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../tests/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');
const SVG = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
const OUT = join(ROOT, 'public/icon');
const SIZES: Record<number, number> = { 16: 0, 32: 0, 48: 0, 96: 0, 128: 16 };

const dataUrl = `data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`;
const page = (body: string) =>
  `<!doctype html><html><head><style>html,body{margin:0;background:transparent}img{display:block}</style></head><body>${body}</body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(OUT, { recursive: true });
  for (const [key, pad] of Object.entries(SIZES)) {
    const size = Number(key);
    const art = size - 2 * pad;
    const tab = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await tab.setContent(page(`<img src="${dataUrl}" width="${art}" height="${art}" style="margin:${pad}px">`));
    await tab.screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
    await tab.close();
    console.log(`public/icon/${size}.png`);
  }

  if (process.argv.includes('--preview')) {
    // A Chrome-like toolbar strip, light and dark, with the 16 px icon (1x) and the 32 px one (as 2x).
    const strip = (bg: string, fg: string) =>
      `<div style="display:flex;align-items:center;gap:12px;padding:6px 12px;background:${bg};color:${fg};font:12px system-ui">
        <span>⟵ ⟶ ⟳</span><span style="flex:1;background:${fg}22;border-radius:12px;height:22px"></span>
        <img src="${dataUrl}" width="16" height="16"><span style="opacity:.6">■</span></div>`;
    const tab = await browser.newPage({ viewport: { width: 320, height: 68 }, deviceScaleFactor: 1 });
    await tab.setContent(page(strip('#f1f3f4', '#3c4043') + strip('#35363a', '#e8eaed')));
    await tab.screenshot({ path: '/tmp/lede-icon-preview.png' });
    await tab.close();
    console.log('/tmp/lede-icon-preview.png');
  }
} finally {
  await browser.close();
}

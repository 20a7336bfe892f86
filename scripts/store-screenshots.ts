/**
 * Store screenshots (1280x800, the Chrome Web Store / AMO size) from the built extension in
 * Debian Chromium: the Fortune fixture with Lede's popup open over it (summary, timeline,
 * sources), reader mode, and the library (from the e2e screenshot, when present).
 *   LEDE_OUT=.output-x npx wxt build && LEDE_OUT=.output-x npx tsx scripts/store-screenshots.ts
 * Writes store/screenshots/*.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT, SCREENSHOT_DIR, serveFixtures } from '../tests/e2e/harness';

const OUT = join(ROOT, 'store/screenshots');
const W = 1280;
const H = 800;
const ICON = `data:image/png;base64,${readFileSync(join(ROOT, 'public/icon/32.png')).toString('base64')}`;
const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
const SERIF = `Charter, 'Bitstream Charter', Georgia, 'DejaVu Serif', serif`;

function caption(title: string, text: string, place = 'left:40px;width:560px'): string {
  return `<div style="position:absolute;${place};bottom:40px;padding:26px 30px;background:#fffdf8;border-radius:14px;
    box-shadow:0 12px 40px rgb(0 0 0 / .22);border:1px solid #e6e2da">
    <div style="font:700 30px/1.2 ${SERIF};color:#1d1c1a;margin-bottom:10px">${title}</div>
    <div style="font:17px/1.5 ${FONT};color:#55524c">${text}</div></div>`;
}

/** The page under a browser toolbar, Lede's popup hanging from its button. */
function popupScene(page: Buffer, popup: Buffer, title: string, text: string): string {
  return `<div style="position:relative;width:${W}px;height:${H}px;overflow:hidden;background:#fff">
    <div style="height:44px;display:flex;align-items:center;gap:14px;padding:0 16px;background:#f1f3f4;border-bottom:1px solid #dadce0;font:13px ${FONT};color:#5f6368">
      <span style="letter-spacing:6px">←→↻</span>
      <div style="flex:1;height:30px;border-radius:15px;background:#fff;display:flex;align-items:center;padding:0 14px">fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/</div>
      <img src="${ICON}" width="16" height="16" style="padding:7px;border-radius:6px;background:#dde3ea">
    </div>
    <img src="${png(page)}" style="display:block">
    <div style="position:absolute;inset:45px 0 0 0;background:rgb(29 28 26 / .42)"></div>
    <img src="${png(popup)}" style="position:absolute;top:50px;right:14px;border-radius:8px;border:1px solid #d6d2c9;box-shadow:0 16px 48px rgb(0 0 0 / .28)">
    ${caption(title, text)}</div>`;
}

/** A full-page view (reader, library) framed on a tinted background. */
function pageScene(page: string, title: string, text: string): string {
  return `<div style="position:relative;width:${W}px;height:${H}px;overflow:hidden;background:#ece8e0">
    <div style="position:absolute;left:40px;top:32px;width:1200px;height:768px;overflow:hidden;border-radius:10px 10px 0 0;box-shadow:0 10px 40px rgb(0 0 0 / .18)">
      <img src="${page}" style="display:block;width:1200px"></div>
    ${caption(title, text, 'right:72px;width:440px')}</div>`;
}

async function render(composer: Page, html: string, name: string): Promise<void> {
  await composer.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await composer.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await composer.screenshot({ path: join(OUT, name), clip: { x: 0, y: 0, width: W, height: H } });
  console.log(`store/screenshots/${name}`);
}

mkdirSync(OUT, { recursive: true });
const server = await serveFixtures();
const browser = await launch();
try {
  const { page: article, tabId } = await browser.openTab(server.url('/fortune-rocket-man.html'));
  await article.setViewportSize({ width: W, height: H - 44 });
  // The fixture's "More from Fortune" rail is placeholder text; the popup covers its place anyway.
  const rail = await article.addStyleTag({ content: '.layout__sidebar { visibility: hidden !important }' });
  const pageShot = await article.screenshot();
  await rail.evaluate((node) => (node as Element).remove());

  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
  await popup.waitForSelector('.digest .summary', { timeout: 20_000 });
  const at = async (selector: string | null) => {
    await popup.evaluate((s) => (s ? document.querySelector(s)!.scrollIntoView({ block: 'start' }) : window.scrollTo(0, 0)), selector);
    await popup.waitForTimeout(150);
    return popup.screenshot();
  };
  const shots = { summary: await at(null), timeline: await at('#timeline-title'), sources: await at('#sources-title') };

  // Reader mode, switched on the way the popup's Reader switch does it.
  await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'ui:reader', tabId: id, on: true, confirmed: true }), tabId);
  await article.setViewportSize({ width: 1200, height: 768 });
  await article.waitForTimeout(1200);
  const readerShot = await article.screenshot();

  const composer = await browser.context.newPage();
  await composer.setViewportSize({ width: W, height: H });
  await render(composer, popupScene(pageShot, shots.summary, 'The gist, in the story’s own words', 'Lede quotes the key sentences. Click one and the page scrolls to it, highlighted.'), '1-summary.png');
  await render(composer, popupScene(pageShot, shots.timeline, 'What happened when', 'A timeline dated only as precisely as the story is, each entry with the sentence it came from.'), '2-timeline.png');
  await render(composer, popupScene(pageShot, shots.sources, 'Who the story relies on', 'Outlets it cites, embedded posts, agencies, documents, the publisher and the author.'), '3-sources.png');
  await render(composer, pageScene(png(readerShot), 'A calm reader', 'Just the article, with your theme, font and size. Nothing leaves your device.'), '4-reader.png');
  const library = join(SCREENSHOT_DIR, 'library-list-light.png');
  if (existsSync(library)) {
    await render(composer, pageScene(png(readFileSync(library)), 'Your library, on your device', 'Save a story’s digest with a note and tags; search, export and import it.'), '5-library.png');
  } else {
    console.log('skipped 5-library.png: run tests/e2e/library.test.ts first for its screenshot');
  }
} finally {
  await browser.close();
  await server.close();
}

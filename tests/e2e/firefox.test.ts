/**
 * The Firefox build as a person uses it: Debian firefox-esr (headless), the add-on loaded
 * temporarily, the Fortune fixture in a tab. Checks the toolbar badge (browserAction in MV2),
 * the popup's digest, reader mode, saving to the library, and what differs from Chrome: a
 * sidebar instead of the side panel, no on-device AI summary; one highlight in the reader page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveFixtures, SCREENSHOT_DIR, type FixtureServer } from './harness';
import { EXTENSION_ORIGIN, launchFirefox, waitForValue, type Firefox } from './firefox-harness';

const FORTUNE = '/fortune-rocket-man.html';
let server: FixtureServer;
let ff: Firefox;
let tabId: number;
let popup: string;
let articleContext: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures();
  ff = await launchFirefox();
  articleContext = await ff.openTab(server.url(FORTUNE));
  // An extension page finds the article's tab id, then becomes its popup (`popup.html?tab=<id>`).
  popup = await ff.openExtensionPage('popup.html');
  const url = server.url(FORTUNE);
  tabId = await waitForValue<number>(ff, popup, `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id)`);
  await ff.setViewport(popup, 400, 600);
  await ff.evaluate(popup, `(location.search = '?tab=${tabId}', true)`);
  await waitForValue(ff, popup, `document.querySelectorAll('.digest .summary li').length > 0`, 30_000);
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox (temporary add-on, MV2)', () => {
  it('badges the article tab through browserAction', async () => {
    const badge = await waitForValue<string>(ff, popup, `browser.browserAction.getBadgeText({ tabId: ${tabId} })`);
    expect(badge).not.toBe('');
    const title = await ff.evaluate<string>(popup, `browser.browserAction.getTitle({ tabId: ${tabId} })`);
    expect(title).toMatch(/^Article detected: Mike Pompeo Giving Kim Jong Un/);
  });

  it('shows the digest of the Fortune story in the popup', async () => {
    const digest = await ff.evaluate<{ title: string; bullets: string[]; timeline: string[]; sources: string }>(
      popup,
      `({
        title: document.querySelector('h1').innerText,
        bullets: [...document.querySelectorAll('.summary li')].map((li) => li.innerText),
        timeline: [...document.querySelectorAll('.timeline > li .event-date')].map((d) => d.textContent.trim()),
        sources: document.querySelector('.sources').innerText,
      })`,
    );
    expect(digest.title).toMatch(/^Mike Pompeo Giving Kim Jong Un .Rocket Man. CD Signed by Trump/);
    expect(digest.bullets.length).toBeGreaterThanOrEqual(3);
    expect(digest.bullets.join(' ')).toMatch(/Pompeo left for North Korea/);
    expect(digest.timeline).toEqual(expect.arrayContaining(['fall 2017', 'Sep 17, 2017', 'Jun 12, 2018', 'Jul 5, 2018', 'Jul 6, 2018']));
    for (const name of [/Chos[eu]n Ilbo/, /The New York Times/, /@realDonaldTrump/, /Kevin Kelleher/]) expect(digest.sources).toMatch(name);
  });

  it('offers the sidebar (not Chrome’s side panel) and no AI summary', async () => {
    const ui = await ff.evaluate<{ sidebar: boolean; sidePanel: boolean; panel: string; ai: number }>(
      popup,
      `({
        sidebar: typeof browser.sidebarAction?.open === 'function',
        sidePanel: typeof globalThis.chrome?.sidePanel !== 'undefined',
        panel: browser.runtime.getManifest().sidebar_action?.default_panel,
        ai: document.querySelectorAll('.ai-summary').length,
      })`,
    );
    expect(ui).toEqual({ sidebar: true, sidePanel: false, panel: `${EXTENSION_ORIGIN}/sidepanel.html`, ai: 0 });
    // The sidebar page itself renders the digest too.
    const sidebar = await ff.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await ff.setViewport(sidebar, 380, 800);
    await waitForValue(ff, sidebar, `document.querySelectorAll('.digest .summary li').length > 0`, 30_000);
    writeFileSync(join(SCREENSHOT_DIR, 'firefox-sidebar-380.png'), await ff.screenshot(sidebar));
  });

  it('opens and closes reader mode on the page', async () => {
    const send = (on: boolean) => ff.evaluate<unknown>(popup, `browser.runtime.sendMessage({ type: 'ui:reader', tabId: ${tabId}, on: ${on}, confirmed: true })`);
    expect(await send(true)).toEqual({ ok: true, value: { on: true } });
    // The overlay is a <lede-reader> host with a closed shadow root: the page sees only the host.
    expect(await waitForValue(ff, articleContext, `document.querySelectorAll('lede-reader').length === 1`)).toBe(true);
    await ff.activate(articleContext);
    await ff.setViewport(articleContext, 1200, 800);
    // Painted: two animation frames in the page after the overlay appeared.
    await ff.evaluate(articleContext, `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`);
    writeFileSync(join(SCREENSHOT_DIR, 'firefox-reader.png'), await ff.screenshot(articleContext));
    expect(await send(false)).toEqual({ ok: true, value: { on: false } });
    expect(await waitForValue(ff, articleContext, `document.querySelectorAll('lede-reader').length === 0`)).toBe(true);
  });

  it('saves the story to the library (IndexedDB in a moz-extension page) and lists it', async () => {
    const saved = await ff.evaluate<{ ok: boolean; value?: { id: string } }>(popup, `browser.runtime.sendMessage({ type: 'ui:save', tabId: ${tabId} })`);
    expect(saved.ok).toBe(true);
    const library = await ff.openExtensionPage('library.html');
    const items = await waitForValue<string[]>(ff, library, `(() => { const t = [...document.querySelectorAll('.lib-item')].map((e) => e.innerText); return t.length ? t : null; })()`);
    expect(items.join(' ')).toMatch(/Mike Pompeo Giving Kim Jong Un/);
  });

  it('highlights a passage in the reader page: a <mark>, kept in the library', async () => {
    const reader = await ff.openExtensionPage(`reader.html?tab=${tabId}`);
    await ff.setViewport(reader, 1000, 800);
    await waitForValue(ff, reader, `document.querySelectorAll('.lr-body p').length > 0`, 30_000);
    const selected = await ff.evaluate<boolean>(
      reader,
      `(() => {
        const walker = document.createTreeWalker(document.querySelector('.lr-body'), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf('once ruled the pop charts');
          if (at < 0) continue;
          n.parentElement.scrollIntoView({ block: 'center' });
          getSelection().setBaseAndExtent(n, at, n, at + 'once ruled the pop charts'.length);
          return true;
        }
        return false;
      })()`,
    );
    expect(selected).toBe(true);
    // The toolbar over the selection; its "Highlight" button.
    await waitForValue(ff, reader, `!!document.querySelector('[role="toolbar"][aria-label="Highlight tools"] [aria-label="Highlight"]')`);
    await ff.evaluate(reader, `(document.querySelector('[role="toolbar"] [aria-label="Highlight"]').click(), true)`);
    const marked = await waitForValue<string>(ff, reader, `[...document.querySelectorAll('.lr-body mark[data-lede-highlight]')].map((m) => m.textContent).join('')`);
    expect(marked).toBe('once ruled the pop charts');
    writeFileSync(join(SCREENSHOT_DIR, 'firefox-highlight.png'), await ff.screenshot(reader));
    // Kept: the library lists the story with its highlight.
    const library = await ff.openExtensionPage('library.html');
    const item = await waitForValue<string>(ff, library, `[...document.querySelectorAll('.lib-item')].map((e) => e.innerText).find((t) => t.includes('1 highlight')) ?? ''`);
    expect(item).toMatch(/Mike Pompeo Giving Kim Jong Un/);
  });

  it('looks right (screenshot)', async () => {
    writeFileSync(join(SCREENSHOT_DIR, 'firefox-popup-400.png'), await ff.screenshot(popup));
  });
});

/// <reference types="chrome" />
/**
 * Highlights and notes in Debian Chromium with the built extension, on the Fortune fixture, on each
 * surface: the reader page (`reader.html?tab=<id>`), the page itself (the selection toolbar, and the
 * context-menu and keyboard handlers through the service worker: headless Chromium delivers
 * neither), and the reader overlay (its closed shadow root read through CDP, reader-shadow.ts).
 * On each: select "once ruled the pop charts", press "Highlight": a <mark>; add a note; reload:
 * the mark is back; the library finds the story by "pop charts" and shows the highlight and the
 * note; the Markdown export holds both. Every wait is on a state or an event, never on time.
 * Each surface gets a fresh browser (they share one library entry: the story's canonical URL).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOT_DIR, serveFixtures, until, type Browser, type FixtureServer } from './harness';
import { inShadow, inOverlay } from './reader-shadow';

const FORTUNE = '/fortune-rocket-man.html';
const QUOTE = 'once ruled the pop charts';
const NOTE = 'Music as diplomacy: follow the Elton John angle.';

let server: FixtureServer;
let browser: Browser | null = null;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});
afterEach(async () => {
  await browser?.close();
  browser = null;
});

let visits = 0;
const unique = (path: string) => server.url(`${path}?visit=${++visits}`);

/** Selects the first occurrence of `text` inside `scope` (a CSS selector) of a page or extension page. */
function selectText(page: Page, scope: string, text: string): Promise<boolean> {
  return page.evaluate(
    ([scope, text]) => {
      const root = document.querySelector(scope);
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(text);
        if (at < 0) continue;
        // As a person would: the passage on screen first.
        n.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      return false;
    },
    [scope, text] as const,
  );
}

/** Waits for two animation frames: what is on screen has been painted. */
function painted(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** The library finds the story by "pop charts"; its entry shows the highlight and the note; Markdown holds both. */
async function checkLibrary(b: Browser, count: number, shot?: string): Promise<void> {
  const lib = await b.openExtensionPage('library.html', { width: 1000, height: 900 });
  await lib.getByRole('searchbox').fill('pop charts');
  const link = lib.getByRole('link', { name: /Mike Pompeo Giving Kim Jong Un/ });
  await link.waitFor();
  expect(await lib.locator('.lib-item').first().innerText()).toContain(count === 1 ? '1 highlight' : `${count} highlights`);
  await link.click();
  const section = lib.getByRole('region', { name: /^Highlights/ }).or(lib.locator('.lib-highlights'));
  await section.first().waitFor();
  const text = await lib.locator('.lib-highlights').innerText();
  expect(text).toContain(QUOTE);
  expect(text).toContain(NOTE);
  // The saved article shows it as a mark too.
  await until(() => lib.evaluate((q) => [...document.querySelectorAll('.lib-article mark')].some((m) => m.textContent === q), QUOTE), 'mark in the saved article');
  if (shot) {
    await lib.locator('.lib-highlights').scrollIntoViewIfNeeded();
    await painted(lib);
    await lib.screenshot({ path: join(SCREENSHOT_DIR, `${shot}.png`) });
  }
  const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Export Markdown' }).click()]);
  const md = readFileSync((await download.path())!, 'utf8');
  expect(md).toContain(`## Highlights\n\n> ${QUOTE}\n\n${NOTE}`);
  await lib.close();
}

describe('highlights in the reader page (reader.html?tab=<id>)', () => {
  it('select, press Highlight: a <mark>; a note; reload: back; in the library and the Markdown export', async () => {
    browser = await launch();
    const { tabId } = await browser.openTab(unique(FORTUNE));
    const reader = await browser.openExtensionPage(`reader.html?tab=${tabId}`, { width: 1100, height: 800 });
    await reader.waitForSelector('.lr-body p', { timeout: 20_000 });

    // The toolbar appears over the selection.
    expect(await selectText(reader, '.lr-body', QUOTE)).toBe(true);
    const toolbar = reader.getByRole('toolbar', { name: 'Highlight tools' });
    await toolbar.waitFor();
    for (const name of ['Highlight in Yellow', 'Highlight in Green', 'Highlight in Blue', 'Highlight in Pink', 'Note']) await toolbar.getByRole('button', { name }).waitFor();
    await painted(reader);
    await reader.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-toolbar.png') });

    await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
    const mark = reader.locator('.lr-body mark[data-lede-highlight]');
    await until(async () => (await mark.allTextContents()).join('') === QUOTE, 'the quote in a <mark>');
    // The story was not saved: the highlight saved it.
    await reader.getByRole('status').filter({ hasText: 'Highlighted. The story is now in your library.' }).waitFor();
    await reader.getByRole('button', { name: 'Saved to library' }).waitFor();

    // A note: click the highlight, write, save.
    await mark.first().click();
    const editor = reader.getByRole('dialog', { name: 'Highlight' });
    await editor.waitFor();
    await editor.getByLabel('Note').fill(NOTE);
    await painted(reader);
    await reader.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-note-editor.png') });
    await editor.getByRole('button', { name: 'Save note' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    // Colours: green, from the same dialog.
    await editor.getByRole('button', { name: 'Green' }).click();
    await until(() => mark.first().getAttribute('data-color').then((c) => c === 'green'), 'the mark turns green');
    await reader.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    // More colours for the screenshot: three more passages.
    for (const [text, color] of [
      ['left for North Korea Thursday', 'Blue'],
      ['a CD of Elton John songs', 'Pink'],
      ['considers the talks to be doomed', 'Yellow'],
    ] as const) {
      expect(await selectText(reader, '.lr-body', text), text).toBe(true);
      await toolbar.getByRole('button', { name: `Highlight in ${color}` }).click();
      await until(() => reader.evaluate((t) => [...document.querySelectorAll('.lr-body mark')].some((m) => m.textContent === t), text), `"${text}" marked`);
    }
    await reader.evaluate(() => document.querySelector('.lr-body mark')!.scrollIntoView({ block: 'center' }));
    await painted(reader);
    await reader.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-colours.png') });

    // The list of the story's highlights, in reading order.
    await reader.getByRole('button', { name: 'Highlights' }).click();
    const list = reader.locator('#lr-highlights');
    await list.waitFor();
    const items = await list.locator('.lh-quote').allInnerTexts();
    expect(items).toEqual([QUOTE, 'left for North Korea Thursday', 'a CD of Elton John songs', 'considers the talks to be doomed']);
    expect(await list.innerText()).toContain(NOTE);
    await painted(reader);
    await reader.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-list.png') });

    // Reload: every highlight is back.
    await reader.reload();
    await reader.waitForSelector('.lr-body p', { timeout: 20_000 });
    await until(async () => (await reader.locator('.lr-body mark[data-lede-highlight][data-color="green"]').allTextContents()).join('') === QUOTE, 'the mark after a reload');
    expect(await reader.locator('.lr-body mark[data-lede-highlight]').count()).toBeGreaterThanOrEqual(4);

    // The keyboard shortcut reaches the reader page too (its handler, through the service worker).
    expect(await selectText(reader, '.lr-body', 'quoted sources in Washington')).toBe(true);
    const viaShortcut = await browser.worker.evaluate(async () => {
      const [tab] = (await chrome.tabs.query({})).filter((t) => t.url?.includes('/reader.html?tab='));
      return (globalThis as unknown as { __ledeHighlights: { onCommand(c: string, t: chrome.tabs.Tab): Promise<unknown> } }).__ledeHighlights.onCommand('highlight-selection', tab);
    });
    expect(viaShortcut).toEqual({ ok: true, value: { highlighted: true } });
    await until(() => reader.evaluate(() => [...document.querySelectorAll('.lr-body mark')].some((m) => m.textContent === 'quoted sources in Washington')), 'marked by the shortcut');

    // Dark theme.
    await browser.worker.evaluate(() => chrome.storage.sync.set({ readerSettings: { theme: 'dark', font: 'serif', fontSize: 20, lineHeight: 1.6, width: 68, speechRate: 1, voice: null } }));
    await until(() => reader.evaluate(() => document.querySelector('.lede-reader')?.getAttribute('data-theme') === 'dark'), 'dark theme');
    await reader.evaluate(() => document.querySelector('.lr-body mark')!.scrollIntoView({ block: 'center' }));
    expect(await selectText(reader, '.lr-body', 'annals of diplomatic history')).toBe(true);
    await toolbar.waitFor();
    await painted(reader);
    await reader.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-dark.png') });
    await browser.worker.evaluate(() => chrome.storage.sync.remove('readerSettings'));

    await checkLibrary(browser, 5, 'library-highlights-light');
    const dark = await browser.openExtensionPage('library.html', { colorScheme: 'dark', width: 1000, height: 900 });
    await dark.getByRole('link', { name: /Mike Pompeo Giving Kim Jong Un/ }).click();
    await dark.locator('.lib-highlights').waitFor();
    await dark.locator('.lib-highlights').scrollIntoViewIfNeeded();
    await painted(dark);
    await dark.screenshot({ path: join(SCREENSHOT_DIR, 'library-highlights-dark.png') });
    // The "with highlights" filter.
    await dark.getByRole('link', { name: '← Library' }).click();
    await dark.getByRole('checkbox', { name: 'With highlights' }).check();
    await dark.getByRole('heading', { name: '1 of 1 entry' }).waitFor();
  });
});

/** The bounding box (viewport coordinates) of an element in a closed shadow root, for a real click. */
async function boxInShadow(page: Page, host: string, selector: string): Promise<{ x: number; y: number } | null> {
  return inShadow(
    page,
    host,
    function (sel: string) {
      const el = this.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    selector,
  );
}

/** A real (trusted) click on an element of a closed shadow root. */
async function clickInShadow(page: Page, host: string, selector: string): Promise<void> {
  const at = (await until(() => boxInShadow(page, host, selector), `${selector} in <${host}>`))!;
  await page.mouse.click(at.x, at.y);
}

function ledeMarks(page: Page): Promise<Array<{ text: string; attrs: string[] }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('mark[data-lede-highlight]')].map((m) => ({ text: m.textContent ?? '', attrs: [...m.attributes].map((a) => a.name) })),
  );
}

describe('highlights on the page itself', () => {
  it('the selection toolbar, the context menu and the shortcut; a note; reload: back; library and Markdown', async () => {
    browser = await launch();
    const b = browser;
    const { page, tabId } = await b.openTab(unique(FORTUNE));
    await page.setViewportSize({ width: 1100, height: 800 });
    // Lede is asked on this page (the popup opens): the page script is there from now on.
    const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`, { width: 420, height: 600 });
    await popup.waitForSelector('.digest .summary', { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Save', exact: true }).waitFor();

    // The toolbar over a selection, in its own closed shadow root; a real click on "Highlight".
    expect(await selectText(page, 'article', QUOTE)).toBe(true);
    await until(() => boxInShadow(page, 'lede-highlights', '[role="toolbar"] [aria-label="Highlight"]'), 'the toolbar on the page');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-page-toolbar.png') });
    await clickInShadow(page, 'lede-highlights', '[role="toolbar"] [aria-label="Highlight"]');
    await until(async () => (await ledeMarks(page)).map((m) => m.text).join('') === QUOTE, 'the quote in a <mark> on the page');
    // The story was saved by the highlight: the popup follows the library and says so.
    await popup.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    const count = popup.getByRole('link', { name: '1 highlight' });
    await count.waitFor();
    expect(await count.getAttribute('href')).toMatch(/\/library\.html#entry=https%3A%2F%2Ffortune\.com%2F/);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-popup-count.png') });
    await popup.close();

    // A note: a real click on the highlight opens its dialog; type, save.
    await page.locator('mark[data-lede-highlight]').first().click();
    await clickInShadow(page, 'lede-highlights', '.lh-editor textarea');
    await page.keyboard.type(NOTE);
    await clickInShadow(page, 'lede-highlights', '.lh-editor .lh-button');
    await until(() => inShadow(page, 'lede-highlights', function () {
      return this.querySelector('.lh-editor [role="status"]')?.textContent === 'Saved.';
    }), 'the note saved');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-page-note.png') });
    await page.keyboard.press('Escape');
    await until(async () => !(await boxInShadow(page, 'lede-highlights', '.lh-editor')), 'the dialog closed');

    // The page sees marks around its own text, nothing else: no id, no note, no colour name.
    expect(new Set((await ledeMarks(page)).flatMap((m) => m.attrs))).toEqual(new Set(['data-lede-highlight', 'style']));
    expect(await page.evaluate((n) => document.documentElement.outerHTML.includes(n), NOTE)).toBe(false);

    // The context menu item and the keyboard shortcut (their handlers, through the service worker).
    const viaMenu = async (text: string, how: 'menu' | 'command') => {
      expect(await selectText(page, 'article', text), text).toBe(true);
      const res = await b.worker.evaluate(
        async ([id, how]) => {
          const tab = await chrome.tabs.get(id);
          const h = (globalThis as unknown as { __ledeHighlights: { onMenuClick(i: { menuItemId: string }, t: chrome.tabs.Tab): Promise<unknown>; onCommand(c: string, t: chrome.tabs.Tab): Promise<unknown> } }).__ledeHighlights;
          return how === 'menu' ? h.onMenuClick({ menuItemId: 'lede-highlight-selection' }, tab) : h.onCommand('highlight-selection', tab);
        },
        [tabId, how] as const,
      );
      expect(res, `${how}: ${JSON.stringify(res)}`).toEqual({ ok: true, value: { highlighted: true } });
      await until(async () => (await ledeMarks(page)).some((m) => m.text === text), `"${text}" marked (${how})`);
    };
    await viaMenu('left for North Korea Thursday', 'menu');
    await viaMenu('a CD of Elton John songs', 'command');
    const manifest = await b.worker.evaluate(() => chrome.runtime.getManifest().commands);
    expect(manifest?.['highlight-selection']?.suggested_key).toMatchObject({ default: 'Alt+Shift+H' });

    // Reload: the page is a saved story with highlights; they come back by themselves.
    await page.reload({ waitUntil: 'load' });
    await until(async () => (await ledeMarks(page)).map((m) => m.text).join('|') === [QUOTE, 'left for North Korea Thursday', 'a CD of Elton John songs'].join('|'), 'the marks after a reload', { timeout: 20_000 });
    await page.evaluate(() => document.querySelector('mark[data-lede-highlight]')!.scrollIntoView({ block: 'center' }));
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-page-marks.png') });

    await checkLibrary(b, 3);
  });
});

describe('highlights in the reader overlay', () => {
  it('select in the overlay, Highlight: a <mark> in its shadow root; a note; reload: back; library and Markdown', async () => {
    browser = await launch();
    const b = browser;
    const { page, tabId } = await b.openTab(unique(FORTUNE));
    const ext = await b.openExtensionPage('popup.html');
    const reader = (on: boolean) => ext.evaluate(([id, on]) => chrome.runtime.sendMessage({ type: 'ui:reader', tabId: id, on }), [tabId, on] as const) as Promise<{ ok: boolean }>;
    const readerShows = () => until(() => inOverlay(page, function () {
      return !!this.querySelector('.lr-body p');
    }), 'the reader overlay');
    expect(await reader(true).then((r) => JSON.stringify(r))).toMatch(/^\{"ok":true/);
    await readerShows();

    // Select inside the closed shadow root (as a person's drag would), then the toolbar's Highlight.
    const selected = await inOverlay(page, function (text: string) {
      const body = this.querySelector('.lr-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(text);
        if (at < 0) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        getSelection()!.setBaseAndExtent(n, at, n, at + text.length);
        return true;
      }
      return false;
    }, QUOTE);
    expect(selected).toBe(true);
    await until(() => boxInShadow(page, 'lede-reader', '[role="toolbar"] [aria-label="Highlight"]'), 'the toolbar in the overlay');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-overlay-toolbar.png') });
    await clickInShadow(page, 'lede-reader', '[role="toolbar"] [aria-label="Highlight"]');
    const overlayMarks = () => inOverlay(page, function () {
      return [...this.querySelectorAll('.lr-body mark[data-lede-highlight]')].map((m) => m.textContent).join('');
    });
    await until(async () => (await overlayMarks()) === QUOTE, 'the quote in a <mark> in the overlay');
    // Not in the page's DOM while the overlay shows it: the overlay's marks are in its shadow root.
    expect(await page.evaluate(() => document.querySelectorAll('lede-reader mark').length)).toBe(0);

    // A note.
    await clickInShadow(page, 'lede-reader', '.lr-body mark[data-lede-highlight]');
    await clickInShadow(page, 'lede-reader', '.lh-editor textarea');
    await page.keyboard.type(NOTE);
    await clickInShadow(page, 'lede-reader', '.lh-editor .lh-button');
    await until(() => inOverlay(page, function () {
      return this.querySelector('.lh-editor [role="status"]')?.textContent === 'Saved.';
    }), 'the note saved');
    // Escape closes the dialog first, then (again) the reader.
    await page.keyboard.press('Escape');
    await until(async () => !(await boxInShadow(page, 'lede-reader', '.lh-editor')), 'the dialog closed');
    expect(await inOverlay(page, function () {
      return !!this.querySelector('.lede-reader');
    })).toBe(true);

    // The page's own text got the mark too (the page script shares what the overlay made).
    expect((await reader(false)).ok).toBe(true);
    await until(async () => (await ledeMarks(page)).map((m) => m.text).join('') === QUOTE, 'the mark on the page after the overlay closed');

    // Reload, reader on again: the mark is back inside the overlay.
    await page.reload({ waitUntil: 'load' });
    expect(await reader(true).then((r) => JSON.stringify(r))).toMatch(/^\{"ok":true/);
    await readerShows();
    await until(async () => (await overlayMarks()) === QUOTE, 'the mark in the overlay after a reload');
    await ext.close();

    await checkLibrary(b, 1);
  });
});

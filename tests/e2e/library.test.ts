/// <reference types="chrome" />
/**
 * The library as a person uses it, in Debian Chromium: save the Fortune story from the popup,
 * find it in library.html by searching "Rocket Man", read it, export it as JSON, delete it
 * (with undo), import the file back, and it is there again. Screenshots in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, painted, serveFixtures, SCREENSHOT_DIR, until, type Browser, type FixtureServer } from './harness';

const FORTUNE = '/fortune-rocket-man.html';
const TITLE = /Mike Pompeo Giving Kim Jong Un .Rocket Man. CD/;

let server: FixtureServer;
let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'lede-library-e2e-'));

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function exportJson(lib: Page): Promise<string> {
  await lib.locator('.lib-menu > summary').click();
  const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: /^JSON/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lede-library-\d{4}-\d\d-\d\d\.json$/);
  const path = join(tmp, `export-${Date.now()}.json`);
  await download.saveAs(path);
  return path;
}

describe('library', () => {
  let exported = '';

  it('saves the Fortune story from the popup: "Save" becomes "Saved" and offers "Open library"', async () => {
    const { tabId } = await browser.openTab(server.url(FORTUNE));
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await popup.waitForSelector('.digest .summary', { timeout: 20_000 });
    const save = popup.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    await popup.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Open library' }).waitFor();
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'library-popup-saved.png') });

    // Reopening the popup knows the page is already saved.
    const again = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await again.getByRole('button', { name: 'Saved', exact: true }).waitFor({ timeout: 20_000 });
    // Saving again updates the one entry, never duplicates it.
    await again.getByRole('button', { name: 'Saved', exact: true }).click();
    await again.getByRole('status').filter({ hasText: 'Updated in your library.' }).waitFor();
    // "Open library" opens library.html on that entry.
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), again.getByRole('button', { name: 'Open library' }).click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/\/library\.html#entry=/);
    await opened.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await Promise.all([popup.close(), again.close(), opened.close()]);
  });

  it('finds it by searching "Rocket Man" and shows its digest and clean article', async () => {
    const lib = await browser.openExtensionPage('library.html');
    await lib.getByRole('heading', { name: '1 saved article' }).waitFor();
    const search = lib.getByRole('searchbox');
    await search.fill('Rocket Ma'); // as you type: the last word is a prefix
    await lib.getByRole('heading', { name: '1 of 1 entry' }).waitFor();
    await search.fill('Rocket Man');
    const link = lib.getByRole('link', { name: TITLE });
    await link.waitFor();
    await search.fill('Rocket Man zebra');
    await lib.getByText('Nothing matches “Rocket Man zebra”').waitFor();
    await search.fill('Rocket Man');
    await link.click();
    await lib.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
    for (const name of ['Timeline', 'Sources', 'Article']) await lib.getByRole('heading', { level: 2, name }).waitFor();
    const article = await lib.locator('.lib-article').innerText();
    expect(article).toMatch(/Rocket Man/);
    // Offline and private: no images, no scripts from the page.
    expect(await lib.locator('.lib-article img, .lib-article script').count()).toBe(0);

    // A note and tags, searchable afterwards.
    await lib.getByLabel('Note', { exact: true }).fill('Music diplomacy, follow up after the summit.');
    await lib.getByLabel('Tags', { exact: true }).fill('North Korea, diplomacy');
    await lib.getByRole('button', { name: 'Save note and tags' }).click();
    await lib.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await lib.screenshot({ path: join(SCREENSHOT_DIR, 'library-entry.png'), fullPage: false });
    await lib.keyboard.press('Escape');
    await search.fill('summit diplo');
    await link.waitFor();
    await lib.close();
  });

  it('exports JSON, deletes (undo works), imports the file back', async () => {
    const lib = await browser.openExtensionPage('library.html');
    await lib.getByRole('heading', { name: '1 saved article' }).waitFor();
    const path = await exportJson(lib);
    exported = readFileSync(path, 'utf8');
    const doc = JSON.parse(exported);
    expect(doc).toMatchObject({ format: 'lede-library', version: 2 });
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]).toMatchObject({ title: expect.stringMatching(TITLE), note: 'Music diplomacy, follow up after the summit.', tags: ['North Korea', 'diplomacy'], highlights: [] });

    // Delete from the entry page; Undo brings it back.
    await lib.getByRole('link', { name: TITLE }).click();
    await lib.getByRole('button', { name: 'Delete', exact: true }).click();
    await lib.getByRole('status').filter({ hasText: /^Deleted “Mike Pompeo/ }).waitFor();
    await lib.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await lib.getByRole('button', { name: 'Undo' }).click();
    await lib.getByRole('heading', { name: '1 saved article' }).waitFor();

    // Delete for good, via the selection.
    await lib.getByRole('checkbox', { name: /Select “Mike Pompeo/ }).check();
    await lib.getByRole('button', { name: 'Delete selected' }).click();
    await lib.getByRole('heading', { name: 'Your library is empty' }).waitFor();

    // A foreign file is refused with a clear message, and nothing changes.
    const foreign = join(tmp, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ format: 'pocket', version: 1, entries: [] }));
    await lib.locator('input[type=file]').setInputFiles(foreign);
    await lib.getByRole('alert').filter({ hasText: 'not a Lede library export: "format" is "pocket"' }).waitFor();
    await lib.getByRole('heading', { name: 'Your library is empty' }).waitFor();

    await lib.locator('input[type=file]').setInputFiles(path);
    await lib.getByRole('status').filter({ hasText: /Imported export-\d+\.json: 1 new/ }).waitFor();
    await lib.getByRole('searchbox').fill('Rocket Man');
    await lib.getByRole('link', { name: TITLE }).waitFor();

    // And it is the same entry: exporting again gives the same bytes apart from exportedAt.
    await lib.getByRole('searchbox').fill('');
    const again = readFileSync(await exportJson(lib), 'utf8');
    const strip = (s: string) => s.replace(/"exportedAt":"[^"]+"/, '');
    expect(strip(again)).toBe(strip(exported));
    await lib.close();
  });

  it('looks right with a fuller library, light and dark', async () => {
    // A few more entries, derived from the exported one, imported the way a person would.
    const base = JSON.parse(exported).entries[0];
    const stories: Array<[string, string, string, string[]]> = [
      ['Glaciers in the Alps lost a record share of their ice this summer', 'Swiss Info', 'Switzerland’s glaciers lost 4% of their volume in a single year, the monitoring network said on Tuesday.', ['climate']],
      ['Central bank holds rates steady as inflation cools faster than expected', 'The Economist', 'Policymakers voted 7–2 to keep the benchmark rate unchanged, signalling cuts could come in the spring.', ['economy']],
      ['The quiet return of the night train across Europe', 'The Guardian', 'New sleeper routes link Paris, Berlin and Vienna, and operators say demand has outstripped every forecast.', []],
      ['How a small-town newspaper survived by turning into a cooperative', 'Nieman Lab', 'Readers bought shares in the paper after its owner announced it would close, and circulation has since doubled.', ['media']],
    ];
    const entries = stories.map(([title, site, line, tags], i) => ({
      ...base,
      url: `https://example.com/story-${i}`,
      savedFrom: `https://example.com/story-${i}`,
      title,
      site,
      savedAt: `2024-0${i + 1}-1${i}T10:00:00.000Z`,
      updatedAt: `2024-0${i + 1}-1${i}T10:00:00.000Z`,
      note: '',
      tags,
      analysis: { ...base.analysis, url: `https://example.com/story-${i}`, summary: { sentences: [{ text: line, index: 0 }] }, article: { ...base.analysis.article, title, siteName: site, canonicalUrl: null } },
    }));
    const file = join(tmp, 'more.json');
    writeFileSync(file, JSON.stringify({ format: 'lede-library', version: 1, exportedAt: new Date().toISOString(), entries }));
    const lib = await browser.openExtensionPage('library.html');
    await lib.locator('input[type=file]').setInputFiles(file);
    await lib.getByRole('heading', { name: '5 saved articles' }).waitFor();
    await lib.getByRole('button', { name: 'Dismiss' }).click();
    // The notice has faded out (no animation left running) before the picture is taken.
    await until(() => lib.evaluate(() => !document.querySelector('.lib-toast.is-shown') && document.getAnimations().length === 0), 'the notice gone');
    await painted(lib);
    await lib.screenshot({ path: join(SCREENSHOT_DIR, 'library-list-light.png') });

    // Filter by tag and by site.
    await lib.getByLabel('Filter by tag').selectOption('climate');
    await lib.getByRole('heading', { name: '1 of 5 entries' }).waitFor();
    await lib.getByLabel('Filter by tag').selectOption('');
    await lib.getByLabel('Filter by site').selectOption('The Guardian');
    await lib.getByRole('heading', { name: '1 of 5 entries' }).waitFor();
    expect(await lib.locator('.lib-item').allInnerTexts()).toEqual([expect.stringMatching(/night train/)]);
    await lib.close();

    const dark = await browser.openExtensionPage('library.html', { colorScheme: 'dark' });
    await dark.getByRole('heading', { name: '5 saved articles' }).waitFor();
    await dark.getByRole('checkbox', { name: /Select “Glaciers/ }).check();
    await dark.locator('.lib-menu > summary').filter({ hasText: 'Export 1' }).click();
    await dark.screenshot({ path: join(SCREENSHOT_DIR, 'library-list-dark.png') });
    const narrow = await browser.openExtensionPage('library.html', { width: 420, height: 800 });
    await narrow.getByRole('heading', { name: '5 saved articles' }).waitFor();
    await narrow.screenshot({ path: join(SCREENSHOT_DIR, 'library-list-narrow.png') });
    await Promise.all([dark.close(), narrow.close()]);
  });
});

/// <reference types="chrome" />
/**
 * The grouped source list in the real popup: the Fortune story and a story with a dozen voices
 * (tests/fixtures/many-voices.html), at 380 and 800 px, light and dark, and in a German browser.
 * A passage under a person jumps to its sentence on the page, by click and by keyboard.
 * Screenshots go to tests/e2e/__screenshots__/sources-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serveFixtures, waitFor, SCREENSHOT_DIR, type Browser, type FixtureServer } from './harness';

let server: FixtureServer;
let browser: Browser;

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function popupFor(b: Browser, path: string, opts: { width: number; colorScheme?: 'light' | 'dark' }): Promise<{ popup: Page; page: Page }> {
  const { page, tabId } = await b.openTab(server.url(path));
  const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`, { width: opts.width, height: 900, colorScheme: opts.colorScheme });
  await popup.waitForSelector('.digest .sources', { timeout: 30_000 });
  return { popup, page };
}

const groupTitles = (popup: Page) => popup.locator('.sources .group-title').allInnerTexts().then((ts) => ts.map(clean));

/** Screenshot of the sources section alone (and its parent digest when the list is short). */
async function shoot(popup: Page, name: string): Promise<void> {
  await popup.locator('#sources-title').scrollIntoViewIfNeeded();
  // the sticky copy toolbar would be drawn over the list in an element screenshot
  const hide = await popup.addStyleTag({ content: '.toolbar { visibility: hidden !important; }' });
  await popup.locator('.sources').screenshot({ path: join(SCREENSHOT_DIR, `sources-${name}.png`) });
  await hide.evaluate((el) => (el as Element).remove());
}

describe('sources: a story with a dozen voices', () => {
  it('groups people, organisations, outlets, posts, documents, agencies, unnamed sources, publisher and author', async () => {
    const { popup, page } = await popupFor(browser, '/many-voices.html', { width: 380 });
    expect(await groupTitles(popup)).toEqual([
      'People quoted',
      'Organizations',
      'News outlets cited',
      'Social posts',
      'Documents',
      'Agencies and photo credits',
      'Unnamed sources',
      'Published by',
      'Written by',
    ]);
    const people = clean(await popup.locator('.group-person').innerText());
    // the most relied-on first, with role and count
    expect(people.indexOf('Angela Brooks')).toBeLessThan(people.indexOf('Thomas Keane'));
    expect(people).toMatch(/Angela Brooks\s*Council President\s*quoted 3 times/);
    expect(people).toMatch(/Derek Osei.*president of Transit Workers Local 417.*quoted 2 times.*via WHRB Radio/);
    // the channel is on the speaker's row, not a cited outlet
    expect(clean(await popup.locator('.group-publication').innerText())).not.toContain('WHRB');
    const unnamed = clean(await popup.locator('.group-unnamed').innerText());
    expect(unnamed).toMatch(/officials\s*quoted once/);
    expect(unnamed).toContain('person familiar with the negotiations');
    const posts = clean(await popup.locator('.group-social').innerText());
    expect(posts).toContain('@ridersalliance.bsky.social');
    expect(posts).toContain('@OrtizNorthside');
    expect(posts).toMatch(/View post on bsky\.app/);
    await shoot(popup, 'voices-380-light');
    await popup.close();
    await page.close();
  });

  it('"show all" reveals every passage; a passage jumps to its sentence on the page', async () => {
    const { popup, page } = await popupFor(browser, '/many-voices.html', { width: 380 });
    const brooks = popup.locator('.group-person li').filter({ hasText: 'Angela Brooks' });
    const more = brooks.getByRole('button', { name: /Show all 3 passages/ });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await brooks.locator('.passages').isHidden()).toBe(true);
    await more.click();
    expect(await brooks.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
    expect(await brooks.locator('button.passage').count()).toBe(3);

    // click the last passage: the page scrolls to that sentence and highlights it
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = brooks.locator('button.passage').last();
    const sentence = clean(await last.innerText()).replace(/\(show in page\)$/, '').trim();
    expect(sentence).toMatch(/^Brooks said the council would hold one more public session/);
    await last.click();
    await page.bringToFront();
    expect(await waitFor(() => page.evaluate(() => window.scrollY > 100), { timeout: 5000 })).toBe(true);
    expect(await waitFor(() => page.evaluate(() => CSS.highlights.has('lede-sentence')), { timeout: 5000 })).toBe(true);

    // and from the keyboard: focus a passage, press Enter
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.bringToFront();
    const raman = popup.locator('.group-person li').filter({ hasText: 'Priya Raman' }).locator('button.passage').first();
    // reach it by keyboard (focus the control before it, then Tab) so the focus ring shows
    await raman.focus();
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent ?? '')).toContain('A 50-cent increase is modest');
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    expect(await waitFor(() => page.evaluate(() => window.scrollY > 100), { timeout: 5000 })).toBe(true);
    await popup.close();
    await page.close();
  });

  it('reads well at 800 px and in the dark', async () => {
    const wide = await popupFor(browser, '/many-voices.html', { width: 800 });
    await wide.popup.locator('.group-person li').first().getByRole('button', { name: /Show all/ }).click();
    await shoot(wide.popup, 'voices-800-light');
    await wide.popup.close();
    await wide.page.close();
    const dark = await popupFor(browser, '/many-voices.html', { width: 380, colorScheme: 'dark' });
    expect(await dark.popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    // the text is light on a dark page
    const color = await dark.popup.locator('.group-person .source-name').first().evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = color.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeGreaterThan(450);
    await shoot(dark.popup, 'voices-380-dark');
    await dark.popup.close();
    await dark.page.close();
    const wideDark = await popupFor(browser, '/many-voices.html', { width: 800, colorScheme: 'dark' });
    await shoot(wideDark.popup, 'voices-800-dark');
    await wideDark.popup.close();
    await wideDark.page.close();
  });
});

describe('sources: the Fortune story', () => {
  it('keeps its outlets, post, agency, publisher and author, and adds the people it quotes', async () => {
    for (const [width, scheme] of [
      [380, 'light'],
      [800, 'dark'],
    ] as const) {
      const { popup, page } = await popupFor(browser, '/fortune-rocket-man.html', { width, colorScheme: scheme });
      const text = clean(await popup.locator('.sources').innerText());
      for (const name of [/Chos[eu]n Ilbo/, /The New York Times/, /@realDonaldTrump/, /AFP\/Getty Images/, /Saul Loeb/, /Fortune/, /Kevin Kelleher/, /Mike Pompeo/, /Trump/]) {
        expect(text).toMatch(name);
      }
      const groups = await groupTitles(popup);
      expect(groups.slice(0, 1)).toEqual(['People quoted']);
      expect(groups).toEqual(expect.arrayContaining(['News outlets cited', 'Social posts', 'Agencies and photo credits', 'Published by', 'Written by']));
      await shoot(popup, `fortune-${width}-${scheme}`);
      await popup.close();
      await page.close();
    }
  });
});

describe('sources: German UI', () => {
  let de: Browser;
  beforeAll(async () => {
    de = await launch({ lang: 'de' });
  });
  afterAll(async () => {
    await de?.close();
  });

  it('groups, counts and "show all" in German; the story stays English', async () => {
    const { popup, page } = await popupFor(de, '/many-voices.html', { width: 380 });
    const groups = await groupTitles(popup);
    expect(groups).toEqual(expect.arrayContaining(['Zitierte Personen', 'Organisationen', 'Zitierte Medien', 'Ungenannte Quellen', 'Veröffentlicht von', 'Geschrieben von']));
    const people = clean(await popup.locator('.group-person').innerText());
    expect(people).toContain('3-mal zitiert');
    expect(people).toContain('einmal zitiert');
    expect(people).toContain('über WHRB Radio');
    expect(people).toMatch(/Alle 3 Stellen zeigen/);
    expect(people).toContain('Brooks said the delay would give members');
    await shoot(popup, 'voices-380-de');
    await popup.close();
    await page.close();
  });
});

/// <reference types="chrome" />
/**
 * The extension in a German Chromium (`--lang=de`): the popup's chrome comes from
 * _locales/de, dates and numbers are formatted for German, and the story itself stays as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveFixtures, waitFor, badgeText, SCREENSHOT_DIR, type Browser, type FixtureServer } from './harness';
import { clickInOverlay, inOverlay, overlayText } from './reader-shadow';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures();
  browser = await launch({ lang: 'de' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('German UI', () => {
  it('the extension picks _locales/de and the toolbar tooltip is German', async () => {
    // (getUILanguage() in a headless service worker can still say en-US; the messages are what count.)
    expect(await browser.worker.evaluate(() => chrome.i18n.getMessage('localeCode'))).toBe('de');
    const fortune = await browser.openTab(server.url('/fortune-rocket-man.html'));
    await waitFor(() => badgeText(browser, fortune.tabId));
    const title = await browser.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), fortune.tabId);
    expect(title).toMatch(/^Artikel erkannt: Mike Pompeo Giving Kim Jong Un/);
  });

  it('the popup on the Fortune story: German chrome, German dates, English story', async () => {
    const { tabId } = await browser.openTab(server.url('/fortune-rocket-man.html'));
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await popup.waitForSelector('.digest .summary', { timeout: 20_000 });

    expect(await popup.getAttribute('html', 'lang')).toBe('de');
    expect(clean(await popup.textContent('#summary-title'))).toBe('Zusammenfassung');
    expect(clean(await popup.textContent('#timeline-title'))).toBe('Zeitleiste');
    expect(clean(await popup.textContent('#sources-title'))).toBe('Quellen');
    expect(clean(await popup.textContent('.toolbar'))).toContain('Markdown kopieren');
    expect(await popup.getAttribute('[role="switch"]', 'aria-label')).toBe('Lesemodus');
    expect(clean(await popup.textContent('.reading-time'))).toMatch(/^\d+ Min\. Lesezeit$/);
    expect(clean(await popup.textContent('.byline'))).toMatch(/^Von /);
    // Intl for German: the publication day ("6. Juli 2018"), not "Jul 6, 2018".
    expect(clean(await popup.textContent('.kicker time'))).toBe('6. Juli 2018');
    const dates = (await popup.locator('.event-date').allTextContents()).map(clean);
    expect(dates.some((d) => /^\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\.? \d{4}$/.test(d))).toBe(true);
    const labels = clean(await popup.textContent('.timeline'));
    expect(labels).toContain('Fortune veröffentlicht diesen Artikel');
    expect(labels).toContain('@realDonaldTrump schreibt: „I spoke with President Moon');
    expect(dates.join(' ')).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    // Source groups are UI; the story's own words are not translated.
    expect(clean(await popup.textContent('.sources'))).toMatch(/Zitierte Medien|Beiträge|Veröffentlicht von|Geschrieben von/);
    expect(clean(await popup.textContent('#story-title'))).toMatch(/^Mike Pompeo Giving Kim Jong Un/);

    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-de.png'), fullPage: true });
    await popup.close();
  });

  it('the reader overlay and its settings panel in German', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fortune-rocket-man.html?reader'));
    await waitFor(() => badgeText(browser, tabId));
    const sender = await browser.openExtensionPage('popup.html');
    const res = await sender.evaluate((id) => chrome.runtime.sendMessage({ type: 'ui:reader', tabId: id, on: true }), tabId);
    expect(res.ok, JSON.stringify(res)).toBe(true);
    await sender.close();
    await waitFor(() => inOverlay(page, function () {
      return !!this.querySelector('.lede-reader .lr-body p');
    }), { timeout: 10_000 });

    const text = clean(await overlayText(page));
    expect(text).toMatch(/6\. Juli 2018/i); // (innerText: the kicker is in capitals)
    expect(text).toMatch(/Von Kevin Kelleher · \d+ Min\. Lesezeit/);
    expect(text).toContain('Original auf 127.0.0.1');
    expect(text).toContain('Beitrag auf X');
    expect(text).toContain('Elton John once ruled the pop charts');
    const labels = await inOverlay(page, function () {
      return Array.from(this.querySelectorAll('.lr-tools button')).map((b) => b.getAttribute('aria-label'));
    });
    expect(labels).toEqual(expect.arrayContaining(['Text und Design', 'Lesemodus schließen (Esc)']));

    expect(await clickInOverlay(page, 'Text und Design')).toBe(true);
    await waitFor(() => inOverlay(page, function () {
      return !!this.querySelector('#lr-settings');
    }));
    const panel = clean(await inOverlay(page, function () {
      return this.querySelector('#lr-settings')?.textContent ?? '';
    }));
    for (const s of ['Design', 'Schrift', 'Lesehilfe', 'Textgröße', 'Zeilenabstand', 'Spaltenbreite', 'Zurücksetzen', 'Fertig']) expect(panel, s).toContain(s);
    // Numbers for German: "100 %", "1,60", "68 Zeichen".
    expect(panel).toMatch(/\d+ %/);
    expect(panel).toMatch(/\d,\d\d/);
    expect(panel).toMatch(/\d+ Zeichen/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reader-settings-de.png') });
  });

  it('saving from the popup and the library page in German', async () => {
    const { tabId } = await browser.openTab(server.url('/fortune-rocket-man.html?library'));
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await popup.waitForSelector('.digest .summary', { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Speichern', exact: true }).click();
    await popup.getByRole('button', { name: 'Gespeichert', exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Bibliothek öffnen' }).waitFor();
    await popup.close();

    const lib = await browser.openExtensionPage('library.html');
    await lib.getByRole('heading', { name: '1 gespeicherter Artikel' }).waitFor({ timeout: 20_000 });
    expect(await lib.title()).toBe('Bibliothek · Lede');
    expect(await lib.getAttribute('html', 'lang')).toBe('de');
    expect(await lib.getByRole('searchbox').getAttribute('placeholder')).toBe('In Ihrer Bibliothek suchen');
    // "Gespeichert am 29. Nov. 2026": German words and a German date.
    expect(clean(await lib.locator('.lib-item-meta').first().textContent())).toMatch(/Gespeichert am \d{1,2}\. \S+ \d{4}/);
    await lib.getByRole('searchbox').fill('Rocket Man zebra');
    await lib.getByText('Keine Treffer für „Rocket Man zebra“').waitFor();
    await lib.getByRole('searchbox').fill('');
    await lib.screenshot({ path: join(SCREENSHOT_DIR, 'library-de.png') });
    await lib.getByRole('link', { name: /Mike Pompeo Giving Kim Jong Un/ }).click();
    for (const name of ['Zusammenfassung', 'Zeitleiste', 'Quellen', 'Artikel']) await lib.getByRole('heading', { level: 2, name }).waitFor();
    await lib.getByRole('button', { name: 'Notiz und Tags speichern' }).waitFor();
    await lib.close();
  });
});

/// <reference types="chrome" />
/**
 * The extension as a person uses it, in Debian Chromium: the badge on article tabs, the popup's
 * digest of the Fortune story, scrolling the page from a summary bullet, restricted pages, and
 * a hostile page that must not execute anything on an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, launch, serveFixtures, waitFor, FIXTURES_DIR, SCREENSHOT_DIR, type Browser, type FixtureServer } from './harness';

const FORTUNE = '/fortune-rocket-man.html';
const FRONT_PAGE = '/front-page.html';
const PRODUCT = '/product-page.html';
const HOSTILE = '/hostile.html';
const WIRE_STORY = '/wire-short-paragraphs.html';
const TEASER_PAGE = '/not-articles/tag-page-og-article.html';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  // A missing fixture would be served as a 404 page and pass the "not an article" checks vacuously.
  for (const name of [FORTUNE, FRONT_PAGE, PRODUCT, HOSTILE, WIRE_STORY, TEASER_PAGE]) {
    if (!existsSync(join(FIXTURES_DIR, name))) throw new Error(`missing fixture tests/fixtures${name}`);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures({
    // A single-page app shell: tests render views into #root and push URLs.
    '/spa.html': '<!doctype html><html><head><title>App</title></head><body><main id="root"><h1>Home</h1></main></body></html>',
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the popup for a tab as a page (`popup.html?tab=<id>`), the way tests and "Open in new tab" do. */
async function openPopup(tabId: number, options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number; path?: string } = {}): Promise<Page> {
  return browser.openExtensionPage(`${options.path ?? 'popup.html'}?tab=${tabId}`, { width: options.width ?? 400, height: options.height ?? 600, colorScheme: options.colorScheme });
}

async function waitForDigest(popup: Page): Promise<void> {
  await popup.waitForSelector('.digest .summary', { timeout: 20_000 });
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('badge', () => {
  it('appears on the Fortune article and not on a front page or a product page', async () => {
    const front = await browser.openTab(server.url(FRONT_PAGE));
    const product = await browser.openTab(server.url(PRODUCT));
    const fortune = await browser.openTab(server.url(FORTUNE));
    const text = await waitFor(() => badgeText(browser, fortune.tabId));
    expect(text).not.toBe('');
    const title = await browser.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), fortune.tabId);
    expect(title).toMatch(/^Article detected: Mike Pompeo Giving Kim Jong Un/);
    // The two other pages were detected before the Fortune one (opened first, same idle path);
    // give them a little longer anyway, then require them still badge-free.
    await new Promise((r) => setTimeout(r, 800));
    expect(await badgeText(browser, front.tabId)).toBe('');
    expect(await badgeText(browser, product.tabId)).toBe('');
    await Promise.all([front.page.close(), product.page.close(), fortune.page.close()]);
  });

  it('appears on a story told in one-sentence paragraphs, and not on a page of teasers that claims og:type=article', async () => {
    // Every detection report the background receives, recorded in the service worker, so the
    // test waits for the teaser page's verdict itself (a page without a badge looks the same
    // before and after the detector ran).
    await browser.worker.evaluate(() => {
      const g = globalThis as unknown as { __ledeReports?: { tabId: number; isArticle: boolean; reasons: string[] }[] };
      if (g.__ledeReports) return;
      g.__ledeReports = [];
      chrome.runtime.onMessage.addListener((m: { type?: string; isArticle: boolean; reasons: string[] }, sender) => {
        if (m?.type === 'content:detected' && sender.tab?.id !== undefined) g.__ledeReports!.push({ tabId: sender.tab.id, isArticle: m.isArticle, reasons: m.reasons });
      });
    });
    const reportFor = (tabId: number) =>
      browser.worker.evaluate((id) => (globalThis as unknown as { __ledeReports: { tabId: number; isArticle: boolean; reasons: string[] }[] }).__ledeReports.find((r) => r.tabId === id) ?? null, tabId);

    const teasers = await browser.openTab(server.url(TEASER_PAGE));
    const story = await browser.openTab(server.url(WIRE_STORY));
    expect(await waitFor(() => badgeText(browser, story.tabId))).not.toBe('');
    const title = await browser.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), story.tabId);
    expect(title).toMatch(/^Article detected: Ferry strike ends/);

    const report = await waitFor(() => reportFor(teasers.tabId), { timeout: 15_000 });
    expect(report).toMatchObject({ isArticle: false });
    expect(report!.reasons.join('; ')).toMatch(/a list of 6 teasers/);
    expect(await badgeText(browser, teasers.tabId)).toBe('');
    await Promise.all([teasers.page.close(), story.page.close()]);
  });

  it('follows single-page-app navigation: badge on when a story view loads, off when it leaves', async () => {
    const { page, tabId } = await browser.openTab(server.url('/spa.html'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await badgeText(browser, tabId)).toBe('');
    // The app renders the story and pushes its URL, as SPAs do: the detector runs again.
    const story = await (await fetch(server.url(FORTUNE))).text();
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const s of doc.querySelectorAll('script:not([type="application/ld+json"])')) s.remove();
      document.head.innerHTML = doc.head.innerHTML;
      document.getElementById('root')!.innerHTML = doc.body.innerHTML;
      history.pushState({}, '', '/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/');
    }, story);
    expect(await waitFor(() => badgeText(browser, tabId))).not.toBe('');
    // Back to a list view: the badge goes, and stays gone once the detector has looked again.
    await page.evaluate(() => {
      document.head.innerHTML = '<title>Home</title>';
      document.getElementById('root')!.innerHTML = '<h1>Home</h1><ul><li><a href="/a">A</a></li></ul>';
      history.pushState({}, '', '/home');
    });
    expect(await waitFor(async () => (await badgeText(browser, tabId)) === '', { timeout: 5000 })).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await badgeText(browser, tabId)).toBe('');
    await page.close();
  });
});

describe('popup on the Fortune story', () => {
  let article: { page: Page; tabId: number };
  let popup: Page;

  beforeAll(async () => {
    article = await browser.openTab(server.url(FORTUNE));
    popup = await openPopup(article.tabId);
    await waitForDigest(popup);
  });

  afterAll(async () => {
    await popup?.close();
    await article?.page.close();
  });

  it('shows the header', async () => {
    expect(clean(await popup.locator('h1').innerText())).toMatch(/^Mike Pompeo Giving Kim Jong Un .Rocket Man. CD Signed by Trump/);
    const head = clean((await popup.locator('.story-head').textContent()) ?? '');
    expect(head).toContain('Kevin Kelleher');
    expect(head).toMatch(/Jul 6, 2018/);
    expect(head).toMatch(/fortune/i);
  });

  it('shows the five timeline entries (and the tweet’s own "last night") with honest dates', async () => {
    const entries = await popup.locator('.timeline > li').evaluateAll((items) =>
      items.map((li) => ({ date: li.querySelector('.event-date')!.textContent!.trim(), label: li.querySelector('.event-label')!.textContent!.trim() })),
    );
    const expected: Array<[string, RegExp]> = [
      ['fall 2017', /Little Rocket Man/],
      ['Sep 17, 2017', /realDonaldTrump|Rocket Man is/i],
      ['Jun 12, 2018', /Singapore/],
      ['Jul 5, 2018', /Pompeo (left|leaves) for North Korea/],
      ['Jul 6, 2018', /publish/i],
    ];
    for (const [date, label] of expected) {
      expect(entries.some((e) => e.date === date && label.test(e.label)), `${date} ${label} in ${JSON.stringify(entries)}`).toBe(true);
    }
    // The tweet's own "last night" is the sixth: Sep 16, 2017, dated against the tweet.
    expect(entries.some((e) => e.date === 'Sep 16, 2017' && /President Moon/.test(e.label))).toBe(true);
    expect(entries).toHaveLength(6);
  });

  it('shows the summary', async () => {
    const bullets = (await popup.locator('.summary li').allInnerTexts()).map(clean);
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.join(' ')).toMatch(/Pompeo left for North Korea/);
  });

  it('shows further summary sentences on demand, each one jumping to its place in the page', async () => {
    await popup.bringToFront();
    const toggle = popup.locator('button.summary-toggle');
    expect(clean(await toggle.innerText())).toMatch(/^Show more \(\d\)$/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.locator('.summary-more button.summary-item').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const more = popup.locator('.summary-more button.summary-item');
    expect(await more.count()).toBeGreaterThan(0);
    await article.page.evaluate(() => window.scrollTo(0, 0));
    await more.last().click();
    await article.page.bringToFront();
    expect(await waitFor(() => article.page.evaluate(() => window.scrollY > 100), { timeout: 5000 })).toBe(true);
    await popup.bringToFront();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the sources, grouped, with safe links and the tweet as a tweet', async () => {
    const sources = clean(await popup.locator('.sources').innerText());
    for (const name of [/Chos[eu]n Ilbo/, /The New York Times/, /@realDonaldTrump/, /AFP\/Getty/, /Fortune/, /Kevin Kelleher/]) {
      expect(sources).toMatch(name);
    }
    const tweet = clean(await popup.locator('.tweet').innerText());
    expect(tweet).toContain('@realDonaldTrump');
    expect(tweet).toMatch(/Sep 17, 2017/);
    const links = await popup.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
  });

  it('scrolls the page to a summary sentence and highlights it', async () => {
    await article.page.evaluate(() => window.scrollTo(0, 0));
    const bullet = popup.locator('button.summary-item').last();
    const sentence = clean(await bullet.innerText()).replace(/\(show in page\)$/, '').trim();
    await bullet.click();
    await article.page.bringToFront();
    const moved = await waitFor(() => article.page.evaluate(() => window.scrollY > 100), { timeout: 5000 });
    expect(moved).toBe(true);
    // Wait for the smooth scroll to settle, then the sentence's words must be on screen.
    const inView = await waitFor(
      () =>
        article.page.evaluate((start) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent!.indexOf(start);
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + start.length);
            const r = range.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          }
          return false;
        }, sentence.slice(0, 30)),
      { timeout: 5000 },
    );
    expect(inView).toBe(true);
    expect(await article.page.evaluate(() => CSS.highlights.has('lede-sentence'))).toBe(true);
  });

  it('works from the keyboard: Tab reaches a summary bullet, Enter scrolls the page', async () => {
    await article.page.evaluate(() => window.scrollTo(0, 0));
    await popup.bringToFront();
    // Start sequential focus navigation from the top of the popup.
    await popup.locator('.wordmark').click();
    let onBullet = false;
    for (let i = 0; i < 12 && !onBullet; i++) {
      await popup.keyboard.press('Tab');
      onBullet = await popup.evaluate(() => !!document.activeElement?.matches('button.summary-item'));
    }
    expect(onBullet).toBe(true);
    // The focused control is visibly marked.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-keyboard-focus.png') });
    await popup.keyboard.press('Enter');
    await article.page.bringToFront();
    expect(await waitFor(() => article.page.evaluate(() => window.scrollY > 100), { timeout: 5000 })).toBe(true);
  });

  it('copies the digest as Markdown', async () => {
    // Extension origins can't be granted clipboard-read: read it back from the web page instead.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.locator('.toast').innerText()).toBe('Copied as Markdown.');
    await article.page.bringToFront();
    const copied = await article.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# Mike Pompeo/);
    expect(copied).toMatch(/## Timeline/i);
  });

  it('answers a second open from the cache', async () => {
    const again = await openPopup(article.tabId);
    await waitForDigest(again);
    const cached = await again.evaluate(() => (performance.getEntriesByName('lede:ready')[0] as PerformanceMark | undefined)?.detail?.cached);
    expect(cached).toBe(true);
    await again.close();
  });
});

describe('screenshots (look at them)', () => {
  it('popup light and dark at 400px, at 800px, the not-article state and the side panel', async () => {
    const article = await browser.openTab(server.url(FORTUNE));
    // The loading state: a fresh tab takes a moment to analyze (page script injection + analysis).
    const loading = await openPopup(article.tabId);
    if (await loading.locator('.skeleton').count()) await loading.screenshot({ path: join(SCREENSHOT_DIR, 'popup-loading.png') });
    await waitForDigest(loading);
    await loading.close();
    for (const [name, opts] of [
      ['popup-400-light', { colorScheme: 'light', width: 400, height: 600 }],
      ['popup-400-dark', { colorScheme: 'dark', width: 400, height: 600 }],
      ['popup-800', { colorScheme: 'light', width: 800, height: 600 }],
      ['sidepanel-380', { colorScheme: 'light', width: 380, height: 800, path: 'sidepanel.html' }],
    ] as const) {
      const page = await openPopup(article.tabId, opts);
      await waitForDigest(page);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-full.png`), fullPage: true });
      await page.close();
    }
    // The summary with its further sentences shown, light and dark (tall enough for the whole section).
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPopup(article.tabId, { colorScheme, width: 400, height: 1300 });
      await waitForDigest(page);
      await page.locator('button.summary-toggle').click();
      await page.locator('.summary-more button.summary-item').first().waitFor();
      await page.locator('section[aria-labelledby="summary-title"]').screenshot({ path: join(SCREENSHOT_DIR, `summary-more-${colorScheme}.png`) });
      await page.close();
    }
    const front = await browser.openTab(server.url(FRONT_PAGE));
    const notArticle = await openPopup(front.tabId);
    await notArticle.getByRole('button', { name: 'Analyze anyway' }).waitFor();
    await notArticle.screenshot({ path: join(SCREENSHOT_DIR, 'popup-not-article.png') });
    await notArticle.getByRole('button', { name: 'Analyze anyway' }).click();
    await notArticle.waitForSelector('.digest');
    await notArticle.close();
    await front.page.close();
    await article.page.close();
  }, 120_000);
});

describe('not-article state', () => {
  it('on a page of teasers, says why it is not an article when asked (light and dark, 380 px)', async () => {
    const teasers = await browser.openTab(server.url(TEASER_PAGE));
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopup(teasers.tabId, { colorScheme, width: 380, height: 600 });
      await popup.getByRole('button', { name: 'Analyze anyway' }).waitFor({ timeout: 20_000 });
      const why = popup.getByText('Why Lede thinks so');
      await why.focus();
      await popup.keyboard.press('Enter');
      const list = popup.locator('.notice-why li');
      await list.first().waitFor();
      const reasons = await list.allTextContents();
      expect(reasons).toContain('-5 a list of 6 teasers (headline + excerpt), not one story');
      expect(reasons).toContain('+2 og:type=article');
      await popup.screenshot({ path: join(SCREENSHOT_DIR, `popup-not-article-why-${colorScheme}.png`), fullPage: true });
      await popup.close();
    }
    await teasers.page.close();
  }, 60_000);
});

describe('restricted pages', () => {
  for (const url of ['chrome://newtab/', 'about:blank']) {
    it(`explains that ${url} cannot be read`, async () => {
      const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: false })).id!, url);
      const popup = await openPopup(tabId);
      await popup.waitForSelector('.notice-restricted');
      expect(clean(await popup.locator('.notice-title').innerText())).toBe('Lede can’t read this page');
      expect(clean(await popup.locator('.notice-text').innerText()).length).toBeGreaterThan(30);
      if (url === 'chrome://newtab/') await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-restricted.png') });
      await popup.close();
      await browser.worker.evaluate((id) => chrome.tabs.remove(id), tabId);
    });
  }
});

describe('hostile page', () => {
  it('executes nothing on any extension page and phones nothing home', async () => {
    const hostile = await browser.openTab(server.url(HOSTILE));
    // The fixture itself may run scripts in its own page; we only care that Lede doesn't add any.
    await hostile.page.evaluate(() => delete (window as unknown as { __ledePwned?: unknown }).__ledePwned);
    const before = server.requests.filter((r) => r.startsWith('/beacon')).length;

    const pages: Page[] = [];
    for (const path of ['popup.html', 'sidepanel.html']) {
      const page = await openPopup(hostile.tabId, { path });
      await page.waitForSelector('.digest, .notice', { timeout: 20_000 });
      const anyway = page.getByRole('button', { name: 'Analyze anyway' });
      if (await anyway.count()) await anyway.click();
      await page.waitForSelector('.digest');
      // Open every timeline quote so all page-derived text is in the DOM.
      for (const toggle of await page.locator('.event-toggle').all()) await toggle.click();
      await page.screenshot({ path: join(SCREENSHOT_DIR, `hostile-${path.replace('.html', '')}.png`), fullPage: true });
      pages.push(page);
    }
    // Scroll-to-sentence runs in the hostile page too.
    await pages[0].locator('button.summary-item').first().click().catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));

    for (const page of pages) {
      expect(await page.evaluate(() => (window as unknown as { __ledePwned?: unknown }).__ledePwned)).toBeUndefined();
      const hrefs = await page.locator('[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => !/^(https?:|\.?\/|chrome-extension:)/i.test(h.trim()))).toEqual([]);
      expect(await page.locator('[onerror], [onload], [onclick], iframe, object, embed').count()).toBe(0);
      expect(await page.locator('script:not([src])').count()).toBe(0);
      await page.close();
    }
    expect(await hostile.page.evaluate(() => (window as unknown as { __ledePwned?: unknown }).__ledePwned)).toBeUndefined();
    expect(server.requests.filter((r) => r.startsWith('/beacon')).length).toBe(before);
    await hostile.page.close();
  }, 120_000);
});

describe('side panel follows the active tab', () => {
  it('re-targets when another tab becomes active', async () => {
    const fortuneUrl = server.url(FORTUNE);
    const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    const opened = browser.context.waitForEvent('page', (p) => p.url().startsWith(panelUrl));
    const ids = await browser.worker.evaluate(
      async ([a, b]) => {
        const win = await chrome.windows.create({ url: [b, a] });
        const tabs = await chrome.tabs.query({ windowId: win!.id });
        return { panel: tabs[0].id!, article: tabs[1].id! };
      },
      [fortuneUrl, panelUrl] as const,
    );
    const panel = await opened;
    // Activating the article tab in the panel's window makes the panel describe it.
    await browser.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), ids.article);
    await panel.waitForSelector('.digest .summary', { timeout: 20_000 });
    expect(clean(await panel.locator('h1').innerText())).toMatch(/^Mike Pompeo/);
    // Switching back to the panel's own tab (an extension page) shows the restricted state.
    await browser.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), ids.panel);
    await panel.waitForSelector('.notice-restricted', { timeout: 10_000 });
    await browser.worker.evaluate((id) => chrome.tabs.remove(id), ids.article);
    await panel.close();
  });
});

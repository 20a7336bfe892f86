/// <reference types="chrome" />
/**
 * The optional on-device AI summary in real Chromium. Debian Chromium has no built-in model, so
 * first: the popup must show nothing for it. Then a stand-in Summarizer (installed before any
 * extension script runs) checks the whole path: nothing starts before the click, create() runs
 * inside the click's user activation (the model download needs it), progress, labelled result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serveFixtures, SCREENSHOT_DIR, type Browser, type FixtureServer } from './harness';

const FORTUNE = '/fortune-rocket-man.html';
let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600, colorScheme });
  await popup.waitForSelector('.digest .summary', { timeout: 20_000 });
  return popup;
}

/** Runs in the page before its scripts: a Summarizer whose model downloads in three steps. */
function installStubSummarizer() {
  const log: { created: number; activeAtCreate: boolean[]; inputs: string[]; options: unknown[] } = { created: 0, activeAtCreate: [], inputs: [], options: [] };
  (globalThis as unknown as { __aiLog: typeof log }).__aiLog = log;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const stub = {
    availability: async () => 'downloadable',
    create: async (options: { monitor?: (m: EventTarget) => void }) => {
      log.created++;
      log.activeAtCreate.push(navigator.userActivation?.isActive ?? false);
      log.options.push({ ...options, monitor: typeof options.monitor });
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0 }));
      monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.35 }));
      // The "download" stays at 35% until the test has looked at it.
      await new Promise<void>((release) => ((globalThis as unknown as { __aiRelease: () => void }).__aiRelease = release));
      monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 1 }));
      return {
        inputQuota: 100_000,
        measureInputUsage: async (s: string) => s.length / 4,
        summarize: async (input: string) => {
          log.inputs.push(input);
          await wait(300);
          return '* Pompeo was to give Kim Jong Un a CD of Elton John songs, including “Rocket Man”, signed by Trump.\n* The report came from South Korea’s Chosun Ilbo.\n* Trump had mocked Kim as “Little Rocket Man” in 2017.';
        },
        destroy() {},
      };
    },
  };
  // Chromium may have the native interface (with no model): replacing the global doesn't stick
  // in extension pages, patching its static methods does.
  const g = globalThis as unknown as { Summarizer?: object };
  if (g.Summarizer) Object.assign(g.Summarizer, stub);
  else g.Summarizer = stub;
}

describe('AI summary (Chrome Summarizer API)', () => {
  it('shows nothing when the browser has no on-device model (Debian Chromium)', async () => {
    const article = await browser.openTab(server.url(FORTUNE));
    const popup = await openPopup(article.tabId);
    const api = await popup.evaluate(async () => {
      const s = (globalThis as unknown as { Summarizer?: { availability(o?: unknown): Promise<string> } }).Summarizer;
      return s ? await s.availability({ type: 'key-points', format: 'plain-text', length: 'short', expectedInputLanguages: ['en'], outputLanguage: 'en' }).catch(() => 'unavailable') : 'absent';
    });
    // Debian Chromium 156 has the interface but no model: 'unavailable'. Give the check time to settle.
    await popup.waitForTimeout(500);
    if (api === 'absent' || api === 'unavailable') expect(await popup.locator('.ai-summary').count()).toBe(0);
    else expect(await popup.getByRole('button', { name: 'AI summary (on-device)' }).count()).toBe(1);
    expect(await popup.locator('.summary li').count()).toBeGreaterThan(0);
    await popup.close();
    await article.page.close();
  });

  it('with a Summarizer: starts on click inside the user gesture, shows the download, labels the result', async () => {
    await browser.context.addInitScript(installStubSummarizer);
    const article = await browser.openTab(server.url(FORTUNE));
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(article.tabId, scheme);
      const start = popup.getByRole('button', { name: 'AI summary (on-device)' });
      await start.waitFor();
      expect(await popup.evaluate(() => (globalThis as unknown as { __aiLog: { created: number } }).__aiLog.created)).toBe(0);
      // The traceable summary is untouched and comes first.
      expect(await popup.locator('.summary li').count()).toBeGreaterThan(0);
      if (scheme === 'light') {
        await start.scrollIntoViewIfNeeded();
        await popup.screenshot({ path: join(SCREENSHOT_DIR, 'ai-summary-offer.png') });
      }

      await start.click();
      await popup.getByText('Downloading the on-device model… 35%').waitFor();
      expect(await popup.locator('.ai-summary progress').getAttribute('value')).toBe('0.35');
      if (scheme === 'light') await popup.locator('.ai-summary').screenshot({ path: join(SCREENSHOT_DIR, 'ai-summary-downloading.png') });
      await popup.evaluate(() => (globalThis as unknown as { __aiRelease: () => void }).__aiRelease());
      await popup.locator('.ai-points li').first().waitFor();

      const log = await popup.evaluate(() => (globalThis as unknown as { __aiLog: { created: number; activeAtCreate: boolean[]; inputs: string[]; options: Record<string, unknown>[] } }).__aiLog);
      expect(log.created).toBe(1);
      expect(log.activeAtCreate).toEqual([true]);
      expect(log.options[0]).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'en', monitor: 'function' });
      expect(log.inputs[0]).toContain('Secretary of State Mike Pompeo');

      expect(await popup.locator('.ai-points li').allTextContents()).toHaveLength(3);
      expect(await popup.locator('.ai-badge').textContent()).toBe('AI-generated · on-device');
      await expect(popup.locator('.ai-summary').textContent()).resolves.toContain('not quoted from the article');
      await popup.locator('.ai-summary').scrollIntoViewIfNeeded();
      await popup.screenshot({ path: join(SCREENSHOT_DIR, `ai-summary-done-${scheme}.png`) });
      await popup.close();
    }
    await article.page.close();
  });
});

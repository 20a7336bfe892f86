/// <reference types="chrome" />
/**
 * Real-browser harness: the built extension (.output/chrome-mv3) in Debian Chromium through
 * playwright-core, and the fixtures served from 127.0.0.1. Every request the server sees is
 * recorded, so tests can assert that nothing (e.g. a hostile page's payload) phoned home.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.LEDE_OUT ?? '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Debian chromium is not installed: run `apt-get install -y chromium` (.ci/run does this).');
  }
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Paths requested so far (with query). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves tests/fixtures (and extra in-memory pages) on 127.0.0.1 with a random port. */
export async function serveFixtures(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    requests.push(req.url ?? '/');
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(extra[path]);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = file.slice(file.lastIndexOf('.'));
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : '/' + path),
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page such as `popup.html?tab=12`. */
  openExtensionPage(path: string, options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }): Promise<Page>;
  /** Opens a web page in a new tab and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

/** `lang` starts the browser with that UI language (as a person's German Chromium would be), for the extension's _locales. */
export async function launch(options: { colorScheme?: 'light' | 'dark'; lang?: string } = {}): Promise<Browser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } as Record<string, string> } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  async function tabIdFor(url: string): Promise<number> {
    for (let i = 0; i < 50; i++) {
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === u || t.pendingUrl === u);
        return tab?.id ?? -1;
      }, url);
      if (id >= 0) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab for ${url}`);
  }

  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path, opts = {}) {
      const page = await context.newPage();
      if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
      if (opts.width || opts.height) await page.setViewportSize({ width: opts.width ?? 400, height: opts.height ?? 600 });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { page, tabId: await tabIdFor(page.url()) };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads the action badge text of a tab, as a person sees it on the toolbar. */
export function badgeText(browser: Browser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls until `fn` returns a truthy value or the time is up. */
export async function waitFor<T>(fn: () => Promise<T> | T, { timeout = 10_000, interval = 100 } = {}): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  do {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  } while (Date.now() < end);
  return last;
}

/**
 * Waits until `fn` returns a truthy value, and fails with `what` when the time is up (unlike
 * `waitFor`, which hands back the last value). Polls: for states that raise no event the test can await.
 */
export async function until<T>(fn: () => Promise<T> | T, what: string, { timeout = 15_000, interval = 50 } = {}): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  let error: unknown;
  do {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, interval));
  } while (Date.now() < end);
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${error ? ` (last error: ${String(error)})` : ''}`);
}

/** Resolves after two animation frames of `page`: what it shows now has been painted (an event, not a delay). */
export function painted(page: { evaluate<R>(fn: () => R | Promise<R>): Promise<R> }): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

export const SCREENSHOT_DIR = join(ROOT, 'tests/e2e/__screenshots__');

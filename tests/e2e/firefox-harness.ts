/**
 * Firefox harness: Debian `firefox-esr`, headless, driven over WebDriver BiDi (built into Firefox,
 * no geckodriver). The Firefox build (`${LEDE_OUT:-.output}/firefox-mv2`) is installed as a
 * temporary add-on with `webExtension.install`, under a fixed moz-extension UUID (profile pref).
 *
 * BiDi refuses to navigate a tab to moz-extension:// URLs, so extension pages are opened from
 * the browser chrome (`--remote-allow-system-access`, `moz:scope: "chrome"`), the way a click on
 * the toolbar would; after that, BiDi evaluates in them like in any page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
// `ws` comes with vitest/vite; Node 20 has no WebSocket client of its own.
import WebSocket from 'ws';
import { ROOT } from './harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, process.env.LEDE_OUT ?? '.output', 'firefox-mv2');
export const ADDON_ID = 'lede@lede.example';
const UUID = '6c0f5b9e-2d4a-4e8b-9c1d-1ede0000a001';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Firefox is not installed: run `apt-get install -y firefox-esr` (.ci/run does this).');
}

interface BiDiResponse {
  type: 'success' | 'error';
  id: number;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export interface Firefox {
  /** Opens a web page in a new tab; returns its BiDi context. */
  openTab(url: string): Promise<string>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab; returns its BiDi context. */
  openExtensionPage(path: string): Promise<string>;
  /** Evaluates an expression (awaiting promises) in a context and returns its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** PNG of the context's viewport. */
  screenshot(context: string): Promise<Buffer>;
  setViewport(context: string, width: number, height: number): Promise<void>;
  /** Brings a tab to the front (pages in background tabs are `hidden`). */
  activate(context: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      // A fixed moz-extension://UUID for the add-on, so tests can address its pages.
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
      `user_pref("browser.shell.checkDefaultBrowser", false);`,
      `user_pref("browser.aboutwelcome.enabled", false);`,
      `user_pref("datareporting.policy.dataSubmissionEnabled", false);`,
      `user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);`,
      `user_pref("app.update.disabledForTesting", true);`,
      `user_pref("browser.newtabpage.enabled", false);`,
      `user_pref("browser.startup.homepage", "about:blank");`,
      `user_pref("browser.startup.page", 0);`,
      `user_pref("network.proxy.type", 0);`,
    ].join('\n'),
  );
  const child: ChildProcess = spawn(firefoxPath(), ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'], {
    env: { ...process.env, MOZ_HEADLESS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${log}`)), 30_000);
    child.stderr!.on('data', (chunk) => {
      log += String(chunk);
      const m = log.match(/WebDriver BiDi listening on ws:\/\/127\.0\.0\.1:(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${log}`)));
  });

  const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let nextId = 0;
  const pending = new Map<number, (r: BiDiResponse) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as BiDiResponse;
    pending.get(msg.id)?.(msg);
    pending.delete(msg.id);
  });
  async function send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    const id = ++nextId;
    const reply = await new Promise<BiDiResponse>((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
    if (reply.type !== 'success') throw new Error(`${method}: ${reply.error}: ${reply.message}`);
    return reply.result as T;
  }

  await send('session.new', { capabilities: { alwaysMatch: { webSocketUrl: true } } });
  const installed = await send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
  if (installed.extension !== ADDON_ID) throw new Error(`installed ${installed.extension}, expected ${ADDON_ID}`);

  type Tree = { contexts: { context: string; url: string }[] };
  async function contexts(): Promise<Tree['contexts']> {
    return (await send<Tree>('browsingContext.getTree', { maxDepth: 0 })).contexts;
  }

  async function evaluate<T>(context: string, expression: string): Promise<T> {
    const r = await send<{ type: string; result?: unknown; exceptionDetails?: { text: string } }>('script.evaluate', {
      target: { context },
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      awaitPromise: true,
    });
    if (r.type !== 'success') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
    const value = (r.result as { value?: string }).value;
    return value === undefined ? (undefined as T) : (JSON.parse(value) as T);
  }

  return {
    async openTab(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async openExtensionPage(path) {
      const url = `${EXTENSION_ORIGIN}/${path}`;
      const chromeWindow = (await send<Tree>('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' })).contexts[0].context;
      await send('script.evaluate', {
        target: { context: chromeWindow },
        expression: `void (gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }))`,
        awaitPromise: false,
      });
      for (let i = 0; i < 100; i++) {
        const found = (await contexts()).find((c) => c.url === url);
        if (found) return found.context;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`extension page ${url} did not open`);
    },
    evaluate,
    async screenshot(context) {
      const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context });
      return Buffer.from(data, 'base64');
    },
    async setViewport(context, width, height) {
      await send('browsingContext.setViewport', { context, viewport: { width, height } });
    },
    async activate(context) {
      await send('browsingContext.activate', { context });
    },
    async close() {
      await send('session.end').catch(() => undefined);
      ws.close();
      child.kill();
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls an expression in a context until it is truthy. */
export async function waitForValue<T>(ff: Firefox, context: string, expression: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  do {
    last = await ff.evaluate<T>(context, expression).catch(() => undefined as T);
    if (last) return last;
    await new Promise((r) => setTimeout(r, 150));
  } while (Date.now() < end);
  throw new Error(`timed out waiting for ${expression} (last: ${JSON.stringify(last)})`);
}

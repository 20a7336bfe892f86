/// <reference types="chrome" />
/**
 * Hostile pages through every extension surface, in Chromium with the built extension
 * (issue 6): popup, side panel, reader overlay, library. The hostile page carries payloads
 * that are inert where the page itself shows them (escaped text, <template>, a sandboxed
 * srcdoc, unclicked javascript: links, JSON-LD strings, the title, the byline, a tweet) but
 * would run if Lede ever turned page strings back into live markup. Asserted on every surface:
 * nothing executes (`window.__ledePwned` stays unset in the page and on every extension page,
 * nothing unsafe in the reader's closed shadow root, read through CDP as DevTools does;
 * the fixture server sees no new `/beacon` request, no CSP violation is reported), every link
 * is http(s) (or an in-extension link), and the extension pages keep a strict CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inOverlay, overlayText } from './reader-shadow';
import { EXTENSION_DIR, FIXTURES_DIR, SCREENSHOT_DIR, launch, serveFixtures, waitFor, type Browser, type FixtureServer } from './harness';

const INLINE = '/lede-hostile-inline.html';
const FIXTURE = '/hostile.html';

const PROSE = [
  'The city council voted on Tuesday to approve a new bridge across the river, ending a debate that lasted more than three years and divided neighbours on both banks.',
  'Supporters said the bridge would cut commuting times in half and bring shoppers back to the old market district, which has lost a third of its stores since the ferry closed.',
  'Opponents, led by residents of the eastern bank, argued that the approach roads would cut through two parks and a school playground, and promised to challenge the vote in court.',
  'Construction is expected to begin next spring and to take about four years, the council said, at a cost of roughly 80 million dollars shared with the regional government.',
  'The mayor called the decision the most important of her term and thanked the engineers who redesigned the eastern ramp after the first plan was rejected by the planning board.',
];

/** A news story carrying payloads that are inert in the page as served. */
function inlineHostilePage(beacon: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const img = (tag: string) => `<img src=x onerror="window.__ledePwned='${tag}';fetch('${beacon}?${tag}')">`;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `Council approves river bridge ${img('jsonld-headline')}`,
    description: `A vote ${img('jsonld-description')}`,
    author: { '@type': 'Person', name: `Jane Doe ${img('jsonld-author')}`, url: `javascript:fetch('${beacon}?jsonld-author-url')` },
    publisher: { '@type': 'Organization', name: `The Example Times ${img('jsonld-publisher')}`, url: 'javascript:alert(1)' },
    datePublished: '2024-03-05T09:30:00Z',
    image: `javascript:fetch('${beacon}?jsonld-image')`,
    articleBody: `${img('jsonld-body')} ${PROSE[0]}`,
  }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves river bridge ${esc(img('title'))}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(`Council approves river bridge ${img('og-title')}`)}">
<meta property="og:image" content="javascript:fetch('${beacon}?og-image')">
<meta property="og:url" content="data:text/html,${esc(`<script>fetch('${beacon}?og-url')</script>`)}">
<meta property="og:site_name" content="${esc(`The Example Times ${img('og-site')}`)}">
<meta name="author" content="${esc(`Jane Doe ${img('meta-author')}`)}">
<meta name="description" content="${esc(`A vote ${img('meta-description')}`)}">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script type="application/ld+json">${jsonLd}</script>
<noscript><meta http-equiv="refresh" content="0;url=${beacon}?noscript-refresh"></noscript>
</head><body>
<article>
<h1>Council approves river bridge ${esc(img('h1-text'))}</h1>
<p class="byline">By <a rel="author" href="javascript:window.__ledePwned='byline';fetch('${beacon}?byline')">Jane Doe ${esc(img('byline-text'))}</a> · <time datetime="2024-03-05T09:30:00Z">March 5, 2024</time></p>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="javascript:fetch('${beacon}?lazy')" alt="${esc(img('alt'))}"><figcaption>The river at dawn ${esc(img('caption'))}. Photo: <a href="data:text/html,x">Someone</a></figcaption></figure>
<p>${PROSE[0]} ${esc(img('text'))}</p>
<p>${PROSE[1]} Read the <a href="javascript:window.__ledePwned='link';fetch('${beacon}?link')">council report</a>, the <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">minutes</a> and the <a href="https://www.reuters.com/world/bridge-vote">Reuters story</a>.</p>
<template><p>${PROSE[2]}</p>${img('template')}<iframe srcdoc="<script>parent.__ledePwned='template-srcdoc'</script>"></iframe></template>
<p>${PROSE[2]}</p>
<iframe sandbox srcdoc="${esc(`<script>parent.__ledePwned='srcdoc';fetch('${beacon}?srcdoc')</script>`)}" title="x"></iframe>
<svg width="120" height="20"><a href="javascript:fetch('${beacon}?svg')"><text x="0" y="15">svg link</text></a></svg>
<math><mtext><a href="javascript:fetch('${beacon}?math')">math link</a></mtext></math>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The bridge is a disgrace ${esc(img('tweet-text'))} <a href="javascript:fetch('${beacon}?tweet-link')">pic.twitter.com/x</a></p>— Angry Resident ${esc(img('tweet-author'))} (@angry) <a href="javascript:fetch('${beacon}?tweet-date')">March 5, 2024</a></blockquote>
<p>${PROSE[3]} “${esc(`<script>window.__ledePwned='quote'</script>`)}”, one resident wrote.</p>
<noscript><p>${esc('noscript')} ${img('noscript')}</p></noscript>
<p>${PROSE[4]}</p>
</article>
</body></html>`;
}

type Pwnable = { __ledePwned?: unknown };

let server: FixtureServer;
let browser: Browser;
const extra: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFixtures(extra);
  extra[INLINE] = inlineHostilePage(server.url('/beacon'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const beacons = () => server.requests.filter((r) => r.startsWith('/beacon'));

/** Collects CSP violations and page errors an extension page reports. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|run)/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Everything the security model forbids in a rendered DOM, including open shadow roots. */
async function breaches(page: Page, extensionId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const out: string[] = [];
    const okHref = (v: string) => /^(https?:\/\/|#|\.?\/|[\w-]+\.html)/i.test(v.trim()) || v.trim().startsWith(`chrome-extension://${id}/`);
    const visit = (root: Document | ShadowRoot, where: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (['iframe', 'frame', 'object', 'embed', 'base', 'portal'].includes(tag)) out.push(`${where}: <${tag}>`);
        if (tag === 'meta' && el.getAttribute('http-equiv')) out.push(`${where}: <meta http-equiv>`);
        if (tag === 'script' && !el.getAttribute('src') && el.getAttribute('type') !== 'application/ld+json') out.push(`${where}: inline <script>`);
        for (const { name, value } of Array.from(el.attributes)) {
          const n = name.toLowerCase();
          if (n.startsWith('on')) out.push(`${where}: <${tag} ${n}>`);
          if (n === 'srcdoc') out.push(`${where}: <${tag} srcdoc>`);
          if ((n === 'href' || n === 'xlink:href' || n === 'action' || n === 'formaction') && value && !okHref(value)) out.push(`${where}: <${tag} ${n}="${value.slice(0, 60)}">`);
          if (n === 'src' && /^\s*(javascript|data:text|vbscript)/i.test(value)) out.push(`${where}: <${tag} src="${value.slice(0, 60)}">`);
          if (n === 'style' && /url\s*\(|expression\s*\(/i.test(value)) out.push(`${where}: <${tag} style="${value.slice(0, 60)}">`);
        }
        if (el.shadowRoot) visit(el.shadowRoot, `${where} > ${tag}#shadow`);
      }
    };
    visit(document, location.pathname);
    return out;
  }, extensionId);
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as Pwnable).__ledePwned);
}

/** The hostile pages to run: the inline one always, the shared fixture when it exists. */
const PAGES = [INLINE, ...(existsSync(join(FIXTURES_DIR, FIXTURE.slice(1))) ? [FIXTURE] : [])];

describe('extension pages keep a strict Content Security Policy', () => {
  it('no unsafe-eval, no unsafe-inline scripts, no remote script sources', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      content_security_policy?: { extension_pages?: string; sandbox?: string };
    };
    expect(manifest.manifest_version).toBe(3);
    // MV3's default when the manifest sets none: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
    const csp = manifest.content_security_policy?.extension_pages ?? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)] as const));
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scriptSrc.length).toBeGreaterThan(0);
    for (const source of scriptSrc) expect(["'self'", "'wasm-unsafe-eval'", "'none'"]).toContain(source);
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });
});

describe.each(PAGES)('hostile page %s', (path) => {
  let hostile: { page: Page; tabId: number };
  let before = 0;
  let headline = '';
  const problems: string[] = [];

  beforeAll(async () => {
    hostile = await browser.openTab(server.url(path));
    // The page as served may run its own scripts (the shared fixture does): that is the page, not Lede.
    await hostile.page.evaluate(() => delete (window as unknown as Pwnable).__ledePwned);
    // The first words of the headline, as the page shows them: every surface must show them too.
    headline = (await hostile.page.locator('h1').first().innerText()).split(/\s+/).slice(0, 4).join(' ');
    await new Promise((r) => setTimeout(r, 300));
    before = beacons().length;
  });

  afterAll(async () => {
    await hostile?.page.close();
  });

  /** Opens popup/side panel on the hostile tab and waits for the digest (past the not-an-article notice). */
  async function openDigest(surface: string): Promise<Page> {
    const page = await browser.openExtensionPage(`${surface}?tab=${hostile.tabId}`, { width: 400, height: 700 });
    problems.push(...watch(page));
    await page.waitForSelector('.digest, .notice', { timeout: 20_000 });
    const anyway = page.getByRole('button', { name: /analy[sz]e anyway/i });
    if (await anyway.count()) await anyway.click();
    await page.waitForSelector('.digest', { timeout: 20_000 });
    return page;
  }

  it('the page cannot drive Lede: posted messages and events shaped like its protocol do nothing', async () => {
    const entries = () =>
      browser.worker.evaluate(
        async () => {
          // Never create the database here (Dexie owns its versions), and close what we open.
          if (!(await indexedDB.databases()).some((d) => d.name === 'lede-library')) return 0;
          return new Promise<number>((resolve) => {
            const open = indexedDB.open('lede-library');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('entries')) {
                db.close();
                return resolve(0);
              }
              const count = db.transaction('entries').objectStore('entries').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
            };
            open.onerror = () => resolve(-1);
          });
        },
      ) as Promise<number>;
    const saved = await entries();
    await hostile.page.evaluate(() => {
      for (const type of ['bg:analyze', 'bg:reader', 'ui:reader', 'ui:save', 'page:save', 'bg:scrollTo']) {
        const message = { type, on: true, confirmed: true, tabId: 1, text: 'x' };
        window.postMessage(message, '*');
        window.dispatchEvent(new CustomEvent('lede', { detail: message }));
        document.dispatchEvent(new CustomEvent(type, { detail: message }));
      }
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await hostile.page.locator('lede-reader').count(), 'no reader overlay').toBe(0);
    expect(await entries(), 'nothing saved to the library').toBe(saved);
    expect(await pwned(hostile.page)).toBeUndefined();
  });

  for (const surface of ['popup.html', 'sidepanel.html']) {
    it(`${surface}: shows the story as text, runs nothing, links are http(s)`, async () => {
      const page = await openDigest(surface);
      // Open every timeline quote and disclosure so all page-derived text is in the DOM.
      for (const toggle of await page.locator('.event-toggle, [aria-expanded="false"]').all()) await toggle.click().catch(() => {});
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.locator('body').innerText()).toContain(headline);
      expect(await pwned(page), `${surface}: __ledePwned`).toBeUndefined();
      expect(await breaches(page, browser.extensionId)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `security-${path.replace(/\W+/g, '')}-${surface.replace('.html', '')}.png`), fullPage: true });
      // The detector is not vacuous: a planted handler and a javascript: link are reported.
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.setAttribute('href', 'javascript:void 0');
        a.setAttribute('onclick', 'void 0');
        document.body.append(a);
      });
      expect((await breaches(page, browser.extensionId)).length).toBe(2);
      await page.close();
      expect(problems).toEqual([]);
      expect(await pwned(hostile.page), 'page: __ledePwned').toBeUndefined();
      expect(beacons().slice(before)).toEqual([]);
    });
  }

  it('reader overlay: shows the story in the page, runs nothing, links are http(s)', async () => {
    const page = await openDigest('popup.html');
    // Reader mode on, from an extension page, as the popup's switch does it.
    const reply = (await page.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'ui:reader', tabId, on: true, confirmed: true }),
      hostile.tabId,
    )) as { ok: boolean; value?: { on: boolean }; error?: { message: string } } | undefined;
    await page.close();
    expect(reply, 'ui:reader got no reply').toBeTruthy();
    expect(reply!.ok, `ui:reader: ${JSON.stringify(reply!.error)}`).toBe(true);
    expect(reply!.value?.on).toBe(true);
    // The overlay lives in a closed shadow root: read it the way DevTools does (CDP, see reader-shadow.ts).
    const shown = await waitFor(async () => (await overlayText(hostile.page))?.includes(headline) ?? false, { timeout: 10_000 });
    expect(shown, 'the reader overlay shows the headline').toBe(true);
    await new Promise((r) => setTimeout(r, 700));
    expect(await pwned(hostile.page), 'reader: __ledePwned in the page').toBeUndefined();
    const inside = await inOverlay(hostile.page, function () {
      const out: string[] = [];
      for (const el of Array.from(this.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (['iframe', 'frame', 'object', 'embed', 'base', 'portal', 'form', 'meta'].includes(tag)) out.push(`<${tag}>`);
        if (tag === 'script') out.push('<script>');
        for (const { name, value } of Array.from(el.attributes)) {
          const n = name.toLowerCase();
          if (n.startsWith('on') || n === 'srcdoc') out.push(`<${tag} ${n}>`);
          if ((n === 'href' || n === 'xlink:href' || n === 'action' || n === 'formaction') && value && !/^(https?:\/\/|#)/i.test(value.trim())) out.push(`<${tag} ${n}="${value.slice(0, 60)}">`);
          if (n === 'src' && /^\s*(javascript|data:text|vbscript)/i.test(value)) out.push(`<${tag} src="${value.slice(0, 60)}">`);
          if (n === 'style' && /url\s*\(|expression\s*\(/i.test(value)) out.push(`<${tag} style="${value.slice(0, 60)}">`);
        }
      }
      return out;
    });
    expect(inside).toEqual([]);
    await hostile.page.screenshot({ path: join(SCREENSHOT_DIR, `security-${path.replace(/\W+/g, '')}-reader.png`) });
    expect(beacons().slice(before)).toEqual([]);
  });

  it('library: the saved entry shows the story, runs nothing, links are http(s)', async () => {
    const page = await openDigest('popup.html');
    const saved = (await page.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'ui:save', tabId }), hostile.tabId)) as
      | { ok: boolean; value?: { id: string }; error?: { message: string } }
      | undefined;
    await page.close();
    expect(saved?.ok, `ui:save: ${JSON.stringify(saved?.error)}`).toBe(true);
    const library = await browser.openExtensionPage(`library.html#entry=${encodeURIComponent(saved!.value!.id)}`, { width: 1000, height: 900 });
    problems.push(...watch(library));
    await library.waitForSelector('.lib-entry', { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 700));
    expect(await library.locator('.lib-entry').innerText()).toContain(headline);
    expect(await pwned(library), 'library: __ledePwned').toBeUndefined();
    expect(await breaches(library, browser.extensionId)).toEqual([]);
    // The list view too.
    await library.evaluate(() => (location.hash = ''));
    await library.waitForSelector('.lib-list', { timeout: 10_000 });
    expect(await breaches(library, browser.extensionId)).toEqual([]);
    await library.close();
    expect(problems).toEqual([]);
    expect(await pwned(hostile.page), 'page: __ledePwned').toBeUndefined();
    expect(beacons().slice(before)).toEqual([]);
  });
});

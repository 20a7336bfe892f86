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
import { inOverlay, inShadow, overlayText } from './reader-shadow';
import { EXTENSION_DIR, FIXTURES_DIR, SCREENSHOT_DIR, launch, painted, serveFixtures, until, waitFor, type Browser, type FixtureServer } from './harness';

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

/** How many rows a library table has, read from the service worker (0 when there is no library yet). */
function count(table: 'entries' | 'highlights'): Promise<number> {
  return browser.worker.evaluate(async (name) => {
    // Never create the database here (Dexie owns its versions), and close what we open.
    if (!(await indexedDB.databases()).some((d) => d.name === 'lede-library')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('lede-library');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          return resolve(0);
        }
        const req = db.transaction(name).objectStore(name).count();
        req.onsuccess = () => {
          db.close();
          resolve(req.result);
        };
      };
      open.onerror = () => resolve(-1);
    });
  }, table) as Promise<number>;
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
    // Whatever the page itself requests is done before counting.
    await hostile.page.waitForLoadState('networkidle');
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
    const saved = await count('entries');
    const highlights = await count('highlights');
    await hostile.page.evaluate(() => {
      // Every command, the highlight ones included, with the fields each would need.
      const quote = { exact: 'The city council voted', prefix: '', suffix: '', start: 0, end: 22 };
      for (const type of ['bg:analyze', 'bg:reader', 'ui:reader', 'ui:save', 'page:save', 'bg:scrollTo', 'bg:highlight', 'bg:highlights', 'page:highlights', 'page:highlightAdd', 'page:highlightEdit']) {
        const message = { type, on: true, confirmed: true, tabId: 1, text: 'x', highlight: { quote, color: 'yellow', made: 'page', note: 'forged' }, id: 'x', change: { remove: true } };
        window.postMessage(message, '*');
        window.dispatchEvent(new CustomEvent('lede', { detail: message }));
        document.dispatchEvent(new CustomEvent(type, { detail: message }));
      }
      // And a selection with the events a person's selection and click would fire.
      const p = document.querySelector('p');
      if (p?.firstChild) {
        getSelection()!.selectAllChildren(p);
        document.dispatchEvent(new Event('selectionchange'));
        p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        p.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', altKey: true, shiftKey: true, bubbles: true }));
      }
    });
    // Everything posted has been delivered once a message posted after it arrives (postMessage
    // keeps order); a round trip to the background then covers anything a listener could have sent.
    await hostile.page.evaluate(() => new Promise<void>((done) => {
      const sentinel = (e: MessageEvent) => e.data === 'lede-test-sentinel' && (removeEventListener('message', sentinel), done());
      addEventListener('message', sentinel);
      postMessage('lede-test-sentinel', '*');
    }));
    await count('entries');
    expect(await hostile.page.locator('lede-reader').count(), 'no reader overlay').toBe(0);
    expect(await hostile.page.locator('lede-highlights, mark[data-lede-highlight]').count(), 'no highlight UI, no mark').toBe(0);
    expect(await count('entries'), 'nothing saved to the library').toBe(saved);
    expect(await count('highlights'), 'no highlight made').toBe(highlights);
    expect(await pwned(hostile.page)).toBeUndefined();
    await hostile.page.evaluate(() => getSelection()?.removeAllRanges());
  });

  for (const surface of ['popup.html', 'sidepanel.html']) {
    it(`${surface}: shows the story as text, runs nothing, links are http(s)`, async () => {
      const page = await openDigest(surface);
      // Open every timeline quote and disclosure so all page-derived text is in the DOM.
      // Each click takes its toggle out of the set, so always click the first one left (a list of
      // nth() locators would point past the end and wait out the click timeout).
      const collapsed = page.locator('[aria-expanded="false"]:visible');
      for (let left = 100; left > 0 && (await collapsed.count()) > 0; left--) await collapsed.first().click();
      expect(await collapsed.count(), 'every disclosure open').toBe(0);
      await painted(page);
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
    // Anything that could run would have once the overlay's images loaded or failed, a frame later.
    await until(() => inOverlay(hostile.page, function () {
      return [...this.querySelectorAll('img')].every((img) => img.complete);
    }), 'the overlay images settled');
    await painted(hostile.page);
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
    await until(() => library.evaluate(() => [...document.querySelectorAll('img')].every((i) => i.complete)), 'images settled');
    await painted(library);
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

  it('highlights: the page cannot forge, read or change them; their text and notes show as text everywhere', async () => {
    // The overlay from the test before goes; Lede was asked on this page, so its page script is here.
    const ext = await browser.openExtensionPage('popup.html');
    await ext.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'ui:reader', tabId, on: false }), hostile.tabId);
    await until(async () => (await hostile.page.locator('lede-reader').count()) === 0, 'the overlay closed');
    // A person highlights a passage that carries a payload as text (context-menu handler), then notes it.
    const selected = await hostile.page.evaluate(() => {
      // A paragraph without links: a click on its highlight must not follow one of the page's links.
      const ps = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 60 && !p.querySelector('a'));
      const p = ps.find((x) => (x.textContent ?? '').includes('<')) ?? ps[0];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode() as Text | null;
      if (!first) return '';
      let last = first;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (n.data.trim()) last = n;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.data.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    });
    expect(selected.length).toBeGreaterThan(40);
    const made = await browser.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      return (globalThis as unknown as { __ledeHighlights: { onMenuClick(i: { menuItemId: string }, t: chrome.tabs.Tab): Promise<unknown> } }).__ledeHighlights.onMenuClick({ menuItemId: 'lede-highlight-selection' }, tab);
    }, hostile.tabId);
    expect(made).toEqual({ ok: true, value: { highlighted: true } });
    const highlights = await count('highlights');
    expect(highlights).toBeGreaterThan(0);
    const NOTE = `zq-note-7 <img src=x onerror="window.__ledePwned='note'"><script>window.__ledePwned='note-script'</script> **bold** [x](javascript:alert(1))`;
    const [mark] = await hostile.page.locator('mark[data-lede-highlight]').all();
    await mark.click();
    const textarea = await until(() => inShadow(hostile.page, 'lede-highlights', function () {
      const r = this.querySelector('.lh-editor textarea')?.getBoundingClientRect();
      return r ? { x: r.left + 10, y: r.top + 10 } : null;
    }), 'the highlight dialog');
    await hostile.page.mouse.click(textarea!.x, textarea!.y);
    await hostile.page.keyboard.type(NOTE);
    await inShadow(hostile.page, 'lede-highlights', function () {
      (this.querySelector('.lh-editor .lh-button') as HTMLElement).click();
    });
    await until(() => inShadow(hostile.page, 'lede-highlights', function () {
      return this.querySelector('.lh-editor [role="status"]')?.textContent === 'Saved.';
    }), 'the note saved');
    await hostile.page.keyboard.press('Escape');

    // The page can't read them: a closed shadow root, no note in its DOM, marks without ids.
    const seen = await hostile.page.evaluate((note) => ({
      shadow: document.querySelector('lede-highlights')?.shadowRoot ?? null,
      note: document.documentElement.outerHTML.includes(note.slice(0, 9)),
      attrs: [...new Set([...document.querySelectorAll('mark[data-lede-highlight]')].flatMap((m) => [...m.attributes].map((a) => a.name)))].sort(),
    }), NOTE);
    expect(seen).toEqual({ shadow: null, note: false, attrs: ['data-lede-highlight', 'style'] });

    // The page can't open, change or remove them: a forged mark, synthetic clicks, marks taken out.
    await hostile.page.evaluate(() => {
      const fake = document.createElement('mark');
      fake.setAttribute('data-lede-highlight', '');
      fake.textContent = 'forged';
      document.body.prepend(fake);
      for (const m of document.querySelectorAll('mark[data-lede-highlight]')) m.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.querySelector('lede-highlights')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await painted(hostile.page);
    expect(await inShadow(hostile.page, 'lede-highlights', function () {
      return !!this.querySelector('.lh-editor');
    }), 'no dialog from a synthetic click').toBe(false);
    await hostile.page.evaluate(() => document.querySelectorAll('mark').forEach((m) => m.replaceWith(...m.childNodes)));
    await count('highlights');
    expect(await count('highlights'), 'taking marks out of the page removes nothing').toBe(highlights);

    // The reader page and the library show the highlight and the note as text: nothing runs.
    const reader = await browser.openExtensionPage(`reader.html?tab=${hostile.tabId}`, { width: 1000, height: 800 });
    problems.push(...watch(reader));
    await reader.waitForSelector('.lr-body p', { timeout: 20_000 });
    // Shown in the story, or listed as not found when the reader's text leaves that passage out.
    await reader.locator('.lr-hl-count').waitFor();
    await reader.getByRole('button', { name: 'Highlights' }).click();
    await reader.locator('#lr-highlights').waitFor();
    expect(await reader.locator('#lr-highlights').innerText()).toContain('zq-note-7 <img src=x onerror=');
    expect(await pwned(reader)).toBeUndefined();
    expect(await breaches(reader, browser.extensionId)).toEqual([]);
    await reader.close();
    const library = await browser.openExtensionPage('library.html', { width: 1000, height: 900 });
    problems.push(...watch(library));
    await library.getByRole('checkbox', { name: 'With highlights' }).check();
    await library.locator('.lib-item a').first().click();
    await library.locator('.lib-highlights').waitFor();
    expect(await library.locator('.lib-highlights').innerText()).toContain(`**bold** [x](javascript:alert(1))`);
    await until(() => library.evaluate(() => [...document.querySelectorAll('img')].every((i) => i.complete)), 'images settled');
    expect(await pwned(library)).toBeUndefined();
    expect(await breaches(library, browser.extensionId)).toEqual([]);
    await library.close();
    await ext.close();
    expect(problems).toEqual([]);
    expect(await pwned(hostile.page)).toBeUndefined();
    expect(beacons().slice(before)).toEqual([]);
  });
});

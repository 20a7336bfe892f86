import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Analysis } from '../../core/types';
import { BADGE_TEXT, ensurePageScript, getAnalysisForTab, readCachedAnalysis, registerAnalysis, restrictedReason } from '../../lib/background/analysis';

function sample(url: string, title = 'Pompeo heads to North Korea'): Analysis {
  return {
    url,
    isArticle: true,
    detection: { score: 0.9, reasons: [] },
    article: { title, byline: null, authors: [], siteName: 'Fortune', publishedTime: null, lang: 'en', excerpt: null, text: 'x', html: '<p>x</p>', wordCount: 1, readingMinutes: 1 },
    sentences: ['x'],
    summary: { sentences: [{ text: 'x', index: 0 }] },
    timeline: [],
    sources: [],
  };
}

/** The page side, as the on-demand page script would answer. */
function fakePage(opts: { injected?: boolean; analysis?: (url: string) => Analysis } = {}) {
  let injected = opts.injected ?? false;
  const calls: string[] = [];
  const sendMessage = vi.fn(async (_tabId: number, message: { type: string; url?: string; text?: string }) => {
    calls.push(message.type);
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'bg:ping') return { ready: true };
    if (message.type === 'bg:analyze') return { ok: true, value: (opts.analysis ?? sample)(message.url!) };
    if (message.type === 'bg:scrollTo') return { found: message.text === 'x' };
    return undefined;
  });
  const executeScript = vi.fn(async () => {
    injected = true;
    return [];
  });
  (browser.tabs as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
  (browser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
  (browser.extension as unknown as { isAllowedFileSchemeAccess: unknown }).isAllowedFileSchemeAccess = async () => false;
  return { calls, sendMessage, executeScript };
}

async function send(message: unknown, sender: object = {}) {
  // fakeBrowser delivers to every listener; our answer is the first defined one.
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return results.find((r: unknown) => r !== undefined);
}

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  registerAnalysis();
});

describe('badge', () => {
  it('shows a badge and title exactly on article tabs', async () => {
    fakePage();
    const article = await openTab('https://fortune.com/story');
    const front = await openTab('https://fortune.com/');
    const report = { type: 'content:detected', title: 'Pompeo heads to North Korea', score: 0.9, reasons: ['+3 JSON-LD NewsArticle'] };
    await send({ ...report, url: 'https://fortune.com/story', isArticle: true }, { tab: { id: article, url: 'https://fortune.com/story' }, frameId: 0 });
    await send({ ...report, url: 'https://fortune.com/', isArticle: false, title: 'Fortune' }, { tab: { id: front, url: 'https://fortune.com/' }, frameId: 0 });
    expect(await browser.action.getBadgeText({ tabId: article })).toBe(BADGE_TEXT);
    expect(await browser.action.getTitle({ tabId: article })).toBe('Article detected: Pompeo heads to North Korea');
    expect(await browser.action.getBadgeText({ tabId: front })).toBe('');
  });

  it('ignores reports from subframes and from a page the tab already left', async () => {
    const tabId = await openTab('https://a.example/now');
    const report = { type: 'content:detected', url: 'https://a.example/old', title: 'T', isArticle: true, score: 1, reasons: [] };
    await send(report, { tab: { id: tabId, url: 'https://a.example/now' }, frameId: 0 });
    await send({ ...report, url: 'https://a.example/now' }, { tab: { id: tabId, url: 'https://a.example/now' }, frameId: 3 });
    expect(await browser.action.getBadgeText({ tabId })).toBe('');
  });

  it('clears the badge when the tab navigates (page load or SPA URL change)', async () => {
    const tabId = await openTab('https://a.example/one');
    await send({ type: 'content:detected', url: 'https://a.example/one', title: 'One', isArticle: true, score: 1, reasons: [] }, { tab: { id: tabId, url: 'https://a.example/one' }, frameId: 0 });
    expect(await browser.action.getBadgeText({ tabId })).toBe(BADGE_TEXT);
    await fakeBrowser.tabs.update(tabId, { url: 'https://a.example/two' });
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({ tabId })).toBe(''));
  });

  it('rejects malformed messages without answering', async () => {
    expect(await send({ type: 'content:detected', url: 5 })).toBeUndefined();
    expect(await send({ type: 'nope' })).toBeUndefined();
    expect(await send('ui:analyze')).toBeUndefined();
  });
});

describe('ui:analyze', () => {
  it('injects the page script once, analyzes, then answers from the session cache', async () => {
    const page = fakePage();
    const tabId = await openTab('https://fortune.com/story');
    const first = await send({ type: 'ui:analyze', tabId });
    expect(first).toMatchObject({ ok: true, value: { cached: false, tabUrl: 'https://fortune.com/story' } });
    expect(page.executeScript).toHaveBeenCalledTimes(1);
    expect(page.executeScript.mock.calls[0]).toEqual([{ target: { tabId }, files: ['/content-scripts/page.js'] }]);

    const second = await send({ type: 'ui:analyze', tabId });
    expect(second).toMatchObject({ ok: true, value: { cached: true } });
    expect(page.calls.filter((c) => c === 'bg:analyze')).toHaveLength(1);

    // The cache lives in storage.session, so it survives a service-worker restart.
    const stored = await browser.storage.session.get(`analysis:${tabId}`);
    expect(stored[`analysis:${tabId}`]).toMatchObject({ url: 'https://fortune.com/story' });

    // force re-analyzes, without injecting again (the ping answers).
    const forced = await getAnalysisForTab(tabId, { force: true });
    expect(forced).toMatchObject({ ok: true, value: { cached: false } });
    expect(page.executeScript).toHaveBeenCalledTimes(1);
  });

  it('injects once when two callers ask at once (a second injection would stop the first copy)', async () => {
    const page = fakePage();
    const tabId = await openTab('https://fortune.com/story');
    const other = await openTab('https://fortune.com/other');
    await Promise.all([ensurePageScript(tabId), ensurePageScript(tabId), ensurePageScript(other)]);
    expect((page.executeScript.mock.calls as unknown as [{ target: { tabId: number } }][]).map(([call]) => call.target.tabId).sort()).toEqual([tabId, other].sort());
    // Later checks find it listening and inject nothing.
    await ensurePageScript(tabId);
    expect(page.executeScript).toHaveBeenCalledTimes(2);
  });

  it('does not serve a cached analysis for another URL of the same tab', async () => {
    const page = fakePage({ injected: true });
    const tabId = await openTab('https://a.example/one');
    await getAnalysisForTab(tabId);
    await fakeBrowser.tabs.update(tabId, { url: 'https://a.example/two' });
    const res = await getAnalysisForTab(tabId);
    expect(res).toMatchObject({ ok: true, value: { cached: false, tabUrl: 'https://a.example/two', analysis: { url: 'https://a.example/two' } } });
    expect(page.calls.filter((c) => c === 'bg:analyze')).toHaveLength(2);
  });

  it('explains restricted pages instead of trying', async () => {
    const page = fakePage();
    for (const url of ['chrome://newtab/', 'about:blank', 'https://chromewebstore.google.com/detail/x', 'view-source:https://a.example/', 'file:///home/me/a.html', 'https://a.example/paper.pdf']) {
      const tabId = await openTab(url);
      const res = await send({ type: 'ui:analyze', tabId });
      expect(res, url).toMatchObject({ ok: false, error: { code: 'restricted' } });
      expect((res as { error: { message: string } }).error.message.length).toBeGreaterThan(20);
    }
    expect(page.executeScript).not.toHaveBeenCalled();
  });

  it('reports a closed tab', async () => {
    fakePage();
    expect(await getAnalysisForTab(999)).toMatchObject({ ok: false, error: { code: 'no-tab' } });
  });

  it('turns an injection refusal into a restricted error', async () => {
    const page = fakePage();
    page.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const tabId = await openTab('https://a.example/story');
    expect(await getAnalysisForTab(tabId)).toMatchObject({ ok: false, error: { code: 'restricted' } });
  });

  it('passes a page-side failure through', async () => {
    fakePage({
      injected: true,
      analysis: () => {
        throw new Error('boom');
      },
    });
    const tabId = await openTab('https://a.example/story');
    const res = await getAnalysisForTab(tabId);
    expect(res).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});

describe('readCachedAnalysis (what the popup reads without the service worker)', () => {
  it('returns the cached analysis only for the tab\'s current URL', async () => {
    fakePage({ injected: true });
    const tabId = await openTab('https://a.example/one');
    expect(await readCachedAnalysis(tabId)).toBeNull();
    await getAnalysisForTab(tabId);
    expect(await readCachedAnalysis(tabId)).toMatchObject({ cached: true, tabUrl: 'https://a.example/one', analysis: { url: 'https://a.example/one' } });
    await fakeBrowser.tabs.update(tabId, { url: 'https://a.example/two' });
    expect(await readCachedAnalysis(tabId)).toBeNull();
    expect(await readCachedAnalysis(12345)).toBeNull();
  });
});

describe('ui:scrollTo', () => {
  it('forwards to the page and reports whether the sentence was found', async () => {
    const page = fakePage();
    const tabId = await openTab('https://a.example/story');
    expect(await send({ type: 'ui:scrollTo', tabId, sentenceIndex: 0, text: 'x' })).toEqual({ ok: true, value: { found: true } });
    expect(await send({ type: 'ui:scrollTo', tabId, sentenceIndex: 1, text: 'y' })).toEqual({ ok: true, value: { found: false } });
    expect(page.sendMessage).toHaveBeenCalledWith(tabId, { type: 'bg:scrollTo', sentenceIndex: 0, text: 'x' }, { frameId: 0 });
  });
});

describe('restrictedReason', () => {
  it('lets ordinary web pages through', () => {
    expect(restrictedReason('https://fortune.com/2018/07/06/x/')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8080/a.html')).toBeNull();
    expect(restrictedReason('file:///tmp/a.html', true)).toBeNull();
  });
  it('explains the file:// permission', () => {
    expect(restrictedReason('file:///tmp/a.html', false)).toMatch(/Allow access to file URLs/);
  });
});

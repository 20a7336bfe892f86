/**
 * The background's highlight handlers (lib/background/highlights.ts): the story is always the
 * sender tab's; a highlight saves it first when needed; a change to another story's highlight, a
 * message from a frame or without a tab, and a malformed one are refused; the menu item and the
 * command ask the tab's page script; a saved story with highlights gets its page script on load.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { fail, ok } from '../../lib/messages';
import { makeAnalysis, openDb } from './library-helpers';
import type { LibraryDB } from '../../lib/library/db';
import { addHighlight } from '../../lib/library/highlights';

const PAGE = 'https://fortune.example/2018/rocket-man?utm_source=x';
const OTHER = 'https://other.example/story';
const analysisForTab = vi.fn();
const ensured: number[] = [];
vi.mock('../../lib/background/analysis', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getAnalysisForTab: (...args: unknown[]) => analysisForTab(...args),
  ensurePageScript: async (tabId: number) => void ensured.push(tabId),
}));
let db: LibraryDB;
vi.mock('../../lib/library/db', async (importOriginal) => ({ ...(await importOriginal<object>()), libraryDb: () => db }));

const { registerHighlights, onMenuClick, onCommand, HIGHLIGHT_MENU_ID } = await import('../../lib/background/highlights');

const quote = { exact: 'Rocket Man', prefix: 'called Kim Jong Un "', suffix: '" last fall.', start: 31, end: 41 };
const sender = (url: string, extra: object = {}) => ({ tab: { id: 7, url }, frameId: 0, id: browser.runtime.id, ...extra }) as never;
const toTab: Array<[number, unknown]> = [];

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb();
  ensured.length = 0;
  toTab.length = 0;
  analysisForTab.mockReset();
  analysisForTab.mockImplementation(async (tabId: number) => (tabId === 7 ? ok({ analysis: makeAnalysis({ url: PAGE }), cached: true, tabUrl: PAGE }) : fail('no-tab', 'gone')));
  (browser.contextMenus as unknown as { onClicked: unknown }).onClicked = { addListener: () => {} };
  // The fake browser has no commands events.
  (browser as unknown as { commands: unknown }).commands = { onCommand: { addListener: () => {} } };
  (browser.tabs as unknown as { sendMessage: unknown }).sendMessage = async (tabId: number, message: { type: string }) => {
    toTab.push([tabId, message]);
    return message.type === 'bg:highlight' ? ok({ highlighted: true }) : { shown: 1, missing: 0 };
  };
  registerHighlights();
});

const send = async (message: unknown, from: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, from as never))[0];

describe('background highlights', () => {
  it('page:highlightAdd saves the sender tab’s story first, then adds to it; page:highlights lists them', async () => {
    const first = await send({ type: 'page:highlightAdd', highlight: { quote, color: 'yellow', made: 'page', note: 'n' } }, sender(PAGE));
    expect(first).toMatchObject({ ok: true, value: { saved: true, highlight: { color: 'yellow', note: 'n', made: 'page', quote: { exact: 'Rocket Man' } } } });
    expect(analysisForTab).toHaveBeenCalledWith(7);
    // Now the page's address finds the entry: no analysis needed.
    analysisForTab.mockClear();
    const second = await send({ type: 'page:highlightAdd', highlight: { quote: { ...quote, exact: 'Pompeo' }, color: 'blue', made: 'page' } }, sender(PAGE + '#x'));
    expect(second).toMatchObject({ ok: true, value: { saved: false } });
    expect(analysisForTab).not.toHaveBeenCalled();
    const listed = (await send({ type: 'page:highlights' }, sender(PAGE))) as { ok: true; value: { entryId: string; highlights: Array<{ quote: { exact: string } }> } };
    expect(listed.value.highlights.map((h) => h.quote.exact).sort()).toEqual(['Pompeo', 'Rocket Man']);
    // Another page sees none of them.
    expect(await send({ type: 'page:highlights' }, sender(OTHER))).toEqual({ ok: true, value: { entryId: null, highlights: [] } });
  });

  it('a page can change only its own story’s highlights; frames, tab-less senders and junk are refused', async () => {
    const mine = await addHighlight(db, { analysis: makeAnalysis({ url: PAGE }) }, { quote, color: 'yellow', made: 'page' }, { source: PAGE });
    const theirs = await addHighlight(db, { analysis: makeAnalysis({ url: OTHER }) }, { quote, color: 'pink', made: 'page' }, { source: OTHER });
    if (!mine.ok || !theirs.ok) throw new Error('setup');
    const other = await send({ type: 'page:highlightEdit', id: theirs.value.highlight.id, change: { remove: true } }, sender(PAGE));
    expect(other).toMatchObject({ ok: false });
    expect(await db.highlights.get(theirs.value.highlight.id)).toBeDefined();
    expect(await send({ type: 'page:highlightEdit', id: mine.value.highlight.id, change: { color: 'green', note: 'ok' } }, sender(PAGE))).toMatchObject({ ok: true, value: { color: 'green', note: 'ok' } });
    expect(await send({ type: 'page:highlightEdit', id: mine.value.highlight.id, change: { color: 'red' } }, sender(PAGE))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await send({ type: 'page:highlightAdd', highlight: { quote: { exact: '' }, color: 'yellow' } }, sender(PAGE))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await send({ type: 'page:highlights' }, sender(PAGE, { frameId: 3 }))).toMatchObject({ ok: false, error: { code: 'no-tab' } });
    expect(await send({ type: 'page:highlights' }, {})).toMatchObject({ ok: false, error: { code: 'no-tab' } });
    expect(await send({ type: 'page:highlightAdd' }, sender(PAGE))).toBeUndefined(); // not a message of the protocol
    expect(await db.highlights.count()).toBe(2);
  });

  it('the menu item and the command ask the tab’s page script to highlight its selection', async () => {
    expect(await onMenuClick({ menuItemId: 'lede-toggle-reader' }, { id: 7, url: PAGE } as never)).toBeUndefined();
    expect(await onMenuClick({ menuItemId: HIGHLIGHT_MENU_ID }, { id: 7, url: PAGE } as never)).toEqual(ok({ highlighted: true }));
    expect(await onCommand('highlight-selection', { id: 7, url: PAGE } as never)).toEqual(ok({ highlighted: true }));
    expect(await onCommand('toggle-reader', { id: 7, url: PAGE } as never)).toBeUndefined();
    expect(toTab).toEqual([
      [7, { type: 'bg:highlight' }],
      [7, { type: 'bg:highlight' }],
    ]);
    expect(ensured).toEqual([7, 7]);
    // Browser pages can't be highlighted.
    expect(await onMenuClick({ menuItemId: HIGHLIGHT_MENU_ID }, { id: 8, url: 'chrome://settings/' } as never)).toMatchObject({ ok: false, error: { code: 'restricted' } });
  });

  it('a saved story with highlights gets its page script when it loads; any other page gets nothing', async () => {
    const report = (url: string) => ({ type: 'content:detected', url, title: 't', isArticle: true, score: 1, reasons: [] });
    await send(report(PAGE), sender(PAGE));
    await vi.waitFor(() => expect(ensured).toEqual([]));
    await addHighlight(db, { analysis: makeAnalysis({ url: PAGE }) }, { quote, color: 'yellow', made: 'page' }, { source: PAGE });
    await send(report(OTHER), sender(OTHER));
    await send(report(PAGE), sender(PAGE));
    await vi.waitFor(() => expect(toTab).toEqual([[7, { type: 'bg:highlights' }]]));
    expect(ensured).toEqual([7]);
  });
});

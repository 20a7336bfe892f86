import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { fail, ok } from '../../lib/messages';
import { makeAnalysis, openDb } from './library-helpers';
import type { LibraryDB } from '../../lib/library/db';

const analysisForTab = vi.fn();
vi.mock('../../lib/background/analysis', () => ({ getAnalysisForTab: (...args: unknown[]) => analysisForTab(...args) }));
let db: LibraryDB;
vi.mock('../../lib/library/db', async (importOriginal) => ({ ...(await importOriginal<object>()), libraryDb: () => db }));

const { registerLibrary, MENU_ID } = await import('../../lib/background/library');

const FORTUNE = 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/';
const created: unknown[] = [];
/** The fake browser has no contextMenus.onClicked: a minimal event stands in. */
let clicked: Array<(info: unknown, tab: unknown) => void> = [];
const click = (info: unknown, tab: unknown) => clicked.forEach((fn) => fn(info, tab));

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb();
  created.length = 0;
  clicked = [];
  (browser.contextMenus as unknown as { onClicked: unknown }).onClicked = { addListener: (fn: (info: unknown, tab: unknown) => void) => clicked.push(fn) };
  analysisForTab.mockReset();
  analysisForTab.mockImplementation(async (tabId: number) => (tabId === 7 ? ok({ analysis: makeAnalysis(), cached: true, tabUrl: FORTUNE }) : fail('no-tab', 'That tab is gone.')));
  (browser.contextMenus as unknown as { create: unknown }).create = (props: unknown, done?: () => void) => {
    created.push(props);
    done?.();
  };
  registerLibrary();
});

describe('background library', () => {
  it('ui:save saves the tab’s digest; saving again reports an update', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:save', tabId: 7 }, {})).toEqual([{ ok: true, value: { id: FORTUNE, updated: false } }]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:save', tabId: 7 }, {})).toEqual([{ ok: true, value: { id: FORTUNE, updated: true } }]);
    expect(await db.entries.count()).toBe(1);
    expect(analysisForTab).toHaveBeenCalledWith(7);
  });

  it('page:save saves the sender’s tab; errors come back as results', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'page:save', url: FORTUNE }, { tab: { id: 7 } } as never)).toEqual([{ ok: true, value: { id: FORTUNE, updated: false } }]);
    const [noTab] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page:save', url: FORTUNE }, {});
    expect(noTab).toMatchObject({ ok: false, error: { code: 'no-tab' } });
    const [gone] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:save', tabId: 3 }, {});
    expect(gone).toEqual({ ok: false, error: { code: 'no-tab', message: 'That tab is gone.' } });
  });

  it('answers only its own messages', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:analyze', tabId: 7 }, {})).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:save', tabId: 'seven' }, {})).toEqual([undefined]);
    expect(analysisForTab).not.toHaveBeenCalled();
  });

  it('adds "Save to Lede library" to the context menu on install, and saves from it', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(created).toEqual([expect.objectContaining({ id: MENU_ID, title: 'Save to Lede library', contexts: ['page'] })]);
    click({ menuItemId: 'someone-else', editable: false, pageUrl: FORTUNE }, { id: 7 } as never);
    expect(analysisForTab).not.toHaveBeenCalled();
    click({ menuItemId: MENU_ID, editable: false, pageUrl: FORTUNE }, { id: 7 } as never);
    await vi.waitFor(async () => expect(await db.entries.get(FORTUNE)).toBeDefined());
  });
});

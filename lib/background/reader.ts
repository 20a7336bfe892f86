/**
 * Background side of reader mode:
 * - `ui:reader` / `ui:readerState` from the popup's switch (and any extension page);
 * - the `toggle-reader` keyboard command (Alt+Shift+R by default) and the page context-menu item;
 * - `page:readerState` from the overlay when it closes itself (Escape, Close, navigation);
 * - `page:openTab`: the overlay's "Open in new tab" opens the standalone reader page;
 * - per-site "always open in reader mode": an article detected on a listed site opens in the reader;
 * - the badge: while the reader is on, a different badge colour and a title suffix (the analysis
 *   feature owns the badge text, which stays).
 */
import { browser, type Browser } from 'wxt/browser';
import { fail, isMessage, ok, sendToTab, type Message, type ReaderState, type Result } from '../messages';
import { t } from '../i18n';
import { isAlwaysReader } from '../settings';
import { toolbarAction } from '../platform';
import { BADGE_COLOR, ensurePageScript, getAnalysisForTab, restrictedReason } from './analysis';
import { registerMenuAndCommand } from './menus';

export const READER_MENU_ID = 'lede-toggle-reader';
export const READER_COMMAND = 'toggle-reader';
export const READER_BADGE_COLOR = '#2d5b4c';
/** Appended to the toolbar tooltip while the reader is on (" — reader mode on"). */
export const readerTitleSuffix = (): string => ` ${t('badgeReaderOn')}`;
const READER_PAGE = '/reader.html';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** Whether the overlay is on in a tab. Doesn't inject anything: no page script means no reader. */
export async function readerState(tabId: number): Promise<ReaderState> {
  try {
    const res = await withTimeout(sendToTab(browser.tabs, tabId, { type: 'bg:readerState' } as Message<'bg:readerState'>), 1000);
    return { on: !!res?.on };
  } catch {
    return { on: false };
  }
}

export async function setReaderBadge(tabId: number, on: boolean): Promise<void> {
  // MV3 `action` in Chrome, MV2 `browserAction` in the Firefox build.
  const action = toolbarAction<typeof browser.action>();
  if (!action) return;
  try {
    const title = await action.getTitle({ tabId });
    const suffix = readerTitleSuffix();
    const base = title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
    await Promise.all([
      action.setBadgeBackgroundColor({ tabId, color: on ? READER_BADGE_COLOR : BADGE_COLOR }),
      action.setTitle({ tabId, title: on ? base + suffix : base }),
    ]);
  } catch {
    // The tab closed in between.
  }
}

export interface ToggleOptions {
  /** Wanted state; undefined toggles. */
  on?: boolean;
  /** The person already agreed to open a page that doesn't look like an article. */
  confirmed?: boolean;
  /**
   * Who asks. The popup asks the person itself, so it gets a `not-article` error to confirm;
   * the keyboard command and the context menu let the overlay ask inside the page.
   */
  from: 'popup' | 'command' | 'menu' | 'site';
}

function injectionError(error: unknown): Result<never> {
  const text = String((error as Error)?.message ?? error);
  if (/cannot access|cannot be scripted|extensions gallery|chrome:\/\/|permission/i.test(text)) {
    return fail('restricted', t('readerRestricted'));
  }
  if (/no tab|closed|not found/i.test(text)) return fail('no-tab', t('tabGone'));
  return fail('failed', t('readerStartFailed', text));
}

/** Turns the reader on or off in a tab. */
export async function toggleReader(tabId: number, options: ToggleOptions): Promise<Result<ReaderState>> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return fail('no-tab', t('tabNotOpen'));
  const restricted = restrictedReason(tab.url ?? tab.pendingUrl, false);
  const want = options.on ?? !(await readerState(tabId)).on;

  if (!want) {
    if (restricted) return ok({ on: false });
    const state = await readerState(tabId);
    if (!state.on) return ok({ on: false });
    try {
      const res = await sendToTab(browser.tabs, tabId, { type: 'bg:reader', on: false });
      await setReaderBadge(tabId, !!res?.on);
      return ok({ on: !!res?.on });
    } catch (error) {
      return injectionError(error);
    }
  }

  if (restricted) return fail('restricted', restricted);
  const message: Message<'bg:reader'> = { type: 'bg:reader', on: true, confirmed: !!options.confirmed };
  if (options.from === 'popup' || options.from === 'site') {
    // The analysis is cached from the popup, so this is quick; it tells whether to ask first,
    // and the page doesn't have to analyze again.
    const got = await getAnalysisForTab(tabId);
    if (!got.ok) return got;
    if (!got.value.analysis.isArticle && !options.confirmed) {
      return fail('not-article', t('readerNotArticle'));
    }
    message.confirmed = true;
    // The analysis is not sent along: the page script computed it and keeps it, and cloning a
    // large story through messaging would cost more than the whole first paint.
  }
  try {
    await ensurePageScript(tabId);
    const res = await sendToTab(browser.tabs, tabId, message);
    await setReaderBadge(tabId, !!res?.on);
    return ok({ on: !!res?.on });
  } catch (error) {
    return injectionError(error);
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The keyboard command (exported for tests: headless browsers don't deliver shortcuts). */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<Result<ReaderState> | undefined> {
  if (command !== READER_COMMAND) return undefined;
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return undefined;
  const res = await toggleReader(tabId, { from: 'command' });
  if (!res.ok) console.warn('Lede: reader mode:', res.error.message);
  return res;
}

/** The context-menu item (exported for tests). */
export async function onMenuClick(info: { menuItemId: string | number }, tab?: Browser.tabs.Tab): Promise<Result<ReaderState> | undefined> {
  if (info.menuItemId !== READER_MENU_ID || tab?.id === undefined) return undefined;
  const res = await toggleReader(tab.id, { from: 'menu' });
  if (!res.ok) console.warn('Lede: reader mode:', res.error.message);
  return res;
}

async function openReaderTab(sender: Browser.runtime.MessageSender): Promise<void> {
  const tab = sender.tab;
  if (tab?.id === undefined) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`${READER_PAGE}?tab=${tab.id}` as '/reader.html'),
    index: tab.index + 1,
    openerTabId: tab.id,
    windowId: tab.windowId,
  });
}

/** A detected article on a site the person chose to always read in reader mode. */
async function onDetected(report: Message<'content:detected'>, sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (!report.isArticle || tabId === undefined || (sender.frameId ?? 0) !== 0) return;
  if (sender.tab?.url && sender.tab.url !== report.url) return;
  if (!(await isAlwaysReader(report.url))) return;
  if ((await readerState(tabId)).on) return;
  const res = await toggleReader(tabId, { on: true, confirmed: true, from: 'site' });
  if (!res.ok) console.warn('Lede: always-reader site:', res.error.message);
}

export function registerReader(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'ui:reader': {
        const m = message as Message<'ui:reader'>;
        return toggleReader(m.tabId, { on: m.on, confirmed: m.confirmed, from: 'popup' }).catch((e: unknown) => fail('failed', String(e)));
      }
      case 'ui:readerState': {
        const m = message as Message<'ui:readerState'>;
        return readerState(m.tabId).then((s) => ok(s));
      }
      case 'page:readerState': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) return setReaderBadge(tabId, (message as Message<'page:readerState'>).on);
        return Promise.resolve();
      }
      case 'page:openTab':
        return openReaderTab(sender).catch(() => {});
      case 'content:detected':
        // The analysis feature answers this one; we only look at it.
        void onDetected(message as Message<'content:detected'>, sender).catch(() => {});
        return undefined;
      default:
        return undefined;
    }
  });

  registerMenuAndCommand({ id: READER_MENU_ID, title: t('menuToggleReader'), contexts: ['page'] }, { onCommand, onMenuClick }, '__ledeReader');
}

/**
 * Background side of highlights:
 * - `page:highlights`, `page:highlightAdd`, `page:highlightEdit` from the page script (the page's own
 *   text and the reader overlay). The story is always the one in the sender's tab, found from the
 *   tab's address (or its analysis, to save it first): a message never names a story or a tab,
 *   and a change is refused for a highlight of any other story;
 * - the context-menu item "Highlight with Lede" (on a selection) and the `highlight-selection`
 *   keyboard command: they ask the tab's page script (or the reader page open in it) to highlight
 *   the selection;
 * - saved stories: when the detector reports a page that is a saved story with highlights, the page
 *   script is injected and shows them. One indexed lookup per page load, in the background; nothing
 *   is injected anywhere else.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { fail, isMessage, ok, sendToTab, type Message, type Result } from '../messages';
import { libraryDb } from '../library/db';
import { addHighlight, changeHighlight, cleanChange, cleanNewHighlight, entryForPage, highlightsForPage } from '../library/highlights';
import { ensurePageScript, getAnalysisForTab, restrictedReason } from './analysis';
import { registerMenuAndCommand } from './menus';

export const HIGHLIGHT_MENU_ID = 'lede-highlight-selection';
export const HIGHLIGHT_COMMAND = 'highlight-selection';

type Sender = Browser.runtime.MessageSender;

/** The tab a page-script message comes from (top frame only), or null. */
function senderTab(sender: Sender): { id: number; url: string } | null {
  const tab = sender.tab;
  if (tab?.id === undefined || !tab.url || (sender.frameId ?? 0) !== 0) return null;
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return null;
  return { id: tab.id, url: tab.url };
}

type PageMessage = Message<'page:highlights'> | Message<'page:highlightAdd'> | Message<'page:highlightEdit'>;

async function onPageMessage(message: PageMessage, sender: Sender): Promise<Result<unknown>> {
  const tab = senderTab(sender);
  if (!tab) return fail('no-tab', t('highlightSelectFirst'));
  const db = libraryDb();
  switch (message.type) {
    case 'page:highlights':
      return ok(await highlightsForPage(db, tab.url));
    case 'page:highlightAdd': {
      const input = cleanNewHighlight(message.highlight);
      if (!input) return fail('invalid', t('highlightInvalid'));
      // A saved story is found from the page's address; otherwise its analysis saves it first.
      const entryId = await entryForPage(db, tab.url);
      if (entryId) {
        const added = await addHighlight(db, { entryId }, input, { source: tab.url });
        if (added.ok) return added;
      }
      const got = await getAnalysisForTab(tab.id);
      if (!got.ok) return got;
      return addHighlight(db, { analysis: got.value.analysis }, input, { source: tab.url });
    }
    case 'page:highlightEdit': {
      const change = cleanChange(message.change);
      if (!change) return fail('invalid', t('highlightInvalid'));
      const entryId = await entryForPage(db, tab.url);
      if (!entryId) return fail('invalid', t('highlightGone'));
      return changeHighlight(db, message.id, change, { entryId });
    }
  }
}

/** Asks a tab to highlight its selection: the reader page open in it, or its page script. */
export async function highlightInTab(tab: Browser.tabs.Tab | undefined): Promise<Result<{ highlighted: boolean }>> {
  if (tab?.id === undefined) return fail('no-tab', t('tabNotOpen'));
  const url = tab.url ?? '';
  if (url.startsWith(browser.runtime.getURL('/reader.html'))) {
    const res = (await browser.runtime.sendMessage({ type: 'bg:highlight', readerTab: tab.id } satisfies Message<'bg:highlight'>).catch(() => undefined)) as Result<{ highlighted: boolean }> | undefined;
    return res ?? fail('failed', t('readerNoAnswer'));
  }
  const restricted = restrictedReason(url, false);
  if (restricted) return fail('restricted', restricted);
  try {
    await ensurePageScript(tab.id);
    return (await sendToTab(browser.tabs, tab.id, { type: 'bg:highlight' })) ?? fail('failed', t('pageSentNothing'));
  } catch (e) {
    return fail('failed', t('highlightFailed', e instanceof Error ? e.message : String(e)));
  }
}

/** The keyboard command (exported for tests: headless browsers don't deliver shortcuts). */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<Result<{ highlighted: boolean }> | undefined> {
  if (command !== HIGHLIGHT_COMMAND) return undefined;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const res = await highlightInTab(target);
  if (!res.ok) console.warn('Lede: highlight:', res.error.message);
  return res;
}

/** The context-menu item (exported for tests). */
export async function onMenuClick(info: { menuItemId: string | number }, tab?: Browser.tabs.Tab): Promise<Result<{ highlighted: boolean }> | undefined> {
  if (info.menuItemId !== HIGHLIGHT_MENU_ID) return undefined;
  const res = await highlightInTab(tab);
  if (!res.ok) console.warn('Lede: highlight:', res.error.message);
  return res;
}

/** A page that loaded is a saved story with highlights: show them there. */
export async function onDetected(report: Message<'content:detected'>, sender: Sender): Promise<{ shown: number; missing: number } | null> {
  const tab = senderTab(sender);
  if (!tab || tab.url !== report.url) return null;
  const { highlights } = await highlightsForPage(libraryDb(), report.url);
  if (!highlights.length) return null;
  await ensurePageScript(tab.id);
  return sendToTab(browser.tabs, tab.id, { type: 'bg:highlights' });
}

export function registerHighlights(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'page:highlights':
      case 'page:highlightAdd':
      case 'page:highlightEdit':
        return onPageMessage(message as PageMessage, sender).catch((e: unknown) => fail('failed', t('highlightFailed', e instanceof Error ? e.message : String(e))));
      case 'content:detected':
        // The analysis feature answers this one; we only look at it.
        void onDetected(message as Message<'content:detected'>, sender).catch(() => {});
        return undefined;
      default:
        return undefined;
    }
  });

  registerMenuAndCommand({ id: HIGHLIGHT_MENU_ID, title: t('menuHighlight'), contexts: ['selection'] }, { onCommand, onMenuClick }, '__ledeHighlights');
}

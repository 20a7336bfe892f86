/**
 * Background side of the library: `ui:save` (popup) and `page:save` (reader overlay) save the
 * current digest of a tab, and so does the context-menu item "Save to Lede library".
 * The digest comes from the analysis feature (cached per tab), so saving never re-reads the page
 * when the popup already showed it.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { fail, isMessage, type Message, type Result } from '../messages';
import { getAnalysisForTab } from './analysis';
import { libraryDb } from '../library/db';
import { saveAnalysis } from '../library/store';

export const MENU_ID = 'lede-save-to-library';

type SaveResult = Result<{ id: string; updated: boolean }>;

export async function saveTab(tabId: number): Promise<SaveResult> {
  const got = await getAnalysisForTab(tabId);
  if (!got.ok) return got;
  return saveAnalysis(libraryDb(), got.value.analysis);
}

async function onMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<SaveResult> {
  const m = message as Message<'ui:save'> | Message<'page:save'>;
  if (m.type === 'ui:save') return saveTab(m.tabId);
  // page:save comes from the reader overlay: save the digest of the tab it runs in.
  const tabId = sender.tab?.id;
  if (tabId === undefined) return fail('no-tab', t('saveFromReaderOnly'));
  return saveTab(tabId);
}

export function registerLibrary(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage(message) || (message.type !== 'ui:save' && message.type !== 'page:save')) return undefined;
    return onMessage(message, sender).catch((e: unknown) => fail('failed', t('couldNotSave', e instanceof Error ? e.message : String(e))));
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuSaveToLibrary'), contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }, () => {
      // Re-creating after an update reports "duplicate id": the item is there, which is all we want.
      void browser.runtime.lastError;
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void saveTab(tab.id).then((r) => {
      if (!r.ok) console.warn('Lede: save to library failed:', r.error.message);
    });
  });
}

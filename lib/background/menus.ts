import { browser, type Browser } from 'wxt/browser';

/** What a feature answers to its context-menu item and its keyboard command. */
export interface MenuAndCommand {
  onCommand(command: string, tab?: Browser.tabs.Tab): Promise<unknown>;
  onMenuClick(info: { menuItemId: string | number }, tab?: Browser.tabs.Tab): Promise<unknown>;
}

/**
 * Adds a feature's context-menu item (on install, on http(s) pages) and routes menu clicks and
 * keyboard commands to its handlers, which ignore what isn't theirs. Tests reach the handlers
 * through the service worker under `testHook` (headless browsers deliver neither shortcuts nor
 * context-menu clicks); only extension code sees that global.
 */
export function registerMenuAndCommand(
  item: { id: string; title: string; contexts: ['page'] | ['selection'] },
  handlers: MenuAndCommand,
  testHook: string,
): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ ...item, documentUrlPatterns: ['http://*/*', 'https://*/*'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handlers.onMenuClick(info, tab));
  browser.commands?.onCommand.addListener((command, tab) => void handlers.onCommand(command, tab));
  (globalThis as Record<string, unknown>)[testHook] = handlers;
}

/**
 * Which tab the UI describes: `?tab=<id>` when given (tests, "Open in new tab"), else the active
 * tab of this window. The side panel follows the active tab: switching tabs or navigating
 * (including SPA history changes) re-targets it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import type { LedeError } from '../lib/messages';

export interface TargetTab {
  tabId: number | null;
  /** Bumped when the followed tab navigates, so the analysis reloads. */
  version: number;
  error: LedeError | null;
}

export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export function useTargetTab(follow: boolean): TargetTab {
  const [target, setTarget] = useState<TargetTab>({ tabId: tabFromQuery(location.search), version: 0, error: null });

  useEffect(() => {
    if (target.tabId !== null && !follow) return;
    let live = true;
    let windowId: number | undefined;
    let followed: number | null = target.tabId;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const noTab: LedeError = { code: 'no-tab', message: t('noTabInWindow') };

    const pick = async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (!live) return;
        windowId = tab?.windowId;
        followed = tab?.id ?? null;
        setTarget((t) => (tab?.id === undefined ? { tabId: null, version: t.version, error: noTab } : { tabId: tab.id, version: t.tabId === tab.id ? t.version : t.version + 1, error: null }));
      } catch {
        if (live) setTarget((t) => ({ ...t, error: noTab }));
      }
    };
    void pick();
    if (!follow) return () => void (live = false);

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId !== undefined && info.windowId !== windowId) return;
      followed = info.tabId;
      setTarget((t) => ({ tabId: info.tabId, version: t.version + 1, error: null }));
    };
    const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
      if (tabId !== followed || !(change.status === 'complete' || change.url)) return;
      // Let the new page (or SPA view) render before analyzing it.
      clearTimeout(timer);
      const delay = change.url && change.status !== 'complete' ? 700 : 50;
      timer = setTimeout(() => live && setTarget((t) => (t.tabId === tabId ? { ...t, version: t.version + 1 } : t)), delay);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follow]);

  return target;
}

/**
 * Background side of the analysis feature:
 * - the toolbar badge: non-empty exactly on tabs the detector reported as articles, cleared on navigation;
 * - `ui:analyze`: inject the on-demand page script when needed, run the analysis in the page,
 *   cache it per tab + URL in `storage.session` (instant reopen, survives service-worker restarts);
 * - `ui:scrollTo`: forward to the page so it scrolls to a summary sentence and highlights it.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../../core/types';
import { t } from '../i18n';
import { fail, isMessage, ok, sendToTab, type DetectionReport, type Message, type Result } from '../messages';

export const BADGE_TEXT = '●';
export const BADGE_COLOR = '#9c3d26';
export const DEFAULT_TITLE = 'Lede';
export const PAGE_SCRIPT = '/content-scripts/page.js';
/** How long the page may take to analyze before we give up. */
const ANALYZE_TIMEOUT_MS = 20_000;

export interface AnalysisValue {
  analysis: Analysis;
  cached: boolean;
  tabUrl: string;
}

interface CacheEntry {
  url: string;
  analysis: Analysis;
}

const cacheKey = (tabId: number) => `analysis:${tabId}`;

// ---------------------------------------------------------------------------------------------
// Restricted pages

const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|devtools|about|view-source|moz-extension|resource|data|javascript|blob|filesystem):/i;
const STORE_URLS = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/addons\.opera\.com\//i,
];

/**
 * Why Lede cannot read this URL, or null when it can. Pure: `fileAccess` says whether the person
 * allowed access to file URLs.
 */
export function restrictedReason(url: string | undefined, fileAccess = false): string | null {
  // Lede may read every http(s) page, so a URL it can't see is a browser page (New Tab, settings…).
  if (!url) return t('restrictedBrowserPage');
  if (STORE_URLS.some((re) => re.test(url))) {
    return t('restrictedStore');
  }
  if (/^view-source:/i.test(url)) return t('restrictedSource');
  if (RESTRICTED_SCHEMES.test(url)) {
    return t('restrictedBrowserPage');
  }
  if (/^file:/i.test(url)) {
    if (!fileAccess) {
      return t('restrictedFiles');
    }
    if (isPdf(url)) return t('restrictedPdf');
    return null;
  }
  if (!/^https?:/i.test(url)) return t('restrictedScheme');
  if (isPdf(url)) return t('restrictedPdf');
  return null;
}

function isPdf(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Badge

/** MV3's `action`, or MV2's `browserAction` (Firefox MV2 builds). */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function setBadge(tabId: number, report: DetectionReport | null): Promise<void> {
  const on = !!report?.isArticle;
  const action = toolbarAction();
  // A tab can close between the report and this call: that is not an error worth reporting.
  await Promise.all([
    action.setBadgeText({ tabId, text: on ? BADGE_TEXT : '' }),
    action.setTitle({ tabId, title: on ? t('badgeArticle', report!.title || t('badgeUntitled')) : DEFAULT_TITLE }),
    on ? action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }) : Promise.resolve(),
  ]).catch(() => {});
}

/** Where each tab's last detection came from, so a late navigation event doesn't clear a fresh badge. */
const detectedUrl = new Map<number, string>();

async function onDetected(report: Message<'content:detected'>, tabId: number, tabUrl: string | undefined): Promise<void> {
  // Ignore reports from a page the tab has already left.
  if (tabUrl && tabUrl !== report.url) return;
  detectedUrl.set(tabId, report.url);
  await setBadge(tabId, report);
}

// ---------------------------------------------------------------------------------------------
// Cache

async function readCache(tabId: number, url: string): Promise<Analysis | null> {
  try {
    const key = cacheKey(tabId);
    const entry = (await browser.storage.session.get(key))[key] as CacheEntry | undefined;
    return entry && entry.url === url && entry.analysis ? entry.analysis : null;
  } catch {
    return null;
  }
}

/**
 * The cached analysis of a tab's current URL, read straight from `storage.session`: extension
 * pages (popup, side panel) use it to show a cached digest without a round trip through the
 * service worker (which may be asleep). Null when there is none for the tab's current URL.
 */
export async function readCachedAnalysis(tabId: number): Promise<AnalysisValue | null> {
  try {
    const key = cacheKey(tabId);
    // Both at once: this is the popup's critical path.
    const [tab, stored] = await Promise.all([browser.tabs.get(tabId), browser.storage.session.get(key)]);
    const entry = stored[key] as CacheEntry | undefined;
    const url = tab?.url;
    if (!url || !entry?.analysis || entry.url !== url) return null;
    return { analysis: entry.analysis, cached: true, tabUrl: url };
  } catch {
    return null;
  }
}

async function writeCache(tabId: number, url: string, analysis: Analysis): Promise<void> {
  try {
    await browser.storage.session.set({ [cacheKey(tabId)]: { url, analysis } satisfies CacheEntry });
  } catch {
    // Over quota: the cache is an optimisation; the next open analyzes again.
  }
}

async function dropCache(tabId: number): Promise<void> {
  await browser.storage.session.remove(cacheKey(tabId)).catch(() => {});
}

// ---------------------------------------------------------------------------------------------
// Page script

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

const pageScriptChecks = new Map<number, Promise<void>>();

/**
 * Makes sure the on-demand page script listens in the tab: ping first, inject only if silent.
 * Callers on one tab share one check: two injections at once (a saved story's highlights coming
 * back on load while the popup or the reader asks for the analysis) would each find no page
 * script, and the second one's start invalidates the first one's context (WXT stops older copies
 * of a content script), leaving nothing that answers.
 */
export function ensurePageScript(tabId: number): Promise<void> {
  let check = pageScriptChecks.get(tabId);
  if (!check) {
    check = pingOrInject(tabId).finally(() => pageScriptChecks.delete(tabId));
    pageScriptChecks.set(tabId, check);
  }
  return check;
}

async function pingOrInject(tabId: number): Promise<void> {
  try {
    const pong = await withTimeout(sendToTab(browser.tabs, tabId, { type: 'bg:ping' } as Message<'bg:ping'>), 1000, 'ping');
    if (pong && (pong as { ready?: boolean }).ready) return;
  } catch {
    // Not injected yet (or left behind by an older version of the extension).
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
}

function describeInjectionError(error: unknown): { code: 'restricted' | 'failed'; message: string } {
  const text = String((error as Error)?.message ?? error);
  if (/cannot access|cannot be scripted|extensions gallery|chrome:\/\/|missing host permission|permission/i.test(text)) {
    return {
      code: 'restricted',
      message: t('restrictedInjection'),
    };
  }
  if (/error page/i.test(text)) {
    return { code: 'failed', message: t('errorPageTab') };
  }
  if (/no tab|closed|not found/i.test(text)) {
    return { code: 'failed', message: t('tabGoneRetry') };
  }
  return { code: 'failed', message: t('readFailed', text) };
}

// ---------------------------------------------------------------------------------------------
// Public API

const inFlight = new Map<string, Promise<Result<AnalysisValue>>>();

/**
 * The analysis of a tab's current page: from the session cache when it is for the same URL,
 * else computed in the page (injecting the page script if needed) and cached.
 * Other background features (library save) use it too.
 */
export async function getAnalysisForTab(tabId: number, options: { force?: boolean } = {}): Promise<Result<AnalysisValue>> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    tab = undefined;
  }
  if (!tab) return fail('no-tab', t('tabNotOpenReopen'));
  const tabUrl = tab.url ?? tab.pendingUrl;
  const restricted = restrictedReason(tabUrl, /^file:/i.test(tabUrl ?? '') ? await fileAccessAllowed() : false);
  if (restricted || !tabUrl) return fail('restricted', restricted ?? t('restrictedGeneric'));

  if (!options.force) {
    const cached = await readCache(tabId, tabUrl);
    if (cached) return ok({ analysis: cached, cached: true, tabUrl });
  }

  const key = `${tabId} ${tabUrl} ${options.force ? 'force' : ''}`;
  let running = inFlight.get(key);
  if (!running) {
    running = analyzeInPage(tabId, tabUrl).finally(() => inFlight.delete(key));
    inFlight.set(key, running);
  }
  return running;
}

async function analyzeInPage(tabId: number, tabUrl: string): Promise<Result<AnalysisValue>> {
  try {
    await ensurePageScript(tabId);
  } catch (error) {
    const { code, message } = describeInjectionError(error);
    return fail(code, message);
  }
  let result: Result<Analysis> | undefined;
  try {
    result = await withTimeout(sendToTab(browser.tabs, tabId, { type: 'bg:analyze', url: tabUrl }), ANALYZE_TIMEOUT_MS, 'analysis');
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    if (/timed out/.test(text)) return fail('failed', t('analysisTimedOut'));
    return fail('failed', t('pageLost'));
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) return fail('failed', t('pageSentNothing'));
  if (!result.ok) return result;
  const analysis = result.value;
  // The page may have navigated while we worked: only cache what belongs to the URL we asked about.
  const now = await browser.tabs.get(tabId).catch(() => undefined);
  if (now?.url === tabUrl) await writeCache(tabId, tabUrl, analysis);
  return ok({ analysis, cached: false, tabUrl });
}

async function scrollTo(message: Message<'ui:scrollTo'>): Promise<Result<{ found: boolean }>> {
  try {
    await ensurePageScript(message.tabId);
    const res = await withTimeout(
      sendToTab(browser.tabs, message.tabId, { type: 'bg:scrollTo', sentenceIndex: message.sentenceIndex, text: message.text }),
      5000,
      'scroll',
    );
    return ok({ found: !!res?.found });
  } catch (error) {
    const { code, message: text } = describeInjectionError(error);
    return fail(code, text);
  }
}

/** Wires the badge, the cache housekeeping and the `ui:analyze`/`ui:scrollTo` handlers. */
export function registerAnalysis(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number; url?: string }; frameId?: number }) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'content:detected': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return Promise.resolve();
        return onDetected(message as Message<'content:detected'>, tabId, sender.tab?.url);
      }
      case 'ui:analyze': {
        const m = message as Message<'ui:analyze'>;
        return getAnalysisForTab(m.tabId, { force: m.force });
      }
      case 'ui:scrollTo':
        return scrollTo(message as Message<'ui:scrollTo'>);
      default:
        return undefined;
    }
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A page (re)load or an SPA history change: the old badge no longer applies; the detector
    // reports again for the new page. A report that already arrived for the new URL is kept.
    const loading = changeInfo.status === 'loading';
    if (!loading && !changeInfo.url) return;
    if (loading || detectedUrl.get(tabId) !== changeInfo.url) {
      detectedUrl.delete(tabId);
      void setBadge(tabId, null);
    }
    // A reload may bring a different story (live pages): analyze afresh.
    void dropCache(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    detectedUrl.delete(tabId);
    void dropCache(tabId);
  });
}

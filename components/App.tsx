/**
 * Lede's digest of a tab: header, Summary, Timeline, Sources; shared by the popup, the
 * "Open in new tab" page (`popup.html?tab=<id>`) and the side panel (which follows the active tab).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Analysis, Notice, SummarySentence } from '../core/types';
import { toMarkdown, toPlainText } from '../core/digest';
import { formatNumber } from '../lib/format';
import { t, uiLocale } from '../lib/i18n';
import { sendToBackground } from '../lib/messages';
import { AiSummary } from './AiSummary';
import { ArticleHeader } from './ArticleHeader';
import { CopyIcon, NewTabIcon, SidePanelIcon } from './Icons';
import type { SaveButton as SaveButtonType } from './library/SaveButton';
import { ReaderSwitch } from './reader/ReaderSwitch';
import { ErrorNotice, NotArticle, Skeleton } from './States';
import { Digest as DigestSections } from './Digest';
import { useAnalysis, type AnalysisState } from './useAnalysis';
import { tabFromQuery, useTargetTab } from './useTargetTab';

export type AppMode = 'popup' | 'tab' | 'sidepanel';

export interface AppActions {
  onRetry?: () => void;
  onShowSentence?: (s: SummarySentence) => Promise<boolean>;
  onOpenSidePanel?: () => void;
  onOpenTab?: () => void;
  onCopy?: (text: string) => Promise<void>;
}

/**
 * Loads a component after the first render, keeping it out of the popup's startup bundle
 * (the library's "Save" brings IndexedDB code the digest itself doesn't need).
 */
function useDeferred<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && setValue(() => v),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return value;
}

const loadSaveButton = () => import('./library/SaveButton').then((m) => m.SaveButton);

export { uiLocale };

/** The digest for a given state: pure rendering plus local UI state (copy status, "Analyze anyway"). */
export function AppView({ state, tabId, mode, locale = uiLocale(), actions = {} }: { state: AnalysisState; tabId: number | null; mode: AppMode; locale?: string; actions?: AppActions }) {
  const [showAnyway, setShowAnyway] = useState(false);
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const analysis = state.status === 'ready' ? state.analysis : null;
  const SaveButton: typeof SaveButtonType | null = useDeferred(loadSaveButton);

  // A new page starts from its own verdict again.
  useEffect(() => setShowAnyway(false), [state.status === 'ready' ? state.tabUrl : null, tabId]);

  const announce = (text: string) => {
    setStatus(text);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), 4000);
  };

  const copy = async (format: 'md' | 'text') => {
    if (!analysis || !actions.onCopy) return;
    try {
      await actions.onCopy(format === 'md' ? toMarkdown(analysis) : toPlainText(analysis));
      announce(format === 'md' ? t('copiedMarkdown') : t('copiedText'));
    } catch {
      announce(t('copyRefused'));
    }
  };

  const show = async (s: SummarySentence) => {
    if (!actions.onShowSentence) return;
    const found = await actions.onShowSentence(s).catch(() => false);
    if (!found) announce(t('sentenceNotFound'));
  };

  const visible = analysis && (analysis.isArticle || showAnyway);

  return (
    <div class={`app mode-${mode}`}>
      <div class="masthead">
        <span class="wordmark" aria-hidden="true">
          Lede<span class="wordmark-dot">.</span>
        </span>
        <nav class="masthead-actions" aria-label={t('pageActions')}>
          {analysis && tabId !== null && <ReaderSwitch tabId={tabId} />}
          {visible && tabId !== null && SaveButton && <SaveButton tabId={tabId} analysis={analysis} />}
          {mode === 'popup' && actions.onOpenSidePanel && (
            <button type="button" class="icon-button" onClick={actions.onOpenSidePanel} aria-label={t('openInSidePanel')} title={t('openInSidePanel')}>
              <SidePanelIcon />
            </button>
          )}
          {mode !== 'tab' && actions.onOpenTab && tabId !== null && state.status !== 'error' && (
            <button type="button" class="icon-button" onClick={actions.onOpenTab} aria-label={t('openInNewTab')} title={t('openInNewTab')}>
              <NewTabIcon />
            </button>
          )}
        </nav>
      </div>

      <main class="content" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && (
          <>
            <p class="visually-hidden" role="status">
              {t('readingPage')}
            </p>
            <Skeleton />
          </>
        )}
        {state.status === 'error' && <ErrorNotice error={state.error} onRetry={actions.onRetry} />}
        {analysis && !visible && <NotArticle title={analysis.article.title} reasons={analysis.detection.reasons} onAnalyze={() => setShowAnyway(true)} />}
        {visible && <Digest analysis={analysis} locale={locale} onShow={actions.onShowSentence ? show : undefined} />}
      </main>

      {visible && (
        <footer class="toolbar">
          <button type="button" class="button button-quiet" onClick={() => copy('md')}>
            <CopyIcon /> {t('copyAsMarkdown')}
          </button>
          <button type="button" class="button button-quiet" onClick={() => copy('text')}>
            <CopyIcon /> {t('copyAsText')}
          </button>
        </footer>
      )}
      <p class="toast" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** A notice from the core, said in the UI language. */
export function noticeLabel(notice: Notice): string {
  switch (notice.code) {
    case 'huge-page':
      return t('warnHugePage', formatNumber(notice.elements, uiLocale()));
    case 'readability-failed':
      return t('warnReadabilityFailed', notice.detail);
    case 'readability-empty':
      return t('warnReadabilityEmpty');
    case 'next-page':
      return t('warnMultiPage', notice.url);
    default:
      return '';
  }
}

/**
 * The core's warnings in English, for analyses without `notices` (library entries saved
 * before they existed): recognised by their wording, unknown ones shown as they are.
 */
export function warningText(warning: string): string {
  let m = /^Very large page \((\d+) elements\): used a faster, simpler extraction\.$/.exec(warning);
  if (m) return t('warnHugePage', formatNumber(Number(m[1]), uiLocale()));
  m = /^Readability gave up \((.*)\); used a simpler extraction\.$/s.exec(warning);
  if (m) return t('warnReadabilityFailed', m[1]);
  if (warning === 'Readability found no story; used a simpler extraction.') return t('warnReadabilityEmpty');
  m = /^This story continues on another page \((.*)\); Lede read this page only\.$/s.exec(warning);
  if (m) return t('warnMultiPage', m[1]);
  return warning;
}

function Digest({ analysis, locale, onShow }: { analysis: Analysis; locale: string; onShow?: (s: SummarySentence) => void }) {
  const { article } = analysis;
  return (
    <article class="digest" aria-labelledby="story-title">
      <ArticleHeader article={article} url={analysis.url} locale={locale} />
      {analysis.warnings?.length ? (
        <p class="warning" role="note">
          {(analysis.notices?.length ? analysis.notices.map(noticeLabel) : analysis.warnings.map(warningText)).join(' ')}
        </p>
      ) : null}
      <DigestSections analysis={analysis} locale={locale} onShow={onShow} summaryExtra={<AiSummary analysis={analysis} />} />
    </article>
  );
}

// ---------------------------------------------------------------------------------------------
// Browser wiring

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

function sidePanelOpener(): ((tabId: number) => Promise<void>) | null {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (chromeSidePanel?.open) return (tabId) => chromeSidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  if (sidebar?.open) return () => sidebar.open();
  return null;
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older engines, or a page without focus: the textarea route still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    if (!done) throw new Error('copy refused');
  }
}

export function App({ mode }: { mode: AppMode }) {
  // The side panel follows the active tab, unless it was opened for one tab (`?tab=<id>`).
  const target = useTargetTab(mode === 'sidepanel' && tabFromQuery(location.search) === null);
  const { state, retry } = useAnalysis(target.tabId, target.version, target.error);
  const tabId = target.tabId;
  const openSidePanel = sidePanelOpener();

  useEffect(() => {
    const title = state.status === 'ready' && state.analysis.article.title;
    document.title = title ? `${title} · Lede` : 'Lede';
  }, [state]);

  const actions: AppActions = {
    onRetry: retry,
    onCopy: copyText,
    onShowSentence: async (s) => {
      if (tabId === null) return false;
      const res = await sendToBackground(browser.runtime, { type: 'ui:scrollTo', tabId, sentenceIndex: s.index, text: s.text });
      return !!res?.ok && res.value.found;
    },
    onOpenSidePanel:
      openSidePanel && tabId !== null
        ? () => {
            // Must run inside the click (a user gesture): no await before it.
            openSidePanel(tabId)
              .then(() => mode === 'popup' && window.close())
              .catch(() => {});
          }
        : undefined,
    onOpenTab:
      tabId !== null
        ? () => {
            void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}` as '/popup.html') }).then(() => mode === 'popup' && window.close());
          }
        : undefined,
  };

  return <AppView state={state} tabId={tabId} mode={mode} actions={actions} />;
}

/**
 * The standalone reader page (`reader.html?tab=<id>`): the same reader as the overlay, in its own
 * extension tab ("Open in new tab"). The story comes from the analysis of that tab (cached by the
 * background), sanitized again when rendered.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Analysis } from '../../core/types';
import { t, uiLocale } from '../../lib/i18n';
import { fail, isMessageOf, sendToBackground } from '../../lib/messages';
import { libraryDb } from '../../lib/library/db';
import { libraryHighlightClient } from '../../lib/library/highlightClient';
import { DEFAULT_SETTINGS, getAlwaysReaderHosts, getReaderSettings, normalizeSettings, setAlwaysReader, updateReaderSettings, watchAlwaysReaderHosts, watchReaderSettings, type ReaderSettings } from '../../lib/settings';
import { ReaderView, type ReaderHandle } from './ReaderView';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; analysis: Analysis };

export function tabFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

export function ReaderPage() {
  const tabId = tabFromSearch(location.search);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>({ ...DEFAULT_SETTINGS });
  const [hosts, setHosts] = useState<string[]>([]);
  const handle = useRef<ReaderHandle | null>(null);
  const analysis = state.status === 'ready' ? state.analysis : null;
  const highlights = useMemo(() => (analysis ? libraryHighlightClient(libraryDb(), analysis) : undefined), [analysis]);

  // The keyboard shortcut and the context menu reach this page through the background.
  useEffect(() => {
    let own: number | undefined;
    void browser.tabs.getCurrent().then((tab) => (own = tab?.id), () => {});
    const listener = (message: unknown) => {
      if (!isMessageOf(message, 'bg:highlight') || message.readerTab === undefined || message.readerTab !== own) return undefined;
      return handle.current ? handle.current.highlightSelection() : Promise.resolve(fail('invalid', t('highlightSelectFirst')));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  useEffect(() => {
    void getReaderSettings().then(setSettings);
    void getAlwaysReaderHosts().then(setHosts);
    const a = watchReaderSettings(setSettings);
    const b = watchAlwaysReaderHosts(setHosts);
    return () => (a(), b());
  }, []);

  useEffect(() => {
    if (tabId === null) {
      setState({ status: 'error', message: t('readerNoTab') });
      return;
    }
    void sendToBackground(browser.runtime, { type: 'ui:analyze', tabId })
      .then((res) => {
        if (!res) setState({ status: 'error', message: t('readerNoAnswer') });
        else if (res.ok) setState({ status: 'ready', analysis: res.value.analysis });
        else setState({ status: 'error', message: res.error.message });
      })
      .catch(() => setState({ status: 'error', message: t('readerTabFailed') }));
  }, [tabId]);

  useEffect(() => {
    document.title = state.status === 'ready' ? t('readerPageTitleWith', state.analysis.article.title || t('untitled')) : t('readerPageTitle');
    if (state.status === 'ready' && state.analysis.article.lang) document.documentElement.lang = state.analysis.article.lang;
  }, [state]);

  if (state.status !== 'ready') {
    return (
      <div class="lede-reader lr-mode-page" data-theme={settings.theme} data-font={settings.font}>
        <main class="lr-main">
          <div class="lr-article lr-state" role={state.status === 'error' ? 'alert' : 'status'}>
            {state.status === 'loading' ? t('openingStory') : state.message}
          </div>
        </main>
      </div>
    );
  }

  return (
    <ReaderView
      analysis={state.analysis}
      settings={settings}
      hosts={hosts}
      mode="page"
      locale={uiLocale()}
      handleRef={handle}
      highlights={highlights}
      actions={{
        onSettings(change) {
          setSettings((s) => normalizeSettings({ ...s, ...change }));
          void updateReaderSettings(change);
        },
        onAlwaysReader(host, on) {
          void setAlwaysReader(host, on).then(setHosts);
        },
        onPrint: () => window.print(),
        onSave:
          tabId === null
            ? undefined
            : async () => {
                const res = await sendToBackground(browser.runtime, { type: 'ui:save', tabId });
                if (res?.ok) return { ok: true, message: res.value.updated ? t('updatedInLibrary') : t('savedInLibrary') };
                return { ok: false, message: res?.error.message ?? t('couldntSaveStory') };
              },
      }}
    />
  );
}

/** Loads a tab's analysis from the background (`ui:analyze`) and exposes it as UI state. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Analysis } from '../core/types';
import { t } from '../lib/i18n';
import { ok, sendToBackground, type LedeError } from '../lib/messages';
import { readCachedAnalysis } from '../lib/background/analysis';

export type AnalysisState =
  | { status: 'loading' }
  | { status: 'ready'; analysis: Analysis; cached: boolean; tabUrl: string }
  | { status: 'error'; error: LedeError };

type Answer = Awaited<ReturnType<typeof request>>;
let early: { tabId: number; started: number; answer: Promise<Answer> } | null = null;

function request(tabId: number, force: boolean) {
  return sendToBackground(browser.runtime, { type: 'ui:analyze', tabId, force: force || undefined });
}

/** The session cache first (no service-worker round trip), else ask the background. */
async function cachedOrRequest(tabId: number) {
  const cached = await readCachedAnalysis(tabId);
  return cached ? ok(cached) : request(tabId, false);
}

/** Asks for a tab's analysis before the UI has rendered (the popup knows the tab from its URL). */
export function prefetchAnalysis(tabId: number): void {
  early = { tabId, started: performance.now(), answer: cachedOrRequest(tabId) };
  early.answer.catch(() => {});
}

export function useAnalysis(tabId: number | null, version: number, tabError: LedeError | null): { state: AnalysisState; retry: () => void } {
  const [state, setState] = useState<AnalysisState>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  const force = useRef(false);

  useEffect(() => {
    if (tabError) {
      setState({ status: 'error', error: tabError });
      return;
    }
    if (tabId === null) return;
    let live = true;
    setState({ status: 'loading' });
    const reuse = early && early.tabId === tabId && !force.current && performance.now() - early.started < 5000 ? early : null;
    early = null;
    const started = reuse?.started ?? performance.now();
    (reuse?.answer ?? (force.current ? request(tabId, true) : cachedOrRequest(tabId)))
      .then((res) => {
        if (!live) return;
        if (!res || typeof res !== 'object') {
          setState({ status: 'error', error: { code: 'failed', message: t('backgroundNoAnswer') } });
        } else if (res.ok) {
          setState({ status: 'ready', ...res.value });
          performance.mark('lede:ready', { detail: { ms: performance.now() - started, cached: res.value.cached } });
        } else {
          setState({ status: 'error', error: res.error });
        }
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'error', error: { code: 'failed', message: t('backgroundUnreachable', String((error as Error)?.message ?? error)) } });
      });
    force.current = false;
    return () => {
      live = false;
    };
  }, [tabId, version, tabError, nonce]);

  const retry = useCallback(() => {
    force.current = true;
    setNonce((n) => n + 1);
  }, []);
  return { state, retry };
}

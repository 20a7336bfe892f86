/**
 * Optional AI summary beside the extractive one, through Chrome's on-device Summarizer.
 * Renders nothing where the API is missing or refuses the article (Firefox, older Chrome,
 * unsupported language). Starts only on a click (the model download needs a user gesture),
 * shows the download, and keeps its result visibly apart from the traceable summary above it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../core/types';
import { formatNumber } from '../lib/format';
import { t, uiLocale } from '../lib/i18n';
import { summarizeArticle, summarizerAvailability, type AiAvailability, type AiSummaryResult } from '../lib/ai-summary';
import './ai-summary.css';

type State =
  | { step: 'checking' | 'hidden' }
  | { step: 'ready'; availability: AiAvailability }
  | { step: 'downloading'; loaded: number }
  | { step: 'summarizing' }
  | { step: 'done'; result: AiSummaryResult }
  | { step: 'error'; message: string };

export function AiSummary({ analysis }: { analysis: Analysis }) {
  const [state, setState] = useState<State>({ step: 'checking' });
  const running = useRef<AbortController | null>(null);

  // A new article: ask again (cheap, never downloads) and drop any earlier result.
  useEffect(() => {
    let live = true;
    setState({ step: 'checking' });
    summarizerAvailability(analysis).then((availability) => {
      if (live) setState(availability === 'unavailable' ? { step: 'hidden' } : { step: 'ready', availability });
    });
    return () => {
      live = false;
      running.current?.abort();
      running.current = null;
    };
  }, [analysis.url, analysis.article.text]);

  const start = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const alive = () => running.current === controller;
    setState({ step: 'summarizing' });
    // No await before this call: create() must run inside the click's user activation.
    summarizeArticle(analysis, {
      signal: controller.signal,
      onProgress: (loaded) => alive() && setState(loaded < 1 ? { step: 'downloading', loaded } : { step: 'summarizing' }),
    }).then(
      (result) => alive() && setState({ step: 'done', result }),
      (error: unknown) => alive() && setState({ step: 'error', message: describe(error) }),
    );
  };

  if (state.step === 'checking' || state.step === 'hidden') return null;

  const busy = state.step === 'downloading' || state.step === 'summarizing';
  return (
    <div class="ai-summary" role="region" aria-labelledby="ai-summary-title" aria-busy={busy}>
      {state.step === 'ready' && (
        <>
          <button type="button" class="button button-quiet ai-start" onClick={start} id="ai-summary-title">
            <SparkIcon /> {t('aiSummaryOnDevice')}
          </button>
          <p class="ai-hint">
            {state.availability === 'available'
              ? t('aiHintAvailable')
              : t('aiHintDownload')}
          </p>
        </>
      )}

      {busy && (
        <div class="ai-progress" role="status">
          <p class="ai-label" id="ai-summary-title">
            <SparkIcon /> {t('aiSummaryOnDevice')}
          </p>
          {state.step === 'downloading' ? (
            <>
              <progress max={1} value={state.loaded} aria-label={t('aiModelDownload')} />
              <span>{t('aiDownloading', formatNumber(Math.round(state.loaded * 100) / 100, uiLocale(), { style: 'percent' }))}</span>
            </>
          ) : (
            <>
              <progress aria-label={t('aiWritingLabel')} />
              <span>{t('aiWriting')}</span>
            </>
          )}
        </div>
      )}

      {state.step === 'done' && (
        <>
          <p class="ai-label" id="ai-summary-title">
            <SparkIcon /> {t('aiSummary')} <span class="ai-badge">{t('aiBadge')}</span>
          </p>
          <ul class="ai-points" lang={analysis.article.lang ?? undefined}>
            {state.result.points.map((point, i) => (
              <li key={i} dir="auto">
                {point}
              </li>
            ))}
          </ul>
          <p class="ai-hint">
            {state.result.truncated ? `${t('aiTruncated')} ` : ''}
            {t('aiCaveat')}
          </p>
        </>
      )}

      {state.step === 'error' && (
        <>
          <p class="ai-label" id="ai-summary-title">
            <SparkIcon /> {t('aiSummaryOnDevice')}
          </p>
          <p class="ai-error" role="alert">
            {state.message}
          </p>
          <button type="button" class="link-button" onClick={start}>
            {t('tryAgain')}
          </button>
        </>
      )}
    </div>
  );
}

function describe(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError') return t('aiErrNotAllowed');
  if (name === 'QuotaExceededError') return t('aiErrQuota');
  if (name === 'NotSupportedError') return t('aiErrNotSupported');
  if (name === 'AbortError') return t('aiErrAborted');
  const message = error instanceof Error && error.message ? error.message : '';
  return message ? t('aiErrFailedDetail', message) : t('aiErrFailed');
}

const SparkIcon = () => (
  <svg width="15" height="15" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" aria-hidden="true" focusable="false">
    <path d="M12 3l1.9 5.6L19.5 10l-5.6 1.9L12 17.5l-1.9-5.6L4.5 10l5.6-1.4z" />
    <path d="M19 16l.7 1.8 1.8.7-1.8.7L19 21l-.7-1.8-1.8-.5 1.8-.7z" />
  </svg>
);

import type { LedeError } from '../lib/messages';
import { AlertIcon, LockIcon, PaperIcon } from './Icons';

/** Placeholder shaped like the finished digest, so nothing jumps when it arrives. */
export function Skeleton() {
  return (
    <div class="skeleton" aria-hidden="true">
      <div class="story-head">
        <div class="bone bone-kicker" />
        <div class="bone bone-title" />
        <div class="bone bone-title short" />
        <div class="bone bone-meta" />
      </div>
      <div class="section">
        <div class="bone bone-h2" />
        {[0, 1, 2].map((i) => (
          <div key={i} class="bone-bullet">
            <div class="bone bone-line" />
            <div class="bone bone-line short" />
          </div>
        ))}
      </div>
      <div class="section">
        <div class="bone bone-h2" />
        {[0, 1, 2].map((i) => (
          <div key={i} class="bone bone-line" />
        ))}
      </div>
    </div>
  );
}

const TITLES: Record<string, string> = {
  restricted: 'Lede can’t read this page',
  'no-tab': 'No page to read',
  'too-large': 'This page is too large',
  failed: 'Something went wrong',
  invalid: 'Something went wrong',
  quota: 'Out of storage space',
  'not-article': 'This page doesn’t look like a news article',
};

/** An error or restricted page: what happened, and what to do next. */
export function ErrorNotice({ error, onRetry }: { error: LedeError; onRetry?: () => void }) {
  const restricted = error.code === 'restricted';
  return (
    <div class={`notice ${restricted ? 'notice-restricted' : 'notice-error'}`} role={restricted ? 'status' : 'alert'}>
      <span class="notice-icon" aria-hidden="true">
        {restricted ? <LockIcon /> : <AlertIcon />}
      </span>
      <h1 class="notice-title">{TITLES[error.code] ?? TITLES.failed}</h1>
      <p class="notice-text">{error.message}</p>
      {!restricted && error.code !== 'no-tab' && onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** The page isn't a story: say so, and offer to analyze it anyway. */
export function NotArticle({ title, onAnalyze }: { title?: string; onAnalyze: () => void }) {
  return (
    <div class="notice notice-not-article" role="status">
      <span class="notice-icon" aria-hidden="true">
        <PaperIcon />
      </span>
      <h1 class="notice-title">{TITLES['not-article']}</h1>
      <p class="notice-text">
        Lede summarizes news stories: a headline, a byline and paragraphs of reporting.
        {title ? (
          <>
            {' '}
            “<span dir="auto">{title}</span>” looks more like a front page, a shop or an app.
          </>
        ) : null}
      </p>
      <button type="button" class="button" onClick={onAnalyze}>
        Analyze anyway
      </button>
    </div>
  );
}

import { t, tParts, type MessageKey } from '../lib/i18n';
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

const TITLES: Record<string, MessageKey> = {
  restricted: 'errorRestrictedTitle',
  'no-tab': 'errorNoTabTitle',
  'too-large': 'errorTooLargeTitle',
  failed: 'errorFailedTitle',
  invalid: 'errorFailedTitle',
  quota: 'errorQuotaTitle',
  'not-article': 'notArticleTitle',
};

/** An error or restricted page: what happened, and what to do next. */
export function ErrorNotice({ error, onRetry }: { error: LedeError; onRetry?: () => void }) {
  const restricted = error.code === 'restricted';
  return (
    <div class={`notice ${restricted ? 'notice-restricted' : 'notice-error'}`} role={restricted ? 'status' : 'alert'}>
      <span class="notice-icon" aria-hidden="true">
        {restricted ? <LockIcon /> : <AlertIcon />}
      </span>
      <h1 class="notice-title">{t(TITLES[error.code] ?? TITLES.failed)}</h1>
      <p class="notice-text">{error.message}</p>
      {!restricted && error.code !== 'no-tab' && onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}

/** The page isn't a story: say so, and offer to analyze it anyway. */
export function NotArticle({ title, reasons, onAnalyze }: { title?: string; reasons?: string[]; onAnalyze: () => void }) {
  return (
    <div class="notice notice-not-article" role="status">
      <span class="notice-icon" aria-hidden="true">
        <PaperIcon />
      </span>
      <h1 class="notice-title">{t(TITLES['not-article'])}</h1>
      <p class="notice-text">
        {t('notArticleText')}
        {title ? <> {tParts('notArticleLooks', <span dir="auto">{title}</span>)}</> : null}
      </p>
      <button type="button" class="button" onClick={onAnalyze}>
        {t('analyzeAnyway')}
      </button>
      {reasons?.length ? (
        <details class="notice-why">
          <summary>{t('notArticleWhy')}</summary>
          {/* The detector's signals with their weights, as it writes them (in English). */}
          <ul lang="en" dir="ltr">
            {reasons.map((r) => (
              <li key={r} class={r.startsWith('-') ? 'why-against' : 'why-for'}>
                {r}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

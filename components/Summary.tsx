import { useState } from 'preact/hooks';
import type { SummarySentence } from '../core/types';
import { t } from '../lib/i18n';

/**
 * The summary bullets; activating one scrolls the page to that sentence. When the core offers
 * further sentences (`more`), a "Show more" button reveals them below it, in the story's order.
 */
export function Summary({
  sentences,
  more = [],
  lang,
  onShow,
  idPrefix = 'summary',
}: {
  sentences: SummarySentence[];
  more?: SummarySentence[];
  lang?: string | null;
  onShow?: (s: SummarySentence) => void;
  idPrefix?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  if (!sentences.length) return <p class="empty">{t('summaryEmpty')}</p>;
  const item = (s: SummarySentence) => (
    <li key={s.index}>
      {onShow ? (
        <button type="button" class="summary-item" dir="auto" onClick={() => onShow(s)} title={t('showSentenceInPage')}>
          {s.text}
          <span class="visually-hidden"> ({t('showInPage')})</span>
        </button>
      ) : (
        <span class="summary-item" dir="auto">
          {s.text}
        </span>
      )}
    </li>
  );
  const moreId = `${idPrefix}-more`;
  const further = [...more].sort((a, b) => a.index - b.index);
  return (
    <>
      <ul class="summary" lang={lang ?? undefined}>
        {sentences.map(item)}
      </ul>
      {further.length > 0 && (
        <>
          <button type="button" class="link-button summary-toggle" aria-expanded={expanded} aria-controls={moreId} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('summaryShowLess') : t('summaryShowMore', String(further.length))}
          </button>
          {/* Collapsed, the list stays empty: no hidden buttons for tabbing or page searches to trip on. */}
          <ul id={moreId} class="summary summary-more" lang={lang ?? undefined} aria-label={t('summaryMore')} hidden={!expanded}>
            {expanded && further.map(item)}
          </ul>
        </>
      )}
    </>
  );
}

import type { SummarySentence } from '../core/types';
import { t } from '../lib/i18n';

/** The summary bullets; activating one scrolls the page to that sentence. */
export function Summary({ sentences, lang, onShow }: { sentences: SummarySentence[]; lang?: string | null; onShow?: (s: SummarySentence) => void }) {
  if (!sentences.length) return <p class="empty">{t('summaryEmpty')}</p>;
  return (
    <ul class="summary" lang={lang ?? undefined}>
      {sentences.map((s) => (
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
      ))}
    </ul>
  );
}

/**
 * The digest's three sections (Summary, Timeline, Sources), shared by the popup / side panel
 * and the library's entry view. `onShow` makes summary bullets and the sources' passages jump to
 * their sentence (popup);
 * `summaryExtra` slots in under the summary (the optional AI summary).
 */
import type { ComponentChildren } from 'preact';
import type { Analysis, SummarySentence } from '../core/types';
import { t } from '../lib/i18n';
import { Summary } from './Summary';
import { Timeline } from './Timeline';
import { Sources } from './Sources';

export function Digest(props: { analysis: Analysis; locale: string; onShow?: (s: SummarySentence) => void; summaryExtra?: ComponentChildren }) {
  const { analysis, locale } = props;
  return (
    <>
      <section class="section" aria-labelledby="summary-title">
        <h2 id="summary-title" class="section-title">
          {t('summaryTitle')}
        </h2>
        <Summary sentences={analysis.summary.sentences} more={analysis.summary.more} lang={analysis.article.lang} onShow={props.onShow} />
        {props.summaryExtra}
      </section>
      <section class="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title" class="section-title">
          {t('timelineTitle')}
        </h2>
        <Timeline events={analysis.timeline} locale={locale} />
      </section>
      <section class="section" aria-labelledby="sources-title">
        <h2 id="sources-title" class="section-title">
          {t('sourcesTitle')}
        </h2>
        <Sources sources={analysis.sources} locale={locale} onShow={props.onShow} />
      </section>
    </>
  );
}

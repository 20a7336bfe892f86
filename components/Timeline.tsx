import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../core/types';
import { formatEventDate, machineDate } from '../lib/format';
import { t } from '../lib/i18n';

/**
 * The core writes two labels itself, in English ("Fortune publishes this story", "@x posts: “…”");
 * they are UI, so they are said again in the UI language from the event's structured fields
 * (`who`, `said`). Entries saved before those fields existed are recognised by their wording.
 * Any other label is the story's own text.
 */
export function eventLabel(event: Pick<TimelineEvent, 'label' | 'kind' | 'who' | 'said'>): string {
  if (event.kind === 'published' && event.who) return t('timelinePublishedBy', event.who);
  if (event.kind === 'post' && event.who && event.said !== undefined) return t('timelinePost', event.who, event.said);
  if (event.kind === 'published') {
    if (event.label === 'This story is published') return t('timelinePublished');
    const m = /^(.+) publishes this story$/s.exec(event.label);
    if (m) return t('timelinePublishedBy', m[1]);
  }
  if (event.kind === 'post') {
    const m = /^(.+?) posts: “(.*)”$/s.exec(event.label);
    if (m) return t('timelinePost', m[1], m[2]);
  }
  return event.label;
}

/** A vertical timeline: each date honest to its precision, label first, the source sentence on demand. */
export function Timeline({ events, locale, idPrefix = 'tl' }: { events: TimelineEvent[]; locale: string; idPrefix?: string }) {
  const [open, setOpen] = useState<Set<number>>(() => new Set());
  if (!events.length) return <p class="empty">{t('timelineEmpty')}</p>;
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <ol class="timeline">
      {events.map((event, i) => {
        const expanded = open.has(i);
        const quoteId = `${idPrefix}-quote-${i}`;
        // Metadata events (publication) have no sentence to quote: their "quote" is just the headline.
        const hasQuote = !!event.quote && event.quote !== event.label && event.sentenceIndex >= 0 && event.kind !== 'published';
        return (
          <li key={`${event.date}-${i}`} class={`event event-${event.kind ?? 'event'} precision-${event.precision}${event.expected ? ' event-expected' : ''}`}>
            <span class="event-dot" aria-hidden="true" />
            <time class="event-date" dateTime={machineDate(event)}>
              {formatEventDate(event, locale)}
            </time>
            <div class="event-body">
              <p class="event-label" dir="auto">
                {event.expected && <span class="event-badge">{t('timelineExpected')}</span>}
                {eventLabel(event)}
              </p>
              {hasQuote && (
                <button type="button" class="link-button event-toggle" aria-expanded={expanded} aria-controls={quoteId} onClick={() => toggle(i)}>
                  {expanded ? t('hideQuote') : t('showQuote')}
                  <span class="visually-hidden"> ({formatEventDate(event, locale)}{event.expected ? `, ${t('timelineExpected')}` : ''})</span>
                </button>
              )}
              {hasQuote && (
                <blockquote id={quoteId} class="event-quote" dir="auto" hidden={!expanded}>
                  {event.quote}
                </blockquote>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

import type { Source, SourceKind } from '../core/types';
import { formatNumber, formatPublished, hostOf, safeHref } from '../lib/format';
import { t, type MessageKey } from '../lib/i18n';

const GROUPS: Array<{ kind: SourceKind; label: MessageKey }> = [
  { kind: 'publication', label: 'sourcesPublication' },
  { kind: 'social', label: 'sourcesSocial' },
  { kind: 'agency', label: 'sourcesAgency' },
  { kind: 'document', label: 'sourcesDocument' },
  { kind: 'person', label: 'sourcesPerson' },
  { kind: 'link', label: 'sourcesLink' },
  { kind: 'publisher', label: 'sourcesPublisher' },
  { kind: 'author', label: 'sourcesAuthor' },
];

/** A link that opens in a new tab, only ever to http(s); anything else renders as plain text. */
export function ExternalLink({ href, children, class: cls }: { href?: string; children: preact.ComponentChildren; class?: string }) {
  const safe = safeHref(href);
  if (!safe) return <span class={cls}>{children}</span>;
  return (
    <a class={cls} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function Tweet({ source, locale }: { source: Source; locale: string }) {
  const handle = source.handle ? (source.handle.startsWith('@') ? source.handle : `@${source.handle}`) : null;
  const date = source.date ? (formatPublished(source.date, locale) ?? source.date) : null;
  const who = source.author && source.author !== handle ? source.author : source.name !== handle ? source.name : null;
  return (
    <figure class="tweet">
      <figcaption class="tweet-head">
        <span class="tweet-avatar" aria-hidden="true">
          {(who ?? handle ?? '?').replace(/^@/, '').slice(0, 1).toUpperCase()}
        </span>
        <span class="tweet-who">
          {who && <span class="tweet-name">{who}</span>}
          {handle && <span class="tweet-handle">{handle}</span>}
        </span>
      </figcaption>
      {source.quote && (
        <blockquote class="tweet-text" dir="auto">
          {source.quote}
        </blockquote>
      )}
      <p class="tweet-foot">
        {date && <time dateTime={source.date}>{date}</time>}
        {date && safeHref(source.url) && <span aria-hidden="true"> · </span>}
        {safeHref(source.url) && <ExternalLink href={source.url}>{t('viewPostOn', hostOf(source.url) ?? '')}</ExternalLink>}
      </p>
    </figure>
  );
}

function SourceItem({ source, locale }: { source: Source; locale: string }) {
  if (source.kind === 'social' && (source.handle || source.quote)) return <Tweet source={source} locale={locale} />;
  const host = hostOf(safeHref(source.url));
  return (
    <div class="source">
      <span class="source-name">
        <ExternalLink href={source.url}>{source.name}</ExternalLink>
        {source.count && source.count > 1 ? <span class="source-count"> · {t('citedTimes', formatNumber(source.count, locale))}</span> : null}
      </span>
      {host && host !== source.name.toLowerCase() && <span class="source-host">{host}</span>}
      {source.quote && (
        <q class="source-quote" dir="auto">
          {source.quote}
        </q>
      )}
    </div>
  );
}

/** Sources grouped by kind, in a fixed, meaningful order. */
export function Sources({ sources, locale }: { sources: Source[]; locale: string }) {
  if (!sources.length) return <p class="empty">{t('sourcesEmpty')}</p>;
  const known = new Set(GROUPS.map((g) => g.kind));
  const groups = [...GROUPS, { kind: 'other' as SourceKind, label: 'sourcesOther' as MessageKey }]
    .map((g) => ({ ...g, items: sources.filter((s) => (g.kind === ('other' as SourceKind) ? !known.has(s.kind) : s.kind === g.kind)) }))
    .filter((g) => g.items.length);
  return (
    <div class="sources">
      {groups.map((g) => (
        <section key={g.kind} class={`source-group group-${g.kind}`} aria-label={t(g.label)}>
          <h3 class="group-title">{t(g.label)}</h3>
          <ul>
            {g.items.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                <SourceItem source={s} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * The source list: who the story relies on, grouped (people, organisations, news outlets, posts,
 * documents, agencies and photo credits, links, unnamed sources, publisher, author), the voices
 * the story leans on most first. A person's or organisation's row shows the role, how many
 * times the story relies on it, the first attributed passage and "show all"; activating a
 * passage jumps to that sentence on the page, as summary sentences do.
 */
import { Fragment } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Source, SourceKind, SourcePassage, SummarySentence } from '../core/types';
import { formatNumber, formatPublished, hostOf, safeHref } from '../lib/format';
import { plural, t, type MessageKey } from '../lib/i18n';
import './sources.css';

type GroupKey = SourceKind | 'unnamed';

const GROUPS: Array<{ key: GroupKey; label: MessageKey }> = [
  { key: 'person', label: 'sourcesPerson' },
  { key: 'organization', label: 'sourcesOrganization' },
  { key: 'publication', label: 'sourcesPublication' },
  { key: 'social', label: 'sourcesSocial' },
  { key: 'document', label: 'sourcesDocument' },
  { key: 'agency', label: 'sourcesAgency' },
  { key: 'link', label: 'sourcesLink' },
  { key: 'unnamed', label: 'sourcesUnnamed' },
  { key: 'publisher', label: 'sourcesPublisher' },
  { key: 'author', label: 'sourcesAuthor' },
];

const groupOf = (s: Source): GroupKey => (s.unnamed ? 'unnamed' : s.kind);

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

function Post({ source, locale }: { source: Source; locale: string }) {
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

/** "quoted 4 times" for people and organisations, "cited 4 times" for outlets and documents. */
function timesLabel(source: Source, n: number, locale: string): string {
  const quoted = source.kind === 'person' || source.kind === 'organization';
  return t(quoted ? plural(n, 'quotedOne', 'quotedOther') : plural(n, 'citedOne', 'citedOther'), formatNumber(n, locale));
}

/** "that two council members" → "council members": how a description compares with the source's name. */
const bare = (s: string) => s.toLowerCase().replace(/^((that|the|a|an|some|many|two|three|four|five|several|other|one)\s+)+/, '').trim();

function Passage({ passage, onShow, name }: { passage: SourcePassage; onShow?: (s: SummarySentence) => void; name?: string }) {
  // an unnamed source's passages say how the story described it when that differs from its name
  const who = name && passage.who && bare(passage.who) !== bare(name) ? passage.who.replace(/^that\s+/i, '') : null;
  const body = (
    <>
      {who && <span class="passage-who">{who}: </span>}
      {passage.text}
    </>
  );
  if (!onShow || passage.sentenceIndex < 0)
    return (
      <span class="passage" dir="auto">
        {body}
      </span>
    );
  return (
    <button type="button" class="passage" dir="auto" title={t('showSentenceInPage')} onClick={() => onShow({ text: passage.text, index: passage.sentenceIndex })}>
      {body}
      <span class="visually-hidden"> ({t('showInPage')})</span>
    </button>
  );
}

/** A person, organisation, outlet or unnamed source the story attributes passages to. */
function Voice({ source, locale, onShow }: { source: Source; locale: string; onShow?: (s: SummarySentence) => void }) {
  const [open, setOpen] = useState(false);
  const passages = source.passages ?? [];
  const n = source.count ?? passages.length;
  const rest = passages.slice(1);
  const id = useId();
  return (
    <div class="voice">
      <p class="voice-head">
        <span class="source-name">
          <ExternalLink href={source.url}>{source.name}</ExternalLink>
        </span>
        {source.group && <span class="voice-tag">{t('sourceGroup')}</span>}
        {source.role && (
          <span class="voice-role" dir="auto">
            {source.role}
          </span>
        )}
      </p>
      <p class="voice-meta">
        {[n > 0 ? timesLabel(source, n, locale) : null, source.channel ? t('sourceChannel', source.channel) : null, source.knownAs ? t('sourceKnownAs', source.knownAs) : null]
          .filter((x): x is string => !!x)
          .map((x, i) => (
            <Fragment key={x}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <span>{x}</span>
            </Fragment>
          ))}
      </p>
      {passages[0] && <Passage passage={passages[0]} onShow={onShow} name={source.unnamed ? source.name : undefined} />}
      {rest.length > 0 && (
        <>
          <button type="button" class="link-button voice-more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? t('showFewerPassages') : t('showAllPassages', formatNumber(passages.length, locale))}
          </button>
          <ul id={id} class="passages" hidden={!open}>
            {rest.map((p) => (
              <li key={p.sentenceIndex}>
                <Passage passage={p} onShow={onShow} name={source.unnamed ? source.name : undefined} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SourceItem({ source, locale, onShow }: { source: Source; locale: string; onShow?: (s: SummarySentence) => void }) {
  if (source.kind === 'social' && (source.handle || source.quote)) return <Post source={source} locale={locale} />;
  if (source.passages?.length) return <Voice source={source} locale={locale} onShow={onShow} />;
  const host = hostOf(safeHref(source.url));
  return (
    <div class="source">
      <span class="source-name">
        <ExternalLink href={source.url}>{source.name}</ExternalLink>
        {source.count && source.count > 1 ? <span class="source-count"> · {timesLabel(source, source.count, locale)}</span> : null}
      </span>
      {host && host !== source.name.toLowerCase() && <span class="source-host">{host}</span>}
      {source.kind === 'agency' && source.author && <span class="source-host">{t('sourcePhotographer', source.author)}</span>}
      {source.quote && source.quote !== source.name && !(source.kind === 'agency' && source.author) && (
        <q class="source-quote" dir="auto">
          {source.quote}
        </q>
      )}
    </div>
  );
}

/** Sources grouped by kind, in a fixed, meaningful order; the most relied-on first in each group. */
export function Sources({ sources, locale, onShow }: { sources: Source[]; locale: string; onShow?: (s: SummarySentence) => void }) {
  if (!sources.length) return <p class="empty">{t('sourcesEmpty')}</p>;
  const known = new Set<GroupKey>(GROUPS.map((g) => g.key));
  const groups = [...GROUPS, { key: 'other' as GroupKey, label: 'sourcesOther' as MessageKey }]
    .map((g) => ({ ...g, items: sources.filter((s) => (g.key === ('other' as GroupKey) ? !known.has(groupOf(s)) : groupOf(s) === g.key)) }))
    .filter((g) => g.items.length);
  return (
    <div class="sources">
      {groups.map((g) => (
        <section key={g.key} class={`source-group group-${g.key}`} aria-label={t(g.label)}>
          <h3 class="group-title">{t(g.label)}</h3>
          <ul>
            {g.items.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                <SourceItem source={s} locale={locale} onShow={onShow} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The list of saved entries: filters, selection, newest first, paged (50 at a time, more on scroll). */
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber } from '../../lib/format';
import { plural, t, tParts } from '../../lib/i18n';
import type { LibraryQuery } from '../../lib/library/search';
import type { EntryRow } from '../../lib/library/types';
import type { LibraryView } from './useLibrary';
import { highlightCount } from './highlightCount';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function savedDate(iso: string, locale: string): string {
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })));
  return f.format(new Date(iso));
}

export function entryHref(id: string): string {
  return `#entry=${encodeURIComponent(id)}`;
}

interface Props {
  view: LibraryView | null;
  query: LibraryQuery;
  locale: string;
  selected: Set<string>;
  onSelect: (s: Set<string>) => void;
  onSite: (site: string | null) => void;
  onTag: (tag: string | null) => void;
  onHighlighted: (on: boolean) => void;
  onMore: () => void;
  onDelete: (ids: string[]) => void;
  onClear: () => void;
}

export function EntryList({ view, query, locale, selected, onSelect, onSite, onTag, onHighlighted, onMore, onDelete, onClear }: Props) {
  const sentinel = useRef<HTMLDivElement>(null);
  const more = view ? view.rows.length < view.total : false;

  // Load the next page when the end of the list comes into view.
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more) return;
    const io = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && onMore(), { rootMargin: '600px' });
    io.observe(el);
    return () => io.disconnect();
  }, [more, view?.rows.length]);

  // First paint of the list, for the benchmark (performance.getEntriesByName('lede:list')).
  useEffect(() => {
    if (view && !performance.getEntriesByName('lede:list').length) performance.mark('lede:list');
  }, [!!view]);

  if (!view) return <p class="lib-loading" role="status">{t('openingLibrary')}</p>;

  const filtered = !!(query.q?.trim() || query.site || query.tag || query.highlighted);
  const allShownSelected = view.rows.length > 0 && view.rows.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  if (view.count === 0)
    return (
      <section class="lib-empty">
        <h1 class="lib-empty-title">{t('libraryEmptyTitle')}</h1>
        <p>{tParts('libraryEmptyText', <strong>{t('save')}</strong>)}</p>
        <p>{t('libraryEmptyMenu')}</p>
      </section>
    );

  return (
    <section aria-labelledby="lib-list-title" data-q={view.q}>
      <div class="lib-toolbar">
        <h1 id="lib-list-title" class="lib-count" aria-live="polite">
          {filtered
            ? t(plural(view.count, 'countFilteredOne', 'countFilteredOther'), formatNumber(view.total, locale), formatNumber(view.count, locale))
            : t(plural(view.count, 'countSavedOne', 'countSavedOther'), formatNumber(view.count, locale))}
        </h1>
        <div class="lib-filters">
          <label class="lib-filter">
            <span class="visually-hidden">{t('filterBySite')}</span>
            <select value={query.site ?? ''} onChange={(e) => onSite(e.currentTarget.value || null)}>
              <option value="">{t('allSites')}</option>
              {view.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label class="lib-filter">
            <span class="visually-hidden">{t('filterByTag')}</span>
            <select value={query.tag ?? ''} onChange={(e) => onTag(e.currentTarget.value || null)} disabled={!view.tags.length && !query.tag}>
              <option value="">{view.tags.length || query.tag ? t('allTags') : t('noTagsYet')}</option>
              {view.tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label class="lib-check lib-filter-check">
            <input type="checkbox" checked={!!query.highlighted} onChange={(e) => onHighlighted(e.currentTarget.checked)} />
            <span>{t('withHighlights')}</span>
          </label>
          {filtered && (
            <button type="button" class="lib-link" onClick={onClear}>
              {t('clear')}
            </button>
          )}
        </div>
      </div>

      {view.rows.length > 0 && (
        <div class="lib-selectbar">
          <label class="lib-check">
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={(e) => {
                const next = new Set(selected);
                for (const r of view.rows) e.currentTarget.checked ? next.add(r.id) : next.delete(r.id);
                onSelect(next);
              }}
            />
            <span>{selected.size ? t('selectedCount', formatNumber(selected.size, locale)) : t('selectAllShown')}</span>
          </label>
          {selected.size > 0 && (
            <>
              <button type="button" class="lib-link" onClick={() => onSelect(new Set())}>
                {t('clearSelection')}
              </button>
              <button type="button" class="lib-link is-danger" onClick={() => onDelete([...selected])}>
                {t('deleteSelected')}
              </button>
            </>
          )}
        </div>
      )}

      {view.total === 0 ? (
        <p class="lib-none">
          {[t('nothingMatches'), query.q?.trim() && t('matchQuery', query.q.trim()), query.site && t('matchSite', query.site), query.tag && t('matchTag', query.tag), query.highlighted && t('matchHighlighted')].filter(Boolean).join(' ')}.{' '}
          <button type="button" class="lib-link" onClick={onClear}>
            {t('showEverything')}
          </button>
        </p>
      ) : (
        <ol class="lib-list">
          {view.rows.map((r) => (
            <Item key={r.id} row={r} locale={locale} checked={selected.has(r.id)} onCheck={(on) => toggle(r.id, on)} onTag={onTag} />
          ))}
        </ol>
      )}
      {more && (
        <div ref={sentinel} class="lib-more">
          <button type="button" class="button button-quiet" onClick={onMore}>
            {t('showMore', formatNumber(view.total - view.rows.length, locale))}
          </button>
        </div>
      )}
    </section>
  );
}

function Item({ row, locale, checked, onCheck, onTag }: { row: EntryRow; locale: string; checked: boolean; onCheck: (on: boolean) => void; onTag: (t: string) => void }) {
  const titleId = `t-${row.id}`;
  return (
    <li class={`lib-item${checked ? ' is-selected' : ''}`}>
      <input class="lib-item-check" type="checkbox" checked={checked} aria-label={t('selectEntry', row.title)} onChange={(e) => onCheck(e.currentTarget.checked)} />
      <div class="lib-item-body">
        <p class="lib-item-meta">
          <span class="lib-item-site">{row.site}</span>
          <span aria-hidden="true"> · </span>
          <span>{tParts('savedOn', <time dateTime={row.savedAt}>{savedDate(row.savedAt, locale)}</time>)}</span>
          {!!row.highlights && (
            <>
              <span aria-hidden="true"> · </span>
              <span class="lib-item-highlights">{highlightCount(row.highlights, locale)}</span>
            </>
          )}
        </p>
        <h2 class="lib-item-title" dir="auto">
          <a id={titleId} href={entryHref(row.id)}>
            {row.title}
          </a>
        </h2>
        {row.summaryLine && (
          <p class="lib-item-summary" dir="auto">
            {row.summaryLine}
          </p>
        )}
        {(row.tags.length > 0 || row.note) && (
          <p class="lib-item-extra">
            {row.tags.map((tag) => (
              <button key={tag} type="button" class="lib-tag" onClick={() => onTag(tag)} aria-label={t('showTagged', tag)}>
                {tag}
              </button>
            ))}
            {row.note && <span class="lib-item-note">{row.note.length > 120 ? row.note.slice(0, 120) + '…' : row.note}</span>}
          </p>
        )}
      </div>
    </li>
  );
}

/**
 * The library page's live view of the store.
 * First paint reads only the newest page of rows straight from IndexedDB; meanwhile the search
 * index (lib/library/search.ts) loads in the background, and from then on every list (search,
 * site and tag filters, paging) is answered from memory, with only the shown rows read from disk.
 * Changes made anywhere (this page, the popup, another tab) flow in through Dexie liveQuery.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { t } from '../../lib/i18n';
import type { LibraryDB } from '../../lib/library/db';
import { SearchIndex, type LibraryQuery } from '../../lib/library/search';
import type { EntryRow } from '../../lib/library/types';

export interface LibraryView {
  /** The shown rows (the first `limit` matches). */
  rows: EntryRow[];
  /** How many entries match. */
  total: number;
  /** How many entries the library has. */
  count: number;
  sites: string[];
  tags: string[];
  /** The search text this view answers (the list marks itself with it; the benchmark waits for it). */
  q: string;
}

type Found = { rows: EntryRow[]; total: number; q: string };

export function useLibrary(db: LibraryDB, query: LibraryQuery, limit: number): { view: LibraryView | null; error: string | null; searchReady: boolean } {
  const index = useMemo(() => new SearchIndex(db), [db]);
  const [ready, setReady] = useState(false);
  const [version, setVersion] = useState(0);
  const [found, setFound] = useState<Found | null>(null);
  const [facet, setFacet] = useState<{ sites: string[]; tags: string[]; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(t('libraryUnreadable', e instanceof Error ? e.message : String(e)));

  // Load the index once the first page is on screen, then follow every write to the search records.
  const painted = found !== null;
  useEffect(() => {
    if (!painted && !(query.q?.trim() || query.site || query.tag || query.highlighted)) return;
    let sub: { unsubscribe(): void } | null = null;
    let live = true;
    const start = setTimeout(() => {
      sub = liveQuery(() => Promise.all([db.search.count(), db.search.orderBy('touched').last()])).subscribe({
        next: () =>
          void index.refresh().then(
            (changed) => {
              if (!live) return;
              if (!performance.getEntriesByName('lede:search-ready').length) performance.mark('lede:search-ready');
              setReady(true);
              if (changed) setVersion((v) => v + 1);
            },
            fail,
          ),
        error: fail,
      });
    }, 50);
    return () => {
      live = false;
      clearTimeout(start);
      sub?.unsubscribe();
    };
  }, [index, painted || !!(query.q?.trim() || query.site || query.tag || query.highlighted)]);

  const filtered = !!(query.q?.trim() || query.site || query.tag || query.highlighted);

  // The filters' sites and tags, from memory, whenever the index changes.
  useEffect(() => {
    if (ready) setFacet(index.facets());
  }, [index, ready, version]);

  // A layout effect: the first query starts before the first frame is painted, not after it.
  useLayoutEffect(() => {
    const q = query.q ?? '';
    if (ready) {
      // All from memory: the index holds the rows it answers with, and follows every write.
      const rows = index.match(query);
      setFound({ rows: rows.slice(0, limit), total: rows.length, q });
      setError(null);
      return;
    }
    if (filtered) return; // answered as soon as the index is ready
    const sub = liveQuery(async () => ({ rows: await db.entries.orderBy('savedAt').reverse().limit(limit).toArray(), total: await db.entries.count(), q })).subscribe({
      next: setFound,
      error: fail,
    });
    return () => sub.unsubscribe();
  }, [db, index, ready, version, query.q, query.site, query.tag, query.highlighted, limit]);

  return {
    // Until the index is in, the filters are empty and the count is the list's.
    view: found ? { ...found, ...(ready && facet ? facet : { sites: [], tags: [], count: found.total }) } : null,
    error,
    searchReady: ready,
  };
}

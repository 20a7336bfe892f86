/**
 * The library page's live view of the store: the matching ids (newest first), the rows of the
 * first `limit` of them, and the sites/tags for the filters. Re-runs by itself when anything
 * changes the database, in this page or elsewhere (Dexie liveQuery: a save from the popup shows up).
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { LibraryDB } from '../../lib/library/db';
import { searchIds, type LibraryQuery } from '../../lib/library/search';
import { facets, getRows } from '../../lib/library/store';
import type { EntryRow } from '../../lib/library/types';

export interface LibraryView {
  ids: string[];
  rows: EntryRow[];
  sites: string[];
  tags: string[];
  count: number;
  /** Milliseconds the query took (shown to no one; read by the benchmark). */
  took: number;
}

export function useLibrary(db: LibraryDB, query: LibraryQuery, limit: number): { view: LibraryView | null; error: string | null } {
  const [view, setView] = useState<LibraryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const sub = liveQuery(async () => {
      const t0 = performance.now();
      const [ids, f] = await Promise.all([searchIds(db, query), facets(db)]);
      const rows = await getRows(db, ids.slice(0, limit));
      return { ids, rows, ...f, took: performance.now() - t0 };
    }).subscribe({
      next: (v) => {
        setView(v);
        setError(null);
      },
      error: (e: unknown) => setError(`The library could not be read: ${e instanceof Error ? e.message : String(e)}`),
    });
    return () => sub.unsubscribe();
  }, [db, query.q, query.site, query.tag, limit]);
  return { view, error };
}

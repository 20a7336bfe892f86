/**
 * Highlights of one story straight from the library database, for extension pages (the reader
 * page): they share the database's origin, so no message is needed. Changes made elsewhere (the
 * overlay, the page, another reader tab) arrive through Dexie's liveQuery.
 */
import { liveQuery } from 'dexie';
import type { Analysis } from '../../core/types';
import type { HighlightClient } from '../highlights/client';
import type { LibraryDB } from './db';
import { addHighlight, changeHighlight, listHighlights } from './highlights';
import { canonicalKey } from './url';

export function libraryHighlightClient(db: LibraryDB, analysis: Analysis): HighlightClient {
  const entryId = canonicalKey(analysis.url, analysis.article.canonicalUrl);
  return {
    list: () => (entryId ? listHighlights(db, entryId) : Promise.resolve([])),
    add: (highlight) => addHighlight(db, { analysis }, highlight, { source: analysis.url }),
    change: (id, change) => changeHighlight(db, id, change, { entryId }),
    watch(onChange) {
      if (!entryId) return () => {};
      let first = true;
      const sub = liveQuery(() => db.highlights.where('entryId').equals(entryId).toArray()).subscribe({
        next: () => {
          // The first answer is what list() already gave.
          if (first) first = false;
          else onChange();
        },
        error: () => {},
      });
      return () => sub.unsubscribe();
    },
  };
}

/**
 * The library database (Dexie over IndexedDB). Every schema change is a new version with an
 * upgrade that brings older data along; never edit a released version.
 *
 * v1: entries (light rows: id = canonical URL, indexed by savedAt, site and tags) and
 *     articles (the full Analysis per id).
 * v2: search (one record of search words per entry, indexed by write time), computed for the
 *     entries already saved.
 * v3: highlights (one row per highlight, indexed by entry and by the page it was made on). Nothing
 *     before it had highlights: the upgrade only adds the table, every entry, digest and search
 *     record stays as it was (an entry row without a `highlights` count has none).
 */
import { Dexie, type Table, type DexieOptions } from 'dexie';
import type { ArticleRow, EntryRow, Highlight, SearchRow } from './types';
import { searchRow } from './search';

export const DB_NAME = 'lede-library';

export const SCHEMA_V1 = {
  entries: 'id, savedAt, site, *tags',
  articles: 'id',
};

export const SCHEMA_V2 = {
  search: 'id, touched',
};

export const SCHEMA_V3 = {
  highlights: 'id, entryId, source',
};

export class LibraryDB extends Dexie {
  entries!: Table<EntryRow, string>;
  articles!: Table<ArticleRow, string>;
  search!: Table<SearchRow, string>;
  highlights!: Table<Highlight, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const entries = tx.table<EntryRow, string>('entries');
        const articles = tx.table<ArticleRow, string>('articles');
        const search = tx.table<SearchRow, string>('search');
        const ids = await entries.toCollection().primaryKeys();
        for (let i = 0; i < ids.length; i += 200) {
          const part = ids.slice(i, i + 200);
          const [rows, bodies] = await Promise.all([entries.bulkGet(part), articles.bulkGet(part)]);
          await search.bulkPut(rows.flatMap((row, k) => (row ? [searchRow(row, bodies[k]?.analysis)] : [])));
        }
      });
    this.version(3).stores(SCHEMA_V3);
  }
}

let shared: LibraryDB | null = null;
/** The one database of this context (extension page or background). */
export function libraryDb(): LibraryDB {
  return (shared ??= new LibraryDB());
}

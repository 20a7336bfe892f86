/**
 * The library database (Dexie over IndexedDB). Every schema change is a new version with an
 * upgrade that brings older data along; never edit a released version.
 *
 * v1: entries (light rows: id = canonical URL, indexed by savedAt, site and tags) and
 *     articles (the full Analysis per id).
 * v2: entries gain `words`, a multiEntry index of search tokens, computed for existing rows.
 */
import { Dexie, type Table, type DexieOptions } from 'dexie';
import type { ArticleRow, EntryRow } from './types';
import { entryWords } from './search';

export const DB_NAME = 'lede-library';

export const SCHEMA_V1 = {
  entries: 'id, savedAt, site, *tags',
  articles: 'id',
};

export const SCHEMA_V2 = {
  entries: 'id, savedAt, site, *tags, *words',
};

export class LibraryDB extends Dexie {
  entries!: Table<EntryRow, string>;
  articles!: Table<ArticleRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const words = new Map<string, string[]>();
        await tx
          .table<ArticleRow, string>('articles')
          .each((a) => words.set(a.id, entryWords(undefined, a.analysis)));
        await tx
          .table<EntryRow, string>('entries')
          .toCollection()
          .modify((e) => {
            e.words = entryWords(e, undefined, words.get(e.id));
          });
      });
  }
}

let shared: LibraryDB | null = null;
/** The one database of this context (extension page or background). */
export function libraryDb(): LibraryDB {
  return (shared ??= new LibraryDB());
}

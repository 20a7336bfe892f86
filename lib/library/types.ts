import type { Analysis } from '../../core/types';

/**
 * One saved article as the library lists it (the "light" row: no article body).
 * Keyed by `id`, the canonical URL (see `canonicalKey`). Dates are ISO 8601 in UTC.
 */
export interface EntryRow {
  /** Canonical URL: the Analysis' canonicalUrl, else the page URL without hash and tracking params. */
  id: string;
  /** The URL the article was saved from (as the browser had it). */
  url: string;
  title: string;
  /** Site name, else the host without "www.". */
  site: string;
  byline: string | null;
  publishedTime: string | null;
  /** First summary sentence, for the list. */
  summaryLine: string;
  wordCount: number;
  /** First time this URL was saved; never changes on re-save. */
  savedAt: string;
  /** Last save, note or tag change. */
  updatedAt: string;
  note: string;
  tags: string[];
}

/**
 * Derived (schema v2): what search needs of an entry, one small record per entry, read in one go
 * by the library page to build its in-memory index.
 */
export interface SearchRow {
  id: string;
  /** The entry's light row, so that a search answers with what the list shows without reading `entries`. */
  row: EntryRow;
  /** Distinct normalized words of title, site, byline, summary, text, note and tags, space-separated. */
  words: string;
  /** When this record was last written (ms): lets an open page pick up only what changed. */
  touched: number;
}

/** The full digest, stored apart from the light row so that listing 10,000 entries stays cheap. */
export interface ArticleRow {
  id: string;
  analysis: Analysis;
}

/** An entry with its digest, as exported and imported. */
export interface FullEntry {
  entry: EntryRow;
  analysis: Analysis;
}

import type { Analysis } from '../../core/types';
import type { QuoteSelector } from '../highlights/anchor';

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
  /** How many highlights the entry has (schema v3; absent in rows written before, meaning none). */
  highlights?: number;
}

/** The four highlight colours, in the toolbar's order. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export function isHighlightColor(x: unknown): x is HighlightColor {
  return typeof x === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(x);
}

/**
 * A highlight (schema v3): a passage of a saved story, with a colour and a note.
 * Where it is, is a W3C Web Annotation-style text quote selector (see lib/highlights/anchor.ts).
 */
export interface Highlight {
  /** Random id (UUID). */
  id: string;
  /** The entry it belongs to (its canonical URL). */
  entryId: string;
  /** The page it was made on, without hash and tracking parameters (W3C `target.source`): finds the entry from a live page. */
  source: string;
  /** Where it was made: positions and paths are hints only on the same kind of surface. */
  made: 'page' | 'reader';
  quote: QuoteSelector;
  color: HighlightColor;
  note: string;
  /** Reading order: where the quote is in the saved story's text (Infinity-like large when it isn't). */
  order: number;
  createdAt: string;
  updatedAt: string;
}

/** What a surface sends to create a highlight. */
export interface NewHighlight {
  quote: QuoteSelector;
  color: HighlightColor;
  note?: string;
  made: 'page' | 'reader';
}

/** A change to a highlight: a colour, a note, or its removal. */
export interface HighlightChange {
  color?: HighlightColor;
  note?: string;
  remove?: boolean;
}

/**
 * Derived (schema v2): what search needs of an entry, one small record per entry, read in one go
 * by the library page to build its in-memory index.
 */
export interface SearchRow {
  id: string;
  /** The entry's light row, so that a search answers with what the list shows without reading `entries`. */
  row: EntryRow;
  /** Distinct normalized words of title, site, byline, summary, text, note, tags and highlights (text and notes), space-separated. */
  words: string;
  /** When this record was last written (ms): lets an open page pick up only what changed. */
  touched: number;
}

/** The full digest, stored apart from the light row so that listing 10,000 entries stays cheap. */
export interface ArticleRow {
  id: string;
  analysis: Analysis;
}

/** An entry with its digest (and its highlights, in reading order), as exported and imported. */
export interface FullEntry {
  entry: EntryRow;
  analysis: Analysis;
  highlights?: Highlight[];
}

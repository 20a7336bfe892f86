/**
 * What a surface (the reader overlay, the reader page, the page itself) needs to keep highlights:
 * list, add, change; each surface implements it over its own channel (messages to the background
 * from a page, the database directly from an extension page).
 */
import type { Result } from '../messages';
import type { Highlight, HighlightChange, NewHighlight } from '../library/types';
import type { QuoteSelector } from './anchor';

export interface HighlightClient {
  /** The story's highlights, in reading order. */
  list(): Promise<Highlight[]>;
  add(highlight: NewHighlight): Promise<Result<{ highlight: Highlight; saved: boolean }>>;
  change(id: string, change: HighlightChange): Promise<Result<Highlight | null>>;
  /** Calls back when the highlights changed elsewhere; returns the unsubscribe. */
  watch?(onChange: () => void): () => void;
}

/**
 * The selector to anchor on a surface: positions and paths are hints only where the highlight was
 * made on the same kind of surface (the reader's text is not the page's).
 */
export function quoteFor(h: Pick<Highlight, 'quote' | 'made'>, surface: 'page' | 'reader'): QuoteSelector {
  return h.made === surface ? h.quote : { ...h.quote, start: NaN, end: NaN, path: undefined };
}

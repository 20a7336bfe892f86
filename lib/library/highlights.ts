/**
 * Highlights and their notes, in the library's database (schema v3, `highlights`).
 *
 * A highlight belongs to a saved entry: adding one to a story that isn't saved yet saves it first,
 * in the same transaction. Every write keeps the entry's highlight count, its "updated" date and
 * its search words (highlight text and notes are searchable) in step, in one transaction over the
 * tables it touches, like every other library write.
 *
 * What arrives here may come from a page's content script: every field is checked and bounded
 * (`cleanNewHighlight`) and a change names the entry it expects, so a surface can only touch the
 * highlights of the story it shows.
 */
import type { Analysis } from '../../core/types';
import { t } from '../i18n';
import { fail, ok, type Result } from '../messages';
import { CONTEXT, MAX_QUOTE, matchQuote, type QuoteSelector } from '../highlights/anchor';
import type { LibraryDB } from './db';
import { searchRow } from './search';
import { MAX_NOTE_LENGTH, rowFor, toLedeError } from './store';
import { type EntryRow, type Highlight, type HighlightChange, type NewHighlight, isHighlightColor } from './types';
import { canonicalKey, cleanUrl } from './url';

/** More than any person highlights in one story; bounds what a confused sender can write. */
export const MAX_HIGHLIGHTS_PER_ENTRY = 1000;
/** The reading order of a highlight whose quote is not in the saved story's text: after the others. */
export const ORDER_UNKNOWN = 1e12;

function iso(now: Date | number | undefined): string {
  return new Date(now ?? Date.now()).toISOString();
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A quote selector from an untrusted sender, checked and bounded; null when it isn't one. */
export function cleanQuote(raw: unknown): QuoteSelector | null {
  if (!raw || typeof raw !== 'object') return null;
  const q = raw as Record<string, unknown>;
  if (typeof q.exact !== 'string' || !q.exact.trim() || q.exact.length > MAX_QUOTE) return null;
  const text = (v: unknown, keep: 'start' | 'end') => (typeof v === 'string' ? (keep === 'end' ? v.slice(-CONTEXT) : v.slice(0, CONTEXT)) : '');
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);
  const out: QuoteSelector = { exact: q.exact, prefix: text(q.prefix, 'end'), suffix: text(q.suffix, 'start'), start: num(q.start), end: num(q.end) };
  if (Array.isArray(q.path) && q.path.length <= 64 && q.path.every((n) => Number.isInteger(n) && n >= 0 && n < 1e6)) out.path = q.path as number[];
  return out;
}

/** A new highlight from an untrusted sender, checked; null when it isn't one. */
export function cleanNewHighlight(raw: unknown): NewHighlight | null {
  if (!raw || typeof raw !== 'object') return null;
  const h = raw as Record<string, unknown>;
  const quote = cleanQuote(h.quote);
  if (!quote || !isHighlightColor(h.color)) return null;
  if (h.note !== undefined && typeof h.note !== 'string') return null;
  const made = h.made === 'page' ? 'page' : 'reader';
  return { quote, color: h.color, note: typeof h.note === 'string' ? h.note.slice(0, MAX_NOTE_LENGTH) : '', made };
}

/** A change from an untrusted sender, checked; null when it isn't one. */
export function cleanChange(raw: unknown): HighlightChange | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  const out: HighlightChange = {};
  if (c.color !== undefined) {
    if (!isHighlightColor(c.color)) return null;
    out.color = c.color;
  }
  if (c.note !== undefined) {
    if (typeof c.note !== 'string') return null;
    out.note = c.note.slice(0, MAX_NOTE_LENGTH);
  }
  if (c.remove !== undefined) {
    if (typeof c.remove !== 'boolean') return null;
    out.remove = c.remove;
  }
  return out;
}

/** Where a quote stands in the saved story's text (its reading order). */
export function readingOrder(analysis: Analysis | undefined, quote: QuoteSelector): number {
  const text = analysis?.article.text;
  if (!text) return ORDER_UNKNOWN;
  // Positions come from another text (the page, the reader): only the quote and its context count here.
  return matchQuote(text, { ...quote, start: NaN, end: NaN, path: undefined })?.start ?? ORDER_UNKNOWN;
}

/** Highlights in reading order: where they are in the story, then when they were made. */
export function inReadingOrder<T extends Pick<Highlight, 'order' | 'createdAt' | 'id'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.order - b.order || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An entry's highlights, in reading order. */
export async function listHighlights(db: LibraryDB, entryId: string): Promise<Highlight[]> {
  return inReadingOrder(await db.highlights.where('entryId').equals(entryId).toArray());
}

/**
 * The saved entry a page belongs to, without analyzing it: the page's own address is the entry's
 * key (no canonical link), or a highlight was made on this address.
 */
export async function entryForPage(db: LibraryDB, pageUrl: string): Promise<string | null> {
  const key = cleanUrl(pageUrl);
  if (!key) return null;
  return db.transaction('r', db.entries, db.highlights, async () => {
    if (await db.entries.get(key)) return key;
    const h = await db.highlights.where('source').equals(key).first();
    return h && (await db.entries.get(h.entryId)) ? h.entryId : null;
  });
}

/** The highlights of the story on a page (for re-anchoring there), in reading order. */
export async function highlightsForPage(db: LibraryDB, pageUrl: string): Promise<{ entryId: string | null; highlights: Highlight[] }> {
  const entryId = await entryForPage(db, pageUrl);
  return { entryId, highlights: entryId ? await listHighlights(db, entryId) : [] };
}

/** Rewrites an entry's search record and highlight count after its highlights changed (inside a transaction). */
async function refreshEntry(db: LibraryDB, row: EntryRow, now: string, analysis?: Analysis): Promise<EntryRow> {
  const all = await db.highlights.where('entryId').equals(row.id).toArray();
  if (all.length) row.highlights = all.length;
  else delete row.highlights;
  row.updatedAt = now;
  await db.entries.put(row);
  await db.search.put(searchRow(row, analysis ?? (await db.articles.get(row.id))?.analysis, all));
  return row;
}

export interface Added {
  highlight: Highlight;
  /** The story was not in the library and has just been saved. */
  saved: boolean;
}

/**
 * Adds a highlight to a story: to the entry `entryId` when it is saved, else (given its analysis)
 * saves the story first. `source` is the address of the page it was made on.
 */
export async function addHighlight(
  db: LibraryDB,
  story: { entryId?: string | null; analysis?: Analysis },
  input: NewHighlight,
  opts: { source: string; now?: Date | number },
): Promise<Result<Added>> {
  const clean = cleanNewHighlight(input);
  if (!clean) return fail('invalid', t('highlightInvalid'));
  const source = cleanUrl(opts.source);
  if (!source) return fail('invalid', t('onlyWebPages'));
  const fromAnalysis = story.analysis ? canonicalKey(story.analysis.url, story.analysis.article?.canonicalUrl) : null;
  const now = iso(opts.now);
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      let id = story.entryId ?? fromAnalysis;
      let row = id ? await db.entries.get(id) : undefined;
      if (!row && fromAnalysis && id !== fromAnalysis) row = await db.entries.get((id = fromAnalysis));
      let analysis = row ? (await db.articles.get(row.id))?.analysis : undefined;
      let saved = false;
      if (!row) {
        if (!story.analysis || !fromAnalysis) return fail('invalid', t('entryGone'));
        row = rowFor(story.analysis, now)!;
        analysis = story.analysis;
        await db.articles.put({ id: row.id, analysis });
        saved = true;
      }
      const count = await db.highlights.where('entryId').equals(row.id).count();
      if (count >= MAX_HIGHLIGHTS_PER_ENTRY) return fail('invalid', t('highlightTooMany', MAX_HIGHLIGHTS_PER_ENTRY));
      const highlight: Highlight = {
        id: newId(),
        entryId: row.id,
        source,
        made: clean.made,
        quote: clean.quote,
        color: clean.color,
        note: clean.note ?? '',
        order: readingOrder(analysis, clean.quote),
        createdAt: now,
        updatedAt: now,
      };
      await db.highlights.put(highlight);
      await refreshEntry(db, row, now, analysis);
      return ok({ highlight, saved });
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e, 'save') };
  }
}

/**
 * Changes a highlight's colour or note, or removes it. `entryId`, when given, is the entry the
 * caller shows: a highlight of any other entry is refused. Answers the highlight as it is now
 * (null once removed).
 */
export async function changeHighlight(
  db: LibraryDB,
  id: string,
  change: HighlightChange,
  opts: { entryId?: string | null; now?: Date | number } = {},
): Promise<Result<Highlight | null>> {
  const clean = cleanChange(change);
  if (!clean) return fail('invalid', t('highlightInvalid'));
  const now = iso(opts.now);
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      const h = await db.highlights.get(id);
      if (!h || (opts.entryId !== undefined && h.entryId !== opts.entryId)) return fail('invalid', t('highlightGone'));
      const row = await db.entries.get(h.entryId);
      if (clean.remove) {
        await db.highlights.delete(id);
        if (row) await refreshEntry(db, row, now);
        return ok(null);
      }
      const next: Highlight = { ...h, ...(clean.color ? { color: clean.color } : {}), ...(clean.note !== undefined ? { note: clean.note } : {}), updatedAt: now };
      await db.highlights.put(next);
      if (row) await refreshEntry(db, row, now);
      return ok(next);
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e, 'update') };
  }
}

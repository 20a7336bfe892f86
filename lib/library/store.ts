/**
 * The library store: save, edit, delete (with undo), read. Every write is one transaction over
 * both tables, so a failed write (quota, disk) changes nothing and loses nothing saved before.
 */
import type { Analysis } from '../../core/types';
import { t, type MessageKey } from '../i18n';
import { fail, ok, type LedeError, type Result } from '../messages';
import type { LibraryDB } from './db';
import type { ArticleRow, EntryRow, FullEntry, Highlight } from './types';
import { canonicalKey, hostOf } from './url';
import { searchRow } from './search';
import { inReadingOrder, readingOrder } from './highlights';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_NOTE_LENGTH = 10_000;

function iso(now: Date | number | undefined): string {
  return new Date(now ?? Date.now()).toISOString();
}

/** Tags as a person means them: trimmed, single-spaced, no duplicates (case-insensitive), no empties. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

/** The light row for an Analysis; keeps the first-saved date, note and tags of `existing`. */
export function rowFor(analysis: Analysis, now: string, existing?: EntryRow): EntryRow | null {
  const a = analysis.article;
  const id = canonicalKey(analysis.url, a.canonicalUrl);
  if (!id) return null;
  const row: EntryRow = {
    id,
    url: analysis.url,
    title: a.title || hostOf(id) || id,
    site: a.siteName?.trim() || hostOf(id),
    byline: a.byline ?? null,
    publishedTime: a.publishedTime ?? null,
    summaryLine: analysis.summary.sentences[0]?.text ?? a.excerpt ?? '',
    wordCount: a.wordCount ?? 0,
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    note: existing?.note ?? '',
    tags: existing?.tags ?? [],
  };
  if (existing?.highlights) row.highlights = existing.highlights;
  return row;
}

function errorNames(e: unknown): string[] {
  const names: string[] = [];
  for (let x = e as { name?: string; inner?: unknown } | undefined, i = 0; x && i < 5; x = x.inner as typeof x, i++) {
    if (typeof x.name === 'string') names.push(x.name);
  }
  return names;
}

/** A write failure as a person should read it. Nothing saved before is ever lost: say so. */
const DOING: Record<'save' | 'update' | 'delete' | 'restore' | 'import', MessageKey> = {
  save: 'doingSave',
  update: 'doingUpdate',
  delete: 'doingDelete',
  restore: 'doingRestore',
  import: 'doingImport',
};

export function toLedeError(e: unknown, doing: keyof typeof DOING = 'save'): LedeError {
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) return { code: 'quota', message: t('storageFull', t(DOING[doing])) };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'failed', message: t('storageFailed', t(DOING[doing]), detail) };
}

/** Saves (or updates) the digest of an article. Its highlights stay, placed again in the new text. */
export async function saveAnalysis(
  db: LibraryDB,
  analysis: Analysis,
  opts: { now?: Date | number } = {},
): Promise<Result<{ id: string; updated: boolean }>> {
  const id = canonicalKey(analysis.url, analysis.article?.canonicalUrl);
  if (!id) return fail('invalid', t('onlyWebPages'));
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      const existing = await db.entries.get(id);
      const row = rowFor(analysis, iso(opts.now), existing)!;
      const highlights = existing ? await db.highlights.where('entryId').equals(id).toArray() : [];
      // The story's text may have changed: each highlight's place in it too.
      const moved = highlights.filter((h) => h.order !== (h.order = readingOrder(analysis, h.quote)));
      if (moved.length) await db.highlights.bulkPut(moved);
      await db.entries.put(row);
      await db.articles.put({ id, analysis });
      await db.search.put(searchRow(row, analysis, highlights));
      return ok({ id, updated: !!existing });
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e) };
  }
}

/** Changes the note and/or tags of an entry (and its search words). */
export async function updateEntry(
  db: LibraryDB,
  id: string,
  change: { note?: string; tags?: string[] },
  opts: { now?: Date | number } = {},
): Promise<Result<EntryRow>> {
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      const row = await db.entries.get(id);
      if (!row) return fail('invalid', t('entryGone'));
      if (change.note !== undefined) row.note = change.note.slice(0, MAX_NOTE_LENGTH);
      if (change.tags !== undefined) row.tags = normalizeTags(change.tags);
      row.updatedAt = iso(opts.now);
      await db.entries.put(row);
      await db.search.put(searchRow(row, (await db.articles.get(id))?.analysis, await db.highlights.where('entryId').equals(id).toArray()));
      return ok(row);
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e, 'update') };
  }
}

export async function getEntry(db: LibraryDB, id: string): Promise<FullEntry | undefined> {
  const [entry, article, highlights] = await db.transaction('r', [db.entries, db.articles, db.highlights], () =>
    Promise.all([db.entries.get(id), db.articles.get(id), db.highlights.where('entryId').equals(id).toArray()]),
  );
  return entry && article ? { entry, analysis: article.analysis, highlights: inReadingOrder(highlights) } : undefined;
}

export async function getRows(db: LibraryDB, ids: string[]): Promise<EntryRow[]> {
  return (await db.entries.bulkGet(ids)).filter((r): r is EntryRow => !!r);
}

/** Deletes entries (with their highlights) and hands them back, so that the person can undo. */
export async function removeEntries(db: LibraryDB, ids: string[]): Promise<Result<FullEntry[]>> {
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      const [rows, articles, marks] = await Promise.all([db.entries.bulkGet(ids), db.articles.bulkGet(ids), db.highlights.where('entryId').anyOf(ids).toArray()]);
      const byEntry = new Map<string, Highlight[]>();
      for (const h of marks) byEntry.set(h.entryId, [...(byEntry.get(h.entryId) ?? []), h]);
      const removed: FullEntry[] = [];
      rows.forEach((entry, i) => {
        const article = articles[i];
        if (entry && article) removed.push({ entry, analysis: article.analysis, highlights: inReadingOrder(byEntry.get(entry.id) ?? []) });
      });
      await db.entries.bulkDelete(ids);
      await db.articles.bulkDelete(ids);
      await db.search.bulkDelete(ids);
      await db.highlights.bulkDelete(marks.map((h) => h.id));
      return ok(removed);
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e, 'delete') };
  }
}

/** Undo of a delete: puts the entries back, unless the same URL was saved again meanwhile. */
export async function restoreEntries(db: LibraryDB, removed: FullEntry[]): Promise<Result<number>> {
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      const present = await db.entries.bulkGet(removed.map((r) => r.entry.id));
      const back = removed.filter((_, i) => !present[i]);
      await db.entries.bulkPut(back.map((r) => r.entry));
      await db.articles.bulkPut(back.map((r): ArticleRow => ({ id: r.entry.id, analysis: r.analysis })));
      await db.search.bulkPut(back.map((r) => searchRow(r.entry, r.analysis, r.highlights)));
      await db.highlights.bulkPut(back.flatMap((r) => r.highlights ?? []));
      return ok(back.length);
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e, 'restore') };
  }
}

/** The sites and tags present, for the filters. */
export async function facets(db: LibraryDB): Promise<{ sites: string[]; tags: string[]; count: number }> {
  return db.transaction('r', db.entries, async () => {
    const [sites, tags, count] = await Promise.all([
      db.entries.orderBy('site').uniqueKeys(),
      db.entries.orderBy('tags').uniqueKeys(),
      db.entries.count(),
    ]);
    return { sites: sites.map(String), tags: tags.map(String), count };
  });
}

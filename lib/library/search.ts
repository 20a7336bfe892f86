/**
 * Full-text search over the `words` multiEntry index: every whole query word must be among an
 * entry's words, and the word being typed matches as a prefix. Results come newest first.
 */
import type { Analysis } from '../../core/types';
import type { EntryRow } from './types';
import type { LibraryDB } from './db';
import { indexWords, parseQuery } from './words';

type RowText = Pick<EntryRow, 'title' | 'site' | 'byline' | 'summaryLine' | 'note' | 'tags'>;

/** The search words of an entry: its own fields, its digest, and any words already computed. */
export function entryWords(row?: RowText, analysis?: Analysis, more?: string[]): string[] {
  const a = analysis?.article;
  const words = indexWords(
    row?.title,
    row?.site,
    row?.byline,
    row?.summaryLine,
    row?.note,
    row?.tags.join(' '),
    a?.title,
    a?.byline,
    a?.siteName,
    analysis?.summary.sentences.map((s) => s.text).join(' '),
    a?.text,
  );
  if (!more?.length) return words;
  return [...new Set([...words, ...more])].sort();
}

export interface LibraryQuery {
  q?: string;
  site?: string | null;
  tag?: string | null;
}

/** Candidate sets smaller than this are checked word by word instead of scanning a prefix range. */
const CHECK_DIRECTLY = 400;

function intersect(a: Set<string> | null, b: Iterable<string>): Set<string> {
  if (!a) return new Set(b);
  const out = new Set<string>();
  for (const k of b) if (a.has(k)) out.add(k);
  return out;
}

/** Ids of the matching entries, newest first. */
export async function searchIds(db: LibraryDB, query: LibraryQuery = {}): Promise<string[]> {
  const { terms, prefix } = parseQuery(query.q ?? '');
  return db.transaction('r', db.entries, async () => {
    let keys: Set<string> | null = null;
    // Whole words and facets first: they narrow the most, and run in parallel.
    const lookups: Promise<string[]>[] = terms.map((t) => db.entries.where('words').equals(t).primaryKeys());
    if (query.site) lookups.push(db.entries.where('site').equals(query.site).primaryKeys());
    if (query.tag) lookups.push(db.entries.where('tags').equals(query.tag).primaryKeys());
    const sets = (await Promise.all(lookups)).sort((x, y) => x.length - y.length);
    for (const s of sets) keys = intersect(keys, s);
    if (prefix && !(keys && keys.size === 0)) {
      if (keys && keys.size <= CHECK_DIRECTLY) {
        const rows = await db.entries.bulkGet([...keys]);
        keys = new Set(rows.filter((r) => r?.words?.some((w) => w.startsWith(prefix))).map((r) => r!.id));
      } else {
        keys = intersect(keys, await db.entries.where('words').startsWith(prefix).primaryKeys());
      }
    }
    const newest = await db.entries.orderBy('savedAt').reverse().primaryKeys();
    return keys ? newest.filter((k) => keys.has(k)) : newest;
  });
}

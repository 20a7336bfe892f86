/**
 * Full-text search. Each entry has a small `search` record (its distinct normalized words); the
 * library page reads them all once and keeps an inverted index in memory (word → entries), so a
 * query costs a few map lookups however big the library is. Every whole query word must occur;
 * the word being typed matches as a prefix. Results come newest first.
 * An open index stays current by reading only the records written since it last looked.
 */
import type { Analysis } from '../../core/types';
import type { EntryRow, Highlight, SearchRow } from './types';
import type { LibraryDB } from './db';
import { indexWords, parseQuery } from './words';

type RowText = Pick<EntryRow, 'title' | 'site' | 'byline' | 'summaryLine' | 'note' | 'tags'>;

/** The search words of an entry: its own fields, its digest, and its highlights' text and notes. */
export function entryWords(row: RowText, analysis?: Analysis, highlights: readonly Pick<Highlight, 'quote' | 'note'>[] = []): string[] {
  const a = analysis?.article;
  return indexWords(
    ...highlights.flatMap((h) => [h.quote.exact, h.note]),
    row.title,
    row.site,
    row.byline,
    row.summaryLine,
    row.note,
    row.tags.join(' '),
    a?.title,
    a?.byline,
    a?.siteName,
    analysis?.summary.sentences.map((s) => s.text).join(' '),
    a?.text,
  );
}

let lastTouch = 0;
/** A write stamp that never goes backwards within this context. */
function touch(): number {
  return (lastTouch = Math.max(Date.now(), lastTouch + 1));
}

export function searchRow(row: EntryRow, analysis?: Analysis, highlights?: readonly Pick<Highlight, 'quote' | 'note'>[]): SearchRow {
  return { id: row.id, row, words: entryWords(row, analysis, highlights).join(' '), touched: touch() };
}

export interface LibraryQuery {
  q?: string;
  site?: string | null;
  tag?: string | null;
  /** Only entries with highlights. */
  highlighted?: boolean;
}

/** Records read per step when an index first loads. */
const LOAD_SLICE = 500;

export class SearchIndex {
  /** Doc number → doc (undefined once replaced or deleted: postings are cleaned lazily). */
  private docs: (EntryRow | undefined)[] = [];
  private byId = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private order: number[] | null = null;
  private seen = -1;
  /** Ids already applied whose stamp equals `seen` (a later read sees them again). */
  private atSeen = new Set<string>();
  private lastPrefix: { prefix: string; words: string[] } | null = null;
  private loading: Promise<boolean> | null = null;

  constructor(private db: LibraryDB) {}

  get size(): number {
    return this.byId.size;
  }

  private add(r: SearchRow): void {
    const old = this.byId.get(r.id);
    if (old !== undefined) this.docs[old] = undefined;
    const n = this.docs.length;
    this.docs.push(r.row);
    this.byId.set(r.id, n);
    if (r.words)
      for (const w of r.words.split(' ')) {
        const list = this.postings.get(w);
        if (list) list.push(n);
        else this.postings.set(w, [n]);
      }
  }

  private remove(id: string): void {
    const n = this.byId.get(id);
    if (n === undefined) return;
    this.docs[n] = undefined;
    this.byId.delete(id);
  }

  /**
   * Brings the index up to date: the first call reads every record (in slices, yielding to the
   * page between them); later calls read what was written since, and drop deleted entries.
   * Resolves true when something changed.
   */
  refresh(): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      let changed = false;
      const apply = (rows: SearchRow[]) => {
        for (const r of rows) {
          if (r.touched === this.seen && this.atSeen.has(r.id)) continue;
          if (r.touched > this.seen) {
            this.seen = r.touched;
            this.atSeen.clear();
          }
          if (r.touched === this.seen) this.atSeen.add(r.id);
          this.add(r);
          changed = true;
        }
      };
      if (this.seen < 0) {
        // First load: in slices, yielding between them, so that the page stays responsive.
        let last: string | null = null;
        for (;;) {
          const slice: SearchRow[] = await (last === null ? this.db.search.orderBy(':id') : this.db.search.where(':id').above(last)).limit(LOAD_SLICE).toArray();
          apply(slice);
          if (slice.length < LOAD_SLICE) break;
          last = slice[slice.length - 1].id;
          await new Promise((done) => setTimeout(done, 0));
        }
        this.seen = Math.max(this.seen, 0);
      } else {
        apply(await this.db.search.where('touched').aboveOrEqual(this.seen).toArray());
      }
      // Deletions leave no record behind: compare the ids.
      const count = await this.db.search.count();
      if (count !== this.byId.size) {
        const ids = new Set(await this.db.search.toCollection().primaryKeys());
        for (const id of [...this.byId.keys()]) if (!ids.has(id)) this.remove(id), (changed = true);
      }
      if (changed) {
        this.order = null;
        this.lastPrefix = null;
      }
      return changed;
    };
    // One refresh at a time; a call during a refresh runs again after it.
    const next = (this.loading ?? Promise.resolve(false)).then(run, run);
    this.loading = next.finally(() => {
      if (this.loading === next) this.loading = null;
    });
    return next;
  }

  /** Doc numbers, newest first. */
  private newest(): number[] {
    if (!this.order) {
      const live: number[] = [];
      this.docs.forEach((d, n) => d && live.push(n));
      const docs = this.docs;
      live.sort((a, b) => {
        const x = docs[a]!;
        const y = docs[b]!;
        return x.savedAt < y.savedAt ? 1 : x.savedAt > y.savedAt ? -1 : x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
      });
      this.order = live;
    }
    return this.order;
  }

  /** The vocabulary words starting with `prefix` (narrowed from the previous keystroke's when it extends it). */
  private wordsStarting(prefix: string): string[] {
    const prev = this.lastPrefix;
    const pool = prev && prefix.startsWith(prev.prefix) ? prev.words : this.postings.keys();
    const words: string[] = [];
    for (const w of pool) if (w.startsWith(prefix)) words.push(w);
    this.lastPrefix = { prefix, words };
    return words;
  }

  /** The sites and tags present, and how many entries there are (for the filters). */
  facets(): { sites: string[]; tags: string[]; count: number } {
    const sites = new Set<string>();
    const tags = new Set<string>();
    for (const n of this.newest()) {
      const d = this.docs[n]!;
      sites.add(d.site);
      for (const t of d.tags) tags.add(t);
    }
    const sort = (xs: Set<string>) => [...xs].sort((a, b) => a.localeCompare(b));
    return { sites: sort(sites), tags: sort(tags), count: this.byId.size };
  }

  /** Ids of the matching entries, newest first. */
  query(query: LibraryQuery = {}): string[] {
    return this.match(query).map((d) => d.id);
  }

  /** The rows of the matching entries, newest first. */
  match(query: LibraryQuery = {}): EntryRow[] {
    const parsed = parseQuery(query.q ?? '');
    const terms = parsed.terms.slice(0, 50);
    const prefix = parsed.prefix;
    const total = this.docs.length;
    let keep: Uint8Array | null = null;
    const need = terms.length + (prefix ? 1 : 0);
    if (need) {
      // Count, per doc, how many of the query's words it has; a match has all of them.
      const hits = new Uint8Array(total);
      for (const t of terms) for (const n of this.postings.get(t) ?? []) hits[n]++;
      if (prefix) {
        const once = new Uint8Array(total);
        for (const w of this.wordsStarting(prefix)) for (const n of this.postings.get(w)!) once[n] = 1;
        for (let n = 0; n < total; n++) hits[n] += once[n];
      }
      keep = hits.map((h) => (h === need ? 1 : 0));
    }
    const out: EntryRow[] = [];
    for (const n of this.newest()) {
      if (keep && !keep[n]) continue;
      const d = this.docs[n]!;
      if (query.site && d.site !== query.site) continue;
      if (query.tag && !d.tags.includes(query.tag)) continue;
      if (query.highlighted && !d.highlights) continue;
      out.push(d);
    }
    return out;
  }
}

/** One-off search (tests, scripts): builds an index, answers, drops it. */
export async function searchIds(db: LibraryDB, query: LibraryQuery = {}): Promise<string[]> {
  const index = new SearchIndex(db);
  await index.refresh();
  return index.query(query);
}

/**
 * All ids, newest first. Read oldest first and reversed here: IndexedDB's getAllKeys has no
 * direction, so a reversed Dexie collection walks a cursor, one round trip per entry.
 */
export async function newestFirst(db: LibraryDB): Promise<string[]> {
  return (await db.entries.orderBy('savedAt').primaryKeys()).reverse();
}

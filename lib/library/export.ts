/**
 * Export and import of the library.
 *
 * JSON ("lede-library", version 2): a header and one line per entry, written with a fixed key
 * order (header, entry and highlight keys as documented, everything inside `analysis` sorted), so
 * that export → import → export gives the same bytes apart from `exportedAt`. Version 2 adds each
 * entry's highlights (W3C Web Annotation-style targets); version 1 files still import.
 * Import validates the whole file before writing anything, then merges by URL in one transaction.
 *
 * Markdown: one combined file or one file per entry: the highlights as quotes with their notes,
 * the digest (core/digest.ts) and the clean article converted with turndown.
 */
import TurndownService from 'turndown';
import type { Analysis } from '../../core/types';
import { toMarkdown } from '../../core/digest';
import { t } from '../i18n';
import { fail, ok, type Result } from '../messages';
import type { LibraryDB } from './db';
import type { EntryRow, FullEntry, Highlight } from './types';
import { isHighlightColor } from './types';
import { cleanUrl } from './url';
import { MAX_NOTE_LENGTH, normalizeTags, toLedeError } from './store';
import { newestFirst, searchRow } from './search';
import { cleanQuote, inReadingOrder, MAX_HIGHLIGHTS_PER_ENTRY, readingOrder } from './highlights';
import { readableQuote } from '../highlights/anchor';

export const FORMAT = 'lede-library';
export const VERSION = 2;

/** The order of an exported entry's keys (see the README's field list). */
const ENTRY_KEYS = ['url', 'savedFrom', 'title', 'site', 'byline', 'publishedTime', 'savedAt', 'updatedAt', 'note', 'tags', 'highlights', 'analysis'] as const;

/** A highlight as exported: a W3C Web Annotation-style target, keys in this order. */
export interface ExportedHighlight {
  id: string;
  color: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  made: 'page' | 'reader';
  target: {
    source: string;
    selector: Array<
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
      | { type: 'LedeElementPath'; value: number[] }
    >;
  };
}

function toExportedHighlight(h: Highlight): ExportedHighlight {
  const { exact, prefix, suffix, start, end, path } = h.quote;
  return {
    id: h.id,
    color: h.color,
    note: h.note,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    made: h.made,
    target: {
      source: h.source,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
        ...(path ? [{ type: 'LedeElementPath' as const, value: path }] : []),
      ],
    },
  };
}

export interface ExportedEntry {
  url: string;
  savedFrom: string;
  title: string;
  site: string;
  byline: string | null;
  publishedTime: string | null;
  savedAt: string;
  updatedAt: string;
  note: string;
  tags: string[];
  highlights: ExportedHighlight[];
  analysis: Analysis;
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

function toExported({ entry, analysis, highlights = [] }: FullEntry): ExportedEntry {
  return {
    url: entry.id,
    savedFrom: entry.url,
    title: entry.title,
    site: entry.site,
    byline: entry.byline,
    publishedTime: entry.publishedTime,
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
    note: entry.note,
    tags: entry.tags,
    highlights: inReadingOrder(highlights).map(toExportedHighlight),
    analysis,
  };
}

function entryLine(e: ExportedEntry): string {
  return '{' + ENTRY_KEYS.map((k) => JSON.stringify(k) + ':' + (k === 'analysis' ? stableStringify(e[k]) : JSON.stringify(e[k]))).join(',') + '}';
}

/** Reads full entries in chunks, newest first (all of them, or the given ids). */
async function* fullEntries(db: LibraryDB, ids?: string[], chunk = 250): AsyncGenerator<FullEntry[]> {
  const order = await newestFirst(db);
  const wanted = ids ? new Set(ids) : null;
  const keys = wanted ? order.filter((k) => wanted.has(k)) : order;
  for (let i = 0; i < keys.length; i += chunk) {
    const part = keys.slice(i, i + chunk);
    const [rows, articles, marks] = await db.transaction('r', [db.entries, db.articles, db.highlights], () =>
      Promise.all([db.entries.bulkGet(part), db.articles.bulkGet(part), db.highlights.where('entryId').anyOf(part).toArray()]),
    );
    const byEntry = new Map<string, Highlight[]>();
    for (const h of marks) byEntry.set(h.entryId, [...(byEntry.get(h.entryId) ?? []), h]);
    const out: FullEntry[] = [];
    rows.forEach((entry, j) => {
      const a = articles[j];
      if (entry && a) out.push({ entry, analysis: a.analysis, highlights: inReadingOrder(byEntry.get(entry.id) ?? []) });
    });
    yield out;
  }
}

/**
 * The export as string parts (concatenate, or hand to `new Blob(parts)`): a library of
 * 10,000 entries is too big for one JavaScript string to be comfortable.
 */
export async function exportJsonParts(db: LibraryDB, opts: { ids?: string[]; now?: Date | number } = {}): Promise<string[]> {
  const exportedAt = new Date(opts.now ?? Date.now()).toISOString();
  const parts = [`{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"exportedAt":${JSON.stringify(exportedAt)},"entries":[`];
  let first = true;
  for await (const chunk of fullEntries(db, opts.ids)) {
    for (const full of chunk) {
      parts.push((first ? '\n' : ',\n') + entryLine(toExported(full)));
      first = false;
    }
  }
  parts.push(first ? ']}\n' : '\n]}\n');
  return parts;
}

export async function exportJson(db: LibraryDB, opts: { ids?: string[]; now?: Date | number } = {}): Promise<string> {
  return (await exportJsonParts(db, opts)).join('');
}

// ---------------------------------------------------------------------------------------------
// Import: validate everything, then write in one transaction.

type Check = (v: unknown) => string | null;
const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
const isoDate: Check = (v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v)) ? null : `must be an ISO date such as "2018-07-06T20:10:00.000Z", got ${describe(v)}`);
const text: Check = (v) => (typeof v === 'string' ? null : `must be text, got ${describe(v)}`);
const textOrNull: Check = (v) => (v === null || typeof v === 'string' ? null : `must be text or null, got ${describe(v)}`);
const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : `must be a number, got ${describe(v)}`);
const bool: Check = (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${describe(v)}`);
const obj: Check = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? null : `must be an object, got ${describe(v)}`);
const httpUrl: Check = (v) => (typeof v === 'string' && cleanUrl(v) ? null : `must be an http(s) URL, got ${describe(v)}`);
const list =
  (item?: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return `must be a list, got ${describe(v)}`;
    if (item) for (let i = 0; i < v.length; i++) {
      const m = item(v[i]);
      if (m) return `item ${i + 1} ${m}`;
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v) => {
    const o = obj(v);
    if (o) return o;
    const rec = v as Record<string, unknown>;
    for (const [k, check] of Object.entries(fields)) {
      if (!(k in rec)) return `is missing "${k}"`;
      const m = check(rec[k]);
      if (m) return `"${k}" ${m}`;
    }
    for (const [k, check] of Object.entries(optional)) {
      if (rec[k] === undefined) continue;
      const m = check(rec[k]);
      if (m) return `"${k}" ${m}`;
    }
    return null;
  };

const analysisCheck = shape({
  url: text,
  isArticle: bool,
  detection: shape({ score: num, reasons: list(text) }),
  article: shape(
    { title: text, byline: textOrNull, authors: list(text), siteName: textOrNull, publishedTime: textOrNull, lang: textOrNull, excerpt: textOrNull, text, html: text, wordCount: num, readingMinutes: num },
    { canonicalUrl: textOrNull, modifiedTime: textOrNull, leadImage: shape({ src: text }) },
  ),
  sentences: list(text),
  summary: shape({ sentences: list(shape({ text, index: num })) }),
  timeline: list(shape({ date: text, precision: text, label: text, quote: text, sentenceIndex: num })),
  sources: list(shape({ name: text, kind: text }, { url: text })),
});

const highlightCheck: Check = (v) => {
  const base = shape({ id: text, color: text, note: text, createdAt: isoDate, updatedAt: isoDate, target: shape({ source: httpUrl, selector: list(obj) }) })(v);
  if (base) return base;
  const h = v as ExportedHighlight;
  if (!/^[\w-]{1,64}$/.test(h.id)) return `"id" must be letters, digits and dashes, got ${describe(h.id)}`;
  if (!isHighlightColor(h.color)) return `"color" must be yellow, green, blue or pink, got ${describe(h.color)}`;
  if (h.note.length > MAX_NOTE_LENGTH) return `"note" is longer than ${MAX_NOTE_LENGTH} characters`;
  const quote = h.target.selector.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || !cleanQuote(quote)) return `"target" needs a TextQuoteSelector with a non-empty "exact" text of at most 5000 characters`;
  return null;
};

const entryCheck = shape({
  url: httpUrl,
  savedFrom: httpUrl,
  title: text,
  site: text,
  byline: textOrNull,
  publishedTime: textOrNull,
  savedAt: isoDate,
  updatedAt: isoDate,
  note: text,
  tags: list(text),
  analysis: analysisCheck,
}, { highlights: list(highlightCheck) });

/** A highlight row from its exported form (already checked). */
function fromExportedHighlight(h: ExportedHighlight, entryId: string, analysis: Analysis): Highlight {
  const sel = h.target.selector;
  const q = sel.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix: string; suffix: string };
  const pos = sel.find((s) => s.type === 'TextPositionSelector') as { start?: number; end?: number } | undefined;
  const path = sel.find((s) => s.type === 'LedeElementPath') as { value?: unknown } | undefined;
  const quote = cleanQuote({ ...q, start: pos?.start, end: pos?.end, path: path?.value })!;
  return {
    id: h.id,
    entryId,
    source: cleanUrl(h.target.source)!,
    made: h.made === 'page' ? 'page' : 'reader',
    quote,
    color: h.color as Highlight['color'],
    note: h.note,
    order: readingOrder(analysis, quote),
    createdAt: new Date(h.createdAt).toISOString(),
    updatedAt: new Date(h.updatedAt).toISOString(),
  };
}

export const MAX_IMPORT_BYTES = 400 * 1024 * 1024;

/** Parses and fully validates an export file. Nothing is written here. */
export function parseLibraryFile(content: string): Result<FullEntry[]> {
  const bad = (message: string) => fail('invalid', `${message} ${t('nothingImported')}`);
  if (!content.trim()) return bad(t('importEmpty'));
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const truncated = /end of (json )?input|unterminated|unexpected end/i.test(why) || (/^\s*[{[]/.test(content) && !/[}\]]\s*$/.test(content));
    return bad(truncated ? t('importTruncated', why) : t('importNotJson', why));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return bad(`This is not a Lede library export: expected a JSON object with "format": "${FORMAT}", got ${describe(data)}.`);
  const doc = data as Record<string, unknown>;
  if (doc.format !== FORMAT)
    return bad(doc.format === undefined ? t('importNoFormat', FORMAT) : `This is not a Lede library export: "format" is ${describe(doc.format)}, expected "${FORMAT}".`);
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version)) return bad(`"version" must be a whole number, got ${describe(doc.version)}.`);
  if (doc.version > VERSION) return bad(t('importTooNew', doc.version, VERSION));
  if (doc.version < 1) return bad(`Format version ${doc.version} does not exist; Lede reads versions 1 to ${VERSION}.`);
  if (!Array.isArray(doc.entries)) return bad(`"entries" must be a list, got ${doc.entries === undefined ? 'nothing' : describe(doc.entries)}.`);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const seenHighlights = new Set<string>();
  const out: FullEntry[] = [];
  doc.entries.forEach((raw: unknown, i: number) => {
    if (problems.length >= 3) return;
    const title = raw && typeof raw === 'object' && typeof (raw as { title?: unknown }).title === 'string' ? ` ("${(raw as { title: string }).title.slice(0, 60)}")` : '';
    const m = entryCheck(raw);
    if (m) return void problems.push(`Entry ${i + 1}${title}: ${m}.`);
    const e = raw as ExportedEntry;
    const id = cleanUrl(e.url)!;
    if (seen.has(id)) return void problems.push(`Entry ${i + 1}${title} has the same URL as entry ${seen.get(id)! + 1} (${id}).`);
    seen.set(id, i);
    const marks = e.highlights ?? [];
    if (marks.length > MAX_HIGHLIGHTS_PER_ENTRY) return void problems.push(`Entry ${i + 1}${title} has more than ${MAX_HIGHLIGHTS_PER_ENTRY} highlights.`);
    const ids = new Set<string>();
    for (const h of marks) {
      if (ids.has(h.id) || seenHighlights.has(h.id)) return void problems.push(`Entry ${i + 1}${title}: two highlights have the id "${h.id}".`);
      ids.add(h.id);
    }
    for (const hid of ids) seenHighlights.add(hid);
    const entry: EntryRow = {
      id,
      url: e.savedFrom,
      title: e.title,
      site: e.site,
      byline: e.byline,
      publishedTime: e.publishedTime,
      summaryLine: e.analysis.summary.sentences[0]?.text ?? e.analysis.article.excerpt ?? '',
      wordCount: e.analysis.article.wordCount,
      savedAt: new Date(e.savedAt).toISOString(),
      updatedAt: new Date(e.updatedAt).toISOString(),
      note: e.note,
      tags: normalizeTags(e.tags),
    };
    const highlights = inReadingOrder(marks.map((h) => fromExportedHighlight(h, id, e.analysis)));
    if (highlights.length) entry.highlights = highlights.length;
    out.push({ entry, analysis: e.analysis, highlights });
  });
  if (problems.length) {
    const more = problems.length >= 3 ? ' (stopped after 3 problems)' : '';
    return bad(`The file has ${problems.length === 1 ? 'a problem' : 'problems'}${more}: ${problems.join(' ')}`);
  }
  return ok(out);
}

/**
 * One entry from two versions of the same URL: the newer content, the first save date, both
 * notes' best, all tags, and the highlights of both (the later edit of one highlight wins).
 */
export function mergeEntries(existing: FullEntry, incoming: FullEntry): FullEntry {
  const [newer, older] = incoming.entry.updatedAt > existing.entry.updatedAt ? [incoming, existing] : [existing, incoming];
  const byId = new Map<string, Highlight>();
  for (const h of [...(existing.highlights ?? []), ...(incoming.highlights ?? [])]) {
    const had = byId.get(h.id);
    if (!had || h.updatedAt > had.updatedAt) byId.set(h.id, { ...h, entryId: existing.entry.id });
  }
  // Each placed in the story that is kept.
  const highlights = inReadingOrder([...byId.values()].map((h) => ({ ...h, order: readingOrder(newer.analysis, h.quote) })));
  const entry: EntryRow = {
    ...newer.entry,
    savedAt: existing.entry.savedAt < incoming.entry.savedAt ? existing.entry.savedAt : incoming.entry.savedAt,
    note: newer.entry.note || older.entry.note,
    tags: normalizeTags([...newer.entry.tags, ...older.entry.tags]),
  };
  delete entry.highlights;
  if (highlights.length) entry.highlights = highlights.length;
  return { entry, analysis: newer.analysis, highlights };
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Imports an export file: validates it fully, then merges every entry by URL in one transaction. */
export async function importJson(db: LibraryDB, content: string): Promise<Result<ImportReport>> {
  if (content.length > MAX_IMPORT_BYTES) return fail('too-large', t('importTooLarge', MAX_IMPORT_BYTES / 1024 / 1024));
  const parsed = parseLibraryFile(content);
  if (!parsed.ok) return parsed;
  const incoming = parsed.value;
  try {
    return await db.transaction('rw', [db.entries, db.articles, db.search, db.highlights], async () => {
      const ids = incoming.map((f) => f.entry.id);
      const [rows, articles, marks] = await Promise.all([db.entries.bulkGet(ids), db.articles.bulkGet(ids), db.highlights.where('entryId').anyOf(ids).toArray()]);
      const byEntry = new Map<string, Highlight[]>();
      for (const h of marks) byEntry.set(h.entryId, [...(byEntry.get(h.entryId) ?? []), h]);
      const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
      const put: FullEntry[] = [];
      incoming.forEach((inc, i) => {
        const row = rows[i];
        const article = articles[i];
        if (!row || !article) {
          report.added++;
          put.push(inc);
          return;
        }
        const existing = { entry: row, analysis: article.analysis, highlights: inReadingOrder(byEntry.get(row.id) ?? []) };
        const merged = mergeEntries(existing, inc);
        if (
          stableStringify(row) === stableStringify(merged.entry) &&
          stableStringify(article.analysis) === stableStringify(merged.analysis) &&
          stableStringify(existing.highlights) === stableStringify(merged.highlights)
        ) {
          report.unchanged++;
          return;
        }
        report.updated++;
        put.push(merged);
      });
      // A highlight id already used by another entry would move it: refuse the file instead.
      const incomingIds = put.flatMap((f) => (f.highlights ?? []).map((h) => h.id));
      const owners = await db.highlights.bulkGet(incomingIds);
      const clash = owners.find((h, i) => h && h.entryId !== put.find((f) => f.highlights?.some((x) => x.id === incomingIds[i]))!.entry.id);
      if (clash) return fail('invalid', `A highlight in the file ("${clash.id}") belongs to another entry of your library (${clash.entryId}). ${t('nothingImported')}`);
      await db.entries.bulkPut(put.map((f) => f.entry));
      await db.articles.bulkPut(put.map((f) => ({ id: f.entry.id, analysis: f.analysis })));
      await db.highlights.bulkPut(put.flatMap((f) => f.highlights ?? []));
      await db.search.bulkPut(put.map((f) => searchRow(f.entry, f.analysis, f.highlights)));
      return ok(report);
    });
  } catch (e) {
    return { ok: false, error: toLedeError(e, 'import') };
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown

let turndown: TurndownService | null = null;
function htmlToMarkdown(html: string): string {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  return turndown.turndown(html).trim();
}

const day = (isoString: string | null) => (isoString ? isoString.slice(0, 10) : '');

/** Lines of text as a Markdown quote; a line that would start a heading or list inside it is escaped. */
function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l.replace(/^([#>+-]|\d+[.)])/, '\\$1')}`)
    .join('\n');
}

/** An entry's highlights as Markdown: each a quote, its note under it (the shape Obsidian and Logseq take). */
export function highlightsMarkdown(highlights: readonly Highlight[]): string {
  return inReadingOrder(highlights)
    .map((h) => {
      const note = h.note.trim();
      return quoteLines(readableQuote(h.quote.exact)) + (note ? `\n\n${note}` : '');
    })
    .join('\n\n');
}

/** One entry as Markdown: the saved details, the note, the highlights, the digest, then the clean article. */
export function entryMarkdown({ entry, analysis, highlights = [] }: FullEntry): string {
  const meta = [
    `- Site: ${entry.site}`,
    entry.byline ? `- By: ${entry.byline}` : '',
    entry.publishedTime ? `- Published: ${day(entry.publishedTime)}` : '',
    `- Saved: ${day(entry.savedAt)}`,
    `- URL: <${entry.id}>`,
    entry.tags.length ? `- Tags: ${entry.tags.join(', ')}` : '',
  ].filter(Boolean);
  const parts = [`# ${entry.title}`, meta.join('\n')];
  if (entry.note.trim()) parts.push(entry.note.trim().split('\n').map((l) => `> ${l}`).join('\n'));
  if (highlights.length) parts.push('## Highlights\n\n' + highlightsMarkdown(highlights));
  // The digest's own header (title, byline, link) is already above: keep its sections only.
  const digest = toMarkdown(analysis);
  const sections = digest.indexOf('\n## ');
  if (sections >= 0) parts.push(digest.slice(sections + 1).trim());
  const article = htmlToMarkdown(analysis.article.html || '') || analysis.article.text;
  if (article) parts.push('## Article\n\n' + article);
  return parts.join('\n\n') + '\n';
}

/** All entries (or the selection) in one Markdown file. */
export async function exportMarkdownCombined(db: LibraryDB, opts: { ids?: string[] } = {}): Promise<string> {
  const out: string[] = [];
  for await (const chunk of fullEntries(db, opts.ids)) for (const f of chunk) out.push(entryMarkdown(f));
  return out.join('\n---\n\n');
}

/** A file name for an entry: its title, made safe, unique within `taken`. */
export function markdownFileName(entry: EntryRow, taken: Set<string>): string {
  const base =
    entry.title
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'entry';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}

/** One Markdown file per entry. */
export async function exportMarkdownFiles(db: LibraryDB, opts: { ids?: string[] } = {}): Promise<{ name: string; content: string }[]> {
  const taken = new Set<string>();
  const out: { name: string; content: string }[] = [];
  for await (const chunk of fullEntries(db, opts.ids)) for (const f of chunk) out.push({ name: markdownFileName(f.entry, taken), content: entryMarkdown(f) });
  return out;
}

/**
 * Export and import of the library.
 *
 * JSON ("lede-library", version 1): a header and one line per entry, written with a fixed key
 * order (header and entry keys as documented, everything inside `analysis` sorted), so that
 * export → import → export gives the same bytes apart from `exportedAt`.
 * Import validates the whole file before writing anything, then merges by URL in one transaction.
 *
 * Markdown: one combined file or one file per entry: the digest (core/digest.ts) and the clean
 * article converted with turndown.
 */
import TurndownService from 'turndown';
import type { Analysis } from '../../core/types';
import { toMarkdown } from '../../core/digest';
import { t } from '../i18n';
import { fail, ok, type Result } from '../messages';
import type { LibraryDB } from './db';
import type { EntryRow, FullEntry } from './types';
import { cleanUrl } from './url';
import { normalizeTags, toLedeError } from './store';
import { newestFirst, searchRow } from './search';

export const FORMAT = 'lede-library';
export const VERSION = 1;

/** The order of an exported entry's keys (see the README's field list). */
const ENTRY_KEYS = ['url', 'savedFrom', 'title', 'site', 'byline', 'publishedTime', 'savedAt', 'updatedAt', 'note', 'tags', 'analysis'] as const;

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

function toExported({ entry, analysis }: FullEntry): ExportedEntry {
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
    const [rows, articles] = await db.transaction('r', db.entries, db.articles, () =>
      Promise.all([db.entries.bulkGet(part), db.articles.bulkGet(part)]),
    );
    const out: FullEntry[] = [];
    rows.forEach((entry, j) => {
      const a = articles[j];
      if (entry && a) out.push({ entry, analysis: a.analysis });
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
});

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
  if (doc.version < 1) return bad(`Format version ${doc.version} does not exist; Lede reads version ${VERSION}.`);
  if (!Array.isArray(doc.entries)) return bad(`"entries" must be a list, got ${doc.entries === undefined ? 'nothing' : describe(doc.entries)}.`);
  const problems: string[] = [];
  const seen = new Map<string, number>();
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
    out.push({ entry, analysis: e.analysis });
  });
  if (problems.length) {
    const more = problems.length >= 3 ? ' (stopped after 3 problems)' : '';
    return bad(`The file has ${problems.length === 1 ? 'a problem' : 'problems'}${more}: ${problems.join(' ')}`);
  }
  return ok(out);
}

/** One entry from two versions of the same URL: the newer content, the first save date, both notes' best, all tags. */
export function mergeEntries(existing: FullEntry, incoming: FullEntry): FullEntry {
  const [newer, older] = incoming.entry.updatedAt > existing.entry.updatedAt ? [incoming, existing] : [existing, incoming];
  const entry: EntryRow = {
    ...newer.entry,
    savedAt: existing.entry.savedAt < incoming.entry.savedAt ? existing.entry.savedAt : incoming.entry.savedAt,
    note: newer.entry.note || older.entry.note,
    tags: normalizeTags([...newer.entry.tags, ...older.entry.tags]),
  };
  return { entry, analysis: newer.analysis };
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
    return await db.transaction('rw', db.entries, db.articles, db.search, async () => {
      const ids = incoming.map((f) => f.entry.id);
      const [rows, articles] = await Promise.all([db.entries.bulkGet(ids), db.articles.bulkGet(ids)]);
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
        const existing = { entry: row, analysis: article.analysis };
        const merged = mergeEntries(existing, inc);
        if (stableStringify(row) === stableStringify(merged.entry) && stableStringify(article.analysis) === stableStringify(merged.analysis)) {
          report.unchanged++;
          return;
        }
        report.updated++;
        put.push(merged);
      });
      await db.entries.bulkPut(put.map((f) => f.entry));
      await db.articles.bulkPut(put.map((f) => ({ id: f.entry.id, analysis: f.analysis })));
      await db.search.bulkPut(put.map((f) => searchRow(f.entry, f.analysis)));
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

/** One entry as Markdown: the saved details, the note, the digest, then the clean article. */
export function entryMarkdown({ entry, analysis }: FullEntry): string {
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

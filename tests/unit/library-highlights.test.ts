/**
 * Highlights in the library (lib/library/highlights.ts, schema v3): a highlight saves its story,
 * keeps count and search words in step, is changed or removed only through its own entry, comes
 * back with undo, and travels in the JSON export (version 2, byte-stable) and the Markdown export;
 * version 1 libraries and files keep everything.
 */
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { addHighlight, changeHighlight, cleanNewHighlight, entryForPage, highlightsForPage, listHighlights, ORDER_UNKNOWN } from '../../lib/library/highlights';
import { getEntry, removeEntries, restoreEntries, saveAnalysis, updateEntry } from '../../lib/library/store';
import { SearchIndex, searchIds } from '../../lib/library/search';
import { entryMarkdown, exportJson, exportMarkdownCombined, importJson, parseLibraryFile } from '../../lib/library/export';
import { LibraryDB, SCHEMA_V1, SCHEMA_V2 } from '../../lib/library/db';
import type { NewHighlight } from '../../lib/library/types';
import type { QuoteSelector } from '../../lib/highlights/anchor';
import { freshFactory, makeAnalysis, openDb } from './library-helpers';

const FORTUNE = 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/';
const TEXT = 'Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.\n\nSecretary of State Mike Pompeo left for North Korea Thursday. The paper quoted sources in Washington DC.';
const story = (over: Parameters<typeof makeAnalysis>[0] = {}) => makeAnalysis({ text: TEXT, canonicalUrl: FORTUNE, url: 'http://127.0.0.1:8080/fortune-rocket-man.html?visit=3', ...over });

function quote(exact: string, text = TEXT): QuoteSelector {
  const start = text.indexOf(exact);
  return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32), start, end: start + exact.length };
}
const hl = (exact: string, over: Partial<NewHighlight> = {}): NewHighlight => ({ quote: quote(exact), color: 'yellow', made: 'reader', ...over });
const PAGE = 'http://127.0.0.1:8080/fortune-rocket-man.html?visit=3';

describe('adding highlights', () => {
  it('saves the story first when it is not in the library, then adds to it; count, order and search follow', async () => {
    const db = openDb();
    const first = await addHighlight(db, { analysis: story() }, hl('once ruled the pop charts', { note: 'The opening line' }), { source: PAGE, now: Date.UTC(2024, 0, 1) });
    expect(first.ok && first.value.saved).toBe(true);
    const second = await addHighlight(db, { analysis: story() }, hl('left for North Korea', { color: 'pink' }), { source: PAGE, now: Date.UTC(2024, 0, 2) });
    expect(second.ok && second.value.saved).toBe(false);
    // Made later but earlier in the story: reading order puts it first.
    const third = await addHighlight(db, { entryId: FORTUNE }, hl('Elton John', { color: 'green', made: 'page' }), { source: PAGE, now: Date.UTC(2024, 0, 3) });
    expect(third.ok).toBe(true);

    const entry = (await getEntry(db, FORTUNE))!;
    expect(entry.entry).toMatchObject({ highlights: 3, updatedAt: '2024-01-03T00:00:00.000Z', savedAt: '2024-01-01T00:00:00.000Z' });
    expect(entry.highlights!.map((h) => [h.quote.exact, h.color, h.note])).toEqual([
      ['Elton John', 'green', ''],
      ['once ruled the pop charts', 'yellow', 'The opening line'],
      ['left for North Korea', 'pink', ''],
    ]);
    expect(entry.highlights!.every((h) => h.entryId === FORTUNE && h.source === PAGE && /^[\w-]{36}$/.test(h.id))).toBe(true);
    // Notes and highlighted text are searched; the filter keeps entries with highlights.
    expect(await searchIds(db, { q: 'opening line' })).toEqual([FORTUNE]);
    expect(await searchIds(db, { q: 'pop charts' })).toEqual([FORTUNE]);
    await saveAnalysis(db, makeAnalysis({ url: 'https://b.com/plain', title: 'Another story' }));
    const index = new SearchIndex(db);
    await index.refresh();
    expect(index.query({ highlighted: true })).toEqual([FORTUNE]);
    expect(index.query({})).toHaveLength(2);
  });

  it('finds the story of a page from its address (canonical key or where a highlight was made)', async () => {
    const db = openDb();
    expect(await entryForPage(db, PAGE)).toBeNull();
    await addHighlight(db, { analysis: story() }, hl('pop charts'), { source: PAGE + '#top' });
    expect(await entryForPage(db, PAGE + '&utm_source=x')).toBe(FORTUNE);
    expect(await entryForPage(db, FORTUNE)).toBe(FORTUNE);
    const page = await highlightsForPage(db, PAGE);
    expect(page.entryId).toBe(FORTUNE);
    expect(page.highlights.map((h) => h.quote.exact)).toEqual(['pop charts']);
    expect((await highlightsForPage(db, 'https://elsewhere.com/')).highlights).toEqual([]);
  });

  it('refuses what is not a highlight, and bounds what it keeps', async () => {
    const db = openDb();
    for (const bad of [null, {}, { quote: { exact: '   ' }, color: 'yellow' }, { quote: quote('pop charts'), color: 'red' }, { quote: { exact: 'x'.repeat(5001) }, color: 'blue' }, { quote: quote('pop'), color: 'blue', note: 5 }]) {
      expect(cleanNewHighlight(bad), JSON.stringify(bad)?.slice(0, 60)).toBeNull();
      expect((await addHighlight(db, { analysis: story() }, bad as NewHighlight, { source: PAGE })).ok).toBe(false);
    }
    expect(await db.entries.count()).toBe(0);
    const long = cleanNewHighlight({ quote: { exact: 'pop', prefix: 'p'.repeat(500), suffix: 's'.repeat(500), start: -4, end: 'x', path: [1, -2] }, color: 'blue', note: 'n'.repeat(20_000), made: 'evil' })!;
    expect(long.quote).toEqual({ exact: 'pop', prefix: 'p'.repeat(32), suffix: 's'.repeat(32), start: 0, end: 0 });
    expect(long.note).toHaveLength(10_000);
    expect(long.made).toBe('reader');
    // A page that isn't http(s) can't be a story.
    expect((await addHighlight(db, { analysis: story({ url: 'file:///x.html', canonicalUrl: null }) }, hl('pop'), { source: 'file:///x.html' })).ok).toBe(false);
  });
});

describe('changing and removing', () => {
  it('changes colour and note, removes; only through the entry it belongs to', async () => {
    const db = openDb();
    const a = await addHighlight(db, { analysis: story() }, hl('pop charts'), { source: PAGE });
    await addHighlight(db, { analysis: makeAnalysis({ url: 'https://b.com/x' }) }, { quote: quote('Rocket Man', 'President Trump called Kim Jong Un "Rocket Man" last fall.'), color: 'blue', made: 'reader' }, { source: 'https://b.com/x' });
    if (!a.ok) throw new Error(a.error.message);
    const id = a.value.highlight.id;
    const other = await changeHighlight(db, id, { note: 'hijack' }, { entryId: 'https://b.com/x' });
    expect(other.ok).toBe(false);
    const changed = await changeHighlight(db, id, { color: 'blue', note: 'Remember this' }, { entryId: FORTUNE, now: Date.UTC(2025, 0, 1) });
    expect(changed.ok && changed.value).toMatchObject({ color: 'blue', note: 'Remember this', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(await searchIds(db, { q: 'remember' })).toEqual([FORTUNE]);
    expect((await changeHighlight(db, id, { color: 'purple' as 'blue' }, { entryId: FORTUNE })).ok).toBe(false);
    expect(await changeHighlight(db, id, { remove: true }, { entryId: FORTUNE })).toEqual({ ok: true, value: null });
    expect(await listHighlights(db, FORTUNE)).toEqual([]);
    expect((await getEntry(db, FORTUNE))!.entry.highlights).toBeUndefined();
    expect(await searchIds(db, { q: 'remember' })).toEqual([]);
    expect((await changeHighlight(db, id, { note: 'again' })).ok).toBe(false);
  });

  it('deleting an entry takes its highlights; undo brings them back; saving again keeps them', async () => {
    const db = openDb();
    await addHighlight(db, { analysis: story() }, hl('pop charts', { note: 'n1' }), { source: PAGE });
    await updateEntry(db, FORTUNE, { note: 'entry note' });
    const removed = await removeEntries(db, [FORTUNE]);
    expect(await db.highlights.count()).toBe(0);
    if (!removed.ok) throw new Error();
    await restoreEntries(db, removed.value);
    expect((await listHighlights(db, FORTUNE)).map((h) => h.note)).toEqual(['n1']);
    expect(await searchIds(db, { q: 'n1' })).toEqual([FORTUNE]);
    // The story saved again with a new paragraph in front: the highlight stays, its place moves.
    const before = (await listHighlights(db, FORTUNE))[0].order;
    await saveAnalysis(db, story({ text: 'A new first paragraph was added to the story.\n\n' + TEXT }));
    const after = await listHighlights(db, FORTUNE);
    expect(after).toHaveLength(1);
    expect(after[0].order).toBeGreaterThan(before);
    expect((await getEntry(db, FORTUNE))!.entry).toMatchObject({ highlights: 1, note: 'entry note' });
  });

  it('a highlight whose text is not in the saved story is kept, after the others', async () => {
    const db = openDb();
    await addHighlight(db, { analysis: story() }, { quote: { exact: 'Most Popular: ten stories', prefix: '', suffix: '', start: 0, end: 0 }, color: 'yellow', made: 'page' }, { source: PAGE });
    await addHighlight(db, { analysis: story() }, hl('Washington DC'), { source: PAGE });
    const list = await listHighlights(db, FORTUNE);
    expect(list.map((h) => h.quote.exact)).toEqual(['Washington DC', 'Most Popular: ten stories']);
    expect(list[1].order).toBe(ORDER_UNKNOWN);
  });
});

describe('export and import with highlights', () => {
  async function sample(): Promise<LibraryDB> {
    const db = openDb();
    await addHighlight(db, { analysis: story() }, hl('once ruled the pop charts', { note: 'Opening\nline two' }), { source: PAGE, now: 1000 });
    const made = await addHighlight(db, { entryId: FORTUNE }, { ...hl('# Secretary of State'.slice(2)), made: 'page', quote: { ...quote('Secretary of State'), path: [0, 3, 1] } }, { source: PAGE, now: 2000 });
    if (!made.ok) throw new Error(made.error.message);
    await saveAnalysis(db, makeAnalysis({ url: 'https://example.org/plain', title: 'No highlights here' }), { now: 3000 });
    return db;
  }

  it('JSON version 2: each entry with its highlights as W3C-style targets, in reading order', async () => {
    const db = await sample();
    const doc = JSON.parse(await exportJson(db, { now: 0 }));
    expect(doc.version).toBe(2);
    const fortune = doc.entries.find((e: { url: string }) => e.url === FORTUNE);
    expect(doc.entries.find((e: { url: string }) => e.url !== FORTUNE).highlights).toEqual([]);
    expect(fortune.highlights).toHaveLength(2);
    expect(Object.keys(fortune.highlights[0])).toEqual(['id', 'color', 'note', 'createdAt', 'updatedAt', 'made', 'target']);
    expect(fortune.highlights[0]).toMatchObject({
      color: 'yellow',
      note: 'Opening\nline two',
      made: 'reader',
      target: { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'once ruled the pop charts', prefix: 'Elton John ' }, { type: 'TextPositionSelector', start: 11, end: 36 }] },
    });
    expect(fortune.highlights[1].target.selector[2]).toEqual({ type: 'LedeElementPath', value: [0, 3, 1] });
  });

  it('export → import → export is byte-stable, and importing it again changes nothing', async () => {
    const db = await sample();
    const first = await exportJson(db, { now: 1 });
    const fresh = openDb();
    expect(await importJson(fresh, first)).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    expect(await exportJson(fresh, { now: 1 })).toBe(first);
    expect(await importJson(fresh, first)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 2 } });
    expect(await exportJson(fresh, { now: 1 })).toBe(first);
    expect(await searchIds(fresh, { q: 'line two' })).toEqual([FORTUNE]);
    expect((await getEntry(fresh, FORTUNE))!.entry.highlights).toBe(2);
  });

  it('a version 1 file still imports (no highlights), and merging keeps the highlights of both sides', async () => {
    const db = await sample();
    const v2 = JSON.parse(await exportJson(db, { now: 1 }));
    const v1 = { ...v2, version: 1, entries: v2.entries.map(({ highlights: _, ...e }: Record<string, unknown>) => e) };
    const fresh = openDb();
    expect(await importJson(fresh, JSON.stringify(v1))).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    expect(await fresh.highlights.count()).toBe(0);
    // Now a highlight made here, then the v2 file with two others: all three.
    await addHighlight(fresh, { entryId: FORTUNE }, hl('Washington DC', { note: 'local' }), { source: PAGE, now: 5000 });
    const merged = await importJson(fresh, JSON.stringify(v2));
    expect(merged.ok && merged.value.updated).toBe(1);
    expect((await listHighlights(fresh, FORTUNE)).map((h) => h.quote.exact)).toEqual(['once ruled the pop charts', 'Secretary of State', 'Washington DC']);
    // The same highlight edited in the file later than here: the file's edit wins.
    const doc = JSON.parse(await exportJson(fresh, { now: 1 }));
    const fortune = doc.entries.find((e: { url: string }) => e.url === FORTUNE);
    fortune.highlights[0].note = 'edited elsewhere';
    fortune.highlights[0].updatedAt = '2030-01-01T00:00:00.000Z';
    await importJson(fresh, JSON.stringify(doc));
    expect((await listHighlights(fresh, FORTUNE))[0].note).toBe('edited elsewhere');
  });

  it('refuses a file with a bad highlight, with a message that says where', async () => {
    const db = await sample();
    const good = await exportJson(db, { now: 1 });
    const bad = good.replace('"color":"yellow"', '"color":"red"');
    const r = parseLibraryFile(bad);
    expect(!r.ok && r.error.message).toMatch(/Entry \d .*"highlights" item 1 "color" must be yellow, green, blue or pink, got "red"/);
    const noQuote = good.replace('"type":"TextQuoteSelector"', '"type":"CssSelector"');
    expect(parseLibraryFile(noQuote).ok).toBe(false);
    const before = await exportJson(db, { now: 1 });
    expect((await importJson(db, bad)).ok).toBe(false);
    expect(await exportJson(db, { now: 1 })).toBe(before);
  });

  it('Markdown: the highlights as quotes, each note under its quote, before the digest', async () => {
    const db = await sample();
    const full = (await getEntry(db, FORTUNE))!;
    const md = entryMarkdown(full);
    expect(md).toContain('## Highlights\n\n> once ruled the pop charts\n\nOpening\nline two\n\n> Secretary of State\n\n## Summary');
    expect(md.indexOf('## Highlights')).toBeLessThan(md.indexOf('## Summary'));
    expect(await exportMarkdownCombined(db)).toContain('> once ruled the pop charts\n\nOpening');
    // A quote line that would be Markdown syntax stays text.
    const tricky = entryMarkdown({ ...full, highlights: [{ ...full.highlights![0], quote: { ...full.highlights![0].quote, exact: '# not a heading\n- not a list' }, note: '' }] });
    expect(tricky).toContain('> \\# not a heading\n> \\- not a list');
  });
});

describe('schema v3', () => {
  it('opens a version 2 (and a version 1) library and keeps everything; highlights start empty', async () => {
    const factory = freshFactory();
    // Build a real v2 library with the v2 schema, as the previous release wrote it.
    const v2 = new Dexie('v2lib', { indexedDB: factory, IDBKeyRange });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const a = story();
    const row = {
      id: FORTUNE, url: PAGE, title: 'Old', site: 'Fortune', byline: null, publishedTime: null,
      summaryLine: 'x', wordCount: 3, savedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-02T00:00:00.000Z', note: 'kept', tags: ['t'],
    };
    await v2.table('entries').put(row);
    await v2.table('articles').put({ id: FORTUNE, analysis: a });
    await v2.table('search').put({ id: FORTUNE, row, words: 'old kept', touched: 5 });
    v2.close();

    const db = new LibraryDB('v2lib', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.entries.get(FORTUNE)).toEqual(row);
    expect((await db.articles.get(FORTUNE))?.analysis).toEqual(a);
    expect(await db.search.get(FORTUNE)).toEqual({ id: FORTUNE, row, words: 'old kept', touched: 5 });
    expect(await db.highlights.count()).toBe(0);
    expect(await searchIds(db, { q: 'kept' })).toEqual([FORTUNE]);
    // And highlights work on the old entry.
    const added = await addHighlight(db, { entryId: FORTUNE }, hl('pop charts'), { source: PAGE });
    expect(added.ok && added.value.saved).toBe(false);
    expect((await getEntry(db, FORTUNE))!.entry).toMatchObject({ note: 'kept', tags: ['t'], highlights: 1, savedAt: '2020-01-01T00:00:00.000Z' });
    db.close();

    const v1 = new Dexie('v1lib', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('entries').put(row);
    await v1.table('articles').put({ id: FORTUNE, analysis: a });
    v1.close();
    const up = new LibraryDB('v1lib', { indexedDB: factory, IDBKeyRange });
    expect(await searchIds(up, { q: 'pop charts' })).toEqual([FORTUNE]);
    expect(up.verno).toBe(3);
    expect(await up.highlights.count()).toBe(0);
  });
});

// Markdown of an entry without highlights has no Highlights section.
describe('Markdown without highlights', () => {
  it('adds nothing', async () => {
    const db = openDb();
    await saveAnalysis(db, story());
    expect(entryMarkdown((await getEntry(db, FORTUNE))!)).not.toContain('## Highlights');
  });
});

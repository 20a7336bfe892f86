import { describe, expect, it } from 'vitest';
import { exportJson, exportMarkdownCombined, exportMarkdownFiles, importJson, parseLibraryFile } from '../../lib/library/export';
import { getEntry, saveAnalysis, updateEntry } from '../../lib/library/store';
import { searchIds } from '../../lib/library/search';
import type { LibraryDB } from '../../lib/library/db';
import { makeAnalysis, openDb } from './library-helpers';

const T0 = Date.UTC(2024, 2, 1, 9, 30);

async function sample(): Promise<LibraryDB> {
  const db = openDb();
  await saveAnalysis(db, makeAnalysis(), { now: T0 });
  await updateEntry(db, 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/', { note: 'Elton John diplomacy\n— second line', tags: ['North Korea', 'music'] }, { now: T0 + 1000 });
  await saveAnalysis(db, makeAnalysis({ url: 'https://example.org/glacier?utm_campaign=x', title: 'Glaciers “retreat” — 日本語 too', text: 'Ice melts. Rivers rise.', site: null, byline: null }), { now: T0 + 5000 });
  return db;
}

/** Everything stored, for "nothing changed" checks. */
async function snapshot(db: LibraryDB) {
  return { entries: await db.entries.toArray(), articles: await db.articles.toArray() };
}

describe('JSON export', () => {
  it('writes the versioned format, newest first, with every documented field', async () => {
    const db = await sample();
    const text = await exportJson(db, { now: Date.UTC(2024, 3, 1) });
    expect(text.startsWith('{"format":"lede-library","version":2,"exportedAt":"2024-04-01T00:00:00.000Z","entries":[\n')).toBe(true);
    const doc = JSON.parse(text);
    expect(doc.entries.map((e: { url: string }) => e.url)).toEqual(['https://example.org/glacier', 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/']);
    expect(Object.keys(doc.entries[1])).toEqual(['url', 'savedFrom', 'title', 'site', 'byline', 'publishedTime', 'savedAt', 'updatedAt', 'note', 'tags', 'highlights', 'analysis']);
    expect(doc.entries[1]).toMatchObject({ site: 'Fortune', savedAt: '2024-03-01T09:30:00.000Z', updatedAt: '2024-03-01T09:30:01.000Z', note: 'Elton John diplomacy\n— second line', tags: ['North Korea', 'music'] });
    expect(doc.entries[0]).toMatchObject({ site: 'example.org', savedFrom: 'https://example.org/glacier?utm_campaign=x', byline: null });
    expect(doc.entries[0]).not.toHaveProperty('words');
    // Keys inside the analysis are sorted.
    expect(Object.keys(doc.entries[0].analysis)).toEqual([...Object.keys(doc.entries[0].analysis)].sort());
  });

  it('exports a selection only', async () => {
    const db = await sample();
    const doc = JSON.parse(await exportJson(db, { ids: ['https://example.org/glacier'] }));
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0].title).toBe('Glaciers “retreat” — 日本語 too');
  });

  it('export → import (into an empty library) → export is byte-for-byte stable apart from exportedAt', async () => {
    const db = await sample();
    const first = await exportJson(db, { now: 1 });
    const fresh = openDb();
    expect(await importJson(fresh, first)).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    const second = await exportJson(fresh, { now: 2 });
    expect(second.replace(/"exportedAt":"[^"]+"/, '')).toBe(first.replace(/"exportedAt":"[^"]+"/, ''));
    // And the imported entries are searchable.
    expect(await searchIds(fresh, { q: 'elton diplo' })).toEqual(['https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/']);
    // Importing the same file again changes nothing.
    expect(await importJson(fresh, first)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 2 } });
    expect(await exportJson(fresh, { now: 1 })).toBe(first);
  });

  it('an empty library exports and imports cleanly', async () => {
    const text = await exportJson(openDb(), { now: 0 });
    expect(JSON.parse(text)).toEqual({ format: 'lede-library', version: 2, exportedAt: '1970-01-01T00:00:00.000Z', entries: [] });
    expect(await importJson(openDb(), text)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 0 } });
  });
});

describe('JSON import', () => {
  it('merges by URL: newer content wins, the first save date stays, notes and tags are kept', async () => {
    const db = await sample();
    const id = 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/';
    const doc = JSON.parse(await exportJson(db));
    const e = doc.entries[1];
    e.title = 'Newer title';
    e.savedAt = '2025-01-01T00:00:00.000Z';
    e.updatedAt = '2025-01-02T00:00:00.000Z';
    e.note = '';
    e.tags = ['music', 'archive'];
    e.url = id + '?utm_source=newsletter'; // the same entry, however the URL was written
    doc.entries = [e];
    expect(await importJson(db, JSON.stringify(doc))).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    const after = (await getEntry(db, id))!.entry;
    expect(after).toMatchObject({ title: 'Newer title', savedAt: '2024-03-01T09:30:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z', note: 'Elton John diplomacy\n— second line', tags: ['music', 'archive', 'North Korea'] });
    expect(await db.entries.count()).toBe(2);
    expect(await searchIds(db, { q: 'archive' })).toEqual([id]);
  });

  const cases: Array<[string, (good: string) => string, RegExp]> = [
    ['empty file', () => '  ', /The file is empty\. Nothing was imported\./],
    ['truncated file', (g) => g.slice(0, Math.floor(g.length / 2)), /The file is cut short.*truncated.*Nothing was imported/],
    ['not JSON', () => '<html>hello</html>', /The file is not valid JSON \(.+\)\. Nothing was imported\./],
    ['a JSON list', () => '[1,2]', /not a Lede library export: expected a JSON object with "format": "lede-library", got a list/],
    ['another format', (g) => g.replace('"format":"lede-library"', '"format":"pocket-export"'), /not a Lede library export: "format" is "pocket-export", expected "lede-library"/],
    ['no format', () => '{"entries":[]}', /it has no "format" field/],
    ['newer version', (g) => g.replace('"version":2', '"version":3'), /format version 3, newer than this Lede reads \(version 2\)\. Update Lede/],
    ['version as text', (g) => g.replace('"version":2', '"version":"2"'), /"version" must be a whole number, got "2"/],
    ['entries missing', () => '{"format":"lede-library","version":1}', /"entries" must be a list, got nothing/],
    ['bad date in entry 2', (g) => g.replace(/"savedAt":"[^"]+"(?![\s\S]*"savedAt")/, '"savedAt":"yesterday"'), /Entry 2 \("Mike Pompeo Brings Elton John CD for Kim Jong Un"\): "savedAt" must be an ISO date .* got "yesterday"/],
    ['non-http URL', (g) => g.replace('"url":"https://example.org/glacier"', '"url":"javascript:alert(1)"'), /Entry 1 \("Glaciers .*"\): "url" must be an http\(s\) URL, got "javascript:alert\(1\)"/],
    ['missing article text', (g) => g.replace(/"text":"Ice melts\. Rivers rise\.",/, ''), /Entry 1 .*"analysis" "article" is missing "text"/],
    ['tags not text', (g) => g.replace('"tags":["North Korea","music"]', '"tags":["North Korea",7]'), /Entry 2 .*"tags" item 2 must be text, got number 7/],
    ['duplicate URL', (g) => g.replace('"url":"https://example.org/glacier"', '"url":"https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/#x"'), /Entry 2 .* has the same URL as entry 1/],
  ];

  it.each(cases)('rejects a bad file (%s) with a specific message and writes nothing', async (_name, corrupt, message) => {
    const db = await sample();
    const good = await exportJson(db);
    // A second library receives the bad file: it must stay exactly as it was.
    const target = openDb();
    await saveAnalysis(target, makeAnalysis({ url: 'https://keep.example/1', title: 'Already here' }), { now: T0 });
    const before = await snapshot(target);
    const r = await importJson(target, corrupt(good));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(message);
    expect(await snapshot(target)).toEqual(before);
  });

  it('validates every entry before writing: one bad entry at the end blocks the whole file', async () => {
    const db = await sample();
    const doc = JSON.parse(await exportJson(db));
    doc.entries.push({ ...doc.entries[0], url: 'https://other.example/x', analysis: { ...doc.entries[0].analysis, sentences: 'oops' } });
    const target = openDb();
    const r = await importJson(target, JSON.stringify(doc));
    expect(!r.ok && r.error.message).toMatch(/Entry 3 .*"analysis" "sentences" must be a list, got "oops"/);
    expect(await target.entries.count()).toBe(0);
  });

  it('reports up to three problems at once', () => {
    const bad = { format: 'lede-library', version: 1, entries: [{}, { title: 'B' }, 3, 4, 5] };
    const r = parseLibraryFile(JSON.stringify(bad));
    expect(!r.ok && r.error.message).toMatch(/problems \(stopped after 3 problems\): Entry 1: is missing "url"\. Entry 2 \("B"\): is missing "url"\. Entry 3: must be an object, got number 3\./);
  });
});

describe('Markdown export', () => {
  it('one combined file with each entry’s details, note, digest and clean article', async () => {
    const db = await sample();
    const md = await exportMarkdownCombined(db);
    const [glacier, fortune] = md.split('\n---\n\n');
    expect(glacier).toMatch(/^# Glaciers “retreat” — 日本語 too\n\n- Site: example\.org\n- Published: 2018-07-06\n- Saved: 2024-03-01\n- URL: <https:\/\/example\.org\/glacier>/);
    expect(fortune).toContain('- Tags: North Korea, music');
    expect(fortune).toContain('> Elton John diplomacy\n> — second line');
    expect(fortune).toContain('## Summary');
    expect(fortune).toContain('## Timeline');
    expect(fortune).toContain('## Sources');
    expect(fortune).toContain('[Reuters](https://www.reuters.com/)');
    expect(fortune).toMatch(/## Article\n\nPresident Trump called Kim Jong Un "Rocket Man" last fall\.\n\nSecretary Pompeo/);
    // The digest's own title line is not repeated.
    expect(fortune.match(/^# /gm)).toHaveLength(1);
    expect(fortune).not.toContain('min read');
  });

  it('one file per entry, with safe unique names', async () => {
    const db = await sample();
    await saveAnalysis(db, makeAnalysis({ url: 'https://x.com/dup', title: 'Glaciers “retreat” — 日本語 too' }), { now: T0 + 9000 });
    const files = await exportMarkdownFiles(db);
    expect(files.map((f) => f.name)).toEqual(['glaciers-retreat-日本語-too.md', 'glaciers-retreat-日本語-too-2.md', 'mike-pompeo-brings-elton-john-cd-for-kim-jong-un.md']);
    expect(files[2].content).toMatch(/^# Mike Pompeo/);
  });
});

import { describe, expect, it, onTestFinished } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { canonicalKey } from '../../lib/library/url';
import { parseQuery, tokenize } from '../../lib/library/words';
import { facets, getEntry, getRows, removeEntries, restoreEntries, saveAnalysis, updateEntry } from '../../lib/library/store';
import { SearchIndex, searchIds } from '../../lib/library/search';
import { LibraryDB, SCHEMA_V1 } from '../../lib/library/db';
import { freshFactory, makeAnalysis, openDb } from './library-helpers';

const FORTUNE = 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/';

describe('canonical key', () => {
  it('prefers the canonical URL, else drops the hash and tracking parameters', () => {
    expect(canonicalKey('https://a.com/x?utm_source=t#top', 'https://a.com/story')).toBe('https://a.com/story');
    expect(canonicalKey('https://a.com/x?utm_source=t&utm_medium=s&id=3&fbclid=abc&gclid=z#top')).toBe('https://a.com/x?id=3');
    expect(canonicalKey('https://a.com/x?fbclid=1')).toBe('https://a.com/x');
    expect(canonicalKey('https://a.com/x', 'javascript:alert(1)')).toBe('https://a.com/x');
    expect(canonicalKey('file:///etc/passwd')).toBeNull();
  });
});

describe('query words', () => {
  it('folds case and accents and treats the word being typed as a prefix', () => {
    expect(tokenize('Élysée — Macron’s')).toEqual(['elysee', 'macron', 's']);
    expect(parseQuery('Rocket Ma')).toEqual({ terms: ['rocket'], prefix: 'ma' });
    expect(parseQuery('rocket man ')).toEqual({ terms: ['rocket', 'man'], prefix: null });
    expect(parseQuery('the rocket ')).toEqual({ terms: ['rocket'], prefix: null });
  });
});

describe('library store', () => {
  it('saves, reads, updates a note and tags, deletes and undoes', async () => {
    const db = openDb();
    const saved = await saveAnalysis(db, makeAnalysis(), { now: Date.UTC(2024, 0, 1) });
    expect(saved).toEqual({ ok: true, value: { id: FORTUNE, updated: false } });
    const full = await getEntry(db, FORTUNE);
    expect(full?.entry).toMatchObject({ title: 'Mike Pompeo Brings Elton John CD for Kim Jong Un', site: 'Fortune', savedAt: '2024-01-01T00:00:00.000Z', note: '', tags: [] });
    expect(full?.analysis.article.text).toContain('Rocket Man');

    const edited = await updateEntry(db, FORTUNE, { note: 'For the diplomacy piece', tags: [' North Korea ', 'diplomacy', 'north korea', ''] }, { now: Date.UTC(2024, 0, 2) });
    expect(edited.ok && edited.value.tags).toEqual(['North Korea', 'diplomacy']);
    expect(await searchIds(db, { q: 'diplomacy piece' })).toEqual([FORTUNE]);
    expect(await facets(db)).toEqual({ sites: ['Fortune'], tags: ['North Korea', 'diplomacy'], count: 1 });

    const removed = await removeEntries(db, [FORTUNE]);
    expect(removed.ok && removed.value).toHaveLength(1);
    expect(await getEntry(db, FORTUNE)).toBeUndefined();
    expect(await searchIds(db, { q: 'rocket' })).toEqual([]);
    if (!removed.ok) throw new Error();
    expect(await restoreEntries(db, removed.value)).toEqual({ ok: true, value: 1 });
    const back = await getEntry(db, FORTUNE);
    expect(back?.entry.note).toBe('For the diplomacy piece');
    expect(await searchIds(db, { q: 'rocket ma' })).toEqual([FORTUNE]);
  });

  it('saving the same canonical URL again updates the entry: first-saved date, note and tags stay', async () => {
    const db = openDb();
    await saveAnalysis(db, makeAnalysis({ url: FORTUNE + '?utm_source=twitter#comments' }), { now: Date.UTC(2024, 0, 1) });
    await updateEntry(db, FORTUNE, { note: 'keep me', tags: ['asia'] });
    const again = await saveAnalysis(db, makeAnalysis({ url: 'https://fortune.com/amp/xyz', canonicalUrl: FORTUNE, title: 'Updated headline' }), { now: Date.UTC(2024, 5, 1) });
    expect(again).toEqual({ ok: true, value: { id: FORTUNE, updated: true } });
    expect(await db.entries.count()).toBe(1);
    const e = (await getEntry(db, FORTUNE))!.entry;
    expect(e).toMatchObject({ title: 'Updated headline', savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z', note: 'keep me', tags: ['asia'] });
  });

  it('refuses to save a page that is not http(s)', async () => {
    const db = openDb();
    const r = await saveAnalysis(db, makeAnalysis({ url: 'chrome://newtab/' }));
    expect(r.ok).toBe(false);
    expect(await db.entries.count()).toBe(0);
  });

  it('searches title, summary, text, notes and tags; filters by site and tag; newest first', async () => {
    const db = openDb();
    await saveAnalysis(db, makeAnalysis({ url: 'https://a.com/1', title: 'Glaciers retreat in the Alps', text: 'Scientists measured the Rhône glacier. It lost ice.', site: 'Alpine Times' }), { now: 1000 });
    await saveAnalysis(db, makeAnalysis({ url: 'https://b.com/2', title: 'Budget vote delayed', text: 'Parliament postponed the budget vote. Glacier funding was cut.', site: 'Daily' }), { now: 2000 });
    await saveAnalysis(db, makeAnalysis({ url: 'https://c.com/3', title: 'Football final', text: 'The final ended in penalties. Fans celebrated.', site: 'Daily' }), { now: 3000 });
    await updateEntry(db, 'https://c.com/3', { tags: ['sport'], note: 'Glacially slow match' });

    expect(await searchIds(db, {})).toEqual(['https://c.com/3', 'https://b.com/2', 'https://a.com/1']);
    expect(await searchIds(db, { q: 'glacier' })).toEqual(['https://b.com/2', 'https://a.com/1']);
    expect(await searchIds(db, { q: 'glac' })).toEqual(['https://c.com/3', 'https://b.com/2', 'https://a.com/1']);
    expect(await searchIds(db, { q: 'rhone' })).toEqual(['https://a.com/1']);
    expect(await searchIds(db, { q: 'GLACIER budget' })).toEqual(['https://b.com/2']);
    expect(await searchIds(db, { q: 'glacier penalties' })).toEqual([]);
    expect(await searchIds(db, { q: 'spo' })).toEqual(['https://c.com/3']);
    expect(await searchIds(db, { site: 'Daily' })).toEqual(['https://c.com/3', 'https://b.com/2']);
    expect(await searchIds(db, { site: 'Daily', q: 'glac' })).toEqual(['https://c.com/3', 'https://b.com/2']);
    expect(await searchIds(db, { tag: 'sport' })).toEqual(['https://c.com/3']);
    expect(await searchIds(db, { tag: 'sport', q: 'budget' })).toEqual([]);
    expect((await getRows(db, ['https://a.com/1']))[0].summaryLine).toBe('Scientists measured the Rhône glacier.');
  });

  it('two tabs (two Dexie instances on one database) saving at once both land', async () => {
    const factory = freshFactory();
    const tab1 = openDb(factory, 'shared');
    const tab2 = openDb(factory, 'shared');
    const many = Array.from({ length: 20 }, (_, i) => i);
    const results = await Promise.all(
      many.flatMap((i) => [
        saveAnalysis(tab1, makeAnalysis({ url: `https://one.com/${i}` })),
        saveAnalysis(tab2, makeAnalysis({ url: `https://two.com/${i}` })),
        // Both tabs save the same article too: one entry, never a duplicate, first date kept.
        saveAnalysis(i % 2 ? tab1 : tab2, makeAnalysis({ url: 'https://same.com/story' }), { now: 5000 + i }),
      ]),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await tab1.entries.count()).toBe(41);
    expect(await tab2.articles.count()).toBe(41);
    const firsts = results.map((r, k) => ({ r, k })).filter(({ r }) => r.ok && r.value.id === 'https://same.com/story' && !r.value.updated);
    expect(firsts).toHaveLength(1);
    // The first save's date stays, whichever tab won the race.
    const first = Math.floor(firsts[0].k / 3);
    expect((await getEntry(tab1, 'https://same.com/story'))!.entry.savedAt).toBe(new Date(5000 + first).toISOString());
  });

  it('a write that fails on quota reports a clear error and loses nothing saved before', async () => {
    const db = openDb();
    await saveAnalysis(db, makeAnalysis({ url: 'https://keep.com/1', title: 'Keep me' }));
    await updateEntry(db, 'https://keep.com/1', { note: 'precious' });
    const before = await db.entries.toArray();

    // The entry row goes in, then the article put hits the quota: the whole save must roll back.
    const put = FDBObjectStore.prototype.put;
    FDBObjectStore.prototype.put = function (this: InstanceType<typeof FDBObjectStore>, ...args: Parameters<typeof put>) {
      if (this.name === 'articles') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    onTestFinished(() => {
      FDBObjectStore.prototype.put = put;
    });
    const failed = await saveAnalysis(db, makeAnalysis({ url: 'https://new.com/2' }));
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('quota');
    expect(failed.error.message).toMatch(/not enough storage space.*Everything saved before is safe/);
    // Re-saving the existing one fails too, and must not damage it.
    const resave = await saveAnalysis(db, makeAnalysis({ url: 'https://keep.com/1', title: 'Overwritten?' }));
    expect(resave.ok).toBe(false);
    expect(await db.entries.toArray()).toEqual(before);
    expect(await db.entries.get('https://new.com/2')).toBeUndefined();
  });
});

describe('search index', () => {
  it('an open index picks up saves, edits and deletes from another tab', async () => {
    const factory = freshFactory();
    const page = openDb(factory, 'live');
    const other = openDb(factory, 'live');
    await saveAnalysis(page, makeAnalysis({ url: 'https://a.com/1', title: 'Harbour strike ends', text: 'Dockers returned to work.' }), { now: 1000 });
    const index = new SearchIndex(page);
    await index.refresh();
    expect(index.query({ q: 'docker' })).toEqual(['https://a.com/1']);
    expect(await index.refresh()).toBe(false);

    await saveAnalysis(other, makeAnalysis({ url: 'https://b.com/2', title: 'Dockers vote', text: 'The union voted.' }), { now: 2000 });
    await updateEntry(other, 'https://a.com/1', { note: 'ferry timetable' });
    expect(await index.refresh()).toBe(true);
    expect(index.query({ q: 'dockers' })).toEqual(['https://b.com/2', 'https://a.com/1']);
    expect(index.query({ q: 'ferry timet' })).toEqual(['https://a.com/1']);

    await updateEntry(other, 'https://a.com/1', { note: 'bus' });
    await removeEntries(other, ['https://b.com/2']);
    await index.refresh();
    expect(index.query({ q: 'ferry' })).toEqual([]);
    expect(index.query({ q: 'bus' })).toEqual(['https://a.com/1']);
    expect(index.query({ q: 'dockers' })).toEqual(['https://a.com/1']);
    expect(index.size).toBe(1);
    expect(index.facets()).toEqual({ sites: ['Fortune'], tags: [], count: 1 });
  });

  it('answers in well under 50 ms at 10,000 entries', { timeout: 120_000 }, async () => {
    const db = openDb();
    const vocab = Array.from({ length: 30_000 }, (_, i) => 'w' + i.toString(36));
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    await db.search.bulkAdd(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `https://x.com/${i}`,
        row: { id: `https://x.com/${i}`, url: `https://x.com/${i}`, title: `Story ${i}`, site: `site${i % 20}`, byline: null, publishedTime: null, summaryLine: '', wordCount: 500, savedAt: new Date(i * 1000).toISOString(), updatedAt: new Date(i * 1000).toISOString(), note: '', tags: i % 7 ? [] : ['seven'] },
        words: [...new Set(Array.from({ length: 500 }, () => vocab[Math.floor(vocab.length * rnd() ** 3)]))].sort().join(' ') + ' rocket',
        touched: 1,
      })),
    );
    const index = new SearchIndex(db);
    await index.refresh();
    const times: number[] = [];
    for (const q of ['w', 'w1', 'w1 w2', 'rocket', 'rocket w', 'w3 w4 w5', 'zzz']) {
      // Best of three: the machine may be busy with other work; the index's cost is the floor.
      let best = Infinity;
      let ids: string[] = [];
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        ids = index.query({ q });
        best = Math.min(best, performance.now() - t);
      }
      times.push(best);
      if (q === 'rocket') expect(ids).toHaveLength(10_000);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(50);
  });
});

describe('schema migrations', () => {
  it('opens a version 1 library and builds the v2 search records for its entries', async () => {
    const factory = freshFactory();
    const v1 = new Dexie('migrate', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const a = makeAnalysis({ url: 'https://old.com/1', title: 'An old story about volcanoes', text: 'Lava flowed for days. Villagers left.' });
    await v1.table('entries').put({
      id: 'https://old.com/1', url: 'https://old.com/1', title: 'An old story about volcanoes', site: 'old.com', byline: null, publishedTime: null,
      summaryLine: 'Lava flowed for days.', wordCount: 7, savedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-02T00:00:00.000Z', note: 'from v1', tags: ['geo'],
    });
    await v1.table('articles').put({ id: 'https://old.com/1', analysis: a });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new LibraryDB('migrate', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    const row = await db.entries.get('https://old.com/1');
    expect(row).toMatchObject({ note: 'from v1', tags: ['geo'], savedAt: '2020-01-01T00:00:00.000Z' });
    const search = await db.search.get('https://old.com/1');
    expect(search?.words.split(' ')).toEqual(expect.arrayContaining(['volcanoes', 'lava', 'villagers', 'geo']));
    expect(search?.row).toMatchObject({ savedAt: '2020-01-01T00:00:00.000Z', site: 'old.com', tags: ['geo'], note: 'from v1' });
    expect(await searchIds(db, { q: 'villag' })).toEqual(['https://old.com/1']);
    expect(await searchIds(db, { q: 'v1' })).toEqual(['https://old.com/1']);
  });
});

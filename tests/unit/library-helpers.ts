/** Hand-made Analysis objects and fresh fake IndexedDB databases for the library tests. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Analysis } from '../../core/types';
import { LibraryDB } from '../../lib/library/db';

export function makeAnalysis(over: { url?: string; canonicalUrl?: string | null; title?: string; site?: string | null; text?: string; summary?: string[]; byline?: string | null } = {}): Analysis {
  const text = over.text ?? 'President Trump called Kim Jong Un "Rocket Man" last fall. Secretary Pompeo traveled to Pyongyang on Friday.';
  const sentences = text.split(/(?<=\.)\s+/);
  const summary = over.summary ?? sentences.slice(0, 2);
  return {
    url: over.url ?? 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/',
    isArticle: true,
    detection: { score: 0.9, reasons: ['JSON-LD NewsArticle'] },
    article: {
      title: over.title ?? 'Mike Pompeo Brings Elton John CD for Kim Jong Un',
      byline: over.byline === undefined ? 'Fortune Staff' : over.byline,
      authors: ['Fortune Staff'],
      siteName: over.site === undefined ? 'Fortune' : over.site,
      publishedTime: '2018-07-06T20:10:00-04:00',
      lang: 'en',
      excerpt: sentences[0] ?? null,
      text,
      html: sentences.map((s) => `<p>${s}</p>`).join(''),
      wordCount: text.split(/\s+/).length,
      readingMinutes: 1,
      canonicalUrl: over.canonicalUrl === undefined ? null : over.canonicalUrl,
    },
    sentences,
    summary: { sentences: summary.map((s, i) => ({ text: s, index: i })) },
    timeline: [
      { date: '2017-09', precision: 'season', season: 'fall', label: 'Trump calls Kim "Rocket Man"', quote: sentences[0] ?? '', sentenceIndex: 0, dateText: 'last fall', kind: 'event' },
    ],
    sources: [{ name: 'Reuters', kind: 'agency', url: 'https://www.reuters.com/', count: 1 }],
  };
}

let n = 0;
/** A new, empty in-memory IndexedDB (one factory per test, so tests never share data). */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function openDb(factory: IDBFactory = freshFactory(), name = `lib-${++n}`): LibraryDB {
  return new LibraryDB(name, { indexedDB: factory, IDBKeyRange });
}

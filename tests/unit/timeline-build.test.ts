/**
 * The timeline as a whole (issue 12): labels that read as clauses, merging that never makes a date
 * more precise than its words, expected events, and plausible publication dates.
 */
import { describe, expect, it } from 'vitest';
import { labelFor } from '../../core/label';
import { buildTimeline } from '../../core/timeline';
import type { SentenceInfo } from '../../core/story';
import { readMetadata, urlDate, plausiblePublished } from '../../core/metadata';
import { analyzeHtml, parseDocument } from '../../cli/dom';

const para = (text: string, block = 0): SentenceInfo => ({ text, kind: 'paragraph', block });

describe('labels read as a short clause saying who did what', () => {
  it('a relative clause gets its antecedent back', () => {
    expect(labelFor('Farmers have barely a month to clear their fields for winter wheat, which is typically sown mid-November.', 'mid-November')).toBe(
      'Winter wheat is typically sown',
    );
    expect(labelFor('NASA selected five lander companies on Monday, which the company’s billionaire founder had announced earlier.', 'Monday')).toBe(
      'NASA selected five lander companies',
    );
  });
  it('direct speech is said by its speaker, never a dangling attribution', () => {
    expect(labelFor('“We are going to the Moon by 2024,” Clarke said in a telecon with reporters.', '2024')).toBe('Clarke said: “We are going to the Moon”');
    expect(labelFor('“It is a big step,” Clarke said Monday in a telecon with reporters.', 'Monday')).toBe('Clarke said: “It is a big step”');
  });
  it('an introductory phrase gives way to its main clause; a verb gets its subject', () => {
    expect(labelFor('In a joint statement published Oct. 25, the defense ministries accused U.S. forces of controlling the area.', 'Oct. 25')).toBe(
      'The defense ministries accused U.S. forces of controlling the area',
    );
    expect(labelFor('The We Company, announced on Sept. 30 that it was withdrawing its filing.', 'Sept. 30')).toBe('The We Company announced that it was withdrawing its filing');
    expect(labelFor('The celebration, which typically runs five days, began on October 27.', 'October 27')).toBe('The celebration began');
  });
  it('keeps a date that names a thing, drops one that is an adverbial, and drops datelines', () => {
    expect(labelFor('Then, a 2018 analysis of the data found evidence of plumes.', '2018')).toBe('A 2018 analysis of the data found evidence of plumes');
    expect(labelFor('India’s Supreme Court on Monday also issued an injunction.', 'Monday')).toBe('India’s Supreme Court also issued an injunction');
    expect(labelFor("WASHINGTON (Reuters) - Scientists on Monday unveiled a map of Titan.", 'Monday')).toBe('Scientists unveiled a map of Titan');
  });
  it('a timestamp line has no label (and so no event)', () => {
    expect(labelFor('18 Nov 2019 9:38 pm', '18 Nov 2019')).toBe('');
    expect(buildTimeline({ sentences: [para('18 Nov 2019 9:38 pm')], publishedTime: '2019-11-19', siteName: null, title: 'T', lang: 'en' }).filter((e) => e.kind === 'event')).toEqual(
      [],
    );
  });
});

describe('merging mentions', () => {
  it('never makes a date more precise than its words: the merged event carries the precise mention’s words', () => {
    const events = buildTimeline({
      sentences: [
        { text: 'Kim shakes hands with Trump at their summit in Singapore on June 12, 2018.', kind: 'caption', block: 0 },
        para('When the two leaders met at a diplomatic summit in Singapore last month, the tag came up.', 1),
      ],
      publishedTime: '2018-07-06',
      siteName: null,
      title: 'T',
      lang: 'en',
    }).filter((e) => e.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2018-06-12', precision: 'day', dateText: 'June 12, 2018' });
    expect(events[0].label).toMatch(/summit in Singapore/);
  });
  it('does not merge a month into a day on words every sentence of the story shares', () => {
    const events = buildTimeline({
      sentences: [
        para('The slide in stock prices this month has turned traders against program trading.'),
        para('Stock prices fell on Oct. 13 as program trading surged.', 1),
        para('Stock prices recovered as traders returned.', 2),
        para('Program trading in stock prices is under review.', 3),
      ],
      publishedTime: '1989-10-27',
      siteName: null,
      title: 'T',
      lang: 'en',
    }).filter((e) => e.kind === 'event');
    expect(events.map((e) => `${e.date} ${e.precision} ${e.dateText}`)).toEqual(['1989-10 month this month', '1989-10-13 day Oct. 13']);
  });
});

describe('expected events', () => {
  it('are marked, and an event before the page’s last update is not', () => {
    const build = (modifiedTime?: string) =>
      buildTimeline({ sentences: [para('Dragonfly is scheduled to reach Titan in 2034.')], publishedTime: '2019-11-19', modifiedTime, siteName: null, title: 'T', lang: 'en' });
    const titan = (modifiedTime?: string) => build(modifiedTime).find((e) => e.kind === 'event')!;
    expect(titan()).toMatchObject({ date: '2034', expected: true });
    expect(titan('2035-01-01').expected).toBeUndefined();
  });
});

describe('plausible publication dates', () => {
  const NOW = Date.UTC(2020, 0, 1);
  const page = (head: string, body = '') => parseDocument(`<!DOCTYPE html><html><head>${head}</head><body><article><h1>Teachers rally</h1>${body}<p>Text.</p></article></body></html>`);
  it('rejects a CMS placeholder and falls back to the dateline near the headline', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Teachers rally","datePublished":"0001-01-01T00:00:00Z"}</script>', '<p class="publish-date">Published 11:11 PM EST Nov 19, 2019</p>');
    const m = readMetadata(doc, 'https://news.example/story/teachers', NOW);
    expect(m.publishedTime).toBe('2019-11-19T23:11:00-05:00');
    expect(m.publishedFrom).toBe('the dateline near the headline');
    expect(m.publishedRejected).toEqual(['JSON-LD datePublished 0001-01-01T00:00:00Z']);
  });
  it('falls back to the date in the URL', () => {
    const doc = page('<meta property="article:published_time" content="0001-01-01T00:00:00Z">');
    const m = readMetadata(doc, 'https://news.example/story/news/2019/11/19/teachers-rally/40651467/', NOW);
    expect(m.publishedTime).toBe('2019-11-19');
    expect(m.publishedFrom).toBe('the date in the URL');
    expect(urlDate('https://x.example/2019-11-19-teachers')).toBe('2019-11-19');
    expect(urlDate('https://x.example/news/20191119/teachers')).toBe('2019-11-19');
    expect(urlDate('https://x.example/news/2019/11/teachers')).toBeNull();
  });
  it('rejects a date more than a day ahead; keeps an archive’s old date when nothing later exists', () => {
    expect(plausiblePublished('2020-01-01T20:00:00Z', NOW)).toBe(true);
    expect(plausiblePublished('2020-01-03', NOW)).toBe(false);
    expect(plausiblePublished('1989-11-02', NOW)).toBe(false);
    const old = readMetadata(page('<meta property="article:published_time" content="1989-11-02">'), 'https://archive.example/wsj_0124', NOW);
    expect(old.publishedTime).toBe('1989-11-02');
    expect(old.publishedFrom).toMatch(/before 1990/);
  });
  it('says which date the timeline counts from in detection.reasons', () => {
    const a = analyzeHtml(
      `<!DOCTYPE html><html><head><title>Teachers rally</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Teachers rally","datePublished":"0001-01-01T00:00:00Z"}</script></head><body><article><h1>Teachers rally</h1><p>Several thousand teachers wearing red surrounded the Statehouse on Tuesday to call for better pay and to protest a law.</p><p>The union said the rally was the largest in the state since it began organizing teachers decades ago.</p></article></body></html>`,
      'https://news.example/story/news/2019/11/19/teachers-rally/',
    );
    expect(a.article.publishedTime).toBe('2019-11-19');
    expect(a.detection.reasons.join(' ')).toMatch(/published date from the date in the URL \(passed over: JSON-LD datePublished 0001-01-01/);
    expect(a.timeline.find((e) => e.dateText === 'on Tuesday')?.date).toBe('2019-11-19');
  });
});

describe('the benchmark check for durations and event-relative phrases after publication', () => {
  it('flags a duration or a phrase counted from another event dated after publication, not a deictic future', async () => {
    const { relativeAfterPublication } = await import('../../scripts/quality/timeline');
    const page = (dateText: string, date: string) =>
      ({ id: 'p', file: 'p.html', url: 'https://example.com/', title: '', publishedTime: '2019-11-20T10:00:00Z', timeline: [{ date, precision: 'year', label: 'x', quote: 'x', sentenceIndex: 0, dateText, kind: 'event' }] }) as never;
    const flagged = (dateText: string, date: string) => relativeAfterPublication([page(dateText, date)]).length;
    expect(flagged('for three years', '2022')).toBe(1);
    expect(flagged('Two months later', '2020-01')).toBe(1);
    expect(flagged('the next day', '2019-11-21')).toBe(1);
    expect(flagged('in two years', '2021')).toBe(0);
    expect(flagged('next week', '2019-11-25')).toBe(0);
    expect(flagged('two months later', '2019-09')).toBe(0); // before publication: counted from a dated event
  });
});

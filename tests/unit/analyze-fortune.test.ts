/** The reference page: the Fortune "Rocket Man" article (tests/fixtures/fortune-rocket-man.html). */
import { describe, expect, it } from 'vitest';
import { analyzeFixture, visibleStrings, FORTUNE_URL } from './helpers';

const a = analyzeFixture('fortune-rocket-man.html', FORTUNE_URL);

describe('Fortune reference page: detection and metadata', () => {
  it('is an article, with reasons a person can read', () => {
    expect(a.isArticle).toBe(true);
    expect(a.detection.score).toBeGreaterThan(0.9);
    expect(a.detection.reasons).toEqual(expect.arrayContaining([expect.stringContaining('JSON-LD NewsArticle'), expect.stringContaining('og:type=article')]));
  });
  it('has a clean title, byline, site, date and language', () => {
    expect(a.article.title).toBe('Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD Signed by Trump, South Korean Paper Reports');
    expect(a.article.byline).toBe('Kevin Kelleher');
    expect(a.article.siteName).toBe('Fortune');
    expect(a.article.publishedTime).toBe('2018-07-06T20:10:00-04:00');
    expect(a.article.lang).toBe('en');
    expect(a.article.canonicalUrl).toBe(FORTUNE_URL);
  });
  it('finds the lead image with its caption and credit', () => {
    expect(a.article.leadImage?.src).toMatch(/^https:\/\/fortune\.com\/.*summit\.jpg$/);
    expect(a.article.leadImage?.caption).toMatch(/^North Korea's leader Kim Jong Un \(L\) shakes hands/);
    expect(a.article.leadImage?.caption).not.toMatch(/Photo by|Getty/);
    expect(a.article.leadImage?.credit).toBe('Saul Loeb—AFP/Getty Images');
  });
  it('keeps every body paragraph and the tweet, counts words and reading time', () => {
    const text = a.article.text;
    expect(text.startsWith('Elton John once ruled the pop charts')).toBe(true);
    expect(text).toContain('according to the Chosen Ilbo newspaper');
    expect(text).toContain('I spoke with President Moon of South Korea last night.');
    expect(text.trim().endsWith('he considers the talks to be doomed.')).toBe(true);
    expect(a.article.wordCount).toBeGreaterThan(280);
    expect(a.article.wordCount).toBeLessThan(340);
    expect(a.article.readingMinutes).toBe(1);
  });
});

describe('Fortune reference page: no clutter reaches the reader', () => {
  const visible = visibleStrings(a) + a.article.html;
  for (const clutter of ['Latest in Leadership', 'Most Popular', 'Lorem ipsum', 'About the Author', 'See full bio', 'Fortune 500 Europe', 'Customer Support', 'Fortune Media IP Limited', 'Down Arrow Button Icon', 'October 20, 2025', 'December 30, 2025', 'placeholder alt text', 'Warren Buffett']) {
    it(`drops "${clutter}"`, () => expect(visible).not.toContain(clutter));
  }
});

describe('Fortune reference page: summary', () => {
  const sentences = a.summary.sentences;
  it('has 3 to 5 sentences from the story, the news first and then in article order, each pointing at its sentence', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    for (const s of sentences) expect(a.sentences[s.index]).toBe(s.text);
    const rest = sentences.slice(1).map((s) => s.index);
    expect(rest).toEqual([...rest].sort((x, y) => x - y));
  });
  it('leads with Pompeo carrying the Rocket Man CD', () => {
    expect(sentences[0].text).toMatch(/^Secretary of State Mike Pompeo left for North Korea Thursday/);
    expect(sentences[0].text).toMatch(/a CD of Elton John songs, including “Rocket Man,”/);
  });
  it('holds the "Little Rocket Man" insult and what it meant', () => {
    expect(sentences.map((s) => s.text).join(' ')).toMatch(/Trump derisively mocked Kim last fall as “Little Rocket Man”.*when tensions between the two countries were high/);
  });
  it('has no clutter: no sentence that leans on one left out, no caption, credit or teaser', () => {
    const chosen = new Set(sentences.map((s) => s.index));
    for (const s of sentences) {
      expect(s.text).not.toMatch(/^(Both|He|She|It|They|But|And|Kim replied)\b/);
      expect(s.text).not.toMatch(/Getty|Photo|Read more|Latest in|Most Popular/i);
      expect(chosen.has(s.index)).toBe(true);
    }
  });
  it('offers further sentences from the story, none already in the summary', () => {
    const more = a.summary.more ?? [];
    expect(more.length).toBeGreaterThan(0);
    for (const m of more) {
      expect(a.sentences[m.index]).toBe(m.text);
      expect(sentences.some((s) => s.index === m.index)).toBe(false);
    }
  });
  it('takes nothing from captions or the tweet', () => {
    const caption = a.article.leadImage!.caption!;
    for (const s of sentences) {
      expect(caption).not.toContain(s.text);
      expect(s.text).not.toMatch(/Donald J\. Trump \(@realDonaldTrump\)|Too bad!|Long gas lines/);
    }
  });
});

describe('Fortune reference page: timeline', () => {
  const byDate = (date: string) => a.timeline.find((e) => e.date === date);
  it('has the Sept 17, 2017 tweet', () => {
    expect(byDate('2017-09-17')).toMatchObject({ precision: 'day', kind: 'post', who: '@realDonaldTrump' });
    expect(byDate('2017-09-17')!.said).toMatch(/^I spoke with President Moon/);
    expect(byDate('2017-09-17')!.label).toMatch(/@realDonaldTrump/);
  });
  it('resolves the tweet’s "last night" against the tweet’s own date', () => {
    expect(byDate('2017-09-16')).toMatchObject({ precision: 'day', dateText: 'last night' });
  });
  it('has fall 2017, as a season, for "Little Rocket Man"', () => {
    expect(byDate('2017-09')).toMatchObject({ precision: 'season', season: 'fall', dateText: 'last fall' });
    expect(byDate('2017-09')!.label).toMatch(/Little Rocket Man/);
  });
  it('has the June 12, 2018 Singapore summit once: caption date and "last month" merged', () => {
    const summit = a.timeline.filter((e) => e.date.startsWith('2018-06'));
    expect(summit).toHaveLength(1);
    expect(summit[0]).toMatchObject({ date: '2018-06-12', precision: 'day' });
    expect(summit[0].label).toMatch(/summit in Singapore/);
  });
  it('has Pompeo leaving for North Korea on Thursday, July 5, 2018', () => {
    expect(byDate('2018-07-05')).toMatchObject({ precision: 'day', dateText: 'Thursday' });
    expect(byDate('2018-07-05')!.label).toMatch(/^Secretary of State Mike Pompeo left for North Korea/);
  });
  it('ends with the publication on July 6, 2018', () => {
    expect(a.timeline[a.timeline.length - 1]).toMatchObject({ date: '2018-07-06', precision: 'day', kind: 'published', sentenceIndex: -1 });
  });
  it('is sorted, each event quoting its sentence', () => {
    const dates = a.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of a.timeline) if (e.sentenceIndex >= 0) expect(e.quote).toContain(a.sentences[e.sentenceIndex]);
  });
  it('has no date from the clutter', () => {
    expect(a.timeline.every((e) => e.date < '2019')).toBe(true);
  });
});

describe('Fortune reference page: sources', () => {
  const find = (kind: string, name: RegExp) => a.sources.find((s) => s.kind === kind && name.test(s.name));
  it('names the Chosun Ilbo as the page spells it, matched tolerantly, with the linked report', () => {
    const s = find('publication', /Chosen Ilbo/);
    expect(s).toMatchObject({ name: 'Chosen Ilbo', knownAs: 'The Chosun Ilbo', url: 'http://english.chosun.com/site/data/html_dir/2018/07/06/2018070600789.html' });
  });
  it('names The New York Times with its link', () => {
    expect(find('publication', /New York Times/)?.url).toBe('https://www.nytimes.com/2018/07/05/world/asia/pompeo-north-korea-trip.html');
  });
  it('lists the embedded tweet with handle, date and link', () => {
    expect(find('social', /realDonaldTrump/)).toMatchObject({
      handle: '@realDonaldTrump',
      author: 'Donald J. Trump',
      date: '2017-09-17',
      url: 'https://twitter.com/realDonaldTrump/status/909384837018112000',
    });
  });
  it('credits AFP/Getty Images (photo by Saul Loeb) once', () => {
    const agencies = a.sources.filter((s) => s.kind === 'agency');
    expect(agencies).toHaveLength(1);
    expect(agencies[0]).toMatchObject({ name: 'AFP/Getty Images', author: 'Saul Loeb' });
  });
  it('includes the publisher and the author with links', () => {
    expect(find('publisher', /^Fortune$/)?.url).toBe('https://fortune.com/');
    expect(find('author', /^Kevin Kelleher$/)?.url).toBe('https://fortune.com/author/kevin-kelleher/');
  });
  it('links only to http(s) URLs and lists each source once', () => {
    for (const s of a.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
    const names = a.sources.map((s) => `${s.kind}:${s.name}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

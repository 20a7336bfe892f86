/** Unit tests of single stages: sentences, summary, outlets, sources, labels, digest. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../core/sentences';
import { summarize, summaryLength } from '../../core/summarize';
import { outletByName, outletByDomain, registrableDomain } from '../../core/outlets';
import { readCredit } from '../../core/sources';
import { labelFor } from '../../core/timeline';
import { cleanTitle, countWords, readingMinutes } from '../../core/text';
import { describeDate, describeEvent, toMarkdown } from '../../core/digest';
import { splitCaption } from '../../core/extract';
import type { SentenceInfo } from '../../core/story';

describe('sentences', () => {
  it('keeps abbreviations, initials and initialisms inside sentences', () => {
    expect(splitSentences('The U.S. initiative grew. Mr. Smith met John F. Kennedy Jr. in Washington D.C. on Monday. It rained.')).toEqual([
      'The U.S. initiative grew.',
      'Mr. Smith met John F. Kennedy Jr. in Washington D.C. on Monday.',
      'It rained.',
    ]);
  });
  it('ends a sentence after "p.m." before a new subject, but not before a weekday', () => {
    expect(splitSentences('It opens at 7 p.m. Halvorsen said so.')).toEqual(['It opens at 7 p.m.', 'Halvorsen said so.']);
    expect(splitSentences('It happened at 2 a.m. Thursday, police said.')).toHaveLength(1);
  });
  it('handles quotes and CJK', () => {
    expect(splitSentences('“It is over,” he said. She left.')).toEqual(['“It is over,” he said.', 'She left.']);
    expect(splitSentences('我们今天去了北京。天气很好！', 'zh')).toEqual(['我们今天去了北京。', '天气很好！']);
  });
});

describe('summary', () => {
  const s = (text: string, kind: SentenceInfo['kind'] = 'paragraph'): SentenceInfo => ({ text, kind, block: 0 });
  it('chooses 2–5 sentences by story length', () => {
    expect(summaryLength(2)).toBe(2);
    expect(summaryLength(6)).toBe(2);
    expect(summaryLength(20)).toBe(3);
    expect(summaryLength(60)).toBe(4);
    expect(summaryLength(80)).toBe(5);
  });
  it('returns the news first, then article order, with their indices, never captions or posts', () => {
    const sentences = [
      s('The city council approved a new water plant budget on Tuesday after months of debate.'),
      s('A photo caption about the water plant budget and the council vote.', 'caption'),
      s('The water plant budget covers new filters, pipes and a modern control room for staff.'),
      s('Residents will pay more for water under the plan the council approved this week.'),
      s('Council members said the water plant budget was overdue and necessary for safety.'),
      s('The mayor called the plant budget vote historic for the city and its residents.', 'post'),
    ];
    const out = summarize(sentences, 'Council approves water plant budget');
    expect(out.length).toBe(2);
    expect(out[0].index).toBe(0);
    for (const o of out) {
      expect(sentences[o.index].text).toBe(o.text);
      expect(sentences[o.index].kind).toBe('paragraph');
    }
  });
});

describe('outlets and sources', () => {
  it('matches outlet names tolerantly but short names exactly', () => {
    expect(outletByName('Chosen Ilbo')?.name).toBe('The Chosun Ilbo');
    expect(outletByName('the New York Times')?.name).toBe('The New York Times');
    expect(outletByName('Washingten Post')?.name).toBe('The Washington Post');
    expect(outletByName('AP')?.name).toBe('Associated Press');
    expect(outletByName('APE')).toBeUndefined();
    expect(outletByName('Springfield Shopper')).toBeUndefined();
  });
  it('knows registrable domains', () => {
    expect(registrableDomain('english.chosun.com')).toBe('chosun.com');
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(outletByDomain('www.nytimes.com')?.name).toBe('The New York Times');
  });
  it('reads agencies and the photographer from credit lines', () => {
    expect(readCredit('Saul Loeb—AFP/Getty Images')).toMatchObject({ agencyText: 'AFP/Getty Images', photographer: 'Saul Loeb' });
    expect(readCredit('Photo by SAUL LOEB / AFP')).toMatchObject({ agencyText: 'AFP', photographer: 'Saul Loeb' });
    expect(readCredit('Photo: Jane Roe for The Courier').agencies).toEqual([]);
  });
  it('splits credits off captions', () => {
    const c = splitCaption('Leaders meet in Singapore. (Photo by SAUL LOEB / AFP) (Photo credit should read SAUL LOEB/AFP/Getty Images)Saul Loeb—AFP/Getty Images', 'Saul Loeb—AFP/Getty Images');
    expect(c.text).toBe('Leaders meet in Singapore.');
    expect(c.credits).toEqual(expect.arrayContaining(['Photo by SAUL LOEB / AFP', 'Saul Loeb—AFP/Getty Images']));
  });
});

describe('timeline labels', () => {
  it('takes the clause around the date, without the date and the subordinator', () => {
    expect(labelFor('When the two leaders met at a diplomatic summit in Singapore last month, the tag came up.', 'last month')).toBe('The two leaders met at a diplomatic summit in Singapore');
    expect(labelFor('Trump derisively mocked Kim last fall as “Little Rocket Man” on Twitter and in speeches when tensions between the two countries were high.', 'last fall')).toBe(
      'Trump derisively mocked Kim as “Little Rocket Man” on Twitter and in speeches',
    );
  });
});

describe('text helpers', () => {
  it('cleans a site name off a title', () => {
    expect(cleanTitle("Mike Pompeo Giving Kim Jong Un 'Rocket Man' CD | Fortune", 'Fortune')).toBe("Mike Pompeo Giving Kim Jong Un 'Rocket Man' CD");
    expect(cleanTitle('A headline - with a dash inside it that is long', null)).toBe('A headline - with a dash inside it that is long');
  });
  it('counts CJK characters as words for reading time', () => {
    expect(countWords('one two three')).toBe(3);
    expect(countWords('我们今天')).toBe(4);
    expect(readingMinutes('字'.repeat(1500))).toBe(3);
  });
  it('describes a date only as precisely as it is known', () => {
    expect(describeDate({ date: '2018-07-05', precision: 'day' })).toBe('Jul 5, 2018');
    expect(describeDate({ date: '2018-06', precision: 'month' })).toBe('June 2018');
    expect(describeDate({ date: '2017-09', precision: 'season', season: 'fall' })).toBe('fall 2017');
    expect(describeDate({ date: '2017-12', precision: 'season', season: 'winter' })).toBe('winter 2017–18');
    expect(describeDate({ date: '2017', precision: 'year' })).toBe('2017');
    expect(describeDate({ date: '2013-03-13', precision: 'week' })).toBe('week of Mar 11, 2013');
    expect(describeDate({ date: '1989-07', precision: 'quarter' })).toBe('Q3 1989');
    expect(describeEvent({ date: '2034', precision: 'year', expected: true })).toBe('2034 (expected)');
  });
});

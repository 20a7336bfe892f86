import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates, parseBylineDate, resolveSeason, type CalendarDate } from '../../core/dates';

const PUB: CalendarDate = { year: 2018, month: 7, day: 6 };
const one = (text: string, ref = PUB) => findDates(text, ref).map(({ date, precision, season, text }) => ({ date, precision, season, text }));

describe('findDates against the publication date', () => {
  it('resolves a weekday to the most recent one', () => {
    expect(one('Pompeo left for North Korea Thursday for talks')).toEqual([{ date: '2018-07-05', precision: 'day', season: undefined, text: 'Thursday' }]);
  });
  it('resolves "last fall" to fall of the previous year, as a season', () => {
    expect(one('Trump mocked Kim last fall as “Little Rocket Man”')).toEqual([{ date: '2017-09', precision: 'season', season: 'fall', text: 'last fall' }]);
  });
  it('resolves "last month" to a month, not a day', () => {
    expect(one('the two leaders met in Singapore last month')[0]).toMatchObject({ date: '2018-06', precision: 'month' });
  });
  it('reads "last December" as the December before, "next December" as the one after', () => {
    expect(one('last December')[0]).toMatchObject({ date: '2017-12', precision: 'month' });
    expect(one('next December')[0]).toMatchObject({ date: '2018-12', precision: 'month' });
  });
  it('parses "the summer of 2019" as a season and "in 2019" as a year', () => {
    expect(one('during the summer of 2019 it rained')[0]).toMatchObject({ date: '2019-06', precision: 'season', season: 'summer' });
    expect(one('in 2019 they moved')[0]).toMatchObject({ date: '2019', precision: 'year' });
  });
  it('keeps full dates exact and fills a missing year from the reference', () => {
    expect(one('at the summit on June 12, 2018.')[0]).toMatchObject({ date: '2018-06-12', precision: 'day' });
    expect(one('have become on June 12 the first sitting leaders')[0]).toMatchObject({ date: '2018-06-12', precision: 'day' });
  });
  it('resolves "last night" inside a post against the post’s own date', () => {
    expect(one('I spoke with President Moon of South Korea last night.', { year: 2017, month: 9, day: 17 })[0]).toMatchObject({ date: '2017-09-16', precision: 'day' });
  });
  it('ignores words that are not dates and times of day alone', () => {
    expect(one('now he has entered the annals of history')).toEqual([]);
    expect(one('at 8:10 PM')).toEqual([]);
    expect(one('Prices may fall sharply.')).toEqual([]);
  });
  it('handles odd inputs: "32 March" keeps the month, "2 a.m. Thursday" the day', () => {
    expect(one('on 32 March')[0]).toMatchObject({ date: '2018-03', precision: 'month' });
    expect(one('at 2 a.m. Thursday')[0]).toMatchObject({ date: '2018-07-05', precision: 'day' });
  });
});

describe('seasons', () => {
  it('"last fall" said during fall is the previous fall', () => {
    expect(resolveSeason('fall', 'last', { year: 2018, month: 10, day: 1 })).toBe(2017);
  });
  it('"last winter" said in March is the winter that just ended (it began the December before)', () => {
    expect(resolveSeason('winter', 'last', { year: 2019, month: 3, day: 15 })).toBe(2018);
  });
  it('"next spring" said in December is the coming spring', () => {
    expect(resolveSeason('spring', 'next', { year: 2018, month: 12, day: 20 })).toBe(2019);
  });
});

describe('property: relative dates across year boundaries', () => {
  const refs = fc.record({ year: fc.integer({ min: 1990, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  it('"last <Month>" is always strictly before the reference month, within a year', () => {
    fc.assert(
      fc.property(refs, fc.integer({ min: 1, max: 12 }), (ref, m) => {
        const [d] = findDates(`They met last ${MONTHS[m - 1]} in Paris.`, ref);
        const [y, mo] = d.date.split('-').map(Number);
        const refIndex = ref.year * 12 + ref.month;
        const index = y * 12 + mo;
        return d.precision === 'month' && mo === m && index < refIndex && refIndex - index <= 12;
      }),
      { numRuns: 300 },
    );
  });
  it('"last fall" is always a fall that ended before the reference', () => {
    fc.assert(
      fc.property(refs, (ref) => {
        const [d] = findDates('They met last fall in Paris.', ref);
        const [y, mo] = d.date.split('-').map(Number);
        const endsBefore = y * 12 + 11 < ref.year * 12 + ref.month;
        return d.precision === 'season' && mo === 9 && endsBefore && ref.year * 12 + ref.month - (y * 12 + 11) <= 12;
      }),
      { numRuns: 300 },
    );
  });
  it('"yesterday" and "last night" are the day before, across month and year ends', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (date) => {
        const ref = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        const expected = new Date(Date.UTC(ref.year, ref.month - 1, ref.day - 1)).toISOString().slice(0, 10);
        return findDates('We spoke last night.', ref)[0]?.date === expected && findDates('We spoke yesterday.', ref)[0]?.date === expected;
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseBylineDate', () => {
  it('reads a US byline with Eastern time and daylight saving', () => {
    expect(parseBylineDate('July 6, 2018, 8:10 PM ET')).toBe('2018-07-06T20:10:00-04:00');
    expect(parseBylineDate('Jan 6, 2018, 8:10 PM ET')).toBe('2018-01-06T20:10:00-05:00');
    expect(parseBylineDate('Published March 3, 2021 at 9:15 a.m. CST')).toBe('2021-03-03T09:15:00-06:00');
  });
  it('gives a day alone when there is no time, and null when there is no full date', () => {
    expect(parseBylineDate('Jan 5, 2020')).toBe('2020-01-05');
    expect(parseBylineDate('Updated 3 hours ago')).toBeNull();
  });
});

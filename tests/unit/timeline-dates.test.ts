/**
 * The timeline's date rules (issue 12), one describe per class: durations, frequencies and
 * amounts are never dates; tense places a bare weekday, month or day; event-relative phrases are
 * dated from the story's own dates or left out; bare years and ranges; weeks and quarters; planned
 * events are "expected"; German where the core reads German dates.
 */
import { describe, expect, it } from 'vitest';
import { findDates, newDateContext, type CalendarDate } from '../../core/dates';
import { tenseAt } from '../../core/tense';

const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
/** The dates of one text: "date precision" strings. */
const dates = (text: string, ref: string, lang = 'en') => findDates(text, d(ref), lang).map((f) => `${f.date} ${f.precision}`);
/** The dates of consecutive sentences of one story (event-relative phrases look back). */
const story = (ref: string, ...sentences: string[]) => {
  const ctx = newDateContext();
  return sentences.map((s, i) => {
    ctx.sentence = i;
    return findDates(s, d(ref), 'en', ctx).map((f) => `${f.date} ${f.precision}`);
  });
};

describe('durations, frequencies and amounts are never dates', () => {
  it.each([
    'They had lived there for three years.',
    'It is a shop she has run for 12 years.',
    'He left school after two years.',
    'Prices rose over the past two years.',
    'The plan must pass within 100 days.',
    'Talks will go on over the next two weeks.',
    'A 3-year-old boy was found safe.',
    'The strike lasted two years long.',
    'Fans came for the first time in 25 years.',
  ])('%s', (text) => expect(dates(text, '2019-11-20')).toEqual([]));

  it('recurring days and months are not one date', () => {
    expect(dates('The parade passes each July through the old town.', '2019-11-20')).toEqual([]);
    expect(dates('Flights leave on Monday and Tuesday nights.', '2019-11-20')).toEqual([]);
    expect(dates('The market opens every Saturday.', '2019-11-20')).toEqual([]);
  });

  it('a bond named by the year it matures is not a date', () => {
    expect(dates('WeWork’s 2025 bond has weakened sharply.', '2019-11-19')).toEqual([]);
    expect(dates('Investors sold the 2030 convertible notes.', '2019-11-19')).toEqual([]);
    expect(dates('Her 2016 campaign raised less.', '2019-11-19')).toEqual(['2016 year']);
  });

  it('fractions, scores and counts are not days or years', () => {
    expect(dates('The stock rose 3 1/2 points and Intel eased 7/8.', '1989-10-30')).toEqual([]);
    expect(dates('It earned a total score of 2072 in the benchmark.', '2019-11-18')).toEqual([]);
    expect(dates('Some 2000 soldiers crossed the border.', '2019-11-18')).toEqual([]);
    expect(dates('They paid $1990 for it.', '2019-11-18')).toEqual([]);
  });

  it('names are not dates: a masthead, a programme, a company, a named day', () => {
    expect(dates('This is VOA Today.', '1998-03-31')).toEqual([]);
    expect(dates('Baker said on ABC News\' "This Week," that the request is legal.', '1990-08-13')).toEqual([]);
    expect(dates('Sun Microsystems announced its registration statement.', '1989-10-30')).toEqual([]);
    expect(dates('Black Friday is approaching, but prices have dropped already.', '2019-11-20')).toEqual([]);
    // a three-letter month abbreviation without its period, alone: a name ("Lee Ho Jun", "Theresa May,")
    expect(dates('Costume Design_Lee Ho Jun, Make-up_Kim Jong, Props_Park', '2019-11-20')).toEqual([]);
    expect(dates('Theresa May, the prime minister, spoke.', '2019-11-20')).toEqual([]);
    expect(dates('The plant reopened in Jun. 2018 and prices rose in Oct and fell in Nov.', '2019-11-20')).toEqual(['2018-06 month', '2019-10 month', '2019-11 month']);
  });

  it('an abbreviated weekday in a schedule, a verb ending in a unit, a date in a web address are not dates', () => {
    expect(dates('OPEN RUN Tue – Sat 4PM (Closed on Sun & Mon) Viewing age of 48 months and above', '2019-11-20')).toEqual([]);
    expect(dates('The session lasts for 10-15 minutes and leaves you with more energy.', '2019-11-20')).toEqual([]);
    expect(dates('http://example.wordpress.com/2011/09/07/fatwa-para-ulama/', '2019-11-20', 'id')).toEqual([]);
    expect(dates('See https://example.com/news/2019/11/02/story for details, he said on Monday.', '2019-11-20')).toEqual(['2019-11-18 day']);
  });

  it('"now" and durations in the other languages chrono reads are not dates', () => {
    expect(dates('Хочу отметить, что я сейчас не только фудфотограф.', '2018-09-24', 'ru')).toEqual([]);
    expect(dates('Готовое филе дать отдохнуть в течение 5 минут и можно подавать.', '2018-09-24', 'ru')).toEqual([]);
    expect(dates('Голосование продлится до 8 октября.', '2018-09-24', 'ru')).toEqual(['2018-10-08 day']);
  });
});

describe('tense places a bare weekday, month or day', () => {
  // 2019-11-18 is a Monday.
  it('past tense: the weekday before the reference; future tense: the coming one', () => {
    expect(dates('Shares fell on Thursday.', '2019-11-18')).toEqual(['2019-11-14 day']);
    expect(dates('The monarch will meet Bush on Thursday.', '2019-11-18')).toEqual(['2019-11-21 day']);
    expect(dates('The deal is scheduled to close Friday.', '2019-11-18')).toEqual(['2019-11-22 day']);
    expect(dates('The offer had been due to expire Friday evening.', '2019-11-18')).toEqual(['2019-11-15 day']);
  });

  it('a scheduled event in the simple present is the coming weekday: "they meet Monday"', () => {
    // 1998-05-01 is a Friday.
    expect(dates('He and Arafat meet separately Monday with the Secretary of State.', '1998-05-01')).toEqual(['1998-05-04 day']);
    expect(dates('The talks resume Tuesday in Geneva, officials said.', '1998-05-01')).toEqual(['1998-05-05 day']);
    // Past forms, an infinitive after a past verb, a noun: not scheduled.
    expect(dates('He and Arafat met separately Monday.', '1998-05-01')).toEqual(['1998-04-27 day']);
    expect(dates('They did not meet Monday.', '1998-05-01')).toEqual(['1998-04-27 day']);
    expect(dates('After the meet Monday, the coach resigned.', '1998-05-01')).toEqual(['1998-04-27 day']);
  });

  it('a past form in a time clause under a reported future is still to come: "likely to buy as soon as trading opened Monday"', () => {
    // 1989-11-01 is a Wednesday.
    expect(dates('The chairman had suggested that institutions were likely to buy its stock as soon as trading opened Monday.', '1989-11-01')).toEqual(['1989-11-06 day']);
    expect(dates('He said he would resign once the board met Friday.', '1989-11-01')).toEqual(['1989-11-03 day']);
    // Without the reported future, a time clause in the past is past.
    expect(dates('Institutions bought the stock as soon as trading opened Monday.', '1989-11-01')).toEqual(['1989-10-30 day']);
  });

  it('past tense: the month before the reference; future tense: the coming one', () => {
    expect(dates('He was dismissed in July.', '2019-03-10')).toEqual(['2018-07 month']);
    expect(dates('He stepped down as chairman in March for health reasons.', '1989-11-02')).toEqual(['1989-03 month']);
    expect(dates('The council will vote in March.', '2019-11-10')).toEqual(['2020-03 month']);
    expect(dates('With the general election due this September, the figures hurt.', '1998-02-05')).toEqual(['1998-09 month']);
  });

  it('a month with no tense is the coming one when it starts within two months, else the past one', () => {
    // (the verb is beyond the tense window: the month stands in a long noun phrase)
    expect(dates('Saudi Arabia told U.S., European and Japanese oil companies of a 15-20 percent cutback in its oil supply in September.', '1990-08-16')).toEqual(['1990-09 month']);
    expect(dates('The new Sentra, which goes on sale in late January, loses its boxy look.', '2019-11-20')).toEqual(['2020-01 month']);
    // Further ahead, or said in the past tense: the past one.
    expect(dates('The stock rose to a high of $42.875 a share in June from $29.75 in March.', '1989-10-30')).toEqual(['1989-06 month', '1989-03 month']);
    expect(dates('The company cut its oil supply in September.', '1990-08-16')).toEqual(['1989-09 month']);
    // German.
    expect(dates('Der Gipfel der Regierungschefs im Juni in Brüssel.', '2021-05-12', 'de')).toEqual(['2021-06 month']);
    expect(dates('Ein ähnliches Konzept stellte Ende April die Krankenkasse mit ihrer Akte vor.', '2018-12-20', 'de')).toEqual(['2018-04 month']);
  });

  it('what one agrees or pledges to do is done later: "agreed to buy … in February"', () => {
    expect(dates('Thermo agreed to purchase the unit for $22 million in February.', '1989-11-02')).toEqual(['1990-02 month']);
    expect(dates('The bank announced an agreement to acquire the holding company in January.', '1989-11-02')).toEqual(['1990-01 month']);
    expect(dates('In February, Thermo agreed to purchase the unit.', '1989-11-02')).toEqual(['1989-02 month']);
    expect(dates('The family moved to Boston in February.', '1989-11-02')).toEqual(['1989-02 month']);
  });

  it('a day without its year, by tense, unless the other reading is much nearer', () => {
    expect(dates('The index set its record high on Aug. 6.', '1998-02-06')).toEqual(['1997-08-06 day']);
    expect(dates('The dividend is payable Dec. 15 to stock of record Nov. 30.', '1989-11-02')).toEqual(['1989-12-15 day', '1989-11-30 day']);
    expect(dates('The group extended its offer to Nov. 20.', '1989-11-02')).toEqual(['1989-11-20 day']);
  });

  it('finds the tense of the nearest verb, auxiliaries included', () => {
    const t = (s: string, w: string) => tenseAt(s, s.indexOf(w), s.indexOf(w) + w.length);
    expect(t('Collins will be named commander for a mission in December.', 'December')).toBe('future');
    expect(t('The company was hampered by problems in April.', 'April')).toBe('past');
    expect(t('The reduced dividend is payable Jan. 2.', 'Jan. 2')).toBe('future');
    expect(t('The store opened by August.', 'August')).toBe('past');
    expect(t('Qantas will double its flights by August in markets untouched by the crisis.', 'August')).toBe('future');
  });
});

describe('event-relative phrases: from the date the story gives, else left out', () => {
  it('"the following year" after a dated event', () => {
    expect(story('1998-04-18', 'On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed attache.')).toEqual([
      ['1995-05-22 day', '1996 year'],
    ]);
  });
  it('"the previous Friday" from the day the story just gave; left out without one', () => {
    // 1989-10-30 is a Monday; the story's Friday is Oct. 27.
    expect(story('1989-10-30', 'London shares closed sharply lower Friday.', 'The index fell to 2082.1, down 4.5% from the previous Friday.')).toEqual([
      ['1989-10-27 day'],
      ['1989-10-20 day'],
    ]);
    expect(story('2019-11-20', 'The vote took place on Tuesday, Oct. 15.', 'The following Monday, protests began.')).toEqual([['2019-10-15 day'], ['2019-10-21 day']]);
    expect(story('1989-10-30', 'Prices were down 4.5% from the previous Friday.')).toEqual([[]]);
  });
  it('"two months later" from the previous sentence’s date; "the next day" from a day', () => {
    expect(story('2019-11-20', 'The plant opened in March 2018.', 'Two months later, it closed.')).toEqual([['2018-03 month'], ['2018-05 month']]);
    expect(story('2019-11-20', 'The vote took place on Oct. 12.', 'The next day, protests began.')).toEqual([['2019-10-12 day'], ['2019-10-13 day']]);
  });
  it('never from the publication date: no date in the story, no event', () => {
    expect(story('2019-11-20', 'Two months later, it closed.')).toEqual([[]]);
    expect(story('2019-11-20', 'Six years after he fled the country, he returned.')).toEqual([[]]);
    expect(story('2019-11-20', 'The vote was held last year.', 'The next day, protests began.')).toEqual([['2018 year'], []]);
  });
  it('"N units after <date>" counts from that date', () => {
    expect(dates('Three days after Oct. 12, the index fell.', '1989-10-30')).toEqual(['1989-10-15 day']);
    expect(dates('Two years after 1995, the party split.', '2019-11-20')).toEqual(['1997 year']);
  });
  it('"the following month" looks back three sentences for the story\'s date', () => {
    expect(
      story(
        '1989-10-27',
        'In March, the company received a $24-a-share offer.',
        'It also was considering a restructuring.',
        'A group of holders urged the company to act.',
        'The following month, the company put itself up for sale.',
      ),
    ).toEqual([['1989-03 month'], [], [], ['1989-04 month']]);
    expect(story('1989-10-27', 'In March, it got an offer.', 'It considered it.', 'A group urged it.', 'Holders met.', 'The following month, it was sold.')).toEqual([['1989-03 month'], [], [], [], []]);
  });
  it('after "N trading days after <date>" (a count Lede does not place), "three days later" has no date to count from', () => {
    expect(
      story('1989-10-30', 'Eight trading days after Oct. 12, the Nasdaq Composite had fallen 4.3%.', "Three days later, as of Friday's close, the Nasdaq Composite was down 6%."),
    ).toEqual([['1989-10-12 day'], ['1989-10-27 day']]);
    // A date the story gives plainly is still counted from.
    expect(story('1989-10-30', 'The index closed at 452 on Oct. 12.', 'Three days later, it was down 6%.')).toEqual([['1989-10-12 day'], ['1989-10-15 day']]);
  });
  it('"a year earlier" after "the quarter ended <day>" is the year-ago quarter, not a day', () => {
    expect(dates('For the quarter ended Sept. 30, Delta posted net income of $133.1 million, up from $100 million a year earlier.', '1989-10-26')).toEqual([
      '1989-09-30 day',
      '1988-07 quarter',
    ]);
    // A fiscal quarter ended Oct. 31 (August to October): the calendar quarter holding most of it.
    expect(dates('Sales rose in the quarter ended Oct. 31 to $9 million from $7 million a year earlier.', '1989-11-20')).toEqual(['1989-10-31 day', '1988-07 quarter']);
    // Another period ended on a day keeps the day a year before.
    expect(dates('Net for the nine months ended Sept. 30 rose to $9 million from $7 million a year earlier.', '1989-10-26')).toEqual(['1989-09-30 day', '1988-09-30 day']);
  });
  it('"a year earlier" in a quarterly report is the year-ago quarter', () => {
    expect(story('1989-11-02', 'Savin reported a third-quarter net loss of $35.2 million.', 'Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.')).toEqual([
      ['1989-07 quarter'],
      ['1988-07 quarter'],
    ]);
  });
  it('a year-ago period restated after a comma ("the year-ago quarter, the second quarter ended Oct. 31") is a year back, numbered as written', () => {
    expect(
      story(
        '1989-11-20',
        'Service Corp. reported third-quarter net income of $9 million.',
        'In the comparable year-ago quarter, the second quarter ended Oct. 31, the company had a loss of about $12.5 million.',
        'In the year-earlier period, the three months ended Sept. 30, the company earned $3 million.',
        // a day that names its year is left as written
        'In the year-ago quarter, the fiscal first quarter ended Aug. 31, 1988, it lost $2 million.',
      ),
    ).toEqual([['1989-07 quarter'], ['1988-04 quarter', '1988-04 quarter', '1988-10-31 day'], ['1988 year', '1988-09-30 day'], ['1988-01 quarter', '1988-01 quarter', '1988-08-31 day']]);
    // Without the appositive, the dates after the comma are the story's own.
    expect(dates('In the second quarter, ended Oct. 31, the company had a loss.', '1989-11-20')).toEqual(['1989-04 quarter', '1989-10-31 day']);
  });
});

describe('years, ranges and months relative to a year', () => {
  it('bare years after a determiner or as a modifier', () => {
    expect(dates('Keating put the issue in the spotlight in his unsuccessful 1996 campaign.', '1998-02-13')).toEqual(['1996 year']);
    expect(dates('The sanctions followed its 1990 invasion of Kuwait.', '1998-03-06')).toEqual(['1990 year']);
    expect(dates('He sold his shares between 1985 and 1987.', '1989-10-30')).toEqual(['1985 year', '1987 year']);
    expect(dates('Trump won the state by 30 points in 2016.', '2019-11-06')).toEqual(['2016 year']);
  });
  it('a year range gives both ends; a decade is not a year', () => {
    expect(dates('She starred in the 2014-2015 season.', '2019-11-20')).toEqual(['2014 year', '2015 year']);
    expect(findDates('Results for 1990-91 were weak.', d('1992-01-10')).map((f) => `${f.date} ${f.text}`)).toEqual(['1990 1990', '1991 1990-91']);
    expect(dates('Music of the 1990s is back.', '2019-11-20')).toEqual([]);
  });
  it('"July last year", "January this year", "early August", "the previous spring", "mid-1996"', () => {
    expect(dates('In July last year, Hun Sen staged a coup.', '1998-02-19')).toEqual(['1997-07 month']);
    expect(dates('In January this year, police concluded he had been killed.', '1998-02-19')).toEqual(['1998-01 month']);
    expect(findDates('Voting started in early August.', d('2019-11-20'))[0]).toMatchObject({ date: '2019-08', precision: 'month', text: 'early August' });
    expect(findDates('Construction stalled the previous spring.', d('2019-11-20'))[0]).toMatchObject({ date: '2019-03', precision: 'season', season: 'spring' });
    expect(dates('The group began to fall apart in mid-1996.', '1998-02-19')).toEqual(['1996 year']);
  });
  it('spelled-out years, as transcripts write them', () => {
    expect(dates('Keating was convicted in nineteen ninety-one.', '1998-01-15')).toEqual(['1991 year']);
    expect(dates('His promise to halve unemployment by the year two thousand was abandoned.', '1998-02-05')).toEqual(['2000 year']);
  });
});

describe('weeks and quarters', () => {
  // 2013-03-20 is a Wednesday in ISO week 12 (Monday March 18).
  it('"last week" is the week before, as its Monday; "this week", "next week", "six weeks ago"', () => {
    expect(dates('Last week, fighters killed three soldiers.', '2013-03-20')).toEqual(['2013-03-11 week']);
    expect(dates('The court took a detour this week.', '2013-03-20')).toEqual(['2013-03-18 week']);
    expect(dates('The procedures go before the council next week.', '2013-03-20')).toEqual(['2013-03-25 week']);
    expect(dates('He spoke six weeks ago.', '2013-03-20')).toEqual(['2013-02-04 week']);
  });
  it('"the third quarter" is a quarter, as its first month; the year by tense', () => {
    expect(dates('Savin reported a third-quarter net loss.', '1989-11-02')).toEqual(['1989-07 quarter']);
    expect(dates('AT&T announced a drop in profits for the fourth quarter.', '1998-01-26')).toEqual(['1997-10 quarter']);
    expect(dates('Losses will continue through the third quarter of 1990.', '1989-10-26')).toEqual(['1990-07 quarter']);
    expect(dates('Sales rose in Q3 2019.', '2019-11-20')).toEqual(['2019-07 quarter']);
    expect(dates('The current quarter began well.', '1989-10-26')).toEqual(['1989-10 quarter']);
  });
  it('"the quarter" and "the year-ago quarter" follow the quarter the story reports on', () => {
    expect(story('1989-11-02', 'Coast reported a third-quarter loss.', 'It lost $92.2 million for the quarter.', 'Coast earned $10.2 million in the year-ago quarter.')).toEqual([
      ['1989-07 quarter'],
      ['1989-07 quarter'],
      ['1988-07 quarter'],
    ]);
  });
  it('"last year\'s results" in a story about a quarter are the year-ago quarter\'s; "last year" elsewhere the year', () => {
    expect(story('1989-10-26', 'Bethlehem reported a steep drop in third-quarter profit.', "Last year's results were hurt by $41.3 million in restructuring charges.")).toEqual([
      ['1989-07 quarter'],
      ['1988-07 quarter'],
    ]);
    expect(story('1989-10-26', 'Bethlehem reported a steep drop in third-quarter profit.', "Last year's strike hurt the town.")).toEqual([['1989-07 quarter'], ['1988 year']]);
  });
  it('"year-earlier results" follow the latest quarter the story reports on, not an earlier one named for comparison', () => {
    // The story moves on to a second company's later quarter.
    expect(
      story('1989-10-26', 'Delta earnings soared in the first quarter.', 'Separately, America West reported third-quarter profit jumped 45%.', 'Year-earlier results included a gain of $1.6 million.'),
    ).toEqual([['1989-01 quarter'], ['1989-07 quarter'], ['1988-07 quarter']]);
    // An earlier quarter named in passing does not move the story's quarter.
    expect(
      story('1989-11-01', 'Kimberly-Clark posted a 20% gain in third-quarter net income.', 'After a flat second quarter, the company cited its consumer businesses.', 'The comparison was enhanced by charges taken in the year-earlier period.'),
    ).toEqual([['1989-07 quarter'], ['1989-04 quarter'], ['1988-07 quarter']]);
  });
  it('"the 1988 quarter", "the 1989 period": the story’s quarter in that year; a year when the story has none', () => {
    expect(story('1989-11-02', 'Coast reported a third-quarter loss.', 'In the 1988 period, the company earned $20.6 million.', 'The 1989 quarter was weak.')).toEqual([
      ['1989-07 quarter'],
      ['1988-07 quarter'],
      ['1989-07 quarter'],
    ]);
    expect(story('1989-11-02', 'In the 1988 period, the company earned $20.6 million.')).toEqual([['1988 year']]);
  });
  it('a game’s quarter is not a quarter of the year', () => {
    expect(dates('Glass threw for three touchdowns and scored in the fourth quarter.', '2019-11-19')).toEqual([]);
  });
});

describe('planned events after the reference are "expected"', () => {
  it('marks a scheduled event as expected, a past one not', () => {
    expect(findDates('Dragonfly is scheduled to reach Titan in 2034.', d('2019-11-19'))[0]).toMatchObject({ date: '2034', precision: 'year', expected: true });
    expect(findDates('The lander reached the Moon in 2019.', d('2019-11-19'))[0].expected).toBeUndefined();
    expect(findDates('The vote is set for March 20.', d('2019-11-19'))[0]).toMatchObject({ date: '2020-03-20', expected: true });
  });
});

describe('German', () => {
  it('durations are not dates; "vor zwei Wochen" and "letzte Woche" are weeks', () => {
    expect(dates('Seit drei Jahren wohnt sie hier.', '2021-05-12', 'de')).toEqual([]);
    expect(dates('Die Bahn fährt drei Jahre lang nicht.', '2021-05-12', 'de')).toEqual([]);
    expect(dates('Vor zwei Wochen war es kalt.', '2021-05-12', 'de')).toEqual(['2021-04-26 week']);
    expect(dates('Letzte Woche sagte der Minister das.', '2021-05-12', 'de')).toEqual(['2021-05-03 week']);
  });
  it('tense places the weekday; quarters, "Juli letzten Jahres" and "Anfang August"', () => {
    expect(dates('Der Minister wird am Donnerstag reden.', '2021-05-12', 'de')).toEqual(['2021-05-13 day']);
    expect(dates('Er hat am Donnerstag geredet.', '2021-05-12', 'de')).toEqual(['2021-05-06 day']);
    expect(dates('Die Minister treffen sich am Donnerstag in Brüssel.', '2021-05-12', 'de')).toEqual(['2021-05-13 day']);
    expect(dates('Die Minister haben sich am Donnerstag getroffen.', '2021-05-12', 'de')).toEqual(['2021-05-06 day']);
    expect(dates('Im dritten Quartal stieg der Umsatz.', '2021-05-12', 'de')).toEqual(['2020-07 quarter']);
    expect(dates('Im Juli letzten Jahres begann der Bau.', '2021-05-12', 'de')).toEqual(['2020-07 month']);
    expect(findDates('Anfang August wurde gewählt.', d('2021-05-12'), 'de')[0]).toMatchObject({ date: '2020-08', precision: 'month', text: 'Anfang August' });
  });
  it('event-relative phrases need the story’s date', () => {
    const ctx = newDateContext();
    ctx.sentence = 0;
    expect(findDates('Am 3. Oktober 2020 fuhr der Zug los.', d('2021-05-12'), 'de', ctx).map((f) => f.date)).toEqual(['2020-10-03']);
    ctx.sentence = 1;
    expect(findDates('Am nächsten Tag kam er an.', d('2021-05-12'), 'de', ctx).map((f) => f.date)).toEqual(['2020-10-04']);
    expect(dates('Drei Monate später kam er zurück.', '2021-05-12', 'de')).toEqual([]);
  });
  it('after "acht Handelstage nach dem 12. Oktober", "drei Tage später" has no date to count from', () => {
    const ctx = newDateContext();
    ctx.sentence = 0;
    expect(findDates('Acht Handelstage nach dem 12. Oktober 2020 war der Index gefallen.', d('2021-05-12'), 'de', ctx).map((f) => f.date)).toEqual(['2020-10-12']);
    ctx.sentence = 1;
    expect(findDates('Drei Tage später stand er tiefer.', d('2021-05-12'), 'de', ctx)).toEqual([]);
    ctx.sentence = 2;
    expect(findDates('Am 3. Oktober 2020 fuhr der Zug los.', d('2021-05-12'), 'de', ctx).map((f) => f.date)).toEqual(['2020-10-03']);
    ctx.sentence = 3;
    expect(findDates('Drei Tage später kam er an.', d('2021-05-12'), 'de', ctx).map((f) => f.date)).toEqual(['2020-10-06']);
  });
});

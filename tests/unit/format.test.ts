import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, formatPublished, formatReadingTime, hostOf, machineDate, safeHref } from '../../lib/format';

describe('formatDate: honest to precision', () => {
  it('formats each precision for en-US', () => {
    expect(formatDate('2018-07-05', 'day', 'en-US')).toBe('Jul 5, 2018');
    expect(formatDate('2018-06', 'month', 'en-US')).toBe('June 2018');
    expect(formatDate('2017-09', 'season', 'en-US', 'fall')).toBe('fall 2017');
    expect(formatDate('2017', 'year', 'en-US')).toBe('2017');
  });

  it('reads the season from the date string when the field is missing', () => {
    expect(formatDate('2017-fall', 'season', 'en-US')).toBe('fall 2017');
    expect(formatEventDate({ date: '2017-fall', precision: 'season', season: 'fall' }, 'en-GB')).toBe('autumn 2017');
  });

  it('never claims more precision than the date has', () => {
    expect(formatDate('2018-06', 'day', 'en-US')).toBe('June 2018');
    expect(formatDate('2018', 'month', 'en-US')).toBe('2018');
  });

  it('uses the UI locale', () => {
    expect(formatDate('2018-07-05', 'day', 'de-DE')).toBe('5. Juli 2018');
    expect(formatDate('2018-06', 'month', 'fr-FR')).toBe('juin 2018');
    expect(formatDate('2017-09', 'season', 'fr-FR', 'fall')).toBe('automne 2017');
  });

  it('is not shifted by time zones (calendar dates)', () => {
    expect(formatDate('2018-01-01', 'day', 'en-US')).toBe('Jan 1, 2018');
    expect(formatDate('2018-12-31', 'day', 'en-US')).toBe('Dec 31, 2018');
  });

  it('shows a week from its Monday and a quarter as a quarter, in the UI language', () => {
    expect(formatDate('2013-03-11', 'week', 'en-US')).toBe('week of Mar 11, 2013');
    expect(formatDate('2013-03-14', 'week', 'en-US')).toBe('week of Mar 11, 2013');
    expect(formatDate('2013-03-11', 'week', 'de-DE')).toBe('Woche vom 11. März 2013');
    expect(formatDate('1989-07', 'quarter', 'en-US')).toBe('Q3 1989');
    expect(formatDate('1989-10', 'quarter', 'de-DE')).toBe('4. Quartal 1989');
    expect(formatDate('1989-07', 'quarter', 'xx-invalid-locale-!!')).toBe('Q3 1989');
  });

  it('gives <time> a machine-readable value where HTML has one', () => {
    expect(machineDate({ date: '2018-07-05', precision: 'day' })).toBe('2018-07-05');
    expect(machineDate({ date: '2013-03-11', precision: 'week' })).toBe('2013-W11');
    expect(machineDate({ date: '2020-12-28', precision: 'week' })).toBe('2020-W53');
    expect(machineDate({ date: '2018-06', precision: 'month' })).toBe('2018-06');
    expect(machineDate({ date: '1989-07', precision: 'quarter' })).toBeUndefined();
    expect(machineDate({ date: '2017-09', precision: 'season' })).toBeUndefined();
  });

  it('falls back for unknown locales and leaves garbage as written', () => {
    expect(formatDate('2018-07-05', 'day', 'xx-invalid-locale-!!')).toBe('Jul 5, 2018');
    expect(formatDate('soon', 'day', 'en-US')).toBe('soon');
  });
});

describe('formatPublished', () => {
  it('shows the day the publisher wrote, whatever the offset', () => {
    expect(formatPublished('2018-07-06T20:10:00-04:00', 'en-US')).toBe('Jul 6, 2018');
    expect(formatPublished('2018-07-06T23:59:00+14:00', 'en-US')).toBe('Jul 6, 2018');
  });
  it('returns null when there is nothing to show', () => {
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('')).toBeNull();
    expect(formatPublished('yesterday')).toBeNull();
  });
});

describe('small helpers', () => {
  it('formats reading time', () => {
    expect(formatReadingTime(4.2)).toBe('4 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
  });
  it('hostOf strips www', () => {
    expect(hostOf('https://www.nytimes.com/2018/x')).toBe('nytimes.com');
    expect(hostOf('not a url')).toBeNull();
  });
  it('safeHref only lets http(s) through', () => {
    expect(safeHref('https://fortune.com/a')).toBe('https://fortune.com/a');
    expect(safeHref('http://example.com')).toBe('http://example.com/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>1</script>')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

/** Pages of other shapes (tests/fixtures/README.md says what each one is). */
import { describe, expect, it } from 'vitest';
import { analyzeFixture, visibleStrings } from './helpers';

describe('a page with no machine-readable metadata', () => {
  const a = analyzeFixture('no-metadata.html', 'https://courier-ledger.example/news/water-plant');
  it('is an article, dated and bylined from the visible text', () => {
    expect(a.isArticle).toBe(true);
    expect(a.article.title).toBe('Council approves $4.2M water plant overhaul after months of debate');
    expect(a.article.publishedTime).toBe('2021-03-03T09:15:00-06:00');
    expect(a.article.byline).toBe('Jane Doe');
  });
  it('keeps the byline and dateline out of the story text', () => {
    expect(a.article.text).not.toMatch(/^By Jane Doe|Published March 3/);
    expect(a.timeline.filter((e) => e.kind !== 'published').every((e) => !/Published|Updated/.test(e.quote))).toBe(true);
  });
  it('resolves relative dates against the visible publication date, as precisely as written', () => {
    const at = (text: string) => a.timeline.find((e) => e.dateText === text);
    expect(at('last Tuesday')).toMatchObject({ date: '2021-03-02', precision: 'day' });
    expect(at('last December')).toMatchObject({ date: '2020-12', precision: 'month' });
    expect(at('the summer of 2019')).toMatchObject({ date: '2019-06', precision: 'season', season: 'summer' });
    expect(at('July 1')).toMatchObject({ date: '2021-07-01', precision: 'day' });
    expect(a.timeline.find((e) => e.date === '2022' && e.precision === 'year')).toBeDefined();
  });
  it('merges "next month" with "April 8" in the same sentence, keeping the exact day', () => {
    const april = a.timeline.filter((e) => e.date.startsWith('2021-04'));
    expect(april.some((e) => e.date === '2021-04-08' && /open house/.test(e.quote))).toBe(true);
    expect(april.some((e) => e.date === '2021-04' && /Construction is scheduled/.test(e.quote))).toBe(true);
  });
});

describe('a German article', () => {
  const a = analyzeFixture('de-article.html', 'https://www.rheinischer-anzeiger.de/reise/nachtzug-rom');
  it('is an article in German with its metadata', () => {
    expect(a.isArticle).toBe(true);
    expect(a.article.lang).toBe('de');
    expect(a.article.byline).toBe('Katharina Brenner');
    expect(a.article.publishedTime).toBe('2021-05-12T06:30:00+02:00');
  });
  it('splits German sentences without breaking "am 3. Oktober"', () => {
    expect(a.sentences.some((s) => /Am 3\. Oktober 2020, dem Tag der Deutschen Einheit/.test(s))).toBe(true);
  });
  it('dates German phrases with chrono’s German parser', () => {
    expect(a.timeline.find((e) => e.date === '2020-10-03')).toBeDefined();
    expect(a.timeline.find((e) => e.date === '2016-12' && e.precision === 'month')).toBeDefined();
    expect(a.timeline.every((e) => !/^ü|^\W/.test(e.label))).toBe(true);
  });
  it('summarizes with German sentences from the story', () => {
    expect(a.summary.sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of a.summary.sentences) expect(a.sentences[s.index]).toBe(s.text);
  });
});

describe('a live blog with lists and tables', () => {
  const a = analyzeFixture('liveblog.html', 'https://sentinel.example/live/election');
  it('is an article with both authors', () => {
    expect(a.isArticle).toBe(true);
    expect(a.article.authors).toEqual(['Priya Raman', 'Luis Ortega']);
  });
  it('keeps list items and table rows in the text and the sanitized HTML', () => {
    expect(a.article.html).toMatch(/<li>/);
    expect(a.article.html).toMatch(/<table>|<td>/);
    expect(a.article.text).toMatch(/Hale \| 18,442/);
  });
  it('has no durations posing as dates', () => {
    expect(a.timeline.every((e) => !/minutes|hours/.test(e.dateText ?? ''))).toBe(true);
  });
});

describe('pages that are not articles', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['front-page.html', 'https://sentinel.example/', /many headlines|site root/],
    ['product-page.html', 'https://shop.example/kettle', /JSON-LD Product|cart/],
    ['search-page.html', 'https://sentinel.example/search?q=water+plant', /search results page|little prose/],
    ['login-page.html', 'https://sentinel.example/login', /password field/],
  ];
  for (const [file, url, reason] of cases) {
    it(`${file} is not an article, and says why`, () => {
      const a = analyzeFixture(file, url);
      expect(a.isArticle).toBe(false);
      expect(a.detection.score).toBeLessThan(0.5);
      expect(a.detection.reasons.join(' ')).toMatch(reason);
    });
  }
});

describe('a hostile page', () => {
  const a = analyzeFixture('hostile.html', 'https://valley-courier.example/news/water-board');
  it('is still read as an article, with plain-text metadata', () => {
    expect(a.isArticle).toBe(true);
    // The headline shows markup as literal text; it stays text (rendered with textContent everywhere).
    expect(a.article.title).toMatch(/^Water board restores website after defacement/);
  });
  it('keeps no live markup in the sanitized HTML', () => {
    const html = a.article.html;
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<form|<base|<meta|<template|<noscript|<style/i);
    // Inside tags: no handlers, no srcdoc/style, no non-http link (escaped text in <code> is just text).
    expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
    expect(html).not.toMatch(/<[^>]+\s(srcdoc|style|formaction|action)=/i);
    expect(html).not.toMatch(/<[^>]+\s(href|src)="(?!https?:)/i);
  });
  it('links only to http(s)', () => {
    for (const m of a.article.html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
    for (const s of a.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
    expect(visibleStrings(a)).not.toMatch(/"url":"(javascript|data):/);
  });
});

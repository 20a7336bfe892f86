import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml } from '../../cli/dom';
import type { Analysis, Source } from '../../core/types';

export const FIXTURES = join(import.meta.dirname, '../fixtures');
export const FORTUNE_URL = 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

const cache = new Map<string, Analysis>();
/** Analyze a fixture once per test file run (the analysis is pure, so sharing is safe). */
export function analyzeFixture(name: string, url = `https://example.com/${name}`): Analysis {
  const key = `${name} ${url}`;
  if (!cache.has(key)) cache.set(key, analyzeHtml(fixture(name), url));
  return cache.get(key)!;
}

/** All text a person could read from an analysis (text, summary, timeline, sources). */
export function visibleStrings(a: Analysis): string {
  return JSON.stringify([a.article.title, a.article.byline, a.article.text, a.summary, a.timeline, a.sources, a.sentences]);
}

/** A sentence of padding around the paragraphs under test, so the page reads as a story. */
export const STORY_FILLER =
  'The city has argued about the plan for months, and the hearing drew a large crowd of residents, drivers and business owners who waited for hours to speak.';

/** A small news page (an article with a headline) around the given body HTML. */
export function storyPage(body: string, { lang = 'en', head = '' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Story</title><meta property="og:type" content="article">
<meta property="og:site_name" content="The Example Courier">${head}</head><body><article><h1>A story</h1><p>${STORY_FILLER}</p>${body}<p>${STORY_FILLER}</p></article></body></html>`;
}

/** The analysis of `storyPage(body)`. */
export const analyzeStory = (body: string, opts?: { lang?: string; head?: string }): Analysis =>
  analyzeHtml(storyPage(body, opts), 'https://example-courier.test/story');

/** The listed source with this name (or whose name matches). */
export const findSource = (a: Analysis, name: string | RegExp): Source | undefined =>
  a.sources.find((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)));

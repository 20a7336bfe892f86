import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml } from '../../cli/dom';
import type { Analysis } from '../../core/types';

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

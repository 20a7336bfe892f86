/**
 * The cheap article detector. It runs on every page (in the always-on content script), so it
 * reads only metadata and counts paragraphs: no Readability, no chrono, no cloning.
 * Each signal adds or removes weight and explains itself in `reasons`.
 */
import { readJsonLd, typesOf, ARTICLE_TYPES, NON_ARTICLE_TYPES } from './jsonld';

export interface DetectResult {
  isArticle: boolean;
  score: number;
  reasons: string[];
  title: string;
}

/** Named weights, like Readability's flags: one table, easy to tune and to read. */
export const WEIGHTS = {
  jsonLdArticle: 3,
  jsonLdNonArticle: -3,
  ogArticle: 2,
  ogWebsite: -1,
  publishedMeta: 1.5,
  timeNearHeadline: 1,
  bylineNearHeadline: 1,
  singleH1: 0.5,
  articleElement: 0.5,
  proseStrong: 2.5,
  proseSome: 1,
  proseNone: -3,
  passwordForm: -3,
  searchPage: -3,
  cartForm: -2.5,
  manyHeadlines: -2.5,
  rootPath: -1.5,
} as const;

const THRESHOLD = 3;

function meta(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

/** Long prose paragraphs, as Readability's isProbablyReaderable counts them (capped for speed). */
function proseScore(doc: Document): { paragraphs: number; chars: number } {
  let paragraphs = 0;
  let chars = 0;
  const nodes = doc.querySelectorAll('p, pre, article div > br');
  const limit = Math.min(nodes.length, 400);
  for (let i = 0; i < limit; i++) {
    const el = nodes[i];
    if (el.closest('nav, footer, aside, form, [role="navigation"], [role="contentinfo"]')) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len < 140) continue;
    paragraphs++;
    chars += len;
  }
  return { paragraphs, chars };
}

export function detect(doc: Document, url = ''): DetectResult {
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  };

  const nodes = readJsonLd(doc);
  const types = nodes.flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  const nonArticleType = types.find((t) => NON_ARTICLE_TYPES.test(t) && !/^(WebSite|Organization)$/.test(t));
  if (articleType) add(WEIGHTS.jsonLdArticle, `JSON-LD ${articleType}`);
  else if (nonArticleType) add(WEIGHTS.jsonLdNonArticle, `JSON-LD ${nonArticleType}`);

  const ogType = meta(doc, 'og:type');
  if (ogType === 'article') add(WEIGHTS.ogArticle, 'og:type=article');
  else if (ogType === 'website' || ogType === 'product') add(WEIGHTS.ogWebsite, `og:type=${ogType}`);

  if (meta(doc, 'article:published_time') || meta(doc, 'datePublished') || meta(doc, 'date') || meta(doc, 'parsely-pub-date') || meta(doc, 'sailthru.date')) {
    add(WEIGHTS.publishedMeta, 'published-time meta');
  }

  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s[0];
  if (h1s.length === 1) add(WEIGHTS.singleH1, 'one headline (h1)');
  if (h1) {
    // A <time> or a byline within the headline's neighbourhood (its parent's parent).
    const around = h1.parentElement?.parentElement ?? h1.parentElement;
    if (around?.querySelector('time')) add(WEIGHTS.timeNearHeadline, '<time> near the headline');
    if (around && /(^|\s)by\s+\p{Lu}/u.test(around.textContent ?? '') || around?.querySelector('[rel="author"], .byline, [class*="byline"], [class*="author"]')) {
      add(WEIGHTS.bylineNearHeadline, 'byline near the headline');
    }
  }
  if (doc.querySelector('article')) add(WEIGHTS.articleElement, '<article> element');

  const prose = proseScore(doc);
  if (prose.paragraphs >= 5 && prose.chars >= 1500) add(WEIGHTS.proseStrong, `readerable text (${prose.paragraphs} long paragraphs)`);
  else if (prose.paragraphs >= 2 && prose.chars >= 500) add(WEIGHTS.proseSome, `some prose (${prose.paragraphs} long paragraphs)`);
  else add(WEIGHTS.proseNone, 'little prose');

  if (doc.querySelector('input[type="password"]')) add(WEIGHTS.passwordForm, 'password field (login form)');
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  if (doc.querySelector('input[type="search"], [role="search"] input') && /[?&](q|query|s|search|k)=/.test(url)) {
    add(WEIGHTS.searchPage, 'search results page');
  }
  if (doc.querySelector('form[action*="cart"], button[name="add-to-cart"], [itemtype*="schema.org/Product"]') || /add to (cart|bag|basket)/i.test(doc.querySelector('form button, form input[type="submit"]')?.textContent ?? '')) {
    add(WEIGHTS.cartForm, 'shopping cart form');
  }
  // Front pages: many headline links and no story prose.
  const headlines = doc.querySelectorAll('h2 a, h3 a, article h2, article h3').length;
  const articles = doc.querySelectorAll('article').length;
  if ((articles >= 6 || headlines >= 12) && prose.paragraphs < 5) add(WEIGHTS.manyHeadlines, `many headlines (${Math.max(articles, headlines)})`);
  if (path === '/' || path === '') add(WEIGHTS.rootPath, 'site root');

  // Map the raw score to 0..1 around the threshold.
  const probability = 1 / (1 + Math.exp(-(score - THRESHOLD) / 1.5));
  const title = (meta(doc, 'og:title') ?? h1?.textContent ?? doc.title ?? '').trim().replace(/\s+/g, ' ');
  return { isArticle: score >= THRESHOLD, score: Math.round(probability * 1000) / 1000, reasons, title };
}

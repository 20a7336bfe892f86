/**
 * The cheap article detector. It runs on every page (in the always-on content script), so it
 * reads the page in one pass over its elements and counts paragraphs: no Readability, no
 * chrono, no cloning. Each signal adds or removes weight and explains itself in `reasons`.
 */
import { typesOf, parseJsonLdScript, ARTICLE_TYPES, NON_ARTICLE_TYPES, type JsonLdNode } from './jsonld';

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
const PUBLISHED_META = ['article:published_time', 'datepublished', 'date', 'parsely-pub-date', 'sailthru.date', 'pubdate'];
const OUTSIDE_STORY = 'nav, footer, aside, form, [role="navigation"], [role="contentinfo"]';

/** What the detector needs, gathered in one walk over the elements. */
interface PageFacts {
  meta: Map<string, string>;
  jsonLd: JsonLdNode[];
  paragraphs: Element[];
  h1s: Element[];
  articles: number;
  linkedHeadlines: number;
  password: boolean;
  search: boolean;
  cart: boolean;
}

function gather(doc: Document): PageFacts {
  const facts: PageFacts = { meta: new Map(), jsonLd: [], paragraphs: [], h1s: [], articles: 0, linkedHeadlines: 0, password: false, search: false, cart: false };
  const all = doc.querySelectorAll('*'); // (linkedom's getElementsByTagName('*') returns nothing)
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    switch (el.tagName) {
      case 'META': {
        const content = el.getAttribute('content')?.trim();
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
        if (content && key && !facts.meta.has(key)) facts.meta.set(key, content);
        break;
      }
      case 'SCRIPT':
        if (el.getAttribute('type') === 'application/ld+json') facts.jsonLd.push(...parseJsonLdScript(el.textContent));
        break;
      case 'P':
        if (facts.paragraphs.length < 400) facts.paragraphs.push(el);
        break;
      case 'H1':
        facts.h1s.push(el);
        break;
      case 'H2':
      case 'H3':
        if (facts.linkedHeadlines < 50 && el.getElementsByTagName('a').length) facts.linkedHeadlines++;
        break;
      case 'ARTICLE':
        facts.articles++;
        break;
      case 'INPUT': {
        const type = el.getAttribute('type');
        if (type === 'password') facts.password = true;
        if (type === 'search') facts.search = true;
        break;
      }
      case 'FORM':
        if (/cart|basket|checkout/i.test(el.getAttribute('action') ?? '') || /add to (cart|bag|basket)/i.test(el.textContent?.slice(0, 2000) ?? '')) facts.cart = true;
        break;
      case 'BUTTON':
        if (/add-to-cart|addtocart/i.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('class') ?? ''}`)) facts.cart = true;
        break;
    }
  }
  return facts;
}

/** Long prose paragraphs, as Readability's isProbablyReaderable counts them. */
function prose(paragraphs: Element[]): { paragraphs: number; chars: number } {
  let count = 0;
  let chars = 0;
  for (const p of paragraphs) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 140 || p.closest(OUTSIDE_STORY)) continue;
    count++;
    chars += len;
  }
  return { paragraphs: count, chars };
}

export function detect(doc: Document, url = ''): DetectResult {
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  };
  const facts = gather(doc);
  const meta = (name: string) => facts.meta.get(name) ?? null;

  const types = facts.jsonLd.flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  const nonArticleType = types.find((t) => NON_ARTICLE_TYPES.test(t) && !/^(WebSite|Organization)$/.test(t));
  if (articleType) add(WEIGHTS.jsonLdArticle, `JSON-LD ${articleType}`);
  else if (nonArticleType) add(WEIGHTS.jsonLdNonArticle, `JSON-LD ${nonArticleType}`);

  const ogType = meta('og:type');
  if (ogType === 'article') add(WEIGHTS.ogArticle, 'og:type=article');
  else if (ogType === 'website' || ogType === 'product') add(WEIGHTS.ogWebsite, `og:type=${ogType}`);
  if (PUBLISHED_META.some(meta)) add(WEIGHTS.publishedMeta, 'published-time meta');

  const h1 = facts.h1s[0];
  if (facts.h1s.length === 1) add(WEIGHTS.singleH1, 'one headline (h1)');
  if (h1) {
    // A <time> or a byline in the headline's neighbourhood (its parent's parent).
    const around = h1.parentElement?.parentElement ?? h1.parentElement;
    if (around?.getElementsByTagName('time').length) add(WEIGHTS.timeNearHeadline, '<time> near the headline');
    if (around && (/(^|\s)by\s+\p{Lu}/u.test(around.textContent?.slice(0, 3000) ?? '') || around.querySelector('[rel="author"], .byline, [class*="byline"], [class*="author"]'))) {
      add(WEIGHTS.bylineNearHeadline, 'byline near the headline');
    }
  }
  if (facts.articles) add(WEIGHTS.articleElement, '<article> element');

  const p = prose(facts.paragraphs);
  if (p.paragraphs >= 5 && p.chars >= 1500) add(WEIGHTS.proseStrong, `readerable text (${p.paragraphs} long paragraphs)`);
  else if (p.paragraphs >= 2 && p.chars >= 500) add(WEIGHTS.proseSome, `some prose (${p.paragraphs} long paragraphs)`);
  else add(WEIGHTS.proseNone, 'little prose');

  if (facts.password) add(WEIGHTS.passwordForm, 'password field (login form)');
  if (facts.search && /[?&](q|query|s|search|k)=/.test(url)) add(WEIGHTS.searchPage, 'search results page');
  if (facts.cart) add(WEIGHTS.cartForm, 'shopping cart form');
  // Front pages: many headline links and no story prose.
  const headlines = Math.max(facts.articles, facts.linkedHeadlines);
  if ((facts.articles >= 6 || facts.linkedHeadlines >= 12) && p.paragraphs < 5) add(WEIGHTS.manyHeadlines, `many headlines (${headlines})`);
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    path = '';
  }
  if (path === '/' || (path === '' && url)) add(WEIGHTS.rootPath, 'site root');

  // Map the raw score to 0..1 around the threshold.
  const probability = 1 / (1 + Math.exp(-(score - THRESHOLD) / 1.5));
  const title = (meta('og:title') ?? h1?.textContent ?? doc.title ?? '').trim().replace(/\s+/g, ' ');
  return { isArticle: score >= THRESHOLD, score: Math.round(probability * 1000) / 1000, reasons, title };
}

/**
 * Metadata: title, authors, site, dates, language, canonical URL, lead image.
 * Machine-readable sources first (JSON-LD, OpenGraph/article meta, <time datetime>), then the
 * visible byline ("By Jane Doe", "July 6, 2018, 8:10 PM ET") when nothing else exists.
 * Reads the document; never changes it.
 */
import { readJsonLd, readMeta, articleNode, typesOf, type JsonLdNode } from './jsonld';
import { parseBylineDate } from './dates';
import { cleanTitle, squash } from './text';

export interface Metadata {
  title: string;
  byline: string | null;
  authors: string[];
  authorUrls: Record<string, string>;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  /** The AMP version's address (<link rel=amphtml>), and whether this page is the AMP one. */
  ampUrl: string | null;
  isAmp: boolean;
  /** A story split over pages: the next/previous page as the page links them (never fetched). */
  nextPage: string | null;
  prevPage: string | null;
  image: string | null;
  section: string | null;
}

const metaCache = new WeakMap<Document, Map<string, string>>();
function meta(doc: Document, ...names: string[]): string | null {
  let map = metaCache.get(doc);
  if (!map) metaCache.set(doc, (map = readMeta(doc)));
  for (const name of names) {
    const v = map.get(name.toLowerCase());
    if (v) return squash(stripTags(v)) || null;
  }
  return null;
}

/** Metadata is plain text: markup in it (a hostile JSON-LD headline) is dropped, entities stay text. */
const stripTags = (s: string) => s.replace(/<\/?[a-z][^>]*>?/gi, ' ');

function str(v: unknown): string | null {
  if (typeof v === 'string') return squash(stripTags(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as JsonLdNode).name);
  return null;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return urlOf(v[0]);
  if (v && typeof v === 'object') return str((v as JsonLdNode).url) ?? str((v as JsonLdNode)['@id']);
  return null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A valid ISO-ish timestamp as written, or null. */
function isoOrNull(v: string | null): string | null {
  if (!v) return null;
  const t = v.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t) && !Number.isNaN(new Date(t).getTime())) return t.replace(' ', 'T');
  return null;
}

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, [class*="byline" i], [class*="author-name" i], [class*="AuthorName"], [data-testid*="byline" i]';
const NOT_A_NAME = /^(by|and|staff|editor|editors|reporter|contributor|more|follow|see full bio|author|authors|posted|updated|published)$/i;

/** Names in a visible byline such as "By Jane Doe and John Roe, Staff Writers". */
export function namesFromByline(text: string): string[] {
  const t = squash(text)
    .replace(/^(written\s+)?by[:\s]+/i, '')
    .replace(/\s*[,|–—-]\s*(staff|senior|contributing|special|chief|associate)?\s*(writer|reporter|correspondent|editor|columnist)s?\b.*$/i, '')
    .replace(/\b(updated|published|posted)\b.*$/i, '');
  return t
    .split(/\s*(?:,|\band\b|&|\|)\s*/i)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u.test(s) && !NOT_A_NAME.test(s))
    .slice(0, 6);
}

function visibleAuthors(doc: Document, base: string): { names: string[]; urls: Record<string, string> } {
  const urls: Record<string, string> = {};
  const names: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, 12)) {
    if (el.closest('footer, aside, nav, [class*="related" i], [class*="rail" i], [class*="card" i], [class*="bio" i], [class*="about-the-author" i]')) continue;
    const links = Array.from(el.querySelectorAll('a[href]'));
    const candidates = links.length ? links : [el];
    for (const c of candidates) {
      for (const n of namesFromByline(c.textContent ?? '')) {
        if (!names.includes(n)) names.push(n);
        const href = absolute(c.getAttribute('href'), base);
        if (href && !urls[n]) urls[n] = href;
      }
    }
    if (names.length) break;
  }
  return { names, urls };
}

/** A visible date in the byline area: <time datetime>, else a written date near the headline. */
function visibleDate(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  const times = Array.from(doc.querySelectorAll('time')).filter((t) => !t.closest('footer, aside, nav, [class*="related" i], [class*="card" i], [class*="rail" i]'));
  for (const t of times.slice(0, 5)) {
    const iso = isoOrNull(t.getAttribute('datetime'));
    if (iso) return iso;
    const parsed = parseBylineDate(t.textContent ?? '');
    if (parsed) return parsed;
  }
  // No <time>: look at short text blocks around the headline for "Published March 3, 2021 …".
  const scope = h1?.parentElement?.parentElement ?? doc.body;
  if (!scope) return null;
  const blocks = Array.from(scope.querySelectorAll('p, span, div, li')).slice(0, 200);
  for (const el of blocks) {
    if (el.children.length > 3) continue;
    const text = squash(el.textContent ?? '');
    if (text.length < 6 || text.length > 120) continue;
    if (!/\b(19|20)\d\d\b/.test(text)) continue;
    const parsed = parseBylineDate(text);
    if (parsed) return parsed;
  }
  return null;
}

export function readMetadata(doc: Document, url: string): Metadata {
  const nodes = readJsonLd(doc);
  const art = articleNode(nodes);
  const org = nodes.find((n) => typesOf(n).some((t) => /^(NewsMediaOrganization|Organization|WebSite)$/.test(t)));

  const siteName = meta(doc, 'og:site_name', 'application-name') ?? nameOf(art?.publisher) ?? nameOf(org) ?? null;

  // The story's title as the page states it (Readability's order of meta tags after JSON-LD),
  // then <title>; the first <h1> only when there is nothing else (it is often the site's logo).
  const h1 = squash(doc.querySelector('h1')?.textContent ?? '');
  const rawTitle =
    str(art?.headline) ??
    meta(doc, 'dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title') ??
    (str(doc.title ?? '') ?? h1);
  let title = cleanTitle(rawTitle, siteName);
  // The visible headline wins when it is the same story title (it is what the reader sees).
  if (h1 && title && (h1 === title || title.startsWith(h1) || h1.startsWith(title))) title = h1;
  if (!title) title = cleanTitle(squash(doc.title ?? ''), siteName);

  // Authors: JSON-LD, then meta, then the visible byline.
  const authorUrls: Record<string, string> = {};
  let authors: string[] = [];
  const ldAuthors = art?.author ? (Array.isArray(art.author) ? art.author : [art.author]) : [];
  for (const a of ldAuthors) {
    const n = nameOf(a);
    if (n && !/^https?:/.test(n)) {
      authors.push(n);
      const u = absolute(urlOf(a), url);
      if (u) authorUrls[n] = u;
    }
  }
  const visible = visibleAuthors(doc, url);
  if (!authors.length) {
    const metaAuthor = meta(doc, 'dc:creator', 'dcterm:creator', 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author');
    if (metaAuthor && !/^https?:/.test(metaAuthor)) authors = namesFromByline(metaAuthor);
  }
  if (!authors.length) authors = visible.names;
  for (const n of authors) if (!authorUrls[n] && visible.urls[n]) authorUrls[n] = visible.urls[n];
  authors = [...new Set(authors)];

  const publishedTime =
    isoOrNull(str(art?.datePublished)) ??
    isoOrNull(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dcterms.created', 'date')) ??
    visibleDate(doc);
  const modifiedTime = isoOrNull(str(art?.dateModified)) ?? isoOrNull(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time'));

  const html = doc.documentElement;
  const lang = (html?.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'content-language') || str(art?.inLanguage) || null)?.replace('_', '-') ?? null;
  const dirAttr = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir = dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null;

  const canonicalUrl = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ?? absolute(meta(doc, 'og:url'), url);
  // AMP and multi-page stories: addresses for metadata only. The core never fetches anything.
  const ampUrl = absolute(doc.querySelector('link[rel="amphtml"]')?.getAttribute('href'), url);
  const isAmp = !!html && (html.hasAttribute('amp') || html.hasAttribute('⚡'));
  const nextPage = absolute(doc.querySelector('link[rel="next"]')?.getAttribute('href'), url);
  const prevPage = absolute(doc.querySelector('link[rel="prev"]')?.getAttribute('href'), url);
  const image = absolute(meta(doc, 'og:image', 'twitter:image') ?? urlOf(art?.image), url);
  const excerpt =
    str(art?.description) ??
    meta(doc, 'dc:description', 'dcterm:description', 'og:description', 'weibo:article:description', 'weibo:webpage:description', 'description', 'twitter:description');

  return {
    title,
    byline: authors.length ? authors.join(' and ') : null,
    authors,
    authorUrls,
    siteName,
    publishedTime,
    modifiedTime,
    lang,
    dir,
    excerpt,
    canonicalUrl,
    ampUrl,
    isAmp,
    nextPage,
    prevPage,
    image,
    section: str(art?.articleSection) ?? meta(doc, 'article:section'),
  };
}

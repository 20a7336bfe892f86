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
  /** Where `publishedTime` came from ("JSON-LD datePublished", "the date in the URL", …), and the implausible dates passed over. */
  publishedFrom: string | null;
  publishedRejected: string[];
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
  const found = doc.querySelectorAll(BYLINE_SELECTOR);
  for (let k = 0; k < found.length && k < 12; k++) {
    const el = found[k];
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

/**
 * A publication date is plausible when it lies between 1990 and a day after `now`: a CMS's
 * placeholder ("0001-01-01T00:00:00Z") or a date in the future is not when the story appeared.
 */
export function plausiblePublished(iso: string, now: number): boolean {
  const year = Number(/^(\d{4})/.exec(iso)?.[1]);
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return year >= 1990 && !Number.isNaN(t) && t <= now + 864e5;
}

/** A full date in the page's address: /2019/11/19/, /2019-11-19-, /20191119/. */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|[/_-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? null : iso;
}

/** Visible dates in the byline area: <time datetime>, else written dates near the headline; each with where it was found. */
function* visibleDates(doc: Document): Generator<[string, string]> {
  const h1 = doc.querySelector('h1');
  // The first five <time> elements outside page furniture (the rest are never asked).
  const times: Element[] = [];
  const all = doc.querySelectorAll('time');
  for (let k = 0; k < all.length && times.length < 5; k++) if (!all[k].closest('footer, aside, nav, [class*="related" i], [class*="card" i], [class*="rail" i]')) times.push(all[k]);
  for (const t of times) {
    const iso = isoOrNull(t.getAttribute('datetime'));
    if (iso) yield [iso, '<time datetime>'];
    const parsed = parseBylineDate(t.textContent ?? '');
    if (parsed) yield [parsed, 'a <time> on the page'];
  }
  // No <time>: look at short text blocks around the headline for "Published March 3, 2021 …".
  const scope = h1?.parentElement?.parentElement ?? doc.body;
  if (!scope) return;
  const blocks = scope.querySelectorAll('p, span, div, li');
  for (let k = 0; k < blocks.length && k < 200; k++) {
    const el = blocks[k];
    if (el.childElementCount > 3) continue;
    const text = squash(el.textContent ?? '');
    if (text.length < 6 || text.length > 120) continue;
    if (!/\b(19|20)\d\d\b/.test(text)) continue;
    const parsed = parseBylineDate(text);
    if (parsed) yield [parsed, 'the dateline near the headline'];
  }
}

const PUBLISHED_META = ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dcterms.created', 'date'];

/**
 * The publication date: the first plausible one of JSON-LD, the meta tags, a visible date near
 * the headline (or a <time>), and a date in the URL.
 */
function publicationDate(doc: Document, url: string, art: JsonLdNode | undefined, now: number): { iso: string | null; from: string | null; rejected: string[] } {
  const rejected: string[] = [];
  const candidates = function* (): Generator<[string | null, string]> {
    yield [isoOrNull(str(art?.datePublished)), 'JSON-LD datePublished'];
    for (const name of PUBLISHED_META) yield [isoOrNull(meta(doc, name)), `meta ${name}`];
    yield* visibleDates(doc);
    yield [urlDate(url), 'the date in the URL'];
  };
  // An old date (before 1990) is kept only when nothing on the page gives a later one, and only
  // when it is not a CMS placeholder (year 1, 1900-01-01, the 1970 epoch): an archive page of a
  // 1989 story is from 1989.
  let old: { iso: string; from: string } | null = null;
  for (const [iso, from] of candidates()) {
    if (!iso) continue;
    if (plausiblePublished(iso, now)) return { iso, from, rejected };
    rejected.push(`${from} ${iso}`);
    const year = Number(iso.slice(0, 4));
    if (!old && year >= 1800 && year < 1990 && !/^(1900-01-01|1970-01-01)/.test(iso)) old = { iso, from };
  }
  if (old) return { iso: old.iso, from: `${old.from} (before 1990; no later date on the page)`, rejected: rejected.filter((r) => !r.endsWith(old!.iso)) };
  return { iso: null, from: null, rejected };
}

export function readMetadata(doc: Document, url: string, now: number = Date.now()): Metadata {
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
  // The visible byline is read only when it is needed: for names, or for a link a name lacks
  // (it asks every element of the page).
  let visibleRead: ReturnType<typeof visibleAuthors> | null = null;
  const visible = () => (visibleRead ??= visibleAuthors(doc, url));
  if (!authors.length) {
    const metaAuthor = meta(doc, 'dc:creator', 'dcterm:creator', 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author');
    if (metaAuthor && !/^https?:/.test(metaAuthor)) authors = namesFromByline(metaAuthor);
  }
  if (!authors.length) authors = visible().names;
  for (const n of authors) if (!authorUrls[n] && visible().urls[n]) authorUrls[n] = visible().urls[n];
  authors = [...new Set(authors)];

  const published = publicationDate(doc, url, art, now);
  const modified = isoOrNull(str(art?.dateModified)) ?? isoOrNull(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time'));
  const modifiedTime = modified && plausiblePublished(modified, now) ? modified : null;

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
    publishedTime: published.iso,
    publishedFrom: published.from,
    publishedRejected: published.rejected,
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

/**
 * The article detector. It runs on every page (in the always-on content script), and the popup's
 * verdict (`Analysis.isArticle`) is this same function's, so the badge and the popup agree.
 *
 * It reads a page the way a person does: one story (a headline, then a run of body text,
 * however it is split into paragraphs) versus many stories (teaser cards: a headline linked to
 * another page with its excerpt, in series; lists of headline links), a video, a photo gallery
 * or a data table. Metadata (JSON-LD, og:type, a publication time) helps but never decides
 * alone: a page of teasers whose CMS says og:type=article is still a list.
 *
 * Cheap: one walk over the elements collects what matters (metadata, text blocks, headings,
 * links, times, pictures, players, forms, the page's chrome); the rest is a little work per
 * headline and per text block, with each container's text measured at most once. No
 * Readability, no chrono, no cloning, no layout. Each signal adds or removes weight and says so
 * in `reasons`, in words a reader of the popup understands.
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
  /** Many CMSs say "website" on every page, stories included: weak evidence. */
  ogWebsite: -0.5,
  ogOther: -1,
  publishedMeta: 1.5,
  timeNearHeadline: 1,
  bylineNearHeadline: 1,
  singleH1: 0.5,
  articleElement: 0.5,
  /** The body text starts at the headline: one story, read from the top. */
  textAfterHeadline: 1,
  /** Text of the page's own (not teasers, menus or captions), by amount. */
  story: 3,
  shortStory: 1.5,
  brief: 0.5,
  littleText: -1,
  noText: -3,
  /** Many stories: teasers or headline links outweigh the page's own text. */
  listing: -5,
  video: -3,
  gallery: -3,
  dataTables: -3,
  passwordForm: -3,
  searchPage: -3,
  cartForm: -2.5,
  rootPath: -1.5,
} as const;

export const THRESHOLD = 3;
/** Words of the page's own text for a story, a short story, a brief and a line or two. */
const STORY_WORDS = 350;
const SHORT_STORY_WORDS = 120;
const BRIEF_WORDS = 40;
const LINE_WORDS = 12;
/** A card is small: a headline, an excerpt, a byline, a date. */
const CARD_CHARS = 1500;
const MAX_BLOCKS = 600;
const MAX_LINKS = 800;

const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = /^(navigation|contentinfo|complementary)$/;
/** Where a chrome role is found: block containers (not every inline element is asked). */
const BOXES = new Set(['DIV', 'SECTION', 'UL', 'OL', 'HEADER', 'TABLE']);
const PUBLISHED_META = ['article:published_time', 'datepublished', 'date', 'parsely-pub-date', 'sailthru.date', 'pubdate'];
/** Elements whose own text (outside child elements) can be body text, as in `<div>text<br><br>text</div>`. */
const TEXT_CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'SPAN', 'FONT', 'CENTER', 'BLOCKQUOTE', 'DD', 'BODY']);
const INLINE = new Set(['A', 'SPAN', 'TIME', 'STRONG', 'B', 'EM', 'I', 'ABBR', 'SMALL', 'BR', 'IMG', 'SVG', 'svg', 'SUP', 'SUB', 'MARK', 'CITE', 'U']);
const NESTED = new Set(['P', 'UL', 'OL', 'DIV']);
const CAPTION_CLASS = /caption|credit/i;
const PLAYER = /youtube|vimeo|dailymotion|jwplayer|brightcove|player|\/embed\/|video/i;
/** A byline: "By Jane Doe", "Von Anna Schmidt", at the start of a short line. */
const BYLINE = /^\s*([Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|le|la)){1,4}\s*($|[,|·•–—/]|and\s|und\s|et\s|y\s|\d)/u;
/** A byline's class: a token ending in author(s) or byline, maybe with -name ("c-byline", "article__author-name"; not "author-bio"). */
const BYLINE_CLASS = /(^|\s|[-_])(authors?|byline)([-_]{0,2}names?)?(\s|$)/i;

/** What the detector reads of a page, in one walk over its elements. */
interface PageFacts {
  all: ArrayLike<Element>;
  meta: Map<string, string>;
  jsonLd: JsonLdNode[];
  /** The page's chrome: nav, footer, aside and their ARIA roles. Nothing in there is the story. */
  chrome: Set<Element>;
  /** Paragraphs, and the containers that may hold text of their own: places in `all`. */
  paragraphs: number[];
  boxes: number[];
  headings: Element[];
  /** For each heading, its place in `all`. */
  headingAt: number[];
  links: Element[];
  times: Element[];
  pictures: Element[];
  players: Element[];
  articles: number;
  cells: number;
  password: boolean;
  search: boolean;
  cart: boolean;
}

function gather(doc: Document): PageFacts {
  const all = doc.querySelectorAll('*'); // (linkedom's getElementsByTagName('*') returns nothing)
  const facts: PageFacts = {
    all, meta: new Map(), jsonLd: [], chrome: new Set(), paragraphs: [], boxes: [], headings: [], headingAt: [], links: [], times: [],
    pictures: [], players: [], articles: 0, cells: 0, password: false, search: false, cart: false,
  };
  // The chrome, the figure and the link the walk is in (page order: an element's descendants
  // follow it). Text inside a figure is a caption, text inside a link is the link's.
  let chrome: Element | null = null;
  let figure: Element | null = null;
  let link: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const tag = el.tagName;
    if (chrome && !chrome.contains(el)) chrome = null;
    if (figure && !figure.contains(el)) figure = null;
    if (link && !link.contains(el)) link = null;
    if (!chrome && (CHROME_TAGS.has(tag) || (BOXES.has(tag) && CHROME_ROLES.test(el.getAttribute('role') ?? '')))) facts.chrome.add((chrome = el));
    if (!figure && (tag === 'FIGURE' || tag === 'FIGCAPTION')) figure = el;
    if (!link && tag === 'A') link = el;
    const borrowed = figure || link; // a caption, or a link's own words
    // Text, headlines, links, times and media in the chrome are not the page's own.
    if (chrome && tag !== 'INPUT' && tag !== 'FORM' && tag !== 'META' && tag !== 'SCRIPT') continue;
    switch (tag) {
      case 'META': {
        const content = el.getAttribute('content')?.trim();
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
        if (content && key && !facts.meta.has(key)) facts.meta.set(key, content);
        continue;
      }
      case 'SCRIPT':
        if (el.getAttribute('type') === 'application/ld+json') facts.jsonLd.push(...parseJsonLdScript(el.textContent));
        continue;
      case 'P':
        if (!borrowed && facts.paragraphs.length < MAX_BLOCKS) facts.paragraphs.push(i);
        continue;
      case 'LI':
        // A list item is a paragraph too (bulleted stories, "what to know" lists), unless it
        // holds paragraphs or a list of its own (those count themselves).
        if (!borrowed && facts.paragraphs.length < MAX_BLOCKS && !hasChild(el, NESTED)) facts.paragraphs.push(i);
        continue;
      case 'H1':
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6':
        if (facts.headings.length < 150) {
          facts.headings.push(el);
          facts.headingAt.push(i);
        }
        continue;
      case 'A':
        if (facts.links.length < MAX_LINKS && el.hasAttribute('href')) facts.links.push(el);
        continue;
      case 'TIME':
        if (facts.times.length < 30) facts.times.push(el);
        continue;
      case 'ARTICLE':
        facts.articles++;
        break;
      case 'TH':
        facts.cells++;
        continue;
      case 'TD':
        facts.cells++;
        break;
      case 'FIGURE':
      case 'IMG':
        if (facts.pictures.length < 60) facts.pictures.push(el);
        continue;
      case 'VIDEO':
        facts.players.push(el);
        continue;
      case 'IFRAME':
        if (PLAYER.test(el.getAttribute('src') ?? '')) facts.players.push(el);
        continue;
      case 'INPUT': {
        const type = el.getAttribute('type');
        if (type === 'password') facts.password = true;
        if (type === 'search') facts.search = true;
        continue;
      }
      case 'FORM':
        if (/cart|basket|checkout/i.test(el.getAttribute('action') ?? '') || /add to (cart|bag|basket)/i.test(el.textContent?.slice(0, 2000) ?? '')) facts.cart = true;
        continue;
      case 'BUTTON':
        if (/add-to-cart|addtocart/i.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('class') ?? ''}`)) facts.cart = true;
        continue;
    }
    if (!borrowed && TEXT_CONTAINERS.has(tag) && facts.boxes.length < 5000) facts.boxes.push(i);
  }
  return facts;
}

/**
 * Whether an element's own text nodes hold at least `min` characters. Only runs of 20 or more
 * characters count (the fragments between inline tags and the white space between elements do
 * not), and lengths are read without copying the text: this runs on every container.
 */
function hasOwnText(el: Element, min: number): boolean {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && (c as CharacterData).length >= 20 && (n += (c.nodeValue ?? '').trim().length) >= min) return true;
  }
  return false;
}

function hasChild(el: Element, tags: Set<string>): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tags.has(c.tagName)) return true;
  return false;
}

/** Whether an element holds only a few inline elements (a line: its text is short to read). */
function inline(el: Element, max: number): boolean {
  if (el.childElementCount > max) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.tagName)) return false;
  return true;
}

/** Whether an element stands between elements, not in a run of text (no words right before or after it). */
function standsAlone(el: Element): boolean {
  const before = el.previousSibling;
  const after = el.nextSibling;
  return !(before?.nodeType === 3 && before.nodeValue?.trim()) && !(after?.nodeType === 3 && after.nodeValue?.trim());
}

/** How many of a paragraph's nearest siblings are paragraphs too (a story's body, not a card). */
function paragraphsAround(p: Element): number {
  let n = 0;
  for (let e = p.previousElementSibling, d = 0; e && d < 3; e = e.previousElementSibling, d++) if (e.tagName === 'P') n++;
  for (let e = p.nextElementSibling, d = 0; e && d < 3; e = e.nextElementSibling, d++) if (e.tagName === 'P') n++;
  return n;
}

/** An element's own text nodes (not its children's). */
function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) s += c.nodeValue;
  return s.trim();
}

/**
 * Words, counted the way a reader sees length (as core/text's countWords: runs of letters,
 * one word per CJK character), in one cheap pass over the characters.
 */
export function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) {
      n++;
      inWord = false;
    } else if (c <= 32 || c === 0xa0 || c === 0x2014 || c === 0x2013 || c === 0x200b) inWord = false;
    else if (!inWord) {
      n++;
      inWord = true;
    }
  }
  return n;
}

/** True when `href` leads to another page than `here` (not an anchor, not this page's own address). */
function elsewhere(href: string, here: URL | null): boolean {
  if (!href || href[0] === '#' || /^javascript:/i.test(href)) return false;
  if (!here) return true; // a page without an address: every link leads elsewhere
  const path = (p: string) => p.replace(/[?#].*/, '').replace(/\/$/, '');
  if (href[0] === '/' && href[1] !== '/') return path(href) !== path(here.pathname); // the common case, without parsing
  if (/^https?:/i.test(href) && !href.includes(here.host)) return true; // another site
  try {
    const target = new URL(href, here);
    return target.host !== here.host || path(target.pathname) !== path(here.pathname);
  } catch {
    return true;
  }
}

function median(xs: number[]): number {
  const s = xs.sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : 0;
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
  let here: URL | null = null;
  try {
    here = new URL(url);
  } catch {
    here = null;
  }
  const leadsAway = new Map<string, boolean>();
  const leads = (href: string) => {
    let v = leadsAway.get(href);
    if (v === undefined) leadsAway.set(href, (v = elsewhere(href, here)));
    return v;
  };
  const away = (a: Element) => leads(a.getAttribute('href') ?? '');
  // Each element's text, read at most once.
  const texts = new Map<Element, string>();
  const text = (el: Element) => {
    let t = texts.get(el);
    if (t === undefined) texts.set(el, (t = (el.textContent ?? '').trim()));
    return t;
  };
  const inChrome = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (facts.chrome.has(e)) return true;
    return false;
  };

  // Headlines. The page's own: an h1 not linked to another page. Headline links: a heading
  // linked to another page, or a link that is a whole line of headline length ("title" divs).
  const h1s: number[] = [];
  const headlines: Element[] = [];
  const taken = new Set<string>(); // the addresses headlined already ("Read more" links to them are not more headlines)
  let headlineWords = 0;
  facts.headings.forEach((h, k) => {
    let a: Element | null = h.querySelector('a');
    for (let e = h.parentElement, d = 0; !a && e && d < 3; e = e.parentElement, d++) if (e.tagName === 'A') a = e;
    if (!a || !away(a)) {
      if (h.tagName === 'H1' && text(h)) h1s.push(k);
      return;
    }
    headlines.push(a.contains(h) ? a : h);
    headlineWords += words(text(h));
    taken.add(a.getAttribute('href') ?? '');
  });
  const headingHeadlines = headlines.length;
  const prose = new Map<Element, number>();
  for (const a of facts.links) {
    // A headline link is a line of its own (alone in its parent, or standing between elements,
    // not inside a sentence or a story's paragraph), of headline length, leading to another
    // page not headlined yet. The cheap questions first.
    const href = a.getAttribute('href') ?? '';
    if (taken.has(href) || !leads(href)) continue;
    const parent = a.parentElement;
    if (!parent) continue;
    if (parent.tagName === 'P') {
      let n = prose.get(parent);
      if (n === undefined) prose.set(parent, (n = paragraphsAround(parent)));
      if (n >= 2) continue;
    }
    const t = text(a);
    if (t.length < 25) continue;
    const line = inline(parent, 3) && text(parent).length <= t.length + 10 ? parent : parent.tagName !== 'P' && standsAlone(a) ? a : null;
    if (!line) continue;
    let heading = false;
    for (let e: Element | null = line, d = 0; e && d < 4 && !heading; e = e.parentElement, d++) heading = /^H[1-6]$/.test(e.tagName);
    if (heading) continue;
    taken.add(href);
    headlines.push(line);
    headlineWords += words(t);
  }

  // Cards: around each headline link, the largest container that holds no other headline, is
  // card-sized and starts with the headline (at most a kicker or a date before it: a link
  // further down a story is no card), if it holds more than the headline (an excerpt, a byline,
  // a date). A card headed by a heading may hold links to related stories under its excerpt.
  const headings = headingHeadlines;
  const count = (list: Element[]) => {
    const inside = new Map<Element, number>();
    for (const h of list) for (let e = h.parentElement, d = 0; e && d < 5; e = e.parentElement, d++) inside.set(e, (inside.get(e) ?? 0) + 1);
    return inside;
  };
  const headingsIn = count(headlines.slice(0, headings));
  const headlinesIn = count(headlines);
  const candidates: Element[] = [];
  headlines.forEach((h, k) => {
    const others = k < headings ? headingsIn : headlinesIn;
    const title = text(h);
    let card: Element | null = null;
    for (let c = h, d = 0; d < 3; d++) {
      const p = c.parentElement;
      // (A container of many elements is no card.)
      if (!p || p.tagName === 'BODY' || p.tagName === 'MAIN' || (others.get(p) ?? 0) > 1 || p.childElementCount > 12) break;
      const t = text(p);
      if (t.length > CARD_CHARS || t.indexOf(title.slice(0, 20)) > 60) break;
      if (t.length > title.length + 20) card = p;
      c = p;
    }
    if (card) candidates.push(card);
  });
  // Teaser cards come in series: a card counts when another one shares its parent or grandparent.
  const kin = (c: Element) => [c.parentElement, c.parentElement?.parentElement];
  const siblings = new Map<Element, number>();
  for (const c of candidates) for (const k of kin(c)) if (k) siblings.set(k, (siblings.get(k) ?? 0) + 1);
  const cards = new Set(candidates.filter((c) => kin(c).some((k) => k && (siblings.get(k) ?? 0) > 1)));
  // (A card is small: what it holds is a few levels down.)
  const cardOf = (el: Element) => {
    if (cards.size) for (let e: Element | null = el, d = 0; e && d < 8; e = e.parentElement, d++) if (cards.has(e)) return e;
    return null;
  };

  const h1 = h1s.length ? facts.headings[h1s[0]] : null;
  const h1At = h1s.length ? facts.headingAt[h1s[0]] : -1;

  // Text: the page's own (its story) and the excerpts in teaser cards; menus, rails, footers,
  // captions and link lists are neither. The run: own text from the headline on, up to the
  // first teaser, as a reader reads the page's story.
  let ownWords = 0;
  let ownBlocks = 0;
  let longBlocks = 0;
  let longChars = 0;
  let runWords = 0;
  let teaserWords = 0;
  const excerpts = new Map<Element, number>();
  // What each block holds (its words and length, and the card it is in), read at most once:
  // null for a caption, an empty block or a list of links.
  const read = new Map<number, { n: number; length: number; card: Element | null } | null>();
  const captions = new Map<Element | null, boolean>();
  const caption = (el: Element | null) => {
    let c = captions.get(el);
    if (c === undefined) captions.set(el, (c = !!el && CAPTION_CLASS.test(el.getAttribute('class') ?? '')));
    return c;
  };
  const readBlock = (i: number) => {
    const b = facts.all[i];
    // (A caption class on the block or on its parent.)
    if (CAPTION_CLASS.test(b.getAttribute('class') ?? '') || caption(b.parentElement)) return null;
    const whole = b.tagName === 'P' || b.tagName === 'LI';
    const t = whole ? text(b) : ownText(b);
    if (!t) return null;
    if (whole && b.firstElementChild) {
      let linked = 0;
      const links = b.getElementsByTagName('a');
      for (let j = 0; j < links.length; j++) linked += text(links[j]).length;
      if (linked > t.length / 2) return null;
    }
    return { n: words(t), length: t.length, card: cardOf(b) };
  };
  const readBlocks = (blocks: number[]) => {
    ownWords = ownBlocks = longBlocks = longChars = runWords = teaserWords = 0;
    excerpts.clear();
    let runOpen = true;
    for (const i of blocks) {
      let r = read.get(i);
      if (r === undefined) read.set(i, (r = readBlock(i)));
      if (!r) continue;
      const { n, card } = r;
      if (card) {
        teaserWords += n;
        excerpts.set(card, (excerpts.get(card) ?? 0) + n);
        if (i > h1At) runOpen = false;
        continue;
      }
      ownWords += n;
      ownBlocks++;
      if (i > h1At && runOpen) runWords += n;
      if (r.length >= 140) {
        longBlocks++;
        longChars += r.length;
      }
    }
  };
  readBlocks(facts.paragraphs);
  // Text written straight into containers (`<div>para<br><br>para</div>`) counts too; looked for
  // only when the paragraphs don't already make a story (it means asking every container).
  if (ownWords < STORY_WORDS) {
    const boxes = facts.boxes.filter((i) => hasOwnText(facts.all[i], 100));
    if (boxes.length) readBlocks([...facts.paragraphs, ...boxes].sort((x, y) => x - y).slice(0, MAX_BLOCKS));
  }

  // Metadata.
  const types = facts.jsonLd.flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  const nonArticleType = types.find((t) => NON_ARTICLE_TYPES.test(t) && !/^(WebSite|Organization)$/.test(t));
  if (articleType) add(WEIGHTS.jsonLdArticle, `JSON-LD ${articleType}`);
  else if (nonArticleType) add(WEIGHTS.jsonLdNonArticle, `JSON-LD ${nonArticleType}`);
  const ogType = meta('og:type');
  if (ogType === 'article') add(WEIGHTS.ogArticle, 'og:type=article');
  else if (ogType === 'website') add(WEIGHTS.ogWebsite, 'og:type=website');
  else if (ogType && /^(product|profile|video|music|book)/.test(ogType)) add(WEIGHTS.ogOther, `og:type=${ogType}`);
  if (PUBLISHED_META.some(meta)) add(WEIGHTS.publishedMeta, 'published-time meta');

  // The headline and what stands next to it (in its parent's parent; not in a teaser).
  if (h1s.length === 1) add(WEIGHTS.singleH1, 'one headline (h1)');
  if (h1) {
    const around = h1.parentElement?.parentElement ?? h1.parentElement;
    const near = (el: Element) => !!around?.contains(el) && !cardOf(el) && !inChrome(el);
    if (facts.times.some(near)) add(WEIGHTS.timeNearHeadline, '<time> near the headline');
    if (bylineAfter(facts.all, facts.headingAt[h1s[0]], h1, text, near)) add(WEIGHTS.bylineNearHeadline, 'byline near the headline');
  }
  if (facts.articles) add(WEIGHTS.articleElement, '<article> element');

  // The page's own text.
  const amount = `${ownWords} words`;
  if (ownWords >= STORY_WORDS || (longBlocks >= 5 && longChars >= 1500)) add(WEIGHTS.story, `a story's worth of text (${amount} in ${ownBlocks} paragraphs)`);
  else if (ownWords >= SHORT_STORY_WORDS) add(WEIGHTS.shortStory, `a short story (${amount} in ${ownBlocks} paragraphs)`);
  else if (ownWords >= BRIEF_WORDS) add(WEIGHTS.brief, `a brief (${amount})`);
  else if (ownWords >= LINE_WORDS) add(WEIGHTS.littleText, `little text (${amount})`);
  else add(WEIGHTS.noText, `almost no text of its own (${amount})`);
  if (h1 && runWords >= LINE_WORDS && runWords >= ownWords / 2) add(WEIGHTS.textAfterHeadline, 'the text runs on from the headline');

  // Many stories: teasers outweigh the page's own text, and what follows the headline is no
  // longer than a teaser (a story with a rail of related teasers is still one story).
  // A headline reads like a sentence ("Shipyard wins ferry contract"); a list's title is a label
  // ("Politics", "Tag: Climate"): under a headline, a brief's worth of text is a story.
  const perTeaser = median([...excerpts.values()]);
  const story = runWords >= 1.5 * perTeaser + LINE_WORDS || (!!h1 && words(text(h1)) >= 5 && runWords >= BRIEF_WORDS);
  if (excerpts.size >= 3 && teaserWords >= ownWords && !story) {
    add(WEIGHTS.listing, `a list of ${excerpts.size} teasers (headline + excerpt), not one story`);
  } else if (headlines.length >= 6 && headlineWords + teaserWords >= 2 * ownWords && (runWords < BRIEF_WORDS || !h1)) {
    add(WEIGHTS.listing, `a list of ${headlines.length} headline links, not one story`);
  }

  // A page built around something other than text, with only a little of it.
  const little = ownWords < SHORT_STORY_WORDS;
  const mine = (el: Element) => !cardOf(el);
  const pictures = facts.pictures.filter((p) => (p.tagName === 'FIGURE' || (Number(p.getAttribute('width')) >= 400 && !p.closest('figure, a'))) && mine(p)).length;
  // (With hardly any text at all, the video or the pictures are the page: they weigh more.)
  const bare = ownWords < BRIEF_WORDS ? 2 : 0;
  if (little && facts.players.some(mine)) add(WEIGHTS.video - bare, 'a video with a short description');
  else if (little && pictures >= 5) add(WEIGHTS.gallery - bare, `a photo gallery (${pictures} pictures, little text)`);
  if (little && facts.cells >= 40) add(WEIGHTS.dataTables - bare, `data tables (${facts.cells} cells), little text`);
  if (little && facts.password) add(WEIGHTS.passwordForm, 'password field (login form)');
  if (facts.search && /[?&](q|query|s|search|k)=/.test(url)) add(WEIGHTS.searchPage, 'search results page');
  if (facts.cart) add(WEIGHTS.cartForm, 'shopping cart form');
  if (here?.pathname === '/') add(WEIGHTS.rootPath, 'site root');

  // Map the raw score to 0..1 around the threshold.
  const probability = 1 / (1 + Math.exp(-(score - THRESHOLD) / 1.5));
  const title = (meta('og:title') ?? h1?.textContent ?? doc.title ?? '').trim().replace(/\s+/g, ' ');
  return { isArticle: score >= THRESHOLD, score: Math.round(probability * 1000) / 1000, reasons, title };
}

/** A byline in the first elements after the headline: byline markup, or a short "By Jane Doe" line. */
function bylineAfter(all: ArrayLike<Element>, at: number, h1: Element, text: (el: Element) => string, near: (el: Element) => boolean): boolean {
  for (let i = at + 1, seen = 0; i < all.length && seen < 40; i++) {
    const el = all[i];
    if (h1.contains(el)) continue;
    seen++;
    const marked = el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || BYLINE_CLASS.test(el.getAttribute('class') ?? '');
    if (!marked && !inline(el, 6)) continue; // a container: its parts come next
    const t = text(el);
    if (el.tagName === 'P' && t.length > 200) break;
    if ((marked || (t.length > 3 && t.length < 100 && BYLINE.test(t))) && near(el)) return true;
  }
  return false;
}

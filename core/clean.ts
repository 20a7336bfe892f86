/**
 * Pre-cleaning before Readability, on a clone of the page: takes away what Readability tends
 * to keep (navigation, share bars, newsletter boxes, "Latest in …"/"Most Popular" rails,
 * author boxes, cookie banners, placeholder cards) and restores lazy-loaded images.
 *
 * General rules only (roles, landmarks, a class/id vocabulary, rail headings, repeated card
 * patterns, link density), never rules for one site. A guard keeps every rule away from the
 * story: nothing holding the headline or a large share of the page's prose is removed.
 */
import { CollapsedCount, collapsedLength } from './text';

/** The one table of patterns, as in Readability. */
export const REGEXPS = {
  /** class/id words of page furniture. Matched against whole words of class and id. */
  clutter:
    /(^|[\s_-])(share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|promo|promotion|advert|advertisement|ad|ads|adslot|ad-slot|dfp|gpt|sponsor|sponsored|cookie|cookies|consent|gdpr|paywall|related|recommended|recommendations|trending|popular|most-popular|mostpopular|most-read|more-from|read-more|readmore|read-next|up-next|outbrain|taboola|comments|comment-count|feedback|dialog|breadcrumb|breadcrumbs|author-bio|about-author|about-the-author|bio|rail|sidebar|widget|toolbar|masthead|menu|skip-link|jump-link|footer|site-footer|site-header|nav|navbar|navigation|login|modal|overlay|popup|banner|ticker|tags|tag-list|topics|pagination|print-only)($|[\s_-])/i,
  /** Words that mark story content even when a clutter word is present. */
  content: /(^|[\s_-])(article|story|body|content|main|entry|post|text|caption|figure|image|photo|picture|tweet|embed|byline)($|[\s_-])/i,
  /** Headings that open a rail or a box that is not the story. */
  railHeading:
    /^(latest( in| from| news| stories)?|most (popular|read|viewed|shared|emailed)|related( (stories|articles|content|coverage|reading))?|recommended( for you)?|more (from|in|on|stories|news|to read|like this)|read (more|next|this next)|you (may|might) (also )?like|trending( now)?|up next|around the web|sponsored( content| stories)?|about the author|editors'? picks|popular (now|stories)|top stories|what to read next|don'?t miss|also read|see also|sign up|subscribe|get (our|the) newsletter|newsletter|share this( article| story)?|follow us|comments?)\b/i,
  /** Ad labels standing alone. */
  adLabel: /^(advertisement|advertising|ad|sponsored|sponsored content|paid content|story continues below advertisement|article continues below|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|annons|annonce|mainos|iklan|реклама|广告|廣告|広告|광고)$/iu,
  placeholder: /^lorem ipsum\b/i,
  /** A dialog's close button: its text, title or label. */
  closeLabel: /^(close|dismiss|×|✕|x)( (close|dialog|window|modal))?$/i,
  shareLink: /(facebook\.com\/sharer|twitter\.com\/intent|x\.com\/intent|linkedin\.com\/share|pinterest\.com\/pin|reddit\.com\/submit|mailto:\?|whatsapp:\/\/|wa\.me\/\?)/i,
  lazySrc: ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'],
  lazySrcset: ['data-srcset', 'data-lazy-srcset'],
} as const;

/** Named flags, as in Readability: each rule can be turned off (tests, quality experiments). */
export const FLAGS = {
  landmarks: 1 << 0,
  vocabulary: 1 << 1,
  railHeadings: 1 << 2,
  cards: 1 << 3,
  placeholders: 1 << 4,
  lazyImages: 1 << 5,
  hidden: 1 << 6,
} as const;
export const ALL_FLAGS = Object.values(FLAGS).reduce((a, b) => a | b, 0);

/** The length of an element's text with white space collapsed (as `squash` would leave it). */
function textLength(el: Element): number {
  return collapsedLength(el.textContent ?? '');
}

/**
 * `textLength(el)`, read without building the element's text and stopping past `max`: a
 * container holding the whole story is answered after its first `max` characters.
 */
function textLengthUpTo(el: Node, max: number): number {
  const count = new CollapsedCount();
  const visit = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) {
        if (count.add((c as CharacterData).data, max)) return true;
      } else if (c.nodeType === 1 && visit(c)) return true;
    }
    return false;
  };
  visit(el);
  return count.n;
}

function linkText(el: Element): number {
  let links = 0;
  const anchors = el.querySelectorAll('a');
  for (let k = 0; k < anchors.length; k++) links += textLength(anchors[k]);
  return links;
}

function linkDensity(el: Element): number {
  const total = textLength(el);
  return total ? linkText(el) / total : 0;
}

const NOT_PROSE = new Set(['P', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'A', 'BUTTON', 'TITLE', 'HEAD']);

/** Text runs of 80+ characters that sit outside any <p> (their parent element and length). */
function looseProse(doc: Document): Array<{ el: Element; len: number }> {
  const out: Array<{ el: Element; len: number }> = [];
  const stack: Element[] = doc.body ? [doc.body] : [];
  while (stack.length) {
    const el = stack.pop()!;
    let run = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) run += collapsedLength(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const c = n as Element;
        if (!NOT_PROSE.has(c.tagName)) stack.push(c);
      }
    }
    if (run >= 80) out.push({ el, len: run });
  }
  return out;
}

const BYLINE_HINT = /byline|author|sig-line|writer|attribution/i;

/**
 * The story's byline: the first short element after the headline that says "By …" or is
 * marked as a byline. Pre-cleaning leaves it (Readability reads the byline from the page, and
 * class words such as "hasnt-bio" or a "Comments" link beside it must not take it away).
 */
function storyByline(doc: Document): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1) return null;
  // The elements after the headline in page order (not inside it), at most 250: no sweep of the page.
  const next = (el: Element): Element | null => {
    for (let at: Element | null = el; at; at = at.parentElement) if (at.nextElementSibling) return at.nextElementSibling;
    return null;
  };
  const after = (el: Element): Element | null => el.firstElementChild ?? next(el);
  for (let el = next(h1), seen = 0; el && seen < 250; el = after(el), seen++) {
    // (Its length first, without reading a long container's whole text.)
    const len = textLengthUpTo(el, 150);
    if (!len || len > 150) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (/^by\s+\p{Lu}/iu.test(text) || (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || BYLINE_HINT.test(el.getAttribute('class') ?? ''))) return el;
  }
  return null;
}

/**
 * Story guard: the headline, the story's embeds and the page's prose paragraphs. Ancestor
 * totals are computed once, so asking about any element is a map look-up.
 */
const STORY_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** A paragraph, its text length, and whether it is placeholder text ("Lorem ipsum …"). */
interface Paragraph {
  p: Element;
  len: number;
  lorem: boolean;
}

/** Every <p> of the page, its text read once (the guard and the placeholder share both need it). */
function readParagraphs(doc: Document): Paragraph[] {
  return Array.from(doc.querySelectorAll('p'), (p) => {
    const text = p.textContent ?? '';
    return { p, len: collapsedLength(text), lorem: REGEXPS.placeholder.test(text.trim()) };
  });
}

class Guard {
  private readonly proseChars = new Map<Element, number>();
  private readonly keep = new Set<Element>();
  private readonly total: number;
  constructor(doc: Document, placeholderIsProse = false, paragraphs: Paragraph[] = readParagraphs(doc)) {
    let total = 0;
    const add = (from: Element, len: number) => {
      total += len;
      for (let el: Element | null = from; el; el = el.parentElement) this.proseChars.set(el, (this.proseChars.get(el) ?? 0) + len);
    };
    for (const { p, len, lorem } of paragraphs) {
      if (len < 80 || (!placeholderIsProse && lorem)) continue;
      add(p, len);
    }
    // Prose outside <p>: long runs of text between <br>s or straight in a <div> (blogs, old CMSs).
    for (const { el, len } of looseProse(doc)) add(el, len);
    this.total = total;
    const keep = Array.from(doc.querySelectorAll('h1, [itemprop="articleBody"], blockquote.twitter-tweet, blockquote.instagram-media, blockquote.lede-post'));
    const byline = storyByline(doc);
    if (byline) keep.push(byline);
    for (const k of keep) {
      for (let el: Element | null = k; el; el = el.parentElement) this.keep.add(el);
    }
  }
  /** Share of the page's prose inside this element (0..1). */
  share(el: Element): number {
    return this.total ? (this.proseChars.get(el) ?? 0) / this.total : 0;
  }
  /** May this element go without taking the story with it? */
  allows(el: Element, share = 0.2): boolean {
    if (this.keep.has(el)) return false;
    if (STORY_TAGS.has(el.tagName) || el.getAttribute('role') === 'main') return false;
    if (!this.total) return true;
    return (this.proseChars.get(el) ?? 0) <= this.total * share;
  }
}

/** Whether a text node of the page matches `re` (`min`: the shortest text that can). */
function hasText(doc: Document, re: RegExp, min: number): boolean {
  if (!doc.documentElement) return false;
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = (t as Text).data;
    if (v.length >= min && re.test(v)) return true;
  }
  return false;
}

function restoreLazyImages(doc: Document): void {
  for (let k_ = 0, imgs_ = doc.querySelectorAll('img'); k_ < imgs_.length; k_++) {
    const img = imgs_[k_];
    const src = img.getAttribute('src') ?? '';
    const placeholder = !src || src.startsWith('data:') || /(blank|spacer|placeholder|pixel|transparent|lazy)[^/]*\.(gif|png|svg)/i.test(src);
    for (const attr of REGEXPS.lazySrc) {
      const v = img.getAttribute(attr);
      if (v && placeholder && !v.startsWith('data:')) {
        img.setAttribute('src', v);
        break;
      }
    }
    for (const attr of REGEXPS.lazySrcset) {
      const v = img.getAttribute(attr);
      if (v && !img.getAttribute('srcset')) img.setAttribute('srcset', v);
    }
  }
  // <noscript><img …></noscript> next to a placeholder image: use the real one.
  for (let k_ = 0, nss_ = doc.querySelectorAll('noscript'); k_ < nss_.length; k_++) {
    const ns = nss_[k_];
    const markup = ns.innerHTML.includes('<') ? ns.innerHTML : ns.textContent ?? '';
    if (!/<img\b/i.test(markup)) continue;
    const tpl = doc.createElement('template');
    tpl.innerHTML = markup; // template content is inert: nothing loads or runs
    const root = tpl.content ?? tpl;
    const real = root.querySelector('img');
    if (!real?.getAttribute('src')) continue;
    // A lazy-image fallback holds one image and nothing else (no meta, style, script, links).
    if (root.querySelectorAll('*').length > (real.parentElement?.tagName === 'PICTURE' ? 3 : 1) + root.querySelectorAll('source').length) continue;
    const prev = ns.previousElementSibling;
    const prevImg = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img');
    const img = doc.createElement('img');
    for (const a of ['src', 'alt', 'srcset', 'width', 'height']) {
      const v = real.getAttribute(a);
      if (v) img.setAttribute(a, v);
    }
    if (prevImg && !/^https?:/i.test(prevImg.getAttribute('src') ?? '')) prevImg.replaceWith(img);
    else if (!prevImg) ns.replaceWith(img);
  }
}

function signature(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !/\d/.test(c)).sort().join('.');
  const kids = Array.from(el.children).map((c) => c.tagName).join(',');
  return `${el.tagName}.${cls}[${kids}]`;
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A list of the story itself, inside the story's own container: short names (tools, apps,
 * options: "showFrames", "BBEdit"), a sub-list of a list item ("In progress: …"), or the list
 * of a section under an ordinary heading. Teaser rails link headlines or carry thumbnails and
 * follow a rail heading ("Related", caught earlier) or a teaser label; menus sit outside.
 */
function isStoryList(el: Element, guard: Guard): boolean {
  const kids = Array.from(el.children);
  if (kids.some((k) => k.querySelector('img, picture, time'))) return false;
  let inStory = false;
  let up: Element | null = el.parentElement;
  for (let i = 0; up && i < 4 && !inStory; i++, up = up.parentElement) inStory = guard.share(up) >= 0.5;
  if (!inStory) return false;
  const words = kids.reduce((n, k) => n + wordsIn((k.textContent ?? '').trim()), 0) / kids.length;
  if (words < 4) return true;
  if (el.parentElement?.tagName === 'LI') return true;
  const prev = el.previousElementSibling;
  return !!prev && /^H[2-6]$/.test(prev.tagName) && !REGEXPS.railHeading.test((prev.textContent ?? '').trim());
}

/** A container of ≥3 look-alike children, each a short teaser with a link: a rail of cards. */
function isCardList(el: Element): boolean {
  const kids = Array.from(el.children);
  if (kids.length < 3) return false;
  const tags = new Map<string, number>();
  for (const k of kids) tags.set(k.tagName, (tags.get(k.tagName) ?? 0) + 1);
  if (Math.max(...tags.values()) < Math.max(3, kids.length * 0.6)) return false;
  const sigs = new Map<string, number>();
  for (const k of kids) {
    const sig = signature(k);
    sigs.set(sig, (sigs.get(sig) ?? 0) + 1);
  }
  const [top] = [...sigs.values()].sort((a, b) => b - a);
  if (top < 3 || top < kids.length * 0.6) return false;
  // (Each test only when the ones before it pass: a story's run of long paragraphs is no list
  // of teasers, and its links are never summed.)
  const lengths = kids.map(textLength);
  let teasers = 0;
  for (let i = 0; i < kids.length; i++) if (lengths[i] > 0 && lengths[i] < 400 && kids[i].querySelector('a[href]')) teasers++;
  if (teasers < kids.length * 0.6) return false;
  let prose = 0;
  // An item that says more than its links do is a list item of the story, not a teaser.
  for (let i = 0; i < kids.length; i++) if (lengths[i] >= 50 && lengths[i] - linkText(kids[i]) >= 50) prose++;
  return prose < kids.length * 0.5 && linkDensity(el) > 0.35;
}

/** Share of the page's paragraph text that is placeholder text. */
function placeholderShare(paragraphs: Paragraph[]): number {
  let all = 0;
  let lorem = 0;
  for (const p of paragraphs) {
    all += p.len;
    if (p.lorem) lorem += p.len;
  }
  return all ? lorem / all : 0;
}

export interface CleanReport {
  removed: number;
  rules: Record<string, number>;
  /** Milliseconds per rule group (and the guard), for the benchmark's --stages. */
  timings: Record<string, number>;
}

/** `onDrop` sees each removal (quality experiments, debugging a lost paragraph). */
export function clean(doc: Document, flags: number = ALL_FLAGS, onDrop?: (rule: string, el: Element) => void): CleanReport {
  const report: CleanReport = { removed: 0, rules: {}, timings: {} };
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    report.timings[name] = Math.round((now - t0) * 100) / 100;
    t0 = now;
  };
  // Placeholder text ("Lorem ipsum …") is clutter in a card, but when it is most of the page's
  // prose it is the page (a template demo, a test page): then it is the story.
  const paragraphs = readParagraphs(doc);
  const placeholderIsProse = placeholderShare(paragraphs) >= 0.5;
  const guard = new Guard(doc, placeholderIsProse, paragraphs);
  lap('clean.guard');
  const drop = (el: Element, rule: string, share?: number): boolean => {
    if (!el.isConnected && !doc.documentElement.contains(el)) return false;
    if (!guard.allows(el, share)) return false;
    onDrop?.(rule, el);
    el.remove();
    report.removed++;
    report.rules[rule] = (report.rules[rule] ?? 0) + 1;
    return true;
  };

  if (flags & FLAGS.lazyImages) restoreLazyImages(doc);
  lap('clean.lazyImages');

  if (flags & FLAGS.hidden) {
    for (let k_ = 0, els_ = doc.querySelectorAll('[hidden], [aria-hidden="true"], dialog, template'); k_ < els_.length; k_++) {
      const el = els_[k_];
      if (el.closest('figure, blockquote')) continue; // decorative icons inside content are harmless
      drop(el, 'hidden', 0.05);
    }
  }

  lap('clean.hidden');
  if (flags & FLAGS.placeholders) {
    // (Only a page with "lorem ipsum" in one of its texts has a placeholder to look for.)
    const lorem = !placeholderIsProse && hasText(doc, /lorem ipsum/i, 11);
    const els = lorem ? doc.querySelectorAll('p, a, h2, h3, h4, span, div') : [];
    for (let k = 0; k < els.length; k++) {
      const el = els[k];
      const first = el.firstChild;
      if (!first || first.nodeType !== 3 || !REGEXPS.placeholder.test((first.nodeValue ?? '').trimStart())) continue;
      // The whole card: climb while the parent is still a small teaser.
      let card: Element = el;
      while (card.parentElement && textLength(card.parentElement) < 400 && !card.parentElement.matches('body, main, article')) card = card.parentElement;
      // A card teases another page (a link or a thumbnail); a lone placeholder paragraph is text.
      if (!el.closest('a[href]') && !card.querySelector('a[href], img')) continue;
      drop(card, 'placeholder');
    }
    for (let k_ = 0, els_ = doc.querySelectorAll('div, span, p, aside'); k_ < els_.length; k_++) {
      const el = els_[k_];
      if (!el.firstElementChild && REGEXPS.adLabel.test((el.textContent ?? '').trim())) drop(el, 'ad-label', 0);
    }
  }

  if (flags & FLAGS.hidden) {
    // Dialogs without a role: a small box that opens with a close button ("Make us your homepage").
    for (let k_ = 0, bs_ = doc.querySelectorAll('button'); k_ < bs_.length; k_++) {
      const b = bs_[k_];
      const label = `${b.textContent ?? ''} ${b.getAttribute('title') ?? ''} ${b.getAttribute('aria-label') ?? ''}`;
      if (!REGEXPS.closeLabel.test(label.replace(/\s+/g, ' ').trim())) continue;
      const box = b.parentElement;
      if (!box || box.firstElementChild !== b || STORY_TAGS.has(box.tagName) || textLength(box) > 600) continue;
      drop(box, 'dialog', 0.05);
    }
  }

  lap('clean.placeholders+dialogs');
  if (flags & FLAGS.landmarks) {
    const selector = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"], [role="alertdialog"], body > header, body > footer, aside, form';
    for (let k_ = 0, els_ = doc.querySelectorAll(selector); k_ < els_.length; k_++) {
      const el = els_[k_];
      if (el.tagName === 'FORM' && textLength(el) > 2000) continue; // ASP.NET pages wrap everything in a form
      if (el.tagName === 'ASIDE' && el.closest('article, [itemprop="articleBody"]') && linkDensity(el) < 0.3 && textLength(el) > 200) continue; // pull-quotes, fact boxes
      drop(el, 'landmark');
    }
    // Site footers and headers not at body level.
    for (let k_ = 0, els_ = doc.querySelectorAll('footer, header'); k_ < els_.length; k_++) {
      const el = els_[k_];
      if (el.closest('article') && el.tagName === 'HEADER') continue;
      if (el.tagName === 'FOOTER' && el.closest('blockquote, figure')) continue;
      drop(el, 'landmark');
    }
  }

  lap('clean.landmarks');
  if (flags & FLAGS.railHeadings) {
    for (let k_ = 0, hs_ = doc.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"], div, span, p'); k_ < hs_.length; k_++) {
      const h = hs_[k_];
      // Headings, and text-only labels styled as headings.
      if (h.childElementCount > (/^H\d$/.test(h.tagName) ? 2 : 0)) continue;
      const raw = h.textContent ?? '';
      const len = collapsedLength(raw, 60);
      if (!len || len > 60) continue;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (!REGEXPS.railHeading.test(text)) continue;
      if (!h.isConnected && !doc.documentElement.contains(h)) continue;
      // The box this heading opens: climb while the ancestor stays small relative to the story.
      let box: Element = h;
      while (box.parentElement && !box.parentElement.matches('body, main, article, [role="main"]') && guard.allows(box.parentElement, 0.1)) {
        box = box.parentElement;
        if (box.matches('section, aside, [class*="rail" i], [class*="module" i], [class*="widget" i]') && box.querySelectorAll('a[href]').length >= 1) break;
      }
      if (box !== h) drop(box, 'rail-heading', 0.1);
      else if (h.matches('h2, h3, h4, h5, h6')) drop(h, 'rail-heading', 0);
    }
  }

  lap('clean.railHeadings');
  if (flags & FLAGS.vocabulary) {
    const CONTENT_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'TABLE', 'P', 'H1', 'H2', 'H3', 'LI', 'IMG', 'PICTURE']);
    for (let k_ = 0, els_ = doc.querySelectorAll('[class], [id]'); k_ < els_.length; k_++) {
      const el = els_[k_];
      const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!REGEXPS.clutter.test(words)) continue;
      if (!el.isConnected && !doc.documentElement.contains(el)) continue;
      if ((REGEXPS.content.test(words) || CONTENT_TAGS.has(el.tagName)) && linkDensity(el) < 0.5) continue;
      // Inside a paragraph or a heading it is part of the prose (a link styled "popup", a heading's anchor).
      if (el.parentElement?.closest('p, h1, h2, h3, h4, h5, h6')) continue;
      drop(el, 'vocabulary', 0.05);
    }
    // Share bars: two or more share links in a small box.
    const boxes = new Map<Element, number>();
    for (let k_ = 0, as_ = doc.querySelectorAll('a[href]'); k_ < as_.length; k_++) {
      const a = as_[k_];
      if (!REGEXPS.shareLink.test(a.getAttribute('href') ?? '')) continue;
      const box = a.parentElement?.closest('ul, div, section, p');
      if (box) boxes.set(box, (boxes.get(box) ?? 0) + 1);
    }
    for (const [box, n] of boxes) if (n >= 2 && textLength(box) <= 300) drop(box, 'share-links', 0);
  }

  lap('clean.vocabulary');
  if (flags & FLAGS.cards) {
    for (let k_ = 0, els_ = doc.querySelectorAll('ul, ol, div, section'); k_ < els_.length; k_++) {
      const el = els_[k_];
      if (el.childElementCount < 3 || (!el.isConnected && !doc.documentElement.contains(el))) continue;
      if (isCardList(el) && !isStoryList(el, guard)) drop(el, 'card-list', 0.05);
    }
  }

  lap('clean.cards');
  return report;
}

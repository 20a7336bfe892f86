/**
 * Pre-cleaning before Readability, on a clone of the page: takes away what Readability tends
 * to keep (navigation, share bars, newsletter boxes, "Latest in …"/"Most Popular" rails,
 * author boxes, cookie banners, placeholder cards) and restores lazy-loaded images.
 *
 * General rules only (roles, landmarks, a class/id vocabulary, rail headings, repeated card
 * patterns, link density), never rules for one site. A guard keeps every rule away from the
 * story: nothing holding the headline or a large share of the page's prose is removed.
 */

/** The one table of patterns, as in Readability. */
export const REGEXPS = {
  /** class/id words of page furniture. Matched against whole words of class and id. */
  clutter:
    /(^|[\s_-])(share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|promo|promotion|advert|advertisement|ad|ads|adslot|ad-slot|dfp|gpt|sponsor|sponsored|cookie|cookies|consent|gdpr|paywall|related|recommended|recommendations|trending|popular|most-popular|mostpopular|most-read|more-from|read-more|readmore|read-next|up-next|outbrain|taboola|comments|comment-count|breadcrumb|breadcrumbs|author-bio|about-author|about-the-author|bio|rail|sidebar|widget|toolbar|masthead|menu|skip-link|jump-link|footer|site-footer|site-header|nav|navbar|navigation|login|modal|overlay|popup|banner|ticker|tags|tag-list|topics|pagination|print-only)($|[\s_-])/i,
  /** Words that mark story content even when a clutter word is present. */
  content: /(^|[\s_-])(article|story|body|content|main|entry|post|text|caption|figure|tweet|embed|byline)($|[\s_-])/i,
  /** Headings that open a rail or a box that is not the story. */
  railHeading:
    /^(latest( in| from| news| stories)?|most (popular|read|viewed|shared|emailed)|related( (stories|articles|content|coverage|reading))?|recommended( for you)?|more (from|in|on|stories|news|to read|like this)|read (more|next|this next)|you (may|might) (also )?like|trending( now)?|up next|around the web|sponsored( content| stories)?|about the author|editors'? picks|popular (now|stories)|top stories|what to read next|don'?t miss|also read|see also|sign up|subscribe|get (our|the) newsletter|newsletter|share this( article| story)?|follow us|comments?)\b/i,
  /** Ad labels standing alone. */
  adLabel: /^(advertisement|advertising|ad|sponsored|sponsored content|paid content|story continues below advertisement|article continues below)$/i,
  placeholder: /^lorem ipsum\b/i,
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

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkDensity(el: Element): number {
  const total = textLength(el);
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textLength(a);
  return links / total;
}

/** Story guard: the headline and the page's prose paragraphs. */
class Guard {
  private readonly h1: Element | null;
  private readonly prose: Element[];
  private readonly total: number;
  constructor(doc: Document) {
    this.h1 = doc.querySelector('h1');
    this.prose = Array.from(doc.querySelectorAll('p')).filter((p) => textLength(p) >= 80 && !REGEXPS.placeholder.test((p.textContent ?? '').trim()));
    this.total = this.prose.reduce((n, p) => n + textLength(p), 0);
  }
  /** May this element go without taking the story with it? */
  allows(el: Element, share = 0.2): boolean {
    if (el.matches('html, body, main, article, [role="main"], [itemprop="articleBody"]')) return false;
    if (this.h1 && el.contains(this.h1)) return false;
    if (el.querySelector('[itemprop="articleBody"], blockquote.twitter-tweet, blockquote.instagram-media')) return false;
    if (!this.total) return true;
    let chars = 0;
    for (const p of this.prose) if (el.contains(p)) chars += textLength(p);
    return chars <= this.total * share;
  }
}

function restoreLazyImages(doc: Document): void {
  for (const img of Array.from(doc.querySelectorAll('img'))) {
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
  for (const ns of Array.from(doc.querySelectorAll('noscript'))) {
    const markup = ns.innerHTML.includes('<') ? ns.innerHTML : ns.textContent ?? '';
    if (!/<img\b/i.test(markup)) continue;
    const tpl = doc.createElement('template');
    tpl.innerHTML = markup; // template content is inert: nothing loads or runs
    const real = tpl.content ? tpl.content.querySelector('img') : tpl.querySelector('img');
    if (!real?.getAttribute('src')) continue;
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

/** A container of ≥3 look-alike children, each a short teaser with a link: a rail of cards. */
function isCardList(el: Element): boolean {
  const kids = Array.from(el.children);
  if (kids.length < 3) return false;
  const sigs = new Map<string, number>();
  for (const k of kids) sigs.set(signature(k), (sigs.get(signature(k)) ?? 0) + 1);
  const [top] = [...sigs.values()].sort((a, b) => b - a);
  if (top < 3 || top < kids.length * 0.6) return false;
  let teasers = 0;
  for (const k of kids) {
    const len = textLength(k);
    if (k.querySelector('a[href]') && len > 0 && len < 400) teasers++;
  }
  return teasers >= kids.length * 0.6 && linkDensity(el) > 0.35;
}

export interface CleanReport {
  removed: number;
  rules: Record<string, number>;
}

export function clean(doc: Document, flags: number = ALL_FLAGS): CleanReport {
  const report: CleanReport = { removed: 0, rules: {} };
  const guard = new Guard(doc);
  const drop = (el: Element, rule: string, share?: number): boolean => {
    if (!el.isConnected && !doc.documentElement.contains(el)) return false;
    if (!guard.allows(el, share)) return false;
    el.remove();
    report.removed++;
    report.rules[rule] = (report.rules[rule] ?? 0) + 1;
    return true;
  };

  if (flags & FLAGS.lazyImages) restoreLazyImages(doc);

  if (flags & FLAGS.hidden) {
    for (const el of Array.from(doc.querySelectorAll('[hidden], [aria-hidden="true"], dialog, template'))) {
      if (el.closest('figure, blockquote')) continue; // decorative icons inside content are harmless
      drop(el, 'hidden', 0.05);
    }
  }

  if (flags & FLAGS.placeholders) {
    for (const el of Array.from(doc.querySelectorAll('p, a, h2, h3, h4, span, div'))) {
      const text = (el.textContent ?? '').trim();
      if (!REGEXPS.placeholder.test(text)) continue;
      // The whole card: climb while the parent is still a small teaser.
      let card: Element = el;
      while (card.parentElement && textLength(card.parentElement) < 400 && !card.parentElement.matches('body, main, article')) card = card.parentElement;
      drop(card, 'placeholder');
    }
    for (const el of Array.from(doc.querySelectorAll('div, span, p, aside'))) {
      if (el.children.length <= 1 && REGEXPS.adLabel.test((el.textContent ?? '').trim())) drop(el, 'ad-label', 0);
    }
  }

  if (flags & FLAGS.landmarks) {
    const selector = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"], [role="alertdialog"], body > header, body > footer, aside, form';
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (el.tagName === 'FORM' && textLength(el) > 2000) continue; // ASP.NET pages wrap everything in a form
      if (el.tagName === 'ASIDE' && el.closest('article, [itemprop="articleBody"]') && linkDensity(el) < 0.3 && textLength(el) > 200) continue; // pull-quotes, fact boxes
      drop(el, 'landmark');
    }
    // Site footers and headers not at body level.
    for (const el of Array.from(doc.querySelectorAll('footer, header'))) {
      if (el.closest('article') && el.tagName === 'HEADER') continue;
      if (el.tagName === 'FOOTER' && el.closest('blockquote, figure')) continue;
      drop(el, 'landmark');
    }
  }

  if (flags & FLAGS.railHeadings) {
    for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"], div, span, p'))) {
      if (h.children.length > 2) continue;
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || text.length > 60 || !REGEXPS.railHeading.test(text)) continue;
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

  if (flags & FLAGS.vocabulary) {
    for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
      if (!el.isConnected && !doc.documentElement.contains(el)) continue;
      const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!REGEXPS.clutter.test(words)) continue;
      if (REGEXPS.content.test(words) && linkDensity(el) < 0.5) continue;
      if (el.matches('figure, figcaption, blockquote, table, p, h1, h2, h3, li') && linkDensity(el) < 0.5) continue;
      drop(el, 'vocabulary', 0.05);
    }
    // Share bars: a handful of share links and little else.
    for (const el of Array.from(doc.querySelectorAll('ul, div, section'))) {
      const links = Array.from(el.querySelectorAll('a[href]'));
      if (links.length < 2 || textLength(el) > 300) continue;
      if (links.filter((a) => REGEXPS.shareLink.test(a.getAttribute('href') ?? '')).length >= 2) drop(el, 'share-links', 0);
    }
  }

  if (flags & FLAGS.cards) {
    for (const el of Array.from(doc.querySelectorAll('ul, ol, div, section'))) {
      if (!el.isConnected && !doc.documentElement.contains(el)) continue;
      if (isCardList(el)) drop(el, 'card-list', 0.05);
    }
  }

  return report;
}

/**
 * Extraction: Readability on the pre-cleaned clone, then the story as typed blocks
 * (paragraphs, headings, list items, quotes, embedded posts, captions), the lead image with
 * caption and credit, and sanitized HTML. Falls back to a plain paragraph sweep when
 * Readability gives up (too many elements, no candidate).
 */
import { Readability } from '@mozilla/readability';
import type { LeadImage, Notice } from './types';
import { sanitizeHtml, safeHttpUrl } from './sanitize';
import { parseBylineDate } from './dates';
import { squash } from './text';
import { ATTRIBUTION_LINE, isPostBlockquote, platformOf, type Platform } from './embeds';

export type BlockKind = 'paragraph' | 'heading' | 'list' | 'quote' | 'post' | 'caption' | 'table';

export interface EmbeddedPost {
  platform: Platform;
  author?: string;
  handle?: string;
  /** As written: "September 17, 2017". */
  dateText?: string;
  /** ISO day when readable: "2017-09-17". */
  date?: string;
  url?: string;
}

export interface Block {
  kind: BlockKind;
  text: string;
  /** Credits split off a caption: "Photo by SAUL LOEB / AFP", "Saul Loeb—AFP/Getty Images". */
  credits?: string[];
  post?: EmbeddedPost;
  /** An embedded post's attribution line as the page shows it: "— Jane Doe (@jane) March 5, 2024". */
  attribution?: string;
  /** Outbound links inside the block: [text, absolute URL]. */
  links?: Array<[string, string]>;
}

export interface Extraction {
  blocks: Block[];
  html: string;
  leadImage?: LeadImage;
  readabilityByline: string | null;
  readabilityExcerpt: string | null;
  readabilitySiteName: string | null;
  notices: Notice[];
  /** Milliseconds per step (diagnostics). */
  timings: Record<string, number>;
}

export interface ExtractOptions {
  url: string;
  purifyWindow: Window;
  maxElemsToParse?: number;
  /** Go straight to the simple extraction (huge pages). */
  skipReadability?: boolean;
}

const CREDIT_PAREN = /\((?:photo|photograph|image|picture|illustration|video)s?(?: credit)?(?:\s+(?:by|credit|courtesy)(?: of)?|:)\s+[^)]*\)|\((?:photo|image) credit should read [^)]*\)/gi;
/** A closing "(Photo Jane Roe. AFP)": the word photo and a capitalized name, at the end of the caption. */
const CREDIT_PAREN_NAME = /\s*\((?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Ff]oto)s?\s+(\p{Lu}[^()]{1,80})\)\s*$/u;
const CREDIT_TAIL = /\s*((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*\s*[—–]\s*[\p{L}/&. -]*(?:Images|Photos?|Press|Pictures|AFP|Reuters|AP|Getty|Shutterstock|Bloomberg|Redux|Pool|EPA|Xinhua|Agency))$/u;
const DATELINE = /^(by\s+\p{Lu}|published|updated|posted|last updated|first published)\b|\b(published|updated)\b.*\b(19|20)\d\d\b/iu;
const CREDIT_CLASS = /(credit|copyright|courtesy|photographer|attribution)/i;

/** Splits photo credits off a caption. */
export function splitCaption(raw: string, creditText?: string): { text: string; credits: string[] } {
  const credits: string[] = [];
  let text = squash(raw);
  if (creditText) {
    const c = squash(creditText);
    if (c && text.endsWith(c)) text = text.slice(0, -c.length).trim();
    if (c) credits.push(c);
  }
  text = text.replace(CREDIT_PAREN, (m) => {
    credits.unshift(m.slice(1, -1).trim());
    return ' ';
  });
  const named = CREDIT_PAREN_NAME.exec(text);
  if (named) {
    credits.push(named[0].trim().slice(1, -1).trim());
    text = text.slice(0, named.index);
  }
  const tail = CREDIT_TAIL.exec(text);
  if (tail) {
    credits.push(tail[1].trim());
    text = text.slice(0, tail.index);
  }
  text = squash(text.replace(/\s+-\s+/g, ' ').replace(/\s+([.,;])/g, '$1'));
  return { text, credits: [...new Set(credits)] };
}

/**
 * Reads an embedded post into text + metadata: a Twitter/X or Instagram blockquote embed, a post
 * of another network rewritten by `normalizeEmbeds`, or a plain blockquote ending "— Name (@handle) date".
 */
export function readPost(el: Element): { text: string; post: EmbeddedPost; attribution?: string } {
  const cls = el.getAttribute('class') ?? '';
  const given = el.getAttribute('data-lede-platform') as Platform | null;
  const p = el.querySelector('p');
  const text = squash(p?.textContent ?? '');
  const full = squash(el.textContent ?? '');
  const rest = p ? squash(full.slice(full.indexOf(text) + text.length)) : full;
  const links = Array.from(el.querySelectorAll('a[href]'));
  const status = links.find((a) => /\/(status(es)?|post|posts|p|video)\/[\w-]+|\/@[\w.]+\/\d{6,}/.test(a.getAttribute('href') ?? '')) ?? links[links.length - 1];
  const platform: Platform =
    given ?? (/twitter|x-post|tweet/i.test(cls) ? 'twitter' : /instagram/i.test(cls) ? 'instagram' : platformOf(safeHttpUrl(status?.getAttribute('href'))));
  const post: EmbeddedPost = { platform };
  const m = ATTRIBUTION_LINE.exec(rest.startsWith('—') || rest.startsWith('–') || rest.startsWith('-') ? rest : `— ${rest}`);
  if (m) {
    post.author = m[1] || undefined;
    post.handle = m[2];
    post.dateText = m[3] || undefined;
  } else if (/^[—–]/.test(rest) && status) {
    // "— Harbor Union <a>Tuesday, March 5, 2024</a>": no handle, the name before the dated link
    const linkText = squash(status.textContent ?? '');
    const author = squash(rest.replace(/^[—–]\s*/, '').replace(linkText, ''));
    if (author && author.length < 80) post.author = author;
  }
  const url = safeHttpUrl(status?.getAttribute('href'));
  if (url) {
    const u = new URL(url);
    u.search = '';
    post.url = u.href;
  }
  if (!post.dateText && status) post.dateText = squash(status.textContent ?? '') || undefined;
  if (post.dateText) post.date = parseBylineDate(post.dateText)?.slice(0, 10) ?? undefined;
  return { text: text || rest, post, ...(text && rest ? { attribution: rest } : {}) };
}

function linksIn(el: Element, base: string, anchors: ArrayLike<Element> = el.querySelectorAll('a[href]')): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    const href = safeHttpUrl(a.getAttribute('href'), base);
    if (href) out.push([squash(a.textContent ?? ''), href]);
  }
  return out;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TR', 'DT', 'DD']);

/** Elements that break the flow of text; everything else (font, span, abbr, …) is inline. */
const BLOCK_LEVEL = new Set([
  ...BLOCK_TAGS, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'MENU', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TD', 'TH', 'CAPTION', 'FIGURE', 'HR', 'FORM', 'FIELDSET', 'ADDRESS', 'DETAILS', 'SUMMARY',
  'CENTER', 'HGROUP', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS', 'PICTURE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BODY',
]);

/** Does this link point into the page itself ("#section", or the page URL with a fragment)? */
function samePage(href: string, base: string): boolean {
  if (href.startsWith('#')) return true;
  const hash = href.indexOf('#');
  return hash > 0 && href.slice(0, hash) === base.split('#')[0];
}

/** Walks the story element into blocks, in reading order. */
export function toBlocks(root: Element, base: string, dropped: Element[] = []): Block[] {
  const blocks: Block[] = [];
  const push = (kind: BlockKind, el: Element, text: string, extra: Partial<Block> = {}, isRun = false) => {
    let t = squash(text);
    if (!t) return;
    // (The block's links, asked for once: for its link share and for its outbound links.)
    const anchors = el.querySelectorAll('a[href]');
    if (kind !== 'post' && kind !== 'caption' && kind !== 'table') {
      // Share of the text that links to other pages (not in-page anchors such as a table of
      // contents); the element's own only when the block is the whole element.
      let linked = 0;
      if (!isRun) for (let k = 0; k < anchors.length; k++) if (!samePage(anchors[k].getAttribute('href') ?? '', base)) linked += squash(anchors[k].textContent ?? '').length;
      const share = linked / t.length;
      const verdict = classifyBlock(t, share, kind);
      if (verdict === 'drop') {
        if (!isRun) dropped.push(el);
        return;
      }
      if (verdict === 'caption' || el.closest('.lede-caption')) {
        const { text: caption, credits } = splitCaption(t);
        kind = 'caption';
        t = caption || t;
        if (credits.length) extra = { ...extra, credits };
      }
    }
    const links = linksIn(el, base, anchors);
    blocks.push({ kind, text: t, ...(links.length ? { links } : {}), ...extra });
  };
  /**
   * A block's mixed content: runs of text and inline elements become blocks of `kind`, block
   * children are walked. Inside a story block every run counts; loose runs in a plain container
   * need `min` characters (labels such as "Share" are not story).
   */
  const mixed = (el: Element, kind: BlockKind, min: number): void => {
    let run = '';
    const flush = () => {
      if (squash(run).length > min) push(kind, el, run, {}, true);
      run = '';
    };
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) run += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const c = n as Element;
        if (c.tagName === 'BR') run += ' ';
        else if (!BLOCK_LEVEL.has(c.tagName)) run += c.textContent ?? '';
        else {
          flush();
          if (kind === 'quote' && c.tagName === 'P') push('quote', c, c.textContent ?? '');
          else walk(c);
        }
      }
    }
    flush();
  };
  const walk = (el: Element): void => {
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    // (Readability may turn a post's blockquote into a div; its class says what it is)
    if ((tag === 'BLOCKQUOTE' && (/twitter-tweet|instagram-media|tweet/i.test(el.getAttribute('class') ?? '') || isPostBlockquote(el))) || /(^|\s)lede-post(\s|$)/.test(el.getAttribute('class') ?? '')) {
      const { text, post, attribution } = readPost(el);
      push('post', el, text, { post, ...(attribution ? { attribution } : {}) });
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      const kind: BlockKind = /^H\d$/.test(tag) ? 'heading' : tag === 'LI' || tag === 'DT' || tag === 'DD' ? 'list' : tag === 'BLOCKQUOTE' ? 'quote' : 'paragraph';
      // A block that holds other blocks (li > p, li > ul, blockquote > p): its own text and its blocks, in order.
      const inner = Array.from(el.children).some((c) => BLOCK_LEVEL.has(c.tagName) && c.tagName !== 'SCRIPT' && c.tagName !== 'STYLE');
      if (inner && tag !== 'TR') {
        mixed(el, kind, 0);
        return;
      }
      if (tag === 'FIGCAPTION') {
        const creditEl = el.querySelector('.lede-credit');
        const { text, credits } = splitCaption(el.textContent ?? '', creditEl?.textContent ?? undefined);
        push('caption', el, text, credits.length ? { credits } : {});
        return;
      }
      if (tag === 'TR') {
        const rowText = (tr: Element | null | undefined) => (tr ? Array.from(tr.children).map((c) => squash(c.textContent ?? '')).filter(Boolean).join(' | ') : '');
        const text = rowText(el);
        // A footer that repeats the header row (printed again under long tables) is said once.
        if (el.parentElement?.tagName === 'TFOOT' && text === rowText(el.closest('table')?.querySelector('thead tr'))) return;
        push('table', el, text);
        return;
      }
      push(kind, el, brText(el));
      return;
    }
    mixed(el, 'paragraph', 25);
  };
  walk(root);
  // A story too short for the container rule (a line or two) is still the story; a box of links is not.
  if (!blocks.length) {
    const text = squash(brText(root));
    const links = Array.from(root.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent ?? '').length, 0);
    if (text && links < text.length / 2) push('paragraph', root, text);
  }
  return blocks;
}

/** Text of an element with <br> as a space (textContent would glue the lines together). */
function brText(el: Element): string {
  if (!el.querySelector('br')) return el.textContent ?? '';
  let out = '';
  const visit = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const tag = (n as Element).tagName;
        if (tag === 'BR') out += ' ';
        else if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') visit(n);
      }
    }
  };
  visit(el);
  return out;
}

/** The featured image: the first figure/image near the headline, else the page's og:image. */
function findLeadImage(doc: Document, base: string, ogImage: string | null): LeadImage | undefined {
  const h1 = doc.querySelector('h1');
  const figures = Array.from(doc.querySelectorAll('figure, [class*="featured-image" i], [class*="lead-image" i], [class*="hero" i]'));
  let firstP: Element | undefined;
  for (let k = 0, ps = doc.querySelectorAll('p'); k < ps.length && !firstP; k++) if ((ps[k].textContent ?? '').trim().length > 80) firstP = ps[k];
  for (const fig of figures.slice(0, 8)) {
    const img = fig.querySelector('img');
    const src = safeHttpUrl(img?.getAttribute('src'), base);
    if (!img || !src) continue;
    // Before the first story paragraph (or it is the og:image).
    const before = firstP ? (fig.compareDocumentPosition(firstP) & 4) !== 0 : true;
    const isOg = ogImage && src.split('?')[0].split('/').pop() === ogImage.split('?')[0].split('/').pop();
    if (!before && !isOg) continue;
    if (h1 && (fig.compareDocumentPosition(h1) & 4) !== 0 && !isOg) continue; // above the headline: a banner
    const capEl = fig.querySelector('figcaption, [class*="caption" i]');
    const creditEl = fig.querySelector('.lede-credit');
    const { text, credits } = capEl ? splitCaption(capEl.textContent ?? '', creditEl?.textContent ?? undefined) : { text: '', credits: [] };
    const lead: LeadImage = { src };
    const alt = squash(img.getAttribute('alt') ?? '');
    if (alt) lead.alt = alt;
    if (text) lead.caption = text;
    if (credits.length) lead.credit = credits[credits.length - 1];
    return lead;
  }
  return ogImage ? { src: ogImage } : undefined;
}

/** Resolve URLs against the page (a hostile <base> is ignored unless it is http(s)). */
function absolutize(root: Element, base: string): void {
  for (let k_ = 0, els_ = root.querySelectorAll('[href], [src]'); k_ < els_.length; k_++) {
    const el = els_[k_];
    for (const attr of ['href', 'src']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const abs = safeHttpUrl(v, base);
      if (abs) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
  }
}

/** Mark credit elements so the mark survives Readability's class cleaning. */
function markCredits(doc: Document): void {
  // (Each figure's own elements: one query per figure, not an ancestor search for every element
  // with a class; a nested figure's are seen twice, and marking twice is marking once.)
  for (let k_ = 0, figs_ = doc.querySelectorAll('figure, figcaption'); k_ < figs_.length; k_++) {
    const fig = figs_[k_];
    for (let j_ = 0, els_ = fig.querySelectorAll('[class]'); j_ < els_.length; j_++) {
      const el = els_[j_];
      if (CREDIT_CLASS.test(el.getAttribute('class') ?? '')) el.classList.add('lede-credit');
    }
  }
  // Caption boxes outside <figcaption> (<p class="caption">, <div class="wp-caption-text">, cutlines):
  // marked so their text stays in the reader as a caption but out of the story text.
  for (let k_ = 0, els_ = doc.querySelectorAll('[class], [id]'); k_ < els_.length; k_++) {
    const el = els_[k_];
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') continue;
    if (!CAPTION_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    if ((el.textContent ?? '').length < 600) el.classList.add('lede-caption');
  }
}

/**
 * Page furniture that survives Readability as short blocks of the story: teaser labels and
 * lone links to other stories, newsletter and app promos, interface labels, wire-service and
 * author-bio lines (dropped from the text), photo credits (kept as captions). General patterns
 * of news pages, never one site's wording; long blocks are always story.
 */
const CAPTION_CLASS = /(^|[\s_-])(caption|captions|cutline|credit|credits|photo-?credit|image-?credit|wp-caption-text|img-?desc|image-?desc|photo-?desc|media-?caption)($|[\s_-])/i;
const BOILER = {
  uiLabel:
    /^(skip to (main )?content|this slideshow requires javascript|caption|close|open|expand|collapse|comments?|\d+ comments?|post (a )?comment.*|leave a (comment|reply)|tell us what you think.*|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|annons|annonce|mainos|iklan|реклама|广告|廣告|広告|광고|breaking news|view author archive|email the author|share( this)?( article| story| on \w+)?|print( this)?( article| page)?|subscribe|newsletter|breaking news emails|back to top|view comments|load more|show more|continue reading|enlarge this image|toggle caption|hide caption|image|photo|video)[.!…]*$/i,
  teaser:
    /^(read more|read next|related( stories| articles| coverage| content| reading)?|see more|see also|also read|more on this( story)?|more from [^:|]{1,40}|watch|listen|recommended( for you)?|don'?t miss|you (may|might) (also )?like|trending( now)?|most (read|popular)|up next|top stories|editor'?s picks)\s*(:|\||…|\.\.\.|[-–—]|$)/i,
  promoStart:
    /^(sign up|subscribe|click here|tap here|get (the latest|our|breaking|the best)|join (our|us|the conversation)|download (the|our)|listen (to|live|back)|follow (us|@)|want more stories|start your day|let our news|support (our|independent)|become a (member|subscriber)|have a (news )?tip)\b/i,
  promoAny:
    /\b(sign up for|subscribe to|subscribe for)\b[^.]{0,80}\b(newsletters?|emails?|alerts|updates)\b|\bnewsletters?\b[^.]{0,60}\b(inbox|sign up|subscribe)\b|\bfollow [^.]{1,40} on (twitter|facebook|instagram)\b|\bclick here (for|to) (more|find|learn|subscribe|sign|order|buy)\b|^this (post|article|page|story) (may )?contains? (affiliate|sponsored|referral)/i,
  /** Leftover CMS shortcodes shown as text: "[button link=…]Send us your review[/button]". */
  shortcode: /\[([a-z_]+)\b[^\]]*\].*\[\/\1\]/i,
  wireCredit: /^((additional )?reporting|writing|editing|compiled|edited|produced) by\b/i,
  /** A caption written as a paragraph, its credit closing it: "Protesters in Hong Kong (Image: GETTY)". */
  creditTail: /\((?:(?:image|photo|picture|pic|video|graphic)s?\s*:\s*[^()]{1,60}|(?:AP|AFP|EPA|Reuters|Getty Images|Bloomberg)(?: Photo)?\s*\/\s*[^()]{1,60})\)\s*$/i,
  /** Teaser labels in brackets: "… [INSIGHT] | … [VIDEO]". */
  bracketLabel: /\[[A-Z][A-Z ]{2,}\]/g,
  /** Taxonomy lines: "Filed under: Politics |", "Posted in News", "Tags: …". */
  taxonomy: /^(filed under|posted in|categories|category|tags|tagged|topics)\s*:/i,
  bio: /^\p{Lu}[\p{L}.'’-]+(\s\p{Lu}[\p{L}.'’-]+){1,3} (is|was) (a|an|the) [^.]{0,60}\b(reporter|writer|editor|correspondent|contributor|journalist|columnist|producer|intern)\b/u,
  creditLine: /^(\(?(photo|image|picture|illustration|video|graphic)s?( credit| copyright| courtesy)?\s*[:©]|image copyright|copyright\b|©|\(image: |source: )/i,
  creditAgency: /(getty images|shutterstock|\bap photo\b|reuters\/|afp\/|\/afp\b|associated press|\bistock\b)/i,
} as const;

/** What a short block of the story really is: furniture to drop, a photo credit, or story (null). */
export function classifyBlock(text: string, linkShare: number, kind: BlockKind): 'drop' | 'caption' | null {
  const n = text.length;
  if (n <= 60 && BOILER.uiLabel.test(text)) return 'drop';
  if (n <= 200 && BOILER.teaser.test(text)) return 'drop';
  if (n <= 300 && (BOILER.promoStart.test(text) || BOILER.promoAny.test(text))) return 'drop';
  if (n <= 300 && BOILER.wireCredit.test(text)) return 'drop';
  if (n <= 200 && BOILER.taxonomy.test(text)) return 'drop';
  if (n <= 300 && BOILER.shortcode.test(text)) return 'drop';
  // A line of teasers to other stories, each tagged [VIDEO], [INSIGHT], [PICS]…
  if (linkShare >= 0.4 && (text.match(BOILER.bracketLabel)?.length ?? 0) >= 2) return 'drop';
  if (n <= 250 && BOILER.bio.test(text)) return 'drop';
  // A lone link in its own paragraph teases another page (a headline: several words); list items
  // of links may be story, and a one- or two-word link ("link", "PDF") is a reference, not a teaser.
  if (kind === 'paragraph' && linkShare >= 0.9 && n <= 150 && text.split(/\s+/).length >= 3) return 'drop';
  if (n <= 250 && kind === 'paragraph' && BOILER.creditTail.test(text)) return 'caption';
  if (n <= 100 && (BOILER.creditLine.test(text) || (BOILER.creditAgency.test(text) && text.split(/\s+/).length <= 8))) return 'caption';
  return null;
}

const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * Metadata repeated above the story (the headline again, bylines, datelines, the page's URL):
 * dropped while no long paragraph has started.
 */
function dropLeadingMeta(blocks: Block[], title: string | null | undefined, byline: string | null | undefined): Block[] {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const t = title ? fold(title) : '';
  const b = byline ? fold(byline) : '';
  let i = 0;
  for (; i < blocks.length && i < 8; i++) {
    const block = blocks[i];
    if (block.kind === 'caption' || block.kind === 'post') continue;
    const text = block.text;
    if (text.length >= 100) break;
    const f = fold(text);
    const words = text.split(/\s+/).length;
    const meta =
      (t && f === t) ||
      (b && f.length >= 3 && (f === b || (b.includes(f) && words <= 4) || (f.includes(b) && text.length <= 80))) ||
      (/^by\s/i.test(text) && text.length <= 80) ||
      /^https?:\/\/\S+$/.test(text) ||
      (text.length <= 60 && /\d/.test(text) && words <= 9 && (MONTH_WORD.test(text) || /\b\d{1,2}[/.:]\d{2}\b/.test(text)) && !/[.!?]["”’]?$/.test(text));
    if (!meta) break;
    block.text = '';
  }
  return blocks.filter((x) => x.text !== '');
}

/** Video players pages embed, and the address of the video's own page. */
const VIDEO_HOSTS: Array<{ name: string; match: RegExp; page: (m: RegExpExecArray) => string }> = [
  { name: 'YouTube', match: /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/i, page: (m) => `https://www.youtube.com/watch?v=${m[1]}` },
  { name: 'Vimeo', match: /^https?:\/\/player\.vimeo\.com\/video\/(\d+)/i, page: (m) => `https://vimeo.com/${m[1]}` },
  { name: 'Dailymotion', match: /^https?:\/\/(?:www\.)?dailymotion\.com\/embed\/video\/(\w+)/i, page: (m) => `https://www.dailymotion.com/video/${m[1]}` },
];

/**
 * Embedded videos become a link to the video's own page: the reader and extension pages load
 * no third-party frame (privacy, and their CSP), and the video is not lost as Readability's
 * output would lose it once sanitized. The link text is the player's title and the host name.
 */
function videoLinks(content: Element): void {
  const doc = content.ownerDocument;
  for (let k_ = 0, frames_ = content.querySelectorAll('iframe[src], embed[src], video[src]'); k_ < frames_.length; k_++) {
    const frame = frames_[k_];
    const src = frame.getAttribute('src') ?? '';
    let href: string | null = null;
    let host = '';
    for (const v of VIDEO_HOSTS) {
      const m = v.match.exec(src);
      if (m) [href, host] = [v.page(m), v.name];
    }
    if (!href && frame.tagName === 'VIDEO' && /^https?:/i.test(src)) [href, host] = [src, ''];
    if (!href) continue;
    const title = squash(frame.getAttribute('title') ?? frame.getAttribute('aria-label') ?? '');
    const p = doc.createElement('p');
    p.setAttribute('class', 'lede-embed');
    const a = doc.createElement('a');
    a.setAttribute('href', href);
    a.textContent = `▶ ${[title, host && (title ? `(${host})` : host)].filter(Boolean).join(' ') || href}`;
    p.appendChild(a);
    frame.replaceWith(p);
  }
}

interface ParagraphNote {
  text: string;
  /** After the headline, outside figures, asides and captions, mostly not links. */
  opening: boolean;
}

/** Class words of a standfirst (dek), which Lede shows as the excerpt, not as story. */
const DEK_CLASS = /(^|[\s_-])(dek|deck|standfirst|subhead|sub-?title|subheading|summary|description|excerpt|blurb|teaser|tagline|strapline|kicker|lead-in|abstract|intro-text|pull-?quote)($|[\s_-])/i;

const wordSet = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of a text's distinct words that another text (given as its set of words) also has. */
function wordOverlap(a: string, wb: Set<string>): number {
  const wa = wordSet(a);
  if (!wa.size) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / wa.size;
}

/** Every paragraph's text in page order, noted before Readability takes the page apart. */
function noteParagraphs(doc: Document): ParagraphNote[] {
  const h1 = doc.querySelector('h1');
  const description = doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '';
  let descriptionWords: Set<string> | null = null;
  const notes: ParagraphNote[] = [];
  const ps = doc.querySelectorAll('p');
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k];
    const text = squash(p.textContent ?? '');
    // (The tests have no side effects: a short paragraph is asked nothing more, the words of the
    // text are compared last.)
    if (text.length < 80) {
      notes.push({ text, opening: false });
      continue;
    }
    let links = 0;
    const anchors = p.querySelectorAll('a');
    for (let j = 0; j < anchors.length; j++) links += squash(anchors[j].textContent ?? '').length;
    let dek = false;
    for (let el: Element | null = p, i = 0; el && i < 3 && !dek; el = el.parentElement, i++) dek = DEK_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    const opening =
      links < text.length * 0.3 &&
      !dek &&
      !DATELINE.test(text) &&
      !/\s[|•]\s/.test(text) && // "By Jane Doe | March 3, 2021 | Topic: …"
      !p.closest('figure, figcaption, aside, blockquote, li, .lede-caption, .lede-credit') &&
      (!h1 || (h1.compareDocumentPosition(p) & 4) !== 0) &&
      !(description && wordOverlap(text, (descriptionWords ??= wordSet(description))) >= 0.6);
    notes.push({ text, opening });
  }
  return notes;
}

/**
 * Opening paragraphs Readability left out: its story container can start below the first
 * paragraphs when those sit in a box of their own under the headline. Paragraphs right before
 * the container's first one (up to three, after the headline) are put back, in order.
 */
function restoreOpening(content: Element, notes: ParagraphNote[]): number {
  const first = Array.from(content.querySelectorAll('p')).find((p) => squash(p.textContent ?? '').length >= 80);
  if (!first) return 0;
  const firstText = squash(first.textContent ?? '');
  const k = notes.findIndex((n) => n.text === firstText);
  if (k <= 0) return 0;
  const have = new Set(Array.from(content.querySelectorAll('p')).map((p) => squash(p.textContent ?? '')));
  const back: string[] = [];
  for (let j = k - 1; j >= 0 && back.length < 3; j--) {
    const n = notes[j];
    if (n.text.length < 80) continue; // bylines, datelines, labels between
    if (!n.opening || have.has(n.text)) break;
    back.unshift(n.text);
  }
  for (const text of back) {
    const p = content.ownerDocument.createElement('p');
    p.textContent = text;
    first.before(p);
  }
  return back.length;
}

/** Fallback when Readability gives up: the longest run of paragraphs under one parent. */
function sweep(doc: Document): Element {
  const counts = new Map<Element, number>();
  for (let k_ = 0, ps_ = doc.querySelectorAll('p, pre'); k_ < ps_.length; k_++) {
    const p = ps_[k_];
    const parent = p.parentElement;
    if (!parent) continue;
    counts.set(parent, (counts.get(parent) ?? 0) + (p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestLen = 0;
  for (const [el, len] of counts) if (len > bestLen) [best, bestLen] = [el, len];
  return best ?? doc.body ?? doc.documentElement;
}

export function extract(doc: Document, opts: ExtractOptions): Extraction {
  const notices: Notice[] = [];
  const base = opts.url;
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (k: string) => {
    const now = performance.now();
    timings[k] = Math.round((now - t0) * 100) / 100;
    t0 = now;
  };
  if (!opts.skipReadability) markCredits(doc); // skipReadability works on the live page: no marks
  const ogImage = safeHttpUrl(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), base) ?? null;
  const leadImage = opts.skipReadability ? (ogImage ? { src: ogImage } : undefined) : findLeadImage(doc, base, ogImage);
  const leadCaption = leadImage?.caption;
  lap('extract.lead');

  let content: Element | null = null;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  const notes = opts.skipReadability ? [] : noteParagraphs(doc);
  if (!opts.skipReadability) try {
    parsed = new Readability<Element>(doc, {
      maxElemsToParse: opts.maxElemsToParse ?? 0,
      charThreshold: 400,
      classesToPreserve: ['twitter-tweet', 'instagram-media', 'lede-post', 'lede-credit', 'lede-caption'],
      serializer: (node) => node as Element,
    }).parse();
    content = parsed?.content ?? null;
  } catch (e) {
    notices.push({ code: 'readability-failed', detail: (e as Error).message.slice(0, 80) });
  }
  if (!content) {
    if (!notices.length && !opts.skipReadability) notices.push({ code: 'readability-empty' });
    content = sweep(doc);
    if (opts.skipReadability) content = content.cloneNode(true) as Element;
  }

  if (parsed && content) restoreOpening(content, notes);
  lap('extract.readability');
  absolutize(content, base);
  // Bylines and datelines that Readability kept are metadata, not story.
  const furniture: Element[] = [];
  let blocks = toBlocks(content, base, furniture).filter((b) => !(b.kind === 'paragraph' && b.text.length < 160 && DATELINE.test(b.text)));
  blocks = dropLeadingMeta(blocks, parsed?.title ?? doc.title, parsed?.byline);
  // The lead image's caption belongs to the story even when Readability left the figure out.
  if (leadCaption && !blocks.some((b) => b.kind === 'caption' && b.text === leadCaption)) {
    const credits = leadImage?.credit ? [leadImage.credit] : [];
    const raw = doc.querySelector('figure figcaption');
    const fromDoc = raw ? splitCaption(raw.textContent ?? '', raw.querySelector('.lede-credit')?.textContent ?? undefined) : null;
    blocks = [{ kind: 'caption', text: leadCaption, credits: fromDoc?.credits.length ? fromDoc.credits : credits }, ...blocks];
  }
  // The lead image is shown on its own: keep it out of the body HTML.
  if (leadImage) {
    for (let k_ = 0, imgs_ = content.querySelectorAll('img'); k_ < imgs_.length; k_++) {
      const img = imgs_[k_];
      if (img.getAttribute('src') === leadImage.src) (img.closest('figure') ?? img).remove();
    }
  }
  lap('extract.blocks');
  // What the text leaves out as furniture leaves the reader too.
  for (const el of furniture) el.remove();
  videoLinks(content);
  const html = sanitizeHtml(content.innerHTML, opts.purifyWindow);
  lap('extract.sanitize');
  return {
    blocks,
    html,
    leadImage,
    readabilityByline: parsed?.byline ?? null,
    readabilityExcerpt: parsed?.excerpt ?? null,
    readabilitySiteName: parsed?.siteName ?? null,
    notices,
    timings,
  };
}

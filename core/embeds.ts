/**
 * Embedded social posts, whatever the network: each network's embed code (X/Twitter, Bluesky,
 * Mastodon, Threads, Instagram, Facebook, TikTok) is rewritten, on the analysis' own clone, into
 * one shape the rest of the core reads:
 *
 *   <blockquote class="lede-post" data-lede-platform="bluesky">
 *     <p>the post's words</p>— Name (@handle) <a href="https://…/post/…">date</a>
 *   </blockquote>
 *
 * so that the post stays in the story (text, reader) and is listed as a social source with its
 * author, handle, date and link. A plain blockquote that ends like an embed ("— Name (@handle)
 * <a>date</a>") is recognised as a post too (see `isPostBlockquote`).
 */
import { squash } from './text';

export type Platform = 'twitter' | 'bluesky' | 'mastodon' | 'threads' | 'instagram' | 'facebook' | 'tiktok' | 'other';

/** The platform of a post's address. */
export function platformOf(url: string | null | undefined): Platform {
  const host = (() => {
    try {
      return url ? new URL(url).hostname.toLowerCase() : '';
    } catch {
      return '';
    }
  })();
  if (/(^|\.)(twitter|x)\.com$/.test(host)) return 'twitter';
  if (/(^|\.)bsky\.(app|social)$/.test(host)) return 'bluesky';
  if (/(^|\.)threads\.(net|com)$/.test(host)) return 'threads';
  if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
  if (/(^|\.)(facebook|fb)\.com$/.test(host)) return 'facebook';
  if (/(^|\.)tiktok\.com$/.test(host)) return 'tiktok';
  if (url && /\/@[\w.]+\/\d{6,}/.test(url)) return 'mastodon';
  return 'other';
}

/** "— Jane Doe (@jane) March 5, 2024" and "— Jane Doe (@jane.bsky.social) …", "(@jane@mastodon.social)". */
export const ATTRIBUTION_LINE = /^[—–-]\s*(.*?)\s*\((@[\w.-]+(?:@[\w.-]+)?)\)\s*(.*)$/u;

/** A blockquote without an embed class whose last line is "— Name (@handle) date": a pasted embed. */
export function isPostBlockquote(el: Element): boolean {
  if (el.tagName !== 'BLOCKQUOTE') return false;
  const full = squash(el.textContent ?? '');
  const p = el.querySelector('p');
  const rest = p ? squash(full.slice(full.indexOf(squash(p.textContent ?? '')) + squash(p.textContent ?? '').length)) : '';
  return ATTRIBUTION_LINE.test(rest) && rest.length < 200;
}

const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name)?.trim() || '';
const BLOCKS = /^(DIV|P|SECTION|ARTICLE|HEADER|FOOTER|LI|UL|OL|BLOCKQUOTE|FIGURE|FIGCAPTION|H\d|BR|TIME)$/;
/** An element's text with a space where its blocks meet ("Post by @x" + "View on Mastodon"). */
function spaced(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += spaced(c);
  return BLOCKS.test((node as Element).tagName) ? ` ${out} ` : out;
}
const text = (el: Element | null | undefined) => squash(el ? spaced(el) : '');

interface Parts {
  platform: Platform;
  body: string;
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
}

/** Replaces `el` by the canonical post blockquote. */
function rewrite(doc: Document, el: Element, parts: Parts): void {
  const bq = doc.createElement('blockquote');
  bq.setAttribute('class', 'lede-post');
  bq.setAttribute('data-lede-platform', parts.platform);
  const p = doc.createElement('p');
  p.textContent = parts.body || (parts.handle ? `Post by ${parts.handle}` : 'Embedded post');
  bq.appendChild(p);
  const who = [parts.author, parts.handle ? `(${parts.handle})` : ''].filter(Boolean).join(' ');
  bq.appendChild(doc.createTextNode(`— ${who || 'Post'} `));
  if (parts.url) {
    const a = doc.createElement('a');
    a.setAttribute('href', parts.url);
    a.textContent = parts.date || parts.url;
    bq.appendChild(a);
  } else if (parts.date) bq.appendChild(doc.createTextNode(parts.date));
  el.replaceWith(bq);
}

const handleFromUrl = (url: string): string | undefined => {
  const m = /\/(@[\w.-]+(?:@[\w.-]+)?)/.exec(url) ?? /instagram\.com\/([\w.]+)\/?$/.exec(url) ?? /facebook\.com\/([\w.]+)\//.exec(url);
  if (!m) return undefined;
  return m[1].startsWith('@') ? m[1] : `@${m[1]}`;
};

/** Rewrites every known embed under `doc` (a clone: the page itself is never changed). Returns how many. */
const EMBEDS = 'blockquote.bluesky-embed, blockquote.mastodon-embed, iframe.mastodon-embed, blockquote.text-post-media, div.fb-post, blockquote.fb-xfbml-parse-ignore, blockquote.tiktok-embed, blockquote.instagram-media';

export function normalizeEmbeds(doc: Document): number {
  // most pages have none: one walk of the page instead of one per network
  if (!doc.querySelector(EMBEDS)) return 0;
  let n = 0;
  // Bluesky: <blockquote class="bluesky-embed" data-bluesky-uri=…><p>…</p>— Name (<a>@handle</a>) <a href=post>date</a>
  // Twitter/X and Instagram keep their own markup (the extraction reads it as it is).
  for (const el of Array.from(doc.querySelectorAll('blockquote.bluesky-embed'))) {
    const links = Array.from(el.querySelectorAll('a[href]'));
    const post = links.find((a) => /\/post\//.test(attr(a, 'href')));
    const full = text(el);
    const body = text(el.querySelector('p'));
    const m = /[—–-]\s*(.*?)\s*\((@[\w.-]+)\)\s*(.*)$/u.exec(full.slice(full.indexOf(body) + body.length));
    rewrite(doc, el, { platform: 'bluesky', body, author: m?.[1] || undefined, handle: m?.[2], date: m?.[3] || text(post) || undefined, url: attr(post, 'href') || undefined });
    n++;
  }
  // Mastodon: <blockquote class="mastodon-embed" data-embed-url=…/embed><a href=post>… Post by @user@server …</a>
  for (const el of Array.from(doc.querySelectorAll('blockquote.mastodon-embed, iframe.mastodon-embed'))) {
    const url = attr(el.querySelector('a[href]'), 'href') || attr(el, 'data-embed-url').replace(/\/embed$/, '') || attr(el, 'src').replace(/\/embed$/, '');
    const body = text(el).replace(/Post by @[\w.@-]+|View on Mastodon/gi, '').trim();
    const handle = /(@[\w.-]+@[\w.-]+)/.exec(text(el))?.[1] ?? (url ? handleFromUrl(url) : undefined);
    rewrite(doc, el, { platform: 'mastodon', body, handle, url: url || undefined });
    n++;
  }
  // Threads: <blockquote class="text-post-media" data-text-post-permalink=…>… Post by @user …</blockquote>
  for (const el of Array.from(doc.querySelectorAll('blockquote.text-post-media'))) {
    const url = attr(el, 'data-text-post-permalink') || attr(el.querySelector('a[href*="threads."]'), 'href');
    const body = text(el).replace(/Post by @[\w.]+|View on Threads/gi, '').trim();
    const handle = /Post by (@[\w.]+)/.exec(text(el))?.[1] ?? (url ? handleFromUrl(url) : undefined);
    rewrite(doc, el, { platform: 'threads', body, handle, url: url || undefined });
    n++;
  }
  // Facebook: <div class="fb-post" data-href=…><blockquote cite=…><p>…</p>Posted by <a>Name</a> on <a>date</a></blockquote></div>
  for (const el of Array.from(doc.querySelectorAll('div.fb-post, blockquote.fb-xfbml-parse-ignore'))) {
    if (el.tagName === 'BLOCKQUOTE' && el.closest('div.fb-post')) continue;
    const bq = el.tagName === 'BLOCKQUOTE' ? el : el.querySelector('blockquote');
    const url = attr(el, 'data-href') || attr(bq, 'cite');
    const links = Array.from((bq ?? el).querySelectorAll('a[href]'));
    const byline = /Posted by\s+(.*?)\s+on\s+(.*)$/i.exec(text(bq).replace(text(bq?.querySelector('p')), ''));
    rewrite(doc, el, {
      platform: 'facebook',
      body: text(bq?.querySelector('p')),
      author: byline?.[1] || text(links[0]) || undefined,
      date: byline?.[2] || undefined,
      url: url || attr(links[links.length - 1], 'href') || undefined,
    });
    n++;
  }
  // TikTok: <blockquote class="tiktok-embed" cite=video><section><a title="@user">@user</a> caption … ♬ sound</section>
  for (const el of Array.from(doc.querySelectorAll('blockquote.tiktok-embed'))) {
    const url = attr(el, 'cite');
    const handle = /^@[\w.]+$/.test(text(el.querySelector('a[title^="@"]'))) ? text(el.querySelector('a[title^="@"]')) : url ? handleFromUrl(url) : undefined;
    const body = text(el)
      .replace(handle ?? '\u0000', '')
      .replace(/♬.*$/, '')
      .trim();
    rewrite(doc, el, { platform: 'tiktok', body, handle, url: url || undefined });
    n++;
  }
  // Instagram: the caption may be missing; the "A post shared by Name (@handle)" line names the author.
  for (const el of Array.from(doc.querySelectorAll('blockquote.instagram-media'))) {
    const url = attr(el, 'data-instgrm-permalink').replace(/\?.*$/, '') || attr(el.querySelector('a[href*="instagram.com"]'), 'href').replace(/\?.*$/, '');
    const full = text(el);
    const shared = /A post shared by\s+(.*?)\s*\((@[\w.]+)\)/i.exec(full) ?? /A post shared by\s+(@?[\w.]+)/i.exec(full);
    const date = text(el.querySelector('time')) || undefined;
    const caption = Array.from(el.querySelectorAll('p'))
      .map(text)
      .find((t) => t && !/A post shared by|View this post on Instagram/i.test(t));
    const author = shared && shared[2] ? shared[1] : undefined;
    const handle = shared ? (shared[2] ?? (shared[1].startsWith('@') ? shared[1] : `@${shared[1]}`)) : url ? handleFromUrl(url) : undefined;
    rewrite(doc, el, { platform: 'instagram', body: caption ?? '', author, handle, date, url: url || undefined });
    n++;
  }
  return n;
}

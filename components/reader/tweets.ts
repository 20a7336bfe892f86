/**
 * Turns embedded-tweet markup (`<blockquote class="twitter-tweet">` as pages paste it, already
 * sanitized) into a quote card with author, handle and date. Built with DOM methods on the
 * sanitized tree: no strings are parsed as HTML here.
 */
import { t } from '../../lib/i18n';
export interface TweetParts {
  name: string | null;
  handle: string | null;
  date: string | null;
  href: string | null;
}

/** Reads "— Donald J. Trump (@realDonaldTrump) September 17, 2017" from the text after the quote. */
export function parseTweetAttribution(text: string): Omit<TweetParts, 'href'> {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^[—–-]?\s*(.*?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*(.*)$/.exec(t);
  if (m) return { name: m[1] || null, handle: m[2], date: m[3] || null };
  const bare = /^[—–-]\s*(.+)$/.exec(t);
  return { name: bare ? bare[1] : null, handle: null, date: null };
}

const HTTP = /^https?:\/\//i;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Replaces every tweet embed under `root` with a card. Returns how many it made. */
export function renderTweetCards(root: ParentNode, lang?: string | null): number {
  const quotes = Array.from(root.querySelectorAll('blockquote.twitter-tweet'));
  for (const quote of quotes) {
    const doc = quote.ownerDocument;
    const paragraphs = Array.from(quote.querySelectorAll('p'));
    const body = paragraphs.length ? paragraphs : [];
    // Whatever is not a paragraph is the attribution line ("— Name (@handle) <a>Date</a>").
    let attribution = '';
    let href: string | null = null;
    for (const node of Array.from(quote.childNodes)) {
      if (node.nodeType === 1 && (node as Element).tagName === 'P') continue;
      attribution += node.textContent ?? '';
      if (node.nodeType === 1) {
        const a = (node as Element).tagName === 'A' ? (node as Element) : (node as Element).querySelector('a');
        const h = a?.getAttribute('href');
        if (h && HTTP.test(h)) href = h;
      }
    }
    const { name, handle, date } = parseTweetAttribution(attribution);

    const card = el(doc, 'figure', 'lede-tweet');
    const head = el(doc, 'figcaption', 'lede-tweet-head');
    const avatar = el(doc, 'span', 'lede-tweet-avatar', (name ?? handle ?? '?').replace(/^@/, '').charAt(0).toUpperCase());
    avatar.setAttribute('aria-hidden', 'true');
    const who = el(doc, 'span', 'lede-tweet-who');
    if (name) who.append(el(doc, 'span', 'lede-tweet-name', name));
    if (handle) who.append(el(doc, 'span', 'lede-tweet-handle', handle));
    const network = el(doc, 'span', 'lede-tweet-network', t('postOnX'));
    head.append(avatar, who, network);

    const text = el(doc, 'blockquote', 'lede-tweet-text');
    if (lang) text.setAttribute('lang', lang);
    text.setAttribute('dir', 'auto');
    if (body.length) text.append(...body);
    else text.textContent = quote.textContent?.trim() ?? '';

    card.append(head, text);
    if (date || href) {
      const foot = el(doc, 'p', 'lede-tweet-foot');
      if (href) {
        const a = el(doc, 'a', '', date ?? t('viewPost'));
        a.setAttribute('href', href);
        a.setAttribute('rel', 'noopener noreferrer');
        foot.append(a);
      } else foot.textContent = date;
      card.append(foot);
    }
    card.setAttribute('aria-label', date ? t('postByDated', name ?? handle ?? t('unknownAuthor'), date) : t('postBy', name ?? handle ?? t('unknownAuthor')));

    // The embed usually sits in its own <figure>/<div> wrapper: replace the outermost wrapper
    // that holds nothing else, so the card isn't nested in empty boxes.
    let target: Element = quote;
    const full = (quote.textContent ?? '').trim();
    while (target.parentElement && target.parentElement !== root && /^(DIV|FIGURE|SPAN|P)$/.test(target.parentElement.tagName) && (target.parentElement.textContent ?? '').trim() === full) {
      target = target.parentElement;
    }
    target.replaceWith(card);
  }
  return quotes.length;
}

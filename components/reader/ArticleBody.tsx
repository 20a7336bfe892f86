/**
 * The story body of the reader: `article.html` sanitized again here (defence in depth), embedded
 * tweets turned into quote cards, a heading or image that repeats the header dropped, and broken
 * images hidden. The DOM is built in an inert <template> and inserted before the first paint.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Ref } from 'preact';
import { sanitizeHtml } from '../../core/sanitize';
import { foldText } from './locate';
import { renderTweetCards } from './tweets';

/** Same image, ignoring query and protocol (CDNs add sizing parameters). */
export function sameImage(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const key = (s: string) => {
    try {
      const u = new URL(s);
      return u.host + u.pathname;
    } catch {
      return s;
    }
  };
  return key(a) === key(b);
}

/** Builds the reader's body fragment from untrusted story HTML. */
export function buildBody(html: string, win: Window, options: { title?: string; leadImage?: string | null; lang?: string | null } = {}): DocumentFragment {
  const doc = win.document;
  const template = doc.createElement('template');
  template.innerHTML = sanitizeHtml(html, win);
  const root = template.content;

  // A first heading that repeats the headline shown above.
  if (options.title) {
    const first = root.querySelector('h1, h2');
    if (first && foldText(first.textContent ?? '') === foldText(options.title)) first.remove();
  }
  // The lead image, when the header already shows it.
  if (options.leadImage) {
    for (const img of Array.from(root.querySelectorAll('img'))) {
      if (!sameImage(img.getAttribute('src'), options.leadImage)) continue;
      const figure = img.closest('figure');
      (figure && root.contains(figure) ? figure : img).remove();
    }
  }
  renderTweetCards(root, options.lang);
  for (const img of Array.from(root.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
  // Wide tables scroll inside their own box instead of widening the column.
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const wrap = doc.createElement('div');
    wrap.className = 'lede-table';
    table.replaceWith(wrap);
    wrap.append(table);
  }
  return root;
}

function hideBroken(event: Event): void {
  const img = event.target as Element | null;
  if (!img || img.tagName !== 'IMG') return;
  const box = img.closest('figure') ?? img;
  (box as HTMLElement).hidden = true;
}

export function ArticleBody({ html, title, leadImage, lang, bodyRef, onReady }: { html: string; title: string; leadImage?: string | null; lang?: string | null; bodyRef?: Ref<HTMLDivElement>; onReady?: () => void }) {
  const own = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = own.current;
    if (!el) return;
    const win = el.ownerDocument.defaultView ?? window;
    el.replaceChildren(buildBody(html, win, { title, leadImage, lang }));
    onReady?.();
  }, [html, title, leadImage, lang]);
  useLayoutEffect(() => {
    const el = own.current;
    if (!el) return;
    // Image errors don't bubble: listen in the capture phase.
    el.addEventListener('error', hideBroken, true);
    return () => el.removeEventListener('error', hideBroken, true);
  }, []);
  return (
    <div
      class="lr-body"
      ref={(node) => {
        own.current = node;
        if (typeof bodyRef === 'function') bodyRef(node);
        else if (bodyRef) bodyRef.current = node;
      }}
    />
  );
}

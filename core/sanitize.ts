/**
 * The one gate for untrusted page HTML: DOMPurify with a strict profile. Only story markup
 * survives; links and images keep http(s) URLs only; no styles, forms, frames, SVG or MathML.
 * Used by the core (article.html) and again by every surface that renders it (defence in depth).
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const FORBID_TAGS = [
  'style', 'link', 'meta', 'base', 'title', 'form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template', 'noscript', 'audio', 'video',
  'source', 'track', 'canvas', 'dialog', 'portal', 'slot',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'lang', 'dir', 'cite', 'datetime', 'class', 'start', 'reversed', 'type', 'abbr'];
/**
 * Attributes whose values are not URLs. DOMPurify tests every other attribute's value against
 * ALLOWED_URI_REGEXP (http(s) only here), which silently dropped colspan="2", start="3" and
 * lang="de" from tables, lists and quotes.
 */
const NOT_URL_ATTR = ['width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'lang', 'dir', 'datetime', 'start', 'reversed', 'type', 'abbr'];
/** Classes worth keeping (they mark embeds the reader renders specially). */
const KEEP_CLASSES = /^(twitter-tweet|instagram-media|lede-[a-z-]+)$/;

const HTTP_URL = /^https?:\/\//i;
const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let p = purifiers.get(win);
  if (p) return p;
  p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!p.isSupported) throw new Error('DOMPurify is not supported by this DOM: pass a full DOM window (a browser window or jsdom)');
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.getAttribute) return;
    for (const attr of ['href', 'src', 'cite']) {
      const v = el.getAttribute(attr);
      if (v !== null && !HTTP_URL.test(v.trim())) el.removeAttribute(attr);
    }
    if (el.tagName === 'A' && el.getAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
    if (el.tagName === 'IMG' && !el.getAttribute('src')) el.remove();
    const cls = el.getAttribute('class');
    if (cls !== null) {
      const kept = cls.split(/\s+/).filter((c) => KEEP_CLASSES.test(c));
      if (kept.length) el.setAttribute('class', kept.join(' '));
      else el.removeAttribute('class');
    }
  });
  purifiers.set(win, p);
  return p;
}

const VOID = new Set(['AREA', 'BR', 'COL', 'HR', 'IMG', 'WBR']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

/**
 * Serializes a sanitized fragment (elements, text; comments dropped). DOMPurify's own string
 * output goes through the DOM's innerHTML, which jsdom makes the slowest step of the analysis.
 */
function serialize(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(escapeText(child.nodeValue ?? ''));
    else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      out.push('<', tag);
      for (const attr of Array.from(el.attributes)) out.push(' ', attr.name, '="', escapeAttr(attr.value), '"');
      out.push('>');
      if (VOID.has(el.tagName)) continue;
      serialize(el, out);
      out.push('</', tag, '>');
    }
  }
}

/** Sanitize untrusted HTML to a string safe to render in an extension page or the reader. */
export function sanitizeHtml(html: string, win: Window): string {
  const fragment = purifierFor(win).sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    ALLOWED_ATTR,
    ADD_URI_SAFE_ATTR: NOT_URL_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: HTTP_URL,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
  });
  const out: string[] = [];
  serialize(fragment, out);
  return out.join('');
}

/** Keeps only absolute http(s) URLs (for links shown as plain data, e.g. sources). */
export function safeHttpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

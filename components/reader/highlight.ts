/**
 * Highlights a Range in the reader without touching its text: the CSS Custom Highlight API where
 * the engine has it, else a marker attribute on the sentence's block (paragraph, list item).
 */
type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { css: HighlightRegistry; Ctor: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css && Ctor ? { css, Ctor } : null;
}

const marked = new Map<string, Element>();

function blockOf(range: Range): Element | null {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest('p, li, blockquote, figcaption, h1, h2, h3, h4, td, th, dd, dt') ?? el ?? null;
}

/** Shows `range` as the `name` highlight (null clears it). */
export function setHighlight(name: string, range: Range | null): void {
  const reg = registry();
  if (reg) {
    if (range) reg.css.set(name, new reg.Ctor(range));
    else reg.css.delete(name);
    return;
  }
  marked.get(name)?.removeAttribute(`data-${name}`);
  marked.delete(name);
  const block = range && blockOf(range);
  if (block) {
    block.setAttribute(`data-${name}`, '');
    marked.set(name, block);
  }
}

/** Scrolls `scroller` so `range` sits in the upper third, unless it is already comfortably in view. */
export function revealRange(range: Range, scroller: Element, options: { force?: boolean; smooth?: boolean } = {}): void {
  const rect = range.getBoundingClientRect?.();
  if (!rect) return;
  const box = scroller.getBoundingClientRect();
  const top = rect.top - box.top;
  const inView = top > box.height * 0.12 && rect.bottom - box.top < box.height * 0.78;
  if (inView && !options.force) return;
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  scroller.scrollTo({ top: scroller.scrollTop + top - box.height / 3, behavior: options.smooth && !reduce ? 'smooth' : 'auto' });
}

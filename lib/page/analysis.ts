/**
 * Page side of the analysis feature, part of the on-demand page script:
 * answers `bg:ping`, runs the core analysis for `bg:analyze` (cached per URL; the core does not
 * mutate the document), and for `bg:scrollTo` finds a summary sentence in the live page,
 * scrolls to it and highlights it briefly.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze, analyzeInSteps } from '../../core/analyze';
import type { Analysis } from '../../core/types';
import { t } from '../i18n';
import { fail, isMessage, ok, type Message, type Result } from '../messages';
import { readerScrollTo } from './reader';
import { foldChar, foldText } from '../../core/text';

export { foldText };

let cache: { url: string; analysis: Analysis } | null = null;

/** The analysis of the current page (computed once per URL). The reader overlay uses it too. */
export function getPageAnalysis(): Analysis {
  const url = location.href;
  if (cache?.url !== url) cache = { url, analysis: analyze(document, url) };
  return cache.analysis;
}

/**
 * Hands the main thread back to the page between stages, so a long analysis never freezes the
 * tab in one block. `scheduler.yield()` where the browser has it: a timer in a tab that is not
 * visible (a side panel or a context-menu save on a background tab) waits up to a second per
 * stage; a yielded continuation does not.
 */
const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

async function analyzeMessage(): Promise<Result<Analysis>> {
  try {
    const url = location.href;
    if (cache?.url !== url) cache = { url, analysis: await analyzeInSteps(document, url, pause) };
    return ok(cache.analysis);
  } catch (error) {
    return fail('failed', t('analyzeFailed', String((error as Error)?.message ?? error)));
  }
}

// ---------------------------------------------------------------------------------------------
// Finding a sentence in the live page


const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME']);

interface PageText {
  text: string;
  /** For each character of `text`: its text node and offset. */
  nodes: Text[];
  offsets: number[];
}

/** The visible text of `root` folded for matching, with a map back to text nodes. */
export function collectText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      if (parent.closest('[hidden], [aria-hidden="true"]')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const page: PageText = { text: '', nodes: [], offsets: [] };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const f = foldChar(data[i]);
      if (!f) continue;
      if (f === ' ' && (page.text === '' || page.text.endsWith(' '))) continue;
      for (const c of f) {
        page.text += c;
        page.nodes.push(node);
        page.offsets.push(i);
      }
    }
    // Block boundaries often carry no whitespace text node; keep words apart.
    if (!page.text.endsWith(' ')) {
      page.text += ' ';
      page.nodes.push(node);
      page.offsets.push(data.length);
    }
  }
  return page;
}

/** Candidate needles, from the whole sentence to its opening words, for text the page wraps differently. */
function needles(sentence: string): string[] {
  const whole = foldText(sentence);
  const words = whole.split(' ');
  const out = [whole];
  if (words.length > 12) out.push(words.slice(0, 12).join(' '));
  if (words.length > 6) out.push(words.slice(0, 6).join(' '));
  return out;
}

/** Text in a collapsed (display:none, content-visibility) subtree can't be scrolled to. */
function isVisible(range: Range): boolean {
  const node = range.startContainer;
  const el = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as (Element & { checkVisibility?: (o?: object) => boolean }) | null;
  if (!el || typeof el.checkVisibility !== 'function') return true;
  return el.checkVisibility({ contentVisibilityAuto: false, visibilityProperty: true });
}

/** A live Range over the first visible occurrence of `sentence` in `root`, or null. */
export function findSentence(root: Node, sentence: string): Range | null {
  const page = collectText(root);
  const doc = root.ownerDocument ?? (root as Document);
  for (const needle of needles(sentence)) {
    if (needle.length < 8) continue;
    let from = 0;
    for (let at = page.text.indexOf(needle, from); at >= 0; at = page.text.indexOf(needle, from)) {
      const end = at + needle.length - 1;
      const range = doc.createRange();
      range.setStart(page.nodes[at], page.offsets[at]);
      range.setEnd(page.nodes[end], Math.min(page.offsets[end] + 1, page.nodes[end].data.length));
      if (isVisible(range)) return range;
      from = at + 1;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Scrolling and highlighting

const HIGHLIGHT_NAME = 'lede-sentence';
const HIGHLIGHT_MS = 2400;
let clearHighlight: (() => void) | null = null;

function highlight(range: Range): void {
  clearHighlight?.();
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    const style = document.createElement('style');
    style.textContent = `::highlight(${HIGHLIGHT_NAME}){background-color:rgba(255,213,79,.65);color:inherit}`;
    (document.head ?? document.documentElement).append(style);
    css.highlights.set(HIGHLIGHT_NAME, new HighlightCtor(range));
    const timer = setTimeout(() => clearHighlight?.(), HIGHLIGHT_MS);
    clearHighlight = () => {
      clearTimeout(timer);
      css.highlights?.delete(HIGHLIGHT_NAME);
      style.remove();
      clearHighlight = null;
    };
    return;
  }
  // Fallback: wrap each text piece of the range in a temporary <mark>, unwrapped again later.
  const marks: HTMLElement[] = [];
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode as Node | null; n; n = walker.nextNode()) {
    if (n.nodeType !== Node.TEXT_NODE || !range.intersectsNode(n)) continue;
    const t = n as Text;
    pieces.push({ node: t, start: t === range.startContainer ? range.startOffset : 0, end: t === range.endContainer ? range.endOffset : t.data.length });
  }
  for (const { node, start, end } of pieces) {
    if (end <= start) continue;
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const mark = document.createElement('mark');
    mark.setAttribute('data-lede', '');
    mark.style.cssText = 'background:rgba(255,213,79,.65);color:inherit;padding:0';
    middle.replaceWith(mark);
    mark.append(middle);
    marks.push(mark);
  }
  const timer = setTimeout(() => clearHighlight?.(), HIGHLIGHT_MS);
  clearHighlight = () => {
    clearTimeout(timer);
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...Array.from(mark.childNodes));
      parent.normalize();
    }
    clearHighlight = null;
  };
}

function scrollToRange(range: Range): void {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
  const el = (range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement) as Element | null;
  const rect = range.getBoundingClientRect();
  if (el && el.getBoundingClientRect().height < window.innerHeight * 0.6) {
    el.scrollIntoView({ behavior, block: 'center', inline: 'nearest' });
  } else {
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior });
  }
}

/** When the reader overlay is on, it scrolls its own copy of the story (true when it did). */
function readerHandled(index: number, text: string): boolean {
  try {
    return readerScrollTo(index, text) === true;
  } catch {
    return false;
  }
}

export function scrollToSentence(index: number, text: string): { found: boolean } {
  if (readerHandled(index, text)) return { found: true };
  const range = findSentence(document.body ?? document.documentElement, text);
  if (!range) return { found: false };
  scrollToRange(range);
  highlight(range);
  return { found: true };
}

// ---------------------------------------------------------------------------------------------

export function registerPageAnalysis(ctx: ContentScriptContext): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'bg:ping':
        return Promise.resolve({ ready: true });
      case 'bg:analyze':
        return analyzeMessage();
      case 'bg:scrollTo': {
        const m = message as Message<'bg:scrollTo'>;
        return Promise.resolve(scrollToSentence(m.sentenceIndex, m.text));
      }
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    clearHighlight?.();
  });
}

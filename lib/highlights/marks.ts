/**
 * Showing highlights as <mark> elements, and taking them away again without a trace.
 *
 * A highlight's range is wrapped piece by piece: each text node it touches is split at the range's
 * edges and the inside piece moved into a <mark>. The text itself never changes, so the offsets of
 * a text index stay valid; nodes only split. Wrapping several highlights from the last to the first
 * keeps every node an earlier highlight needs where the index says it is (a split keeps the
 * original node as the first half). Unwrapping puts the text nodes back and joins them again.
 */
import { anchorSpans, type QuoteSelector, type Span, type TextIndex } from './anchor';

/** White space between blocks (list items, table cells) is not part of any mark. */
const BLANK = /^\s*$/;
const NO_MARKS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT']);

/** The text nodes a range touches, in document order, with the part of each it covers. */
function pieces(range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) out.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    add(root as Text);
    return out;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) {
      // Past the end: nothing further can intersect.
      if (range.comparePoint(node, 0) > 0) break;
      continue;
    }
    add(node);
  }
  return out;
}

/** The text nodes of a span, in order, with the part of each it covers. */
function spanPieces(span: Span): Array<{ node: Text; start: number; end: number }> {
  const { startNode, startOffset, endNode, endOffset } = span;
  if (startNode === endNode) return endOffset > startOffset ? [{ node: startNode, start: startOffset, end: endOffset }] : [];
  const out: Array<{ node: Text; start: number; end: number }> = [];
  // Rooted where the nodes live (a shadow root for the reader overlay).
  const walker = startNode.ownerDocument.createTreeWalker(startNode.getRootNode(), 4 /* SHOW_TEXT */);
  walker.currentNode = startNode;
  for (let node: Text | null = startNode; node; node = walker.nextNode() as Text | null) {
    const start = node === startNode ? startOffset : 0;
    const end = node === endNode ? endOffset : node.data.length;
    if (end > start) out.push({ node, start, end });
    if (node === endNode) break;
  }
  return out;
}

/** Wraps the text of `range` in marks made by `make`. Returns the marks, in reading order. */
export function wrapRange(range: Range, make: () => HTMLElement): HTMLElement[] {
  return wrapPieces(pieces(range), make);
}

/**
 * Wraps the text of a span (see anchor.ts) in marks made by `make`. `others` are spans still to be
 * wrapped: where a split moves their text to a new node, they follow it (what a live Range would
 * do, for these spans only).
 */
export function wrapSpan(span: Span, make: () => HTMLElement, others: readonly Span[] = []): HTMLElement[] {
  return wrapPieces(spanPieces(span), make, others);
}

/** Splits `node` at `at`; spans with a boundary past it move to the new node. */
function split(node: Text, at: number, others: readonly Span[]): Text {
  const next = node.splitText(at);
  for (const s of others) {
    if (s.startNode === node && s.startOffset >= at) (s.startNode = next), (s.startOffset -= at);
    if (s.endNode === node && s.endOffset > at) (s.endNode = next), (s.endOffset -= at);
  }
  return next;
}

function wrapPieces(list: Array<{ node: Text; start: number; end: number }>, make: () => HTMLElement, others: readonly Span[] = []): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of list) {
    const parent = node.parentNode as Element | null;
    if (!parent || (parent.nodeType === 1 && NO_MARKS.has(parent.tagName))) continue;
    if (BLANK.test(node.data.slice(start, end))) continue;
    let middle = node;
    if (start > 0) middle = split(middle, start, others);
    if (end - start < middle.data.length) split(middle, end - start, others);
    const mark = make();
    // Every Lede mark says so: structural hints skip them (see QuoteSelector.path).
    mark.setAttribute('data-lede-highlight', '');
    parent.insertBefore(mark, middle);
    mark.append(middle);
    marks.push(mark);
  }
  return marks;
}

/** Removes marks, keeping their text where it was, and joins the text nodes they split. */
export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  // normalize() joins adjacent text nodes (and drops empty ones) under each parent.
  for (const parent of parents) parent.normalize();
}

export interface Anchored<T> {
  item: T;
  /** The marks showing it; empty when its quote is not in the text. */
  marks: HTMLElement[];
}

/**
 * Anchors many quotes in one subtree with one text index and wraps each in marks.
 * Returns, for each item, its marks (none when its quote was not found).
 */
export function anchorAndMark<T extends { quote: QuoteSelector }>(root: Node, items: readonly T[], make: (item: T) => HTMLElement, index?: TextIndex): Anchored<T>[] {
  const spans = anchorSpans(root, items.map((item) => item.quote), index);
  const out: Anchored<T>[] = items.map((item) => ({ item, marks: [] }));
  // From the last to the first: a split keeps the first half in the original node, so the spans of
  // earlier highlights mostly stay where they were; those that overlap follow their text.
  const order = spans
    .map((s, i) => i)
    .filter((i) => spans[i])
    .sort((a, b) => compareStarts(spans[b]!, spans[a]!));
  const pending = order.map((i) => spans[i]!);
  for (const [k, i] of order.entries()) out[i].marks = wrapSpan(spans[i]!, () => make(items[i]), pending.slice(k + 1));
  return out;
}

/** Document order of two spans' starts (negative: `a` first). */
function compareStarts(a: Span, b: Span): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & 4 /* FOLLOWING */ ? -1 : 1;
}

/**
 * Showing highlights as <mark> elements, and taking them away again without a trace.
 *
 * A highlight's range is wrapped piece by piece: each text node it touches is split at the range's
 * edges and the inside piece moved into a <mark>. The text itself never changes, so the offsets of
 * a text index stay valid; nodes only split. Wrapping several highlights from the last to the first
 * keeps every node an earlier highlight needs where the index says it is (a split keeps the
 * original node as the first half). Unwrapping puts the text nodes back and joins them again.
 */
import { anchorQuotes, type QuoteSelector, type TextIndex } from './anchor';

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

/** Wraps the text of `range` in marks made by `make`. Returns the marks, in reading order. */
export function wrapRange(range: Range, make: () => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of pieces(range)) {
    const parent = node.parentNode as Element | null;
    if (!parent || (parent.nodeType === 1 && NO_MARKS.has(parent.tagName))) continue;
    if (BLANK.test(node.data.slice(start, end))) continue;
    let middle = node;
    if (start > 0) middle = middle.splitText(start);
    if (end - start < middle.data.length) middle.splitText(end - start);
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
  const ranges = anchorQuotes(root, items.map((item) => item.quote), index);
  const out: Anchored<T>[] = items.map((item) => ({ item, marks: [] }));
  // From the last to the first: a split keeps the first half in the original node, so the ranges
  // of earlier highlights stay where they were.
  const order = ranges
    .map((r, i) => i)
    .filter((i) => ranges[i])
    .sort((a, b) => ranges[b]!.compareBoundaryPoints(0 /* START_TO_START */, ranges[a]!));
  for (const i of order) out[i].marks = wrapRange(ranges[i]!, () => make(items[i]));
  return out;
}

/**
 * Finding a highlight again: W3C Web Annotation text quote selectors.
 *
 * A highlight is described by the text it covers (`exact`), up to 32 characters before and after
 * it (`prefix`, `suffix`), and where it started and ended in the text it was made on (`start`,
 * `end`: a TextPositionSelector, used only as a hint). Anchoring looks for the quote in this order,
 * and stops at the first step that finds something:
 *   1. at the recorded position, with its context (the page didn't change: no search at all);
 *   2. every exact occurrence, scored by how well its context matches, then by nearness to the
 *      hint (a quote that appears twice, a quote that moved);
 *   3. the same with any run of white space matching any other, or none (re-wrapped or
 *      re-indented text, a quote across paragraphs);
 *   4. approximately (approx-string-match: Myers' bit-parallel algorithm, as in the Hypothesis
 *      client), near where the prefix or the suffix still stand, allowing about one edit in seven
 *      characters; the whole text is searched only when it is small.
 * Otherwise the quote is not found, and the caller keeps the highlight and says so.
 *
 * The text of a subtree is its `textContent` (one native call: reading the data of each text node
 * from script costs several times more on a large page). Offsets map back to text nodes with one
 * walk that reads only node lengths, for all the highlights of a page at once. Script and style
 * text is in `textContent` but never where a highlight lands: a match inside it is skipped for the
 * next best one.
 */
import search from 'approx-string-match';

/** A text quote selector with its position hint (W3C TextQuoteSelector + TextPositionSelector). */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the text the highlight was made on: a hint, the quote decides. */
  start: number;
  end: number;
  /**
   * Lede's structural hint: the indexes of the element children from the root down to the block
   * (paragraph, list item…) that held the quote. Lets a page find its highlights without reading
   * all of its text; the quote is still checked there, and searched for everywhere when it isn't.
   */
  path?: number[];
}

/** Characters of context kept on each side. */
export const CONTEXT = 32;
/** The longest quote a highlight may hold. */
export const MAX_QUOTE = 5000;

// ---------------------------------------------------------------------------------------------
// Matching a quote in a plain string

export interface Match {
  start: number;
  end: number;
}

interface Candidate extends Match {
  errors: number;
}

const SPACE = /\s/;
const SPACES = /\s+/g;

/** How many characters at the end of `a` and `b` agree, white space ignored. */
function tailAgreement(a: string, b: string): number {
  const x = a.replace(SPACES, '');
  const y = b.replace(SPACES, '');
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

/** How many characters at the start of `a` and `b` agree, white space ignored. */
function headAgreement(a: string, b: string): number {
  const x = a.replace(SPACES, '');
  const y = b.replace(SPACES, '');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Scores a candidate: quote quality first, then its context, then nearness to the hint. */
function score(text: string, sel: QuoteSelector, c: Candidate): number {
  const quote = 1 - c.errors / Math.max(1, sel.exact.length);
  const want = (s: string) => Math.max(1, Math.min(CONTEXT, s.replace(SPACES, '').length));
  const before = sel.prefix.trim() ? tailAgreement(text.slice(Math.max(0, c.start - 2 * CONTEXT), c.start), sel.prefix) / want(sel.prefix) : 1;
  const after = sel.suffix.trim() ? headAgreement(text.slice(c.end, c.end + 2 * CONTEXT), sel.suffix) / want(sel.suffix) : 1;
  const near = Number.isFinite(sel.start) ? 1 - Math.min(1, Math.abs(c.start - sel.start) / Math.max(1, text.length)) : 0;
  return 50 * quote + 20 * Math.min(1, before) + 20 * Math.min(1, after) + 2 * near;
}

function ranked(text: string, sel: QuoteSelector, candidates: Candidate[]): Match[] {
  return candidates
    .map((c) => ({ c, s: score(text, sel, c) }))
    .sort((a, b) => b.s - a.s || a.c.start - b.c.start)
    .slice(0, 8)
    .map(({ c }) => ({ start: c.start, end: c.end }));
}

const MAX_CANDIDATES = 200;
/** Above this many characters, the approximate search looks only near the quote's context. */
const FULL_FUZZY_LIMIT = 300_000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The quote as a pattern in which any white space (or none, between blocks) matches any other. */
function spacePattern(exact: string): RegExp | null {
  const words = exact.trim().split(SPACES).filter(Boolean);
  if (words.length < 2) return null;
  return new RegExp(words.map(escapeRegExp).join('\\s*'), 'g');
}

/** Errors an approximate match may have: about one in seven characters, none for very short quotes. */
function allowedErrors(exact: string): number {
  const n = exact.replace(SPACES, ' ').trim().length;
  return n < 10 ? 0 : Math.min(64, Math.floor(n / 7));
}

function fuzzy(text: string, exact: string, from: number, to: number, maxErrors: number): Candidate[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo < exact.length - maxErrors) return [];
  return search(text.slice(lo, hi), exact, maxErrors).map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }));
}

/** An approximate match may start or end on white space: drop it. */
function trimmed(text: string, m: Candidate): Candidate {
  let { start, end } = m;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return { start, end, errors: m.errors };
}

/** Where `sel` may be in `text`, best first (empty when it is no longer there). */
export function rankQuote(text: string, sel: QuoteSelector, options: { approximate?: boolean } = {}): Match[] {
  const exact = sel.exact;
  if (!exact.trim()) return [];

  // 1. Unchanged: the quote and its context at the recorded position.
  if (Number.isFinite(sel.start) && sel.start >= 0 && text.startsWith(exact, sel.start)) {
    const end = sel.start + exact.length;
    const prefixOk = text.slice(Math.max(0, sel.start - sel.prefix.length), sel.start) === sel.prefix;
    const suffixOk = text.startsWith(sel.suffix, end);
    if (prefixOk && suffixOk) return [{ start: sel.start, end }];
  }

  // 2. Exact occurrences anywhere.
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (found.length) return ranked(text, sel, found);

  // 3. White space may differ.
  const pattern = spacePattern(exact);
  if (pattern) {
    for (let m = pattern.exec(text); m && found.length < MAX_CANDIDATES; m = pattern.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, errors: 0 });
      pattern.lastIndex = m.index + 1;
    }
    if (found.length) return ranked(text, sel, found);
  }

  // 4. Approximately, near what is left of its context (or everywhere in a small text).
  const maxErrors = options.approximate === false ? 0 : allowedErrors(exact);
  if (!maxErrors) return [];
  const span = exact.length + maxErrors;
  const windows: Array<[number, number]> = [];
  const around = (needle: string, offsetToQuote: number) => {
    if (needle.trim().length < 8) return;
    for (let at = text.indexOf(needle), n = 0; at >= 0 && n < 20; at = text.indexOf(needle, at + 1), n++) {
      const q = at + offsetToQuote;
      windows.push([q - maxErrors - 8, q + span + 8]);
    }
  };
  around(sel.prefix, sel.prefix.length);
  around(sel.suffix, -exact.length);
  if (Number.isFinite(sel.start)) windows.push([sel.start - span, sel.start + span + span]);
  for (const [from, to] of windows) found.push(...fuzzy(text, exact, from, to, maxErrors));
  if (!found.length && text.length <= FULL_FUZZY_LIMIT) found.push(...fuzzy(text, exact, 0, text.length, maxErrors));
  // An approximate quote counts only where some of its context agrees too.
  const contextual = found.map((c) => trimmed(text, c)).filter((c) => {
    if (c.end <= c.start) return false;
    const before = sel.prefix.trim() && tailAgreement(text.slice(Math.max(0, c.start - 2 * CONTEXT), c.start), sel.prefix) >= 4;
    const after = sel.suffix.trim() && headAgreement(text.slice(c.end, c.end + 2 * CONTEXT), sel.suffix) >= 4;
    return before || after || (!sel.prefix.trim() && !sel.suffix.trim());
  });
  return ranked(text, sel, contextual);
}

/** Where `sel` is in `text`, or null when it is no longer there. */
export function matchQuote(text: string, sel: QuoteSelector): Match | null {
  return rankQuote(text, sel)[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// The text of a DOM subtree

export interface TextIndex {
  root: Node;
  /** `root.textContent`: the data of its text nodes, in order. */
  text: string;
}

/** Elements whose text is never part of a highlight (their text is a direct child). */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'TITLE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SHOW_TEXT = 4;

function docOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/** The text of `root`, for anchoring and describing. */
export function indexText(root: Node): TextIndex {
  return { root, text: root.textContent ?? '' };
}

/** The text offset of a DOM boundary point: the length of the text before it. */
export function offsetOf(index: TextIndex, container: Node, offset: number): number {
  const range = docOf(index.root).createRange();
  range.setStart(index.root, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

function inSkipped(node: Node): boolean {
  const parent = node.parentNode;
  return !!parent && parent.nodeType === 1 && SKIP.has((parent as Element).tagName);
}

/**
 * Where a quote is in the DOM, as plain boundary points in text nodes. Not a live Range: every DOM
 * change (each mark inserted) updates every live Range of the document, which on a page with many
 * highlights costs more than the marks themselves.
 */
export interface Span {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A live Range over a span (for callers that need one). */
export function spanRange(span: Span): Range {
  const range = span.startNode.ownerDocument.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/**
 * Spans for text offsets [start, end) of the index, for many at once: one walk over the text nodes,
 * reading their lengths only, stopping after the last one needed. Null for a match that lands in
 * script or style text.
 */
export function spansAt(index: TextIndex, matches: readonly (Match | null)[]): (Span | null)[] {
  type Point = { at: number; m: number; end: boolean };
  const points: Point[] = [];
  matches.forEach((m, i) => {
    if (m && m.end > m.start) points.push({ at: m.start, m: i, end: false }, { at: m.end, m: i, end: true });
  });
  points.sort((a, b) => a.at - b.at || Number(b.end) - Number(a.end));
  const spans: (Span | null)[] = matches.map(() => null);
  if (!points.length) return spans;
  const starts: Array<[Text, number] | null> = matches.map(() => null);
  const walker = docOf(index.root).createTreeWalker(index.root, SHOW_TEXT);
  let p = 0;
  let pos = 0;
  for (let node = walker.nextNode() as Text | null; node && p < points.length; node = walker.nextNode() as Text | null) {
    const length = node.length;
    if (!length) continue;
    const endPos = pos + length;
    // A start belongs to the node that holds its character; an end to the node that holds the one before it.
    while (p < points.length && (points[p].end ? points[p].at <= endPos : points[p].at < endPos)) {
      const { at, m, end } = points[p++];
      const local = Math.max(0, at - pos);
      if (!end) starts[m] = inSkipped(node) ? null : [node, local];
      else if (starts[m] && !inSkipped(node)) spans[m] = { startNode: starts[m]![0], startOffset: starts[m]![1], endNode: node, endOffset: local };
    }
    pos = endPos;
  }
  return spans;
}

/** A DOM Range over text offsets [start, end) of the index. */
export function rangeAt(index: TextIndex, start: number, end: number): Range | null {
  const [span] = spansAt(index, [{ start, end }]);
  return span && spanRange(span);
}

/** The nearest block-level ancestor (paragraph, list item, cell…) of a node, up to `root`. */
function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root && !(el.nodeType === 1 && BLOCK.has((el as Element).tagName))) el = el.parentNode;
  return el ?? root;
}

/** The text of a range as a person reads it: a line break between blocks where the page has none. */
export function rangeText(range: Range, root: Node): string {
  const top = range.commonAncestorContainer;
  if (top.nodeType === 3) return (top as Text).data.slice(range.startOffset, range.endOffset);
  const walker = docOf(top).createTreeWalker(top, SHOW_TEXT);
  let out = '';
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node) || inSkipped(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    const piece = node.data.slice(from, to);
    if (!piece) continue;
    const block = blockOf(node, root);
    const br = node.previousSibling?.nodeName === 'BR';
    if (out && (block !== lastBlock || br) && !SPACE.test(out[out.length - 1]) && !SPACE.test(piece[0])) out += '\n';
    out += piece;
    lastBlock = block;
  }
  return out;
}

/** Lede's own marks don't count as children: they come and go. */
function isMark(el: Element): boolean {
  return el.tagName === 'MARK' && el.hasAttribute('data-lede-highlight');
}

function childIndex(el: Element): number {
  let i = 0;
  for (let c = el.previousElementSibling; c; c = c.previousElementSibling) if (!isMark(c)) i++;
  return i;
}

/** The element path from `root` to the block holding `node` (see QuoteSelector.path). */
export function blockPath(root: Node, node: Node): number[] | undefined {
  const block = blockOf(node, root);
  const path: number[] = [];
  for (let el = block; el !== root; el = el.parentNode!) {
    if (!el.parentNode || el.nodeType !== 1) return undefined;
    path.push(childIndex(el as Element));
  }
  return path.reverse();
}

function resolvePath(root: Node, path: readonly number[]): Element | null {
  let el: Element | null = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  for (const want of path) {
    let i = -1;
    let c: Element | null = el!.firstElementChild;
    for (; c; c = c.nextElementSibling) if (!isMark(c) && ++i === want) break;
    if (!c) return null;
    el = c;
  }
  return el;
}

/** The quote where its path says, checked there: exact text (white space may differ), context agreeing. */
function atPath(root: Node, sel: QuoteSelector): Span | null {
  if (!sel.path) return null;
  const el = resolvePath(root, sel.path);
  if (!el) return null;
  const local = indexText(el);
  const [m] = rankQuote(local.text, { ...sel, start: NaN, end: NaN }, { approximate: false });
  return m ? spansAt(local, [m])[0] : null;
}

/** Describes a Range as a quote selector against `index`. Null for an empty or white-space-only range. */
export function describeRange(index: TextIndex, range: Range): QuoteSelector | null {
  const { text } = index;
  let start = offsetOf(index, range.startContainer, range.startOffset);
  let end = offsetOf(index, range.endContainer, range.endOffset);
  if (end < start) [start, end] = [end, start];
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  if (start >= end) return null;
  const trimmedRange = rangeAt(index, start, end);
  const path = trimmedRange ? blockPath(index.root, trimmedRange.commonAncestorContainer) : undefined;
  return {
    exact: trimmedRange ? rangeText(trimmedRange, index.root) : text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
    ...(path ? { path } : {}),
  };
}

/** Finds a quote in an indexed subtree: a Range, or null when it isn't there. */
export function anchorQuote(index: TextIndex, sel: QuoteSelector): Range | null {
  const [span] = anchorSpans(index.root, [sel], index);
  return span && spanRange(span);
}

/**
 * Finds many quotes in one subtree. Each is looked for where its path says first; the rest in the
 * whole text, read once and mapped back with one walk (one by one where a best match was unusable).
 * The whole text is read lazily: a page whose highlights are all where they were never reads it.
 */
export function anchorSpans(root: Node, sels: readonly QuoteSelector[], index?: TextIndex): (Span | null)[] {
  const fast = sels.map((sel) => atPath(root, sel));
  if (fast.every(Boolean)) return fast;
  const whole = index ?? indexText(root);
  const ranks = sels.map((sel, i) => (fast[i] ? [] : rankQuote(whole.text, sel)));
  const spans = spansAt(whole, ranks.map((r) => r[0] ?? null));
  return spans.map((span, i) => {
    if (fast[i]) return fast[i];
    if (span || ranks[i].length < 2) return span;
    for (const m of ranks[i].slice(1)) {
      const [next] = spansAt(whole, [m]);
      if (next) return next;
    }
    return null;
  });
}

/** `anchorSpans` as live Ranges. */
export function anchorQuotes(root: Node, sels: readonly QuoteSelector[], index?: TextIndex): (Range | null)[] {
  return anchorSpans(root, sels, index).map((span) => span && spanRange(span));
}

/** The quote as a person reads it: white space runs as one space, paragraph breaks kept. */
export function readableQuote(exact: string): string {
  return exact
    .split(/\s*\n\s*/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

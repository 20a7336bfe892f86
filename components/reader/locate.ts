/**
 * Finds the analysis sentences in the reader's own copy of the story, for read-aloud and
 * "jump to sentence". Text is folded (quotes, dashes, spaces, case) the same way on both sides,
 * and the article text is collected once per lookup batch, so locating every sentence of a long
 * story stays linear.
 */
import { foldChar, foldText } from '../../core/text';

export { foldText };

export interface FoldedText {
  text: string;
  nodes: Text[];
  offsets: number[];
}

/** The folded text of `root` with, for each character, its text node and offset. */
export function collect(root: Node): FoldedText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: FoldedText = { text: '', nodes: [], offsets: [] };
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('[aria-hidden="true"], [data-lede-skip]')) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const f = foldChar(data[i]);
      if (!f) continue;
      if (f === ' ' && (text === '' || text.endsWith(' '))) continue;
      for (const c of f) {
        text += c;
        out.nodes.push(node);
        out.offsets.push(i);
      }
    }
    if (!text.endsWith(' ')) {
      text += ' ';
      out.nodes.push(node);
      out.offsets.push(data.length);
    }
  }
  out.text = text;
  return out;
}

/** A Range over `sentence` in `folded`, searching from `from` first, then from the start. */
export function locate(folded: FoldedText, sentence: string, from = 0): { range: Range; end: number } | null {
  const whole = foldText(sentence);
  if (whole.length < 2) return null;
  const words = whole.split(' ');
  const needles = [whole];
  if (words.length > 12) needles.push(words.slice(0, 12).join(' '));
  if (words.length > 6) needles.push(words.slice(0, 6).join(' '));
  for (const needle of needles) {
    let at = folded.text.indexOf(needle, from);
    if (at < 0 && from > 0) at = folded.text.indexOf(needle);
    if (at < 0) continue;
    const last = at + needle.length - 1;
    const startNode = folded.nodes[at];
    const endNode = folded.nodes[last];
    const range = (startNode.ownerDocument ?? document).createRange();
    range.setStart(startNode, folded.offsets[at]);
    range.setEnd(endNode, Math.min(folded.offsets[last] + 1, endNode.data.length));
    return { range, end: last + 1 };
  }
  return null;
}

/** Locates every sentence in reading order (null where the reader view doesn't show it). */
export function locateAll(root: Node, sentences: readonly string[]): Array<Range | null> {
  const folded = collect(root);
  let cursor = 0;
  return sentences.map((s) => {
    const hit = locate(folded, s, cursor);
    if (!hit) return null;
    cursor = hit.end;
    return hit.range;
  });
}

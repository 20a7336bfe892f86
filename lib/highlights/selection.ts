/**
 * The person's text selection inside a root element, wherever the root lives: a plain page,
 * an extension page, or a closed shadow root (the reader overlay), where `document.getSelection()`
 * only sees the host. Clipped to the root.
 */
type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** The selection object that sees into `root` (a shadow root's own, in Chromium). */
export function selectionFor(root: Node): Selection | null {
  const top = root.getRootNode();
  if (isShadowRoot(top)) {
    const own = (top as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    if (own) return own;
  }
  return (root.ownerDocument ?? (root as Document)).getSelection();
}

function firstRange(root: Node, sel: Selection): Range | null {
  const top = root.getRootNode();
  const composed = (sel as ComposedSelection).getComposedRanges;
  if (isShadowRoot(top) && typeof composed === 'function') {
    const [r] = composed.call(sel, { shadowRoots: [top] });
    if (r && !r.collapsed) {
      const range = (root.ownerDocument ?? document).createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    }
  }
  return sel.rangeCount ? sel.getRangeAt(0) : null;
}

/** The selected part of `root`, or null when nothing in it is selected. */
export function selectedRange(root: Element): Range | null {
  const sel = selectionFor(root);
  if (!sel || sel.isCollapsed) return null;
  const range = firstRange(root, sel);
  // A range in another tree (the page, seen from a shadow root) or beside the root: nothing here.
  if (!range || range.collapsed || !range.intersectsNode(root)) return null;
  const whole = root.ownerDocument.createRange();
  whole.selectNodeContents(root);
  const clipped = range.cloneRange();
  if (whole.comparePoint(range.startContainer, range.startOffset) < 0) clipped.setStart(root, 0);
  if (whole.comparePoint(range.endContainer, range.endOffset) > 0) clipped.setEnd(root, root.childNodes.length);
  return clipped.collapsed ? null : clipped;
}

/** Clears the selection that sees into `root`. */
export function clearSelection(root: Node): void {
  selectionFor(root)?.removeAllRanges();
}

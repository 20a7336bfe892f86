/**
 * Rules the page's document needs while the reader is open, kept in constructed stylesheets
 * adopted by the document: nothing is added to or changed in the page's DOM, and dropping the
 * sheet restores the page exactly.
 * - Printing prints only the reader: adopted just around printing (beforeprint/afterprint), so it
 *   costs nothing the rest of the time.
 * - The page's own scrollbar is hidden (the reader scrolls itself; two scrollbars side by side
 *   look broken). That relayouts the page once, so it's applied after the reader's first frame,
 *   and not at all on enormous pages where the relayout would stall the reader.
 */
const PRINT = `@media print {
  html { overflow: visible !important; }
  html > :not(lede-reader) { display: none !important; }
}`;
const SCROLLBAR = 'html { overflow: hidden !important; }';
/** Above this many elements, hiding the page scrollbar costs more than it's worth. */
const HUGE = 30_000;

function adopt(doc: Document, rules: string): (() => void) | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The document went away with its sheets.
      }
    };
  } catch {
    return null;
  }
}

/** Print rules around printing. Returns the cleanup. */
export function printOnlyReader(doc: Document = document): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  let release: (() => void) | null = null;
  const before = () => {
    release?.();
    release = adopt(doc, PRINT);
    if (!release) {
      // Engines where content scripts can't adopt sheets (Firefox's Xray wrappers): a <style>
      // for the duration of printing only.
      const style = doc.createElement('style');
      style.textContent = PRINT;
      (doc.head ?? doc.documentElement).append(style);
      release = () => style.remove();
    }
  };
  const after = () => {
    release?.();
    release = null;
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    after();
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}

/** Hides the page's scrollbar (not on enormous pages). Returns the cleanup. */
export function hidePageScrollbar(doc: Document = document): () => void {
  if (doc.getElementsByTagName('*').length > HUGE) return () => {};
  return adopt(doc, SCROLLBAR) ?? (() => {});
}

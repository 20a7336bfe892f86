/**
 * While the reader is open, two rules apply to the page's document: its own scrollbar is hidden
 * (the reader scrolls itself; two scrollbars side by side look broken) and printing prints only
 * the reader. They live in a constructed stylesheet adopted by the document: nothing is added to
 * or changed in the page's DOM, and removing the sheet restores the page exactly.
 */
const RULES = `
html { overflow: hidden !important; }
@media print {
  html { overflow: visible !important; }
  html > :not(lede-reader) { display: none !important; }
}`;

/** Adopts the sheet; returns the function that removes it again. */
export function adoptPageSheet(doc: Document = document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The document went away with its sheets.
      }
    };
  } catch {
    // Engines where content scripts can't adopt sheets (Firefox's Xray wrappers): only printing
    // needs the rule, so it is added just around printing and removed right after.
    const win = doc.defaultView;
    if (!win) return () => {};
    let style: HTMLStyleElement | null = null;
    const before = () => {
      style = doc.createElement('style');
      style.textContent = RULES.replace(/^html \{ overflow: hidden !important; \}$/m, '');
      (doc.head ?? doc.documentElement).append(style);
    };
    const after = () => {
      style?.remove();
      style = null;
    };
    win.addEventListener('beforeprint', before);
    win.addEventListener('afterprint', after);
    return () => {
      after();
      win.removeEventListener('beforeprint', before);
      win.removeEventListener('afterprint', after);
    };
  }
}

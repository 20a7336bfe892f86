/**
 * A standards DOM in Node for the core: linkedom to parse and analyze (a tenth of jsdom's parse
 * time on real news pages, same Readability results), and one jsdom window, created once, for
 * DOMPurify (which needs a complete DOM: it does not run on linkedom).
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { analyze, type AnalyzeOptions } from '../core/analyze';
import type { Analysis } from '../core/types';

let purifyWindow: Window | null = null;

/** The shared jsdom window DOMPurify sanitizes with. */
export function nodePurifyWindow(): Window {
  purifyWindow ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  return purifyWindow;
}

export function parseDocument(html: string): Document {
  // A browser always builds html/head/body; linkedom only does when the markup has <html>.
  const markup = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(markup);
  return document as unknown as Document;
}

/** Parse and analyze one HTML string as the page at `url`. */
export function analyzeHtml(html: string, url: string, options: AnalyzeOptions = {}): Analysis {
  return analyze(parseDocument(html), url, { purifyWindow: nodePurifyWindow(), ...options });
}

/**
 * Test helper: HTML string → Analysis the way the CLI does it in Node (cli/dom.ts: linkedom
 * document, one jsdom window for DOMPurify), timing parse and analyze separately.
 */
import { analyze } from '../../../core/analyze';
import type { Analysis } from '../../../core/types';
import { nodePurifyWindow, parseDocument } from '../../../cli/dom';

export { parseDocument };

export function analyzeHtml(html: string, url: string): { analysis: Analysis; parseMs: number; analyzeMs: number } {
  const t0 = performance.now();
  const doc = parseDocument(html);
  const t1 = performance.now();
  const analysis = analyze(doc, url, { purifyWindow: nodePurifyWindow() });
  return { analysis, parseMs: t1 - t0, analyzeMs: performance.now() - t1 };
}

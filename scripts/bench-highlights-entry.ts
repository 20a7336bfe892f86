// Bundled by scripts/bench-highlights.ts for Chromium (not part of the extension): re-anchoring
// saved highlights in a page the way the extension does it (lib/highlights).
import { describeRange, indexText, type QuoteSelector } from '../lib/highlights/anchor';
import { anchorAndMark, unwrapMarks } from '../lib/highlights/marks';
import { rng } from './rng';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `count` quotes of 20–120 characters at seeded places in the page's visible text, as a person's selections would be described. */
function makeQuotes(count: number, seed: number): QuoteSelector[] {
  const index = indexText(document.body);
  const nodes = textNodes();
  const rand = rng(seed);
  const out: QuoteSelector[] = [];
  while (out.length < count) {
    const node = nodes[Math.floor(rand() * nodes.length)];
    if (/^(SCRIPT|STYLE)$/.test(node.parentElement?.tagName ?? '')) continue;
    if (node.data.trim().length < 30) continue;
    const from = Math.floor(rand() * (node.data.length - 25));
    const to = Math.min(node.data.length, from + 20 + Math.floor(rand() * 100));
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const q = describeRange(index, range);
    if (q && q.exact.length >= 12) out.push(q);
  }
  return out;
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

(globalThis as unknown as { ledeHighlights: unknown }).ledeHighlights = {
  run(runs: number) {
    const quotes = makeQuotes(50, 7);
    const make = () => document.createElement('mark');
    const variants = {
      // Highlights made on this page, which hasn't changed: each is checked where its path says.
      same: quotes.map((quote, i) => ({ id: String(i), quote })),
      // Highlights made in the reader (no path on this page): the page's whole text is searched.
      reader: quotes.map((quote, i) => ({ id: String(i), quote: { ...quote, path: undefined, start: NaN, end: NaN } })),
      // The page changed since: every path and position is wrong.
      changed: quotes.map((quote, i) => ({ id: String(i), quote: { ...quote, path: [999], start: quote.start + 1013, end: quote.end + 1013 } })),
      // Five quotes that are no longer on the page (approximate search near their context).
      gone: quotes.slice(0, 5).map((quote, i) => ({ id: String(i), quote: { ...quote, exact: quote.exact.split('').reverse().join(''), path: [999], start: quote.start + 1013 } })),
    };
    const times: Record<string, number[]> = { text: [], same: [], reader: [], changed: [], gone: [] };
    const found: Record<string, number> = {};
    for (let r = 0; r < runs; r++) {
      let t0 = performance.now();
      indexText(document.body);
      times.text.push(performance.now() - t0);
      for (const [name, items] of Object.entries(variants)) {
        t0 = performance.now();
        const shown = anchorAndMark(document.body, items, make);
        times[name].push(performance.now() - t0);
        found[name] = shown.filter((s) => s.marks.length).length;
        unwrapMarks(shown.flatMap((s) => s.marks));
      }
    }
    const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
    return {
      textLength: indexText(document.body).text.length,
      nodes: textNodes().length,
      found,
      text: stats(times.text),
      same: stats(times.same),
      reader: stats(times.reader),
      changed: stats(times.changed),
      gone: stats(times.gone),
    };
  },
};

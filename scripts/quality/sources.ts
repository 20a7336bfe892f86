/**
 * Source-list quality (issue 11): Lede's sources on PolNeAR's political news (`polnear/train`
 * and `polnear/dev`), scored by the shared `sources-score.mjs` against every attribution's
 * annotated source: named-source recall, recall weighted by attributions, precision (publisher
 * and author excluded) and sources per article, with the scorer's plain regex finder beside Lede.
 *
 * The scorer matches names (a shared capitalised word). An unnamed source whose description
 * carries no name at all ("officials", "a person familiar with the negotiations") cannot name
 * anyone, so it is left out of what the scorer reads (the README says so); one that carries a
 * name ("Clinton aides", "Republican officials") is scored like any listed source. The precision
 * with every unnamed entry counted is printed beside it, so nothing is hidden.
 */
import { join } from 'node:path';
import type { Source } from '../../core/types';
import { corpusPages, f3, floorFailures, readTaskFloors, round, runTool, Run, scratch, writeJsonl, type PageResult, type TaskReport } from './shared';

export const SPLITS = ['train', 'dev'] as const;

export interface SourceScores {
  recall: number;
  weightedRecall: number;
  precision: number;
  perDoc: number;
}
export interface SourcesTotals {
  [split: string]: { docs: number; named: number; lede: SourceScores; baseline: SourceScores; precisionAllUnnamed?: number; unnamedPerDoc?: number };
}

/** An unnamed source that carries no name: nothing a name-matching scorer could ever match. */
export const nameless = (s: Pick<Source, 'unnamed' | 'name'>): boolean =>
  !!s.unnamed && !/\p{Lu}/u.test(s.name.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/g, ''));

/** The pages as the scorer reads them: the source list without nameless unnamed entries. */
export function scoredPages(pages: PageResult[]): PageResult[] {
  return pages.map((p) => ({ ...p, sources: p.sources.filter((s) => !nameless(s)) }));
}

/** Reads sources-score's summary lines ("Lede  0.023 0.016 0.500 0.26 (22, 11)" and the baseline's). */
export function parseSourcesScore(stdout: string): { docs: number; named: number; lede: SourceScores; baseline: SourceScores; byKind: string } {
  const row = (name: string): SourceScores => {
    const m = new RegExp(`^${name}\\s+([\\d.]+|n/a)\\s+([\\d.]+|n/a)\\s+([\\d.]+|n/a)\\s+([\\d.]+)`, 'm').exec(stdout);
    if (!m) throw new Error(`sources-score printed no "${name}" row`);
    const n = (s: string) => (s === 'n/a' ? 0 : Number(s));
    return { recall: n(m[1]), weightedRecall: n(m[2]), precision: n(m[3]), perDoc: n(m[4]) };
  };
  const head = /(\d+) docs, (\d+) named sources/.exec(stdout);
  return {
    docs: Number(head?.[1] ?? 0),
    named: Number(head?.[2] ?? 0),
    lede: row('Lede'),
    baseline: row('baseline'),
    byKind: /^Lede by kind: (.*)$/m.exec(stdout)?.[1] ?? '',
  };
}

export async function runSources(run: Run): Promise<TaskReport<SourcesTotals>> {
  const t0 = performance.now();
  const tmp = scratch();
  try {
    const totals: SourcesTotals = {};
    const lines = [`\npolnear: political news of 2016 with every attribution's source annotated (sources-score.mjs; lenient entity match)`,
      `                    named recall  weighted  precision  sources/article`];
    const kinds: string[] = [];
    for (const split of SPLITS) {
      const dir = join(run.corpora, 'polnear', split);
      const pages = await run.pages(`polnear/${split}`, () => corpusPages(dir));
      const predictions = writeJsonl(join(tmp.dir, `polnear-${split}.jsonl`), scoredPages(pages));
      const out = parseSourcesScore(await runTool('sources-score.mjs', [join(dir, 'gold.json'), predictions]));
      // the same list with every unnamed entry counted too (precision only)
      const all = parseSourcesScore(await runTool('sources-score.mjs', [join(dir, 'gold.json'), writeJsonl(join(tmp.dir, `polnear-${split}-all.jsonl`), pages)]));
      const unnamedPerDoc = pages.reduce((n, p) => n + p.sources.filter(nameless).length, 0) / Math.max(1, pages.length);
      totals[split] = { docs: out.docs, named: out.named, lede: out.lede, baseline: out.baseline, precisionAllUnnamed: all.lede.precision, unnamedPerDoc };
      const r = (label: string, s: SourceScores) => `  ${label.padEnd(18)}  ${f3(s.recall)}        ${f3(s.weightedRecall)}     ${f3(s.precision)}      ${s.perDoc.toFixed(2)}`;
      lines.push(
        `${split} (${out.docs} articles, ${out.named} named sources)`,
        r('Lede', out.lede),
        r('regex baseline', out.baseline),
        `  (Lede also lists ${unnamedPerDoc.toFixed(2)} nameless unnamed sources per article, not scored; counting them, precision ${f3(all.lede.precision)})`,
      );
      kinds.push(`${split}: ${out.byKind}`);
    }
    lines.push(`  Lede's listed sources matching gold, by kind: ${kinds.join('; ')}`);
    lines.push(`  published (mention-level exact-span F1, PolNeAR test): rule-based 0.107, CRF 0.506, BERT-CRF 0.822, BERT-CofeNet 0.832`);
    const floors = readTaskFloors('sources');
    return {
      task: 'sources',
      headline: SPLITS.map((s) => `polnear/${s}: recall ${f3(totals[s]?.lede.recall)}, weighted ${f3(totals[s]?.lede.weightedRecall)}, precision ${f3(totals[s]?.lede.precision)} (regex ${f3(totals[s]?.baseline.recall)}/${f3(totals[s]?.baseline.weightedRecall)}/${f3(totals[s]?.baseline.precision)})`).join('; '),
      lines,
      totals: JSON.parse(JSON.stringify(totals, (_k, v) => (typeof v === 'number' ? round(v) : v))) as SourcesTotals,
      failures: floors ? floorFailures('sources', totals, floors) : [],
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    tmp.done();
  }
}

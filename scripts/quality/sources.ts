/**
 * Source-list quality (issue 11): Lede's sources on PolNeAR's political news (`polnear/train`
 * and `polnear/dev`), scored by the shared `sources-score.mjs` against every attribution's
 * annotated source: named-source recall, recall weighted by attributions, precision (publisher
 * and author excluded) and sources per article, with the scorer's plain regex finder beside Lede.
 */
import { join } from 'node:path';
import { corpusPages, f3, floorFailures, readTaskFloors, round, runTool, Run, scratch, writeJsonl, type TaskReport } from './shared';

export const SPLITS = ['train', 'dev'] as const;

export interface SourceScores {
  recall: number;
  weightedRecall: number;
  precision: number;
  perDoc: number;
}
export interface SourcesTotals {
  [split: string]: { docs: number; named: number; lede: SourceScores; baseline: SourceScores };
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
      const predictions = writeJsonl(join(tmp.dir, `polnear-${split}.jsonl`), pages);
      const out = parseSourcesScore(await runTool('sources-score.mjs', [join(dir, 'gold.json'), predictions]));
      totals[split] = { docs: out.docs, named: out.named, lede: out.lede, baseline: out.baseline };
      const r = (label: string, s: SourceScores) => `  ${label.padEnd(18)}  ${f3(s.recall)}        ${f3(s.weightedRecall)}     ${f3(s.precision)}      ${s.perDoc.toFixed(2)}`;
      lines.push(`${split} (${out.docs} articles, ${out.named} named sources)`, r('Lede', out.lede), r('regex baseline', out.baseline));
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

/**
 * Summary quality (issue 14): Lede's summaries of the 700 CNN stories in
 * `cnn-summaries-dev` against their human-written highlights, scored by the shared
 * `summ-score.mjs` (ROUGE-1/2/Lsum F ×100, unstemmed, with Lead-3, Lead-N, TextRank-N and a greedy
 * oracle on the same pages, and paired bootstrap 95% intervals of Lede minus each baseline), at
 * Lede's own length and with every summary cut to 40, 75 and 100 words.
 */
import { join } from 'node:path';
import { corpusPages, floorFailures, readJson, readTaskFloors, round, runTool, Run, scratch, writeJsonl, type TaskReport } from './shared';

export const CORPUS = 'cnn-summaries-dev';
export const BUDGETS = [40, 75, 100] as const;
const SYSTEMS = ['Lede', 'Lead-3', 'Lead-N', 'TextRank-N', 'Oracle-N'] as const;
type System = (typeof SYSTEMS)[number];

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
  sentences: number;
  words: number;
}
/** Mean difference of Lede minus a baseline, with its paired bootstrap 95% interval (×100). */
export interface Diff {
  mean: number;
  lo: number;
  hi: number;
}
export interface SummaryView {
  systems: Record<System, Rouge>;
  /** Lede minus each baseline: R1, R2 and RLsum. */
  vs: Record<'Lead-3' | 'Lead-N' | 'TextRank-N', { r1: Diff; r2: Diff; rl: Diff }>;
}
export interface SummaryTotals {
  docs: number;
  own: SummaryView;
  budgets: Record<string, SummaryView>;
}

/** Parses summ-score's output: the aggregate (its --json file) and the bootstrap lines. */
export function parseSummScore(stdout: string, json: { docs: number; aggregate: Record<string, Record<string, number>> }): SummaryView {
  const systems = {} as SummaryView['systems'];
  for (const s of SYSTEMS) {
    const a = json.aggregate[s];
    systems[s] = { r1: 100 * a.r1, r2: 100 * a.r2, rl: 100 * a.rlsum, sentences: a.n, words: a.words };
  }
  const vs = {} as SummaryView['vs'];
  const num = String.raw`(-?\d+(?:\.\d+)?)`;
  const diff = (line: string, k: string): Diff => {
    const m = new RegExp(`${k} ${num} \\[${num}, ${num}\\]`).exec(line);
    if (!m) throw new Error(`summ-score: cannot read "${k}" in: ${line}`);
    return { mean: +m[1], lo: +m[2], hi: +m[3] };
  };
  for (const b of ['Lead-3', 'Lead-N', 'TextRank-N'] as const) {
    const line = stdout.split('\n').find((l) => l.startsWith(`Lede - ${b}:`));
    if (!line) throw new Error(`summ-score printed no "Lede - ${b}" line`);
    vs[b] = { r1: diff(line, 'R1'), r2: diff(line, 'R2'), rl: diff(line, 'RLsum') };
  }
  return { systems, vs };
}

async function score(predictions: string, corpus: string, dir: string, budget = 0): Promise<SummaryView & { docs: number }> {
  const json = join(dir, `summ-${budget}.json`);
  const stdout = await runTool('summ-score.mjs', [predictions, '--corpus', corpus, '--json', json, ...(budget ? ['--budget', String(budget)] : [])]);
  const parsed = readJson<{ docs: number; aggregate: Record<string, Record<string, number>> }>(json);
  return { docs: parsed.docs, ...parseSummScore(stdout, parsed) };
}

export async function runSummary(run: Run): Promise<TaskReport<SummaryTotals>> {
  const t0 = performance.now();
  const corpus = join(run.corpora, CORPUS);
  const refs = readJson<Record<string, { url?: string }>>(join(corpus, 'refs.json'));
  const pages = await run.pages(CORPUS, () => corpusPages(corpus, Object.fromEntries(Object.entries(refs).map(([id, r]) => [id, r.url]))));
  const tmp = scratch();
  try {
    const predictions = writeJsonl(join(tmp.dir, 'cnn.jsonl'), pages);
    const [own, ...cut] = await Promise.all([score(predictions, corpus, tmp.dir), ...BUDGETS.map((b) => score(predictions, corpus, tmp.dir, b))]);
    const totals: SummaryTotals = {
      docs: own.docs,
      own: { systems: own.systems, vs: own.vs },
      budgets: Object.fromEntries(BUDGETS.map((b, i) => [String(b), { systems: cut[i].systems, vs: cut[i].vs }])),
    };
    const lines = summaryTable(totals, pages.filter((p) => p.error).length);
    const floors = readTaskFloors('summary');
    const l = totals.own.systems.Lede;
    return {
      task: 'summary',
      headline: `${CORPUS} (${totals.docs}): Lede R1/R2/RL ${l.r1.toFixed(1)}/${l.r2.toFixed(1)}/${l.rl.toFixed(1)} vs Lead-N ${fmt(totals.own.systems['Lead-N'])}, Lead-3 ${fmt(totals.own.systems['Lead-3'])}`,
      lines,
      totals: roundAll(totals),
      failures: floors ? floorFailures(CORPUS, totals, floors) : [],
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    tmp.done();
  }
}

const fmt = (r: Rouge) => `${r.r1.toFixed(1)}/${r.r2.toFixed(1)}/${r.rl.toFixed(1)}`;
const d = (x: Diff) => `${x.mean >= 0 ? '+' : ''}${x.mean.toFixed(1)} [${x.lo.toFixed(1)}, ${x.hi.toFixed(1)}]`;

function summaryTable(t: SummaryTotals, errors: number): string[] {
  const out = [`\n${CORPUS}: ${t.docs} CNN stories, human highlights; ROUGE F ×100 (unstemmed; RL = ROUGE-Lsum), summ-score.mjs${errors ? `; ${errors} page(s) failed to analyze` : ''}`];
  out.push('                      at Lede’s length            |' + BUDGETS.map((b) => ` cut to ${b} words`.padEnd(20) + '|').join(''));
  out.push('system              R1    R2    RL   sents words  |' + BUDGETS.map(() => '  R1    R2    RL    |').join(''));
  for (const s of SYSTEMS) {
    const o = t.own.systems[s];
    const row = `${s.padEnd(16)} ${o.r1.toFixed(1).padStart(5)} ${o.r2.toFixed(1).padStart(5)} ${o.rl.toFixed(1).padStart(5)} ${o.sentences.toFixed(2).padStart(5)} ${o.words.toFixed(0).padStart(5)}  |`;
    out.push(row + BUDGETS.map((b) => { const x = t.budgets[b].systems[s]; return ` ${x.r1.toFixed(1).padStart(5)} ${x.r2.toFixed(1).padStart(5)} ${x.rl.toFixed(1).padStart(5)}  |`; }).join(''));
  }
  out.push('Lede minus baseline, paired bootstrap 95% interval (R1, R2):');
  out.push(`  at Lede’s length: vs Lead-N R1 ${d(t.own.vs['Lead-N'].r1)}, R2 ${d(t.own.vs['Lead-N'].r2)}; vs Lead-3 R1 ${d(t.own.vs['Lead-3'].r1)}, R2 ${d(t.own.vs['Lead-3'].r2)}; vs TextRank-N R1 ${d(t.own.vs['TextRank-N'].r1)}, R2 ${d(t.own.vs['TextRank-N'].r2)}`);
  for (const b of BUDGETS) out.push(`  cut to ${b} words: vs Lead-3 R1 ${d(t.budgets[b].vs['Lead-3'].r1)}, R2 ${d(t.budgets[b].vs['Lead-3'].r2)}`);
  out.push(`  published: Lead-3 on the CNN/DM test set 40.3/17.7/36.6 (stemmed, mostly Daily Mail); on CNN stories alone about 27/10/24`);
  return out;
}

function roundAll<T>(x: T): T {
  return JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === 'number' ? round(v, 3) : v))) as T;
}


/**
 * Detection quality (issue 13): the share of real news stories Lede takes for articles on every
 * dev corpus (each page analyzed once per run and shared with the other tasks), and the
 * non-article fixtures it wrongly takes for articles (front, section, tag, search, video,
 * gallery, live-score, market-data, author and login pages, shops): `tests/fixtures/not-articles/`
 * plus the four older ones beside it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePages, corpusPages, floorFailures, readJson, readTaskFloors, ROOT, round, Run, type PageRef, type PageResult, type TaskReport } from './shared';

/** The corpora whose every page is a news story, with how their pages get an address. */
export const STORY_CORPORA: { name: string; urls?: (dir: string) => Record<string, string | undefined> }[] = [
  { name: 'article-extraction-benchmark-dev', urls: (dir) => Object.fromEntries(Object.entries(readJson<Record<string, { url?: string }>>(join(dir, 'ground-truth.json'))).map(([k, v]) => [k, v.url])) },
  { name: 'cnn-summaries-dev', urls: (dir) => Object.fromEntries(Object.entries(readJson<Record<string, { url?: string }>>(join(dir, 'refs.json'))).map(([k, v]) => [k, v.url])) },
  { name: 'tempeval3-timebank' },
  { name: 'polnear/train' },
  { name: 'polnear/dev' },
];

const FIXTURES = join(ROOT, 'tests/fixtures');
const OLD_NEGATIVES = ['front-page', 'product-page', 'search-page', 'login-page'];

/** The non-article pages: the fixtures under not-articles/ and the four older ones. */
export function negativePages(): PageRef[] {
  const dir = join(FIXTURES, 'not-articles');
  const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
  return [
    ...OLD_NEGATIVES.map((n) => ({ id: n, file: join(FIXTURES, `${n}.html`), url: `https://news.example.com/${n}` })),
    ...extra.map((f) => ({ id: `not-articles/${f.replace(/\.html$/, '')}`, file: join(dir, f), url: `https://news.example.com/${f.replace(/\.html$/, '')}` })),
  ];
}

export interface DetectionTotals {
  corpora: Record<string, { pages: number; detected: number; rate: number }>;
  negatives: { pages: number; maxTaken: number };
}

export async function runDetection(run: Run): Promise<TaskReport<DetectionTotals>> {
  const t0 = performance.now();
  const totals: DetectionTotals = { corpora: {}, negatives: { pages: 0, maxTaken: 0 } };
  const lines = ['\ndetection: pages taken for news articles (Analysis.isArticle, the popup’s verdict)'];
  const misses: string[] = [];
  for (const c of STORY_CORPORA) {
    const dir = join(run.corpora, c.name);
    if (!existsSync(dir)) continue;
    const pages = await run.pages(c.name, () => corpusPages(dir, c.urls?.(dir)));
    const detected = pages.filter((p) => p.isArticle).length;
    totals.corpora[c.name] = { pages: pages.length, detected, rate: pages.length ? detected / pages.length : 0 };
    lines.push(`  ${c.name.padEnd(34)} ${String(detected).padStart(4)} / ${String(pages.length).padEnd(4)} ${(100 * (detected / (pages.length || 1))).toFixed(1)}%`);
    misses.push(...pages.filter((p) => !p.isArticle).map((p) => missLine(c.name, p)));
  }
  const negatives = await analyzePages(negativePages());
  const taken = negatives.filter((p) => p.isArticle);
  totals.negatives = { pages: negatives.length, maxTaken: taken.length };
  lines.push(`  ${'non-article fixtures'.padEnd(34)} ${String(taken.length).padStart(4)} / ${String(negatives.length).padEnd(4)} taken for articles${taken.length ? ': ' + taken.map((p) => p.id).join(', ') : ''}`);
  if (process.env.LEDE_DETECTION_MISSES || misses.length <= 12) lines.push(...misses.slice(0, Number(process.env.LEDE_DETECTION_MISSES) || 12));
  else lines.push(`  (${misses.length} stories missed; LEDE_DETECTION_MISSES=N lists them with their reasons)`);
  const floors = readTaskFloors('detection');
  return {
    task: 'detection',
    headline: Object.entries(totals.corpora).map(([k, v]) => `${k.replace('article-extraction-benchmark-dev', 'benchmark')} ${v.detected}/${v.pages}`).join(', ') + `; non-articles taken ${taken.length}/${negatives.length}`,
    lines,
    totals: JSON.parse(JSON.stringify(totals, (_k, v) => (typeof v === 'number' ? round(v) : v))) as DetectionTotals,
    failures: floors ? floorFailures('detection', totals, floors) : [],
    seconds: (performance.now() - t0) / 1000,
  };
}

const missLine = (corpus: string, p: PageResult) => `    missed ${corpus}/${p.id.slice(0, 40)} (score ${p.detection.score}, ${p.wordCount} words): ${p.detection.reasons.join('; ')}`;

/**
 * Would an NLP library help the source list? (issue 11: "where a well-kept library does the job,
 * measure it"). Measures `compromise` (rule-based English NLP, its lexicon inside the package,
 * no model download) beside Lede's own source finder, side by side in one run:
 *
 *   npx tsx scripts/measure-nlp.ts [--splits train,dev] [--details N] [--no-bundle]
 *
 * On PolNeAR train and dev (`../shared/corpora/polnear/{train,dev}`: html + gold.json), with the
 * shared scorer's own `score()` (`../shared/tools/sources-score.mjs`: named recall, recall
 * weighted by attributions, precision, sources per article), it scores:
 *   1. Lede: `analyze()`'s source list, nameless unnamed entries left out exactly as
 *      `npm run quality -- --task sources` does (`nameless` from scripts/quality/sources.ts);
 *   2. compromise alone as a source finder: `people()` and `organizations()` of the story
 *      (headline + Lede's story sentences), kept only in sentences with an attribution cue (a
 *      speech or writing verb that compromise tags as a verb, or "according to") and not inside
 *      quotation marks; names merged by surname ("Douglas Band" = "Band"); and the same with
 *      only names right next to their cue ("X said", "X (R-Fla.) told", "said X", "according
 *      to the X");
 *   3. Lede + compromise, four ways: (a) Lede's list plus compromise's names that share no word
 *      with any of Lede's; (b) the same, only from cue sentences where Lede attributed nothing;
 *      (c) the same, only names next to their cue; (d) compromise as a check: Lede's
 *      person/organization rows kept only when compromise also finds that name as a person or
 *      organisation somewhere in the story.
 * Time per page: Lede's whole `analyze(document, url)` (the HTML already parsed) and
 * compromise on the story text (parse + names + tags), interleaved page by page in this one
 * process (the order alternates), median and p90; compromise's one-time load (import + first
 * call) apart. Bundle cost: esbuild (minified, ESM, browser) of `compromise` and of the
 * sub-builds, gzip size beside it, next to esbuild of `core/analyze.ts` and the built page
 * script `.output/chrome-mv3/content-scripts/page.js` when `npm run build` has made one.
 *
 * What is measured is compromise as the script uses it: `compromise/two` (tokenizer, lexicon,
 * tagger) plus its `topics` plugin (people(), organizations()); the full `compromise` gave the
 * same people and organisations on every one of the 84 dev stories (its other plugins add methods). `compromise` is a devDependency only: core/ does not
 * use it. The README's "An NLP library?" section holds the figures of a run and the verdict.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { analyze } from '../core/analyze';
import { nodePurifyWindow, parseDocument } from '../cli/dom';
import { CUE_VERBS, SPEECH_CUES } from '../core/lexicon';
import type { Source } from '../core/types';
import { corporaDir, corpusPages, ROOT, toolsDir } from './quality/shared';
import { nameless, SPLITS } from './quality/sources';

// ---------------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const splits = (opt('--splits') ?? SPLITS.join(',')).split(',');
const details = Number(opt('--details') ?? 12);
const withBundle = !args.includes('--no-bundle');

const corpora = corporaDir();
const tools = toolsDir();
if (!corpora || !tools) {
  console.error('measure-nlp: ../shared/corpora and ../shared/tools are needed');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// The scorer's own functions

interface GoldSource { text: string; count: number; named: boolean; aliases?: string[]; sentence?: string }
type Gold = Record<string, { sources: GoldSource[] }>;
interface Listed { name: string; kind: string }
interface Scores { recall: number; weightedRecall: number; precision: number; perDoc: number; listed: number; matched: number; found: number; named: number; misses: { id: string; source: GoldSource }[]; falses: { id: string; source: Listed }[] }
interface Scorer {
  score: (gold: Gold, listed: Map<string, Listed[]>) => Scores;
  words: (s: string) => { word: string; cap: boolean }[];
}
const scorer = (await import(pathToFileURL(join(tools, 'sources-score.mjs')).href)) as Scorer;
/** The words by which the scorer matches a listed name. */
const nameWords = (name: string): Set<string> => new Set(scorer.words(name).map((w) => w.word));
const sharesWord = (a: Set<string>, b: Set<string>): boolean => [...a].some((w) => b.has(w));

// ---------------------------------------------------------------------------------------------
// compromise: loaded once, its load time measured apart

type Nlp = ((text: string) => NlpDoc) & { plugin: (p: unknown) => void };
interface Offset { start: number; length: number }
interface NlpDoc {
  people: () => NlpDoc;
  organizations: () => NlpDoc;
  match: (m: string) => NlpDoc;
  json: (o: object) => { text: string; offset: Offset; terms?: { normal: string; offset: Offset }[] }[];
}
const tLoad = performance.now();
const nlp = ((await import('compromise/two')) as unknown as { default: Nlp }).default;
// the topics plugin (people(), organizations()) is not exported on its own: its file, by path
const topicsPath = join(ROOT, 'node_modules/compromise/src/3-three/topics/plugin.js');
nlp.plugin(((await import(pathToFileURL(topicsPath).href)) as { default: unknown }).default);
const importMs = performance.now() - tLoad;
const tFirst = performance.now();
nlp('Jane Doe, a spokeswoman for Acme Corp., said on Monday that the plan would work.').people().json({ offset: true });
const firstCallMs = performance.now() - tFirst;
const compromiseVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version;

/** Speech and writing cues (Lede's lexicon, every inflection): "said", "told", "wrote", "tweeted", "according to". */
const SPEECH_FORMS = new Set([...CUE_VERBS].filter(([, base]) => SPEECH_CUES.has(base)).map(([form]) => form));

interface Found { name: string; kind: 'person' | 'organization'; unit: number; cue: boolean; quoted: boolean; near: boolean }

/**
 * What compromise finds in the story: every person and organisation with the unit (0 = headline,
 * i = Lede's sentence i-1) it sits in, whether that unit has an attribution cue, and whether the
 * name is inside quotation marks. This is the part timed per page.
 */
function compromiseFind(units: string[]): Found[] {
  const text = units.join('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const u of units) {
    starts.push(at);
    at += u.length + 2;
  }
  const unitOf = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const doc = nlp(text);
  // a unit has a cue when a speech verb is tagged as a verb there ("the report" is no cue), or "according to"
  const cue = new Set<number>();
  const spans: [number, number][] = [];
  for (const m of doc.match('#Verb').json({ offset: true, terms: { offset: true } }))
    for (const t of m.terms ?? [])
      if (SPEECH_FORMS.has(t.normal)) {
        cue.add(unitOf(t.offset.start));
        spans.push([t.offset.start, t.offset.start + t.offset.length]);
      }
  units.forEach((u, i) => {
    for (const m of u.matchAll(/\baccording to\b/gi)) {
      cue.add(i);
      spans.push([starts[i] + m.index, starts[i] + m.index + m[0].length]);
    }
  });
  // a name next to its cue: "X said", "X (R-Fla.) told", "said X", "according to the X"
  const near = (o: Offset) =>
    spans.some(([a, b]) => {
      const end = o.start + o.length;
      if (a >= end && a - end <= 30) return !/[.;:!?"“”]/.test(text.slice(end, a));
      return o.start >= b && o.start - b <= 8 && !/[.;:!?"“”]/.test(text.slice(b, o.start));
    });
  // quotation spans: between straight or curly double quotes, within a unit
  const quoted: [number, number][] = [];
  units.forEach((u, i) => {
    for (const m of u.matchAll(/["“]([^"“”]*)["”]/g)) quoted.push([starts[i] + m.index, starts[i] + m.index + m[0].length]);
  });
  const inQuote = (o: Offset) => quoted.some(([a, b]) => o.start >= a && o.start + o.length <= b);
  const out: Found[] = [];
  const add = (kind: Found['kind']) => (m: { text: string; offset: Offset }) => {
    const name = m.text.replace(/[’']s$|[^\p{L}\p{N}.)]+$/gu, '').replace(/^[^\p{L}\p{N}]+/u, '').replace(/[’']s$/u, '');
    if (!name) return;
    const unit = unitOf(m.offset.start);
    out.push({ name, kind, unit, cue: cue.has(unit), quoted: inQuote(m.offset), near: near(m.offset) });
  };
  doc.people().json({ offset: true }).forEach(add('person'));
  doc.organizations().json({ offset: true }).forEach(add('organization'));
  return out;
}

/** One row per source: people merged by their last word ("Band" into "Douglas Band"), organisations by their words. */
function merge(found: Found[]): (Listed & { units: number[] })[] {
  const rows: (Listed & { units: number[]; key: string })[] = [];
  const keyOf = (f: Found) => {
    const w = [...nameWords(f.name)];
    return f.kind === 'person' ? (w[w.length - 1] ?? '') : w.join(' ');
  };
  for (const f of [...found].sort((a, b) => b.name.length - a.name.length)) {
    const key = keyOf(f);
    if (!key) continue;
    const row = rows.find((r) => r.kind === f.kind && r.key === key);
    if (row) row.units.push(f.unit);
    else rows.push({ name: f.name, kind: f.kind, key, units: [f.unit] });
  }
  return rows.map(({ key: _key, ...r }) => r);
}

// ---------------------------------------------------------------------------------------------
// One run: every page analyzed by Lede and read by compromise, interleaved

interface PageRun { id: string; lede: Source[]; found: Found[]; units: string[]; ledeMs: number; nlpMs: number; words: number }

function readHtml(file: string): string {
  return readFileSync(file, 'utf8');
}

const runs: Record<string, PageRun[]> = {};
const ledeTimes: number[] = [];
const nlpTimes: number[] = [];
const ratios: number[] = [];
const tRun = performance.now();
let n = 0;
for (const split of splits) {
  const dir = join(corpora, 'polnear', split);
  const pages = corpusPages(dir);
  runs[split] = [];
  for (const p of pages) {
    const url = pathToFileURL(resolve(p.file)).href;
    const document = parseDocument(readHtml(p.file));
    const timeLede = () => {
      const t0 = performance.now();
      const a = analyze(document, url, { purifyWindow: nodePurifyWindow() });
      return { a, ms: performance.now() - t0 };
    };
    // compromise reads what Lede's stages read: the headline and the story's sentences
    let lede: ReturnType<typeof timeLede>;
    let units: string[];
    let found: Found[];
    let nlpMs: number;
    const timeNlp = () => {
      const t0 = performance.now();
      found = compromiseFind(units);
      nlpMs = performance.now() - t0;
    };
    if (n % 2 === 0) {
      lede = timeLede();
      units = [lede.a.article.title, ...lede.a.sentences];
      timeNlp();
    } else {
      // compromise first: its input comes from a previous analysis of the same page (untimed)
      const pre = analyze(parseDocument(readHtml(p.file)), url, { purifyWindow: nodePurifyWindow() });
      units = [pre.article.title, ...pre.sentences];
      timeNlp();
      lede = timeLede();
    }
    n++;
    const row: PageRun = { id: p.id, lede: lede.a.sources, found: found!, units, ledeMs: lede.ms, nlpMs: nlpMs!, words: lede.a.article.wordCount };
    runs[split].push(row);
    ledeTimes.push(row.ledeMs);
    nlpTimes.push(row.nlpMs);
    ratios.push(row.nlpMs / Math.max(0.01, row.ledeMs));
    if (n % 100 === 0) process.stderr.write(`  ${n} pages…\n`);
  }
}
const runSeconds = (performance.now() - tRun) / 1000;

// ---------------------------------------------------------------------------------------------
// The source lists compared

const isScored = (s: Source) => !nameless(s);
const VARIANTS = [
  'Lede',
  'compromise alone',
  'compromise alone, name next to the cue',
  'Lede + compromise (every miss)',
  'Lede + compromise (sentences Lede left empty)',
  'Lede + compromise (name next to the cue)',
  'Lede checked by compromise',
] as const;
type Variant = (typeof VARIANTS)[number];

function lists(r: PageRun): Record<Variant, Listed[]> {
  const lede = r.lede.filter(isScored);
  const attributed = r.found.filter((f) => f.cue && !f.quoted);
  const alone = merge(attributed);
  const ledeWords = lede.map((s) => nameWords(s.name));
  const missing = alone.filter((c) => !ledeWords.some((w) => sharesWord(w, nameWords(c.name))));
  // sentences Lede attributed something to (unit 0 is the headline, Lede's -1)
  const used = new Set(lede.flatMap((s) => (s.passages ?? []).map((q) => q.sentenceIndex + 1)));
  const nearCue = merge(attributed.filter((f) => f.near));
  const nearMissing = nearCue.filter((c) => !ledeWords.some((w) => sharesWord(w, nameWords(c.name))));
  const gaps = merge(attributed.filter((f) => !used.has(f.unit))).filter((c) => !ledeWords.some((w) => sharesWord(w, nameWords(c.name))));
  const known = r.found.map((f) => nameWords(f.name));
  const checked = lede.filter((s) => (s.kind !== 'person' && s.kind !== 'organization') || s.group || known.some((w) => sharesWord(w, nameWords(s.name))));
  return {
    Lede: lede,
    'compromise alone': alone,
    'compromise alone, name next to the cue': nearCue,
    'Lede + compromise (every miss)': [...lede, ...missing],
    'Lede + compromise (sentences Lede left empty)': [...lede, ...gaps],
    'Lede + compromise (name next to the cue)': [...lede, ...nearMissing],
    'Lede checked by compromise': checked,
  };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const out: string[] = [];
const say = (s = '') => out.push(s);
const table: Record<string, Record<string, Scores>> = {};
const examples: string[] = [];
for (const split of splits) {
  const gold = JSON.parse(readFileSync(join(corpora, 'polnear', split, 'gold.json'), 'utf8')) as Gold;
  const byVariant = new Map<Variant, Map<string, Listed[]>>(VARIANTS.map((v) => [v, new Map()]));
  for (const r of runs[split]) {
    const l = lists(r);
    for (const v of VARIANTS) byVariant.get(v)!.set(r.id, l[v]);
  }
  table[split] = {};
  for (const v of VARIANTS) table[split][v] = scorer.score(gold, byVariant.get(v)!);

  // what the additions are: matched (a gain) or not (a false source), and what Lede finds that compromise alone does not
  const lede = table[split].Lede;
  const key = (id: string, name: string) => `${id}\u0000${name}`;
  const pick = <T,>(xs: T[]) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / details)) === 0).slice(0, details);
  const ledeFalse = new Set(lede.falses.map((x) => key(x.id, x.source.name)));
  for (const v of ['Lede + compromise (every miss)', 'Lede + compromise (name next to the cue)'] as const) {
    const plus = table[split][v];
    const still = new Set(plus.misses.map((m) => key(m.id, m.source.text)));
    const gained = lede.misses.filter((m) => !still.has(key(m.id, m.source.text)));
    const addedFalse = plus.falses.filter((x) => !ledeFalse.has(key(x.id, x.source.name)));
    examples.push(
      `\n${split}, ${v}: gold sources Lede misses that the addition finds (${gained.length}; a sample):`,
      ...pick(gained).map((m) => `  ${m.id}  "${m.source.text}" ×${m.source.count}  — ${(m.source.sentence ?? '(headline)').slice(0, 160)}`),
      `${split}, ${v}: added sources matching no gold source (${addedFalse.length}; a sample):`,
      ...pick(addedFalse).map((x) => `  ${x.id}  ${x.source.kind}: "${x.source.name}"`),
    );
  }
  const ledeMissed = new Set(lede.misses.map((m) => key(m.id, m.source.text)));
  const aloneMissedLedeFound = table[split]['compromise alone'].misses.filter((m) => !ledeMissed.has(key(m.id, m.source.text)));
  // why compromise alone misses them: it names them nowhere as a person or organisation, or only outside a cue sentence / inside quotes
  const foundById = new Map(runs[split].map((r) => [r.id, r.found.map((f) => nameWords(f.name))]));
  const goldWords = (g: GoldSource) => new Set([g.text, ...(g.aliases ?? [])].flatMap((t) => scorer.words(t).filter((w) => w.cap).map((w) => w.word)));
  const seen = aloneMissedLedeFound.filter((m) => (foundById.get(m.id) ?? []).some((w) => sharesWord(goldWords(m.source), w))).length;
  examples.push(
    `${split}: gold sources Lede finds and compromise alone misses (${aloneMissedLedeFound.length}: ${seen} that compromise names as a person or organisation only outside a cue sentence or inside quotes, ${aloneMissedLedeFound.length - seen} it never names as one; a sample):`,
    ...pick(aloneMissedLedeFound).map((m) => `  ${m.id}  "${m.source.text}" ×${m.source.count}  — ${(m.source.sentence ?? '(headline)').slice(0, 160)}`),
  );
}

// ---------------------------------------------------------------------------------------------
// Bundle cost

interface Size { label: string; min: number; gzip: number; code?: Uint8Array }
async function bundleSize(label: string, contents: string): Promise<Size> {
  const r = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].contents;
  return { label, min: code.length, gzip: gzipSync(code, { level: 9 }).length, code };
}
const sizes: Size[] = [];
const bundleLoads: [number, number][] = [];
if (withBundle) {
  const topics = JSON.stringify(topicsPath);
  sizes.push(await bundleSize('compromise (full, = compromise/three)', `import nlp from 'compromise'; export default nlp;`));
  sizes.push(await bundleSize('compromise/two (tagger)', `import nlp from 'compromise/two'; export default nlp;`));
  sizes.push(await bundleSize('compromise/two + topics (what is measured here)', `import nlp from 'compromise/two'; import t from ${topics}; nlp.plugin(t); export default nlp;`));
  sizes.push(await bundleSize('compromise/one (tokenizer only: no names)', `import nlp from 'compromise/one'; export default nlp;`));
  sizes.push(await bundleSize('core/analyze.ts (Lede\'s analysis core)', `export { analyze } from './core/analyze';`));
  // the load as a page script would pay it: the minified sub-build in a fresh plain Node process, 5 times
  const file = join(mkdtempSync(join(tmpdir(), 'lede-nlp-')), 'compromise-two-topics.mjs');
  writeFileSync(file, sizes[2].code!);
  const probe = `const t0 = performance.now(); const nlp = (await import(${JSON.stringify(pathToFileURL(file).href)})).default; const t1 = performance.now(); nlp('Jane Doe, a spokeswoman for Acme Corp., said on Monday that the plan would work.').people().json({ offset: true }); console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`;
  for (let i = 0; i < 5; i++) bundleLoads.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as [number, number]);
  rmSync(dirname(file), { recursive: true, force: true });
  const page = join(ROOT, '.output/chrome-mv3/content-scripts/page.js');
  if (existsSync(page)) {
    const code = readFileSync(page);
    sizes.push({ label: 'built page script (.output/chrome-mv3, npm run build)', min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? NaN;
};
say(`compromise ${compromiseVersion} beside Lede on PolNeAR (${splits.join(', ')}), scored by sources-score.mjs's score(); ${n} pages in ${runSeconds.toFixed(0)} s`);
say();
say('| split | source list | named recall | weighted recall | precision | sources per article |');
say('|---|---|---|---|---|---|');
for (const split of splits)
  for (const v of VARIANTS) {
    const s = table[split][v];
    say(`| ${split} | ${v} | ${f3(s.recall)} | ${f3(s.weightedRecall)} | ${f3(s.precision)} | ${s.perDoc.toFixed(2)} |`);
  }
say();
say(`Time per page (${n} pages, interleaved in one process, order alternating):`);
say(`  Lede analyze() whole:             median ${q(ledeTimes, 0.5).toFixed(1)} ms, p90 ${q(ledeTimes, 0.9).toFixed(1)} ms`);
say(`  compromise on the story text:     median ${q(nlpTimes, 0.5).toFixed(1)} ms, p90 ${q(nlpTimes, 0.9).toFixed(1)} ms`);
say(`  compromise / Lede, per page:      median ${q(ratios, 0.5).toFixed(2)}x, p90 ${q(ratios, 0.9).toFixed(2)}x`);
say(`  compromise's one-time load in this process (from source, under tsx): import ${importMs.toFixed(0)} ms, first call ${firstCallMs.toFixed(0)} ms`);
if (bundleLoads.length)
  say(`  the same from the minified sub-build, fresh Node process, median of ${bundleLoads.length}: import ${q(bundleLoads.map((x) => x[0]), 0.5).toFixed(0)} ms, first call ${q(bundleLoads.map((x) => x[1]), 0.5).toFixed(0)} ms`);
if (sizes.length) {
  say();
  say('| bundle (esbuild --bundle --minify, ESM, browser) | minified | gzip |');
  say('|---|---|---|');
  for (const s of sizes) say(`| ${s.label} | ${(s.min / 1024).toFixed(0)} KB | ${(s.gzip / 1024).toFixed(0)} KB |`);
}
console.log(out.join('\n'));
if (details) console.log(examples.join('\n'));

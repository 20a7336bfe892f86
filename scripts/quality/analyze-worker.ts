/**
 * Child process of the quality tasks: reads a JSON list of pages ({ id, file, url? }) on stdin,
 * analyzes each as the CLI does (linkedom + one jsdom window for DOMPurify) and writes one JSON
 * line per page on stdout. A page that throws gives a line with `error`, never a crash.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeHtml } from '../../cli/dom';
import type { PageRef, PageResult } from './shared';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const pages = JSON.parse(input) as PageRef[];

for (const p of pages) {
  const url = p.url ?? pathToFileURL(resolve(p.file)).href;
  const buf = readFileSync(p.file);
  const html = (p.file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  const t0 = performance.now();
  let row: PageResult;
  try {
    const a = analyzeHtml(html, url);
    row = {
      id: p.id,
      file: p.file,
      url,
      isArticle: a.isArticle,
      detection: a.detection,
      summary: a.summary,
      timeline: a.timeline,
      sources: a.sources,
      title: a.article.title,
      publishedTime: a.article.publishedTime,
      wordCount: a.article.wordCount,
      sentenceCount: a.sentences.length,
      sentences: a.sentences,
      timings: a.timings,
      ms: performance.now() - t0,
    };
  } catch (e) {
    row = {
      id: p.id, file: p.file, url, error: String((e as Error)?.stack ?? e), isArticle: false, detection: { score: 0, reasons: [] },
      summary: { sentences: [] }, timeline: [], sources: [], title: '', publishedTime: null, wordCount: 0, sentenceCount: 0,
      ms: performance.now() - t0,
    };
  }
  process.stdout.write(JSON.stringify(row) + '\n');
}

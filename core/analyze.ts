/**
 * The one entry point of the core: DOM in, one typed Analysis out.
 * Pure: no browser APIs, no globals, no network. The document is never changed (stages that
 * need to mutate work on a clone). Runs unchanged in the content script, vitest, the CLI and
 * the benchmark.
 */
import type { Analysis, Notice } from './types';
import { detect } from './detect';
import { readMetadata } from './metadata';
import { clean } from './clean';
import { extract } from './extract';
import { toSentences } from './story';
import { summarizeStory } from './summarize';
import { buildTimeline } from './timeline';
import { findSources, type SourcesInput } from './sources';
import { normalizeEmbeds } from './embeds';
import { countWords, readingMinutes } from './text';
import { namesFromByline } from './metadata';

export interface AnalyzeOptions {
  /**
   * The window DOMPurify sanitizes with. Defaults to the document's own window (a browser).
   * In Node, linkedom has no full DOM for DOMPurify: pass a jsdom window (see cli/dom.ts).
   */
  purifyWindow?: Window;
  /** Readability's element budget; larger pages fall back to a simpler extraction. */
  maxElemsToParse?: number;
  /** The current time (ms since 1970), for rejecting publication dates in the future; defaults to the clock. */
  now?: number;
  /**
   * The source list's last check (see `SourcesInput.keep`); defaults to the shipped model. The
   * fit script passes one that records every candidate and keeps it.
   */
  keepSource?: SourcesInput['keep'];
}

/** Pages with more elements than this skip Readability's scoring (it is quadratic-ish on huge pages). */
export const DEFAULT_MAX_ELEMS = 30_000;

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The analysis as steps: the generator yields the name of each finished stage, so a caller on
 * a page's main thread can hand control back to the browser between stages (the page script
 * does, so a long analysis never freezes the tab in one block). `analyze` runs it straight
 * through.
 */
export function* analyzeSteps(document: Document, url: string, options: AnalyzeOptions = {}): Generator<string, Analysis, void> {
  const timings: Record<string, number> = {};
  let t = clock();
  const lap = (stage: string) => {
    const now = clock();
    timings[stage] = Math.round((now - t) * 100) / 100;
    t = now;
  };

  const detection = detect(document, url);
  lap('detect');
  const meta = readMetadata(document, url, options.now);
  lap('metadata');
  yield 'metadata';

  // Huge pages (100k elements) skip cloning, the pre-cleaning and Readability's scoring: each
  // walks the tree many times. The fallback extraction keeps the densest run of paragraphs and
  // copies only that part, so the page itself is still never changed.
  const elements = document.querySelectorAll('*').length;
  const huge = elements > (options.maxElemsToParse ?? DEFAULT_MAX_ELEMS);
  const clone = huge ? document : (document.cloneNode(true) as Document);
  // embedded posts of every network in one shape (on the clone only: the page is never changed)
  if (!huge) normalizeEmbeds(clone);
  const cleaned = huge ? null : clean(clone);
  lap('clean');
  if (cleaned) Object.assign(timings, cleaned.timings);
  yield 'clean';
  const purifyWindow = options.purifyWindow ?? (document.defaultView as Window | null);
  if (!purifyWindow) throw new Error('analyze: no window to sanitize with (pass options.purifyWindow)');
  const ex = extract(clone, { url, purifyWindow, maxElemsToParse: options.maxElemsToParse ?? DEFAULT_MAX_ELEMS, skipReadability: huge });
  if (huge) ex.notices.unshift({ code: 'huge-page', elements });
  if (meta.nextPage) ex.notices.push({ code: 'next-page', url: meta.nextPage });
  lap('extract');
  Object.assign(timings, ex.timings);
  yield 'extract';

  const lang = meta.lang ?? 'en';
  const bodyBlocks = ex.blocks.filter((b) => b.kind !== 'caption');
  // An embedded post reads with its attribution line, as the page shows it ("— Jane Doe (@jane)
  // March 5, 2024"); sentences, summary and timeline take the post's own words only.
  const text = bodyBlocks.map((b) => (b.attribution ? `${b.text}\n${b.attribution}` : b.text)).join('\n\n');
  const wordCount = countWords(text);
  const sentenceInfos = toSentences(ex.blocks, lang);
  const sentences = sentenceInfos.map((s) => s.text);
  lap('sentences');

  let authors = meta.authors;
  if (!authors.length && ex.readabilityByline) authors = namesFromByline(ex.readabilityByline);
  const title = meta.title || document.title || '';

  const summary = summarizeStory(sentenceInfos, title);
  lap('summarize');
  yield 'summarize';
  const timeline = buildTimeline({ sentences: sentenceInfos, publishedTime: meta.publishedTime, modifiedTime: meta.modifiedTime, siteName: meta.siteName, title, lang });
  lap('timeline');
  yield 'timeline';
  const sources = findSources({
    url,
    blocks: ex.blocks,
    sentences: sentenceInfos,
    siteName: meta.siteName ?? ex.readabilitySiteName,
    authors,
    authorUrls: meta.authorUrls,
    leadCredit: ex.leadImage?.credit,
    canonicalUrl: meta.canonicalUrl,
    lang: meta.lang,
    title,
    keep: options.keepSource,
  });
  lap('sources');

  // The popup's verdict is the badge's: the one detector, on the same document (a short story is
  // still a story; the detector itself weighs how much text the page has).
  const reasons = [...detection.reasons];
  // Which publication date the timeline counts from, and any implausible one passed over.
  if (meta.publishedFrom) reasons.push(`published date from ${meta.publishedFrom}${meta.publishedRejected.length ? ` (passed over: ${meta.publishedRejected.join('; ')})` : ''}`);
  else if (meta.publishedRejected.length) reasons.push(`no plausible published date (passed over: ${meta.publishedRejected.join('; ')})`);
  return {
    url,
    isArticle: detection.isArticle,
    detection: { score: detection.score, reasons },
    article: {
      title,
      byline: authors.length ? authors.join(' and ') : meta.byline ?? ex.readabilityByline,
      authors,
      siteName: meta.siteName ?? ex.readabilitySiteName,
      publishedTime: meta.publishedTime,
      modifiedTime: meta.modifiedTime,
      lang: meta.lang,
      dir: meta.dir,
      excerpt: meta.excerpt ?? ex.readabilityExcerpt,
      ...(ex.leadImage ? { leadImage: ex.leadImage } : {}),
      text,
      html: ex.html,
      wordCount,
      readingMinutes: wordCount ? readingMinutes(text, wordCount) : 0,
      canonicalUrl: meta.canonicalUrl,
      ...(meta.ampUrl ? { ampUrl: meta.ampUrl } : {}),
      ...(meta.isAmp ? { isAmp: true } : {}),
      ...(meta.nextPage ? { nextPage: meta.nextPage } : {}),
      ...(meta.prevPage ? { prevPage: meta.prevPage } : {}),
    },
    sentences,
    summary,
    timeline,
    sources,
    timings,
    ...(ex.notices.length ? { warnings: ex.notices.map(noticeText), notices: ex.notices } : {}),
  };
}

/** A notice in English, as `warnings` carries it. */
export function noticeText(notice: Notice): string {
  switch (notice.code) {
    case 'huge-page':
      return `Very large page (${notice.elements} elements): used a faster, simpler extraction.`;
    case 'readability-failed':
      return `Readability gave up (${notice.detail}); used a simpler extraction.`;
    case 'readability-empty':
      return 'Readability found no story; used a simpler extraction.';
    case 'next-page':
      return `This story continues on another page (${notice.url}); Lede read this page only.`;
  }
}

export function analyze(document: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeSteps(document, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, awaiting `pause()` between stages (e.g. a macrotask, to let the page paint). */
export async function analyzeInSteps(document: Document, url: string, pause: () => Promise<void>, options: AnalyzeOptions = {}): Promise<Analysis> {
  const steps = analyzeSteps(document, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * Optional AI summary through Chrome's built-in, on-device Summarizer API (Chrome 138+).
 * Nothing is sent anywhere: the model runs in the browser. Absent in Firefox and older Chrome,
 * where callers simply show nothing (the extractive summary always works).
 *
 * Rules of the API that shape this module:
 * - `availability(options)` and `create(options)` take the same options.
 * - `create()` needs a user gesture while the model is 'downloadable'/'downloading', so
 *   `summarizeArticle()` calls it first thing, synchronously from the click handler's task.
 * - Input beyond `inputQuota` is refused: the text is cut at a paragraph boundary and the
 *   result says so.
 */
import type { Analysis } from '../core/types';
import { t } from './i18n';

export type AiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'short';
  sharedContext: string;
  expectedInputLanguages: string[];
  outputLanguage: string;
}

interface ProgressEventLike extends Event {
  /** 0..1 */
  loaded: number;
}

interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: ProgressEventLike) => void): void;
}

export interface SummarizerInstance {
  summarize(input: string, options?: { signal?: AbortSignal; context?: string }): Promise<string>;
  readonly inputQuota?: number;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  destroy?(): void;
}

export interface SummarizerApi {
  availability(options?: Partial<SummarizerOptions>): Promise<AiAvailability>;
  create(options: SummarizerOptions & { monitor?: (m: CreateMonitor) => void; signal?: AbortSignal }): Promise<SummarizerInstance>;
}

export interface AiSummaryResult {
  /** The model's key points, one per item, bullets stripped. */
  points: string[];
  /** True when the article was longer than the model accepts and only its beginning was summarized. */
  truncated: boolean;
}

/** The Summarizer constructor when this engine has one. */
export function summarizerApi(scope: typeof globalThis = globalThis): SummarizerApi | null {
  const api = (scope as unknown as { Summarizer?: Partial<SummarizerApi> }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerApi) : null;
}

/** Options for this article: its language in and out (English when the page doesn't say). */
export function summarizerOptions(analysis: Analysis): SummarizerOptions {
  const lang = (analysis.article.lang ?? '').toLowerCase().split(/[-_]/)[0] || 'en';
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    sharedContext: `A news article${analysis.article.siteName ? ` from ${analysis.article.siteName}` : ''}: “${analysis.article.title}”.`,
    expectedInputLanguages: [lang],
    outputLanguage: lang,
  };
}

/** 'unavailable' when the API is missing, refuses this language, or throws. Never prompts a download. */
export async function summarizerAvailability(analysis: Analysis, scope: typeof globalThis = globalThis): Promise<AiAvailability> {
  const api = summarizerApi(scope);
  if (!api || !analysis.article.text.trim()) return 'unavailable';
  try {
    return await api.availability(summarizerOptions(analysis));
  } catch {
    return 'unavailable';
  }
}

/** Splits the model's plain-text key points into items ("* a\n* b", "- a", "1. a", or bare lines). */
export function parseKeyPoints(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[*•\-–—]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

/** The longest run of whole paragraphs (cut to sentences if need be) with `ratio` of the text's length. */
export function cutToFit(text: string, ratio: number): string {
  const limit = Math.max(0, Math.floor(text.length * ratio));
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const paragraph = head.lastIndexOf('\n\n');
  if (paragraph > limit * 0.5) return head.slice(0, paragraph).trim();
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return (sentence > 0 ? head.slice(0, sentence + 1) : head).trim();
}

/**
 * Summarizes the article. Call it directly from a click handler: `create()` runs before any
 * other await so the user gesture still counts for the model download.
 */
export async function summarizeArticle(
  analysis: Analysis,
  { onProgress, signal, scope = globalThis }: { onProgress?: (loaded: number) => void; signal?: AbortSignal; scope?: typeof globalThis } = {},
): Promise<AiSummaryResult> {
  const api = summarizerApi(scope);
  if (!api) throw new Error(t('aiErrUnavailable'));
  const summarizer = await api.create({
    ...summarizerOptions(analysis),
    signal,
    monitor(m) {
      m.addEventListener('downloadprogress', (e) => onProgress?.(Math.min(1, Math.max(0, Number(e.loaded) || 0))));
    },
  });
  try {
    let input = analysis.article.text.trim();
    let truncated = false;
    const quota = summarizer.inputQuota;
    if (summarizer.measureInputUsage && typeof quota === 'number' && Number.isFinite(quota)) {
      // Token counts aren't linear in characters: shrink until it fits (two rounds are usually enough).
      for (let round = 0; round < 4; round++) {
        const usage = await summarizer.measureInputUsage(input, { signal });
        if (usage <= quota) break;
        input = cutToFit(input, (quota / usage) * 0.9);
        truncated = true;
      }
    }
    const output = await summarizer.summarize(input, { signal });
    const points = parseKeyPoints(output);
    if (!points.length) throw new Error(t('aiErrEmpty'));
    return { points, truncated };
  } finally {
    summarizer.destroy?.();
  }
}

/**
 * The one typed result of `analyze(document, url)`.
 * The JSON shape is stable: scripts and tests outside the core read it.
 * Add fields freely; never rename these.
 */

export interface Detection {
  /** 0..1: how sure we are that this is a news/editorial article. */
  score: number;
  /** Human-readable reasons, e.g. "JSON-LD NewsArticle", "og:type=article". */
  reasons: string[];
}

export interface LeadImage {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface Article {
  title: string;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  /** ISO 8601 with offset, e.g. "2018-07-06T20:10:00-04:00"; null when unknown. */
  publishedTime: string | null;
  modifiedTime?: string | null;
  lang: string | null;
  dir?: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage?: LeadImage;
  /** Clean story text: paragraphs separated by blank lines. */
  text: string;
  /** Story HTML, sanitized with DOMPurify (no scripts, handlers, javascript:/data: links). */
  html: string;
  wordCount: number;
  readingMinutes: number;
  /** Canonical URL from <link rel=canonical>/og:url, when the page gives one. */
  canonicalUrl?: string | null;
  /** <link rel=amphtml>: the AMP version of this story (metadata only, never fetched). */
  ampUrl?: string | null;
  /** This page is the AMP version (<html amp>); canonicalUrl then names the regular page. */
  isAmp?: boolean;
  /** A story continued on other pages (<link rel=next/prev>): addresses only, never fetched. */
  nextPage?: string | null;
  prevPage?: string | null;
}

export interface SummarySentence {
  text: string;
  /** Index into `sentences` (the article's sentences in reading order). */
  index: number;
}

/**
 * How precise a timeline date is. "week": `date` is that ISO week's Monday ("last week");
 * "quarter": `date` is the quarter's first month ("the third quarter" of 1989 → "1989-07").
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year';

export interface TimelineEvent {
  /**
   * Sortable ISO date cut to its precision: day "2018-06-12", week "2013-03-11" (its Monday),
   * month "2018-06", quarter "1989-07" (its first month), season "2017-09" (its first month), year "2017".
   */
  date: string;
  precision: DatePrecision;
  /** For precision "season": which one. */
  season?: 'spring' | 'summer' | 'fall' | 'winter';
  /** What happened, short. */
  label: string;
  /** The sentence the date came from. */
  quote: string;
  /** Index into `sentences`; -1 for events taken from metadata (publication). */
  sentenceIndex: number;
  /** The date words as written ("last fall", "Thursday"). */
  dateText?: string;
  kind?: 'event' | 'published' | 'post';
  /** The date lies after the publication (or the post's own date): the story reports it as planned or expected. */
  expected?: boolean;
  /**
   * For the events the core words itself (its \`label\` is English): who publishes (kind
   * "published"; absent when the site is unknown) or who posts (kind "post"), and for a post
   * the words quoted in the label. The UI words these events in its own language from them.
   */
  who?: string;
  said?: string;
}

export type SourceKind = 'publication' | 'social' | 'agency' | 'document' | 'link' | 'publisher' | 'author' | 'person' | 'organization';

/** One place where the story relies on a source. */
export interface SourcePassage {
  /** The sentence, as in `sentences[sentenceIndex]`. */
  text: string;
  sentenceIndex: number;
  /** The cue as written: "said", "told Fox News", "according to", "wrote in a memo". */
  cue: string;
  /** For unnamed sources: how the story describes it here ("a source familiar with the talks"). */
  who?: string;
}

export interface Source {
  name: string;
  kind: SourceKind;
  url?: string;
  /** The first passage that relies on it (the sentence), or what a post, credit or link says. */
  quote?: string;
  /** Social posts: the network ("twitter", "bluesky", "mastodon", "threads", "instagram", "facebook", "tiktok", "other"). */
  platform?: string;
  /** Social posts: handle, author and date of the embedded post. */
  handle?: string;
  author?: string;
  date?: string;
  /** The usual spelling of a known outlet when the page writes it differently ("Chosen Ilbo" → "The Chosun Ilbo"). */
  knownAs?: string;
  /** How many times the story cites it. */
  count?: number;
  /** Title or role as the story gives it: "Sen.", "a spokesperson for the campaign", "Texas Rep.". */
  role?: string;
  /** The first cue: "said", "told Fox News", "according to". */
  cue?: string;
  /** Where the source said it, when the story names it ("Fox News" in "told Fox News"): a channel, not a source. */
  channel?: string;
  /** Every attributed passage, in story order. */
  passages?: SourcePassage[];
  /** A source the story does not name ("officials", "a source familiar with the talks"); `name` is the description. */
  unnamed?: boolean;
  /** A named group of people rather than one person ("Democrats", "Iowans"). */
  group?: boolean;
}

/** Something about how the story was read, as data (see `noticeText` for the English wording). */
export type Notice =
  | { code: 'huge-page'; elements: number }
  | { code: 'readability-failed'; detail: string }
  | { code: 'readability-empty' }
  | { code: 'next-page'; url: string };

export interface Analysis {
  url: string;
  isArticle: boolean;
  detection: Detection;
  article: Article;
  /** All sentences of the story in reading order; summary and timeline indices point here. */
  sentences: string[];
  /**
   * The summary: the story's news first, then what explains it. `more` (optional; absent in
   * digests saved before it existed): further sentences a reader can ask for, best first.
   */
  summary: { sentences: SummarySentence[]; more?: SummarySentence[] };
  timeline: TimelineEvent[];
  sources: Source[];
  /** Milliseconds spent per stage (diagnostics). */
  timings?: Record<string, number>;
  /** Set when something degraded (e.g. the page was too large for full extraction). */
  /** What went less well, in English (CLI, exports); `notices` says the same as data. */
  warnings?: string[];
  /** The warnings as data, in the same order, for a UI to word in its own language. */
  notices?: Notice[];
}

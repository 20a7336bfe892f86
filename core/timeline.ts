/**
 * Timeline: the events a story mentions, dated with chrono-node against the date of the text
 * each phrase stands in (the publication date; an embedded post's own date inside that post),
 * merged when two mentions are one event (the caption's "June 12, 2018" and the body's
 * "last month" are one summit), sorted, with the publication itself included.
 */
import type { TimelineEvent, DatePrecision } from './types';
import type { SentenceInfo } from './story';
import { findDates, newDateContext, toCalendarDate, type CalendarDate, type FoundDate } from './dates';
import { dayNumber, PRECISION_RANK, spanOf } from './calendar';
import { keywords } from './summarize';
import { labelFor } from './label';

export interface TimelineInput {
  sentences: SentenceInfo[];
  publishedTime: string | null;
  /** The page's last modification, when it gives one: an event dated before it is not "expected" (an evergreen page updated since). */
  modifiedTime?: string | null;
  siteName: string | null;
  title: string;
  lang: string;
}

const KIND_RANK: Record<string, number> = { paragraph: 5, list: 4, quote: 3, heading: 2, post: 2, caption: 1, table: 1 };

export { labelFor };

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether `w` starts a word of `t` (no expression compiled per word: this runs for every word two mentions share). */
function startsWord(t: string, w: string): boolean {
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) if (i === 0 || !WORD_CHAR.test(t[i - 1])) return true;
  return false;
}

/** One date lies within the other (a day in its month, a month in its quarter). */
function compatible(a: Pick<Candidate, 'span'>, b: Pick<Candidate, 'span'>): boolean {
  const x = a.span;
  const y = b.span;
  if (!x || !y) return false;
  return (x[0] >= y[0] && x[1] <= y[1]) || (y[0] >= x[0] && y[1] <= x[1]);
}

interface Candidate extends TimelineEvent {
  words: Set<string>;
  rank: number;
  /** The days its date covers, [first, last]. */
  span: [number, number] | null;
}

export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const { sentences, publishedTime, siteName, lang } = input;
  const published = publishedTime ? toCalendarDate(publishedTime) : null;
  const modified = input.modifiedTime ? toCalendarDate(input.modifiedTime) : null;
  const modifiedDay = modified ? dayNumber(modified) : -Infinity;
  const candidates: Candidate[] = [];
  // What the story has said so far (for "the next day", "a year earlier"); an embedded post reads on its own.
  const story = newDateContext();

  sentences.forEach((s, index) => {
    const postDay = s.post?.date ? toCalendarDate(s.post.date) : null;
    const ref: CalendarDate | null = s.kind === 'post' ? postDay ?? published : published;
    const ctx = s.kind === 'post' ? newDateContext() : story;
    ctx.sentence = index;
    let found: FoundDate[];
    if (ref) found = findDates(s.text, ref, lang, ctx);
    else {
      // No reference date: keep only dates that name their own year.
      found = findDates(s.text, { year: 2000, month: 1, day: 1 }, lang, ctx).filter((d) => /\b\d{4}\b/.test(d.text));
    }
    for (const d of found) {
      let label = labelFor(s.text, d.text);
      if (!label) continue; // nothing but the date: a timestamp line, not an event
      if (s.kind === 'post' && s.post?.author) label = `${s.post.author.split(' ').pop()}: ${label}`;
      candidates.push({
        date: d.date,
        precision: d.precision,
        ...(d.season ? { season: d.season } : {}),
        label,
        quote: s.text,
        sentenceIndex: index,
        dateText: d.text,
        kind: 'event',
        // After the text's date (and after the page's last update): planned or expected.
        ...(d.expected && ref && (s.kind === 'post' || (spanOf(d.date, d.precision)?.[0] ?? 0) > modifiedDay) ? { expected: true } : {}),
        // Shared words decide merging; the date words themselves must not count.
        words: keywords(s.text.replace(d.text, ' ')),
        rank: KIND_RANK[s.kind] ?? 0,
        span: spanOf(d.date, d.precision),
      });
    }
  });

  // Embedded posts are events of their own: the day they were posted.
  const seenPosts = new Set<number>();
  sentences.forEach((s, index) => {
    if (s.kind !== 'post' || !s.post?.date || seenPosts.has(s.block)) return;
    seenPosts.add(s.block);
    const text = sentences.filter((x) => x.block === s.block).map((x) => x.text).join(' ');
    const who = s.post.handle ?? s.post.author;
    const short = text.length > 90 ? text.slice(0, 88).replace(/\s+\S*$/, '') + '…' : text;
    candidates.push({
      date: s.post.date,
      precision: 'day',
      label: `${who ?? 'A post'} posts: “${short}”`,
      ...(who ? { who } : {}),
      said: short,
      quote: text,
      sentenceIndex: index,
      dateText: s.post.dateText,
      kind: 'post',
      words: keywords(text),
      rank: 6,
      span: spanOf(s.post.date, 'day'),
    });
  });

  // Merge mentions of one event: compatible dates and shared words that are rare in the story
  // (the caption's "summit … Singapore" and the body's "summit in Singapore"; not "stock" and
  // "prices" in a markets story, where every sentence has them).
  // How many sentences hold a word (its stem as a word start), counted only for the words two
  // mentions share: most pages never need it.
  const RARE = 3;
  let lower: string[] | null = null;
  const df = new Map<string, number>();
  const sentencesWith = (w: string): number => {
    let n = df.get(w);
    if (n !== undefined) return n;
    lower ??= sentences.map((x) => x.text.toLowerCase());
    // only "rare or not" is asked: stop counting past RARE (common words would scan every sentence)
    n = 0;
    for (const t of lower) if (startsWord(t, w) && ++n > RARE) break;
    df.set(w, n);
    return n;
  };
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const same = merged.find((m) => {
      if (m.kind !== c.kind || !compatible(m, c)) return false;
      // A year alone is too coarse to say two mentions are one event.
      if (m.date !== c.date && (m.precision === 'year' || c.precision === 'year')) return false;
      if (m.sentenceIndex === c.sentenceIndex) return true; // one sentence, nested dates: "next month, on April 8"
      let shared = 0;
      for (const w of c.words) if (m.words.has(w) && sentencesWith(w) <= RARE) shared++;
      return m.date === c.date && c.precision === 'day' ? shared >= 1 : shared >= 2;
    });
    if (!same) {
      merged.push({ ...c });
      continue;
    }
    // Keep the most precise date, with the words that say it (a date is never more precise than
    // its dateText), and the best-placed sentence (body text over captions) for the label.
    if (PRECISION_RANK[c.precision] > PRECISION_RANK[same.precision]) {
      same.date = c.date;
      same.precision = c.precision;
      same.span = c.span;
      same.dateText = c.dateText;
      if (c.season) same.season = c.season;
      else delete same.season;
      if (c.expected) same.expected = true;
      else delete same.expected;
    }
    if (c.rank > same.rank) {
      same.label = c.label;
      if (c.who) same.who = c.who;
      if (c.said !== undefined) same.said = c.said;
      same.quote = c.quote;
      same.sentenceIndex = c.sentenceIndex;
      if (c.precision === same.precision && c.date === same.date) same.dateText = c.dateText;
      same.rank = c.rank;
    }
    for (const w of c.words) same.words.add(w);
  }

  const events: TimelineEvent[] = merged.map(({ words: _w, rank: _r, span: _s, ...e }) => e);
  if (published) {
    const day = `${published.year}-${String(published.month).padStart(2, '0')}-${String(published.day).padStart(2, '0')}`;
    events.push({
      date: day,
      precision: 'day',
      label: siteName ? `${siteName} publishes this story` : 'This story is published',
      ...(siteName ? { who: siteName } : {}),
      quote: input.title,
      sentenceIndex: -1,
      kind: 'published',
    });
  }
  // Sort by date (seasons by their first month); on the same date, mentions before publication.
  return events.sort((a, b) => (a.date === b.date ? (a.kind === 'published' ? 1 : b.kind === 'published' ? -1 : a.sentenceIndex - b.sentenceIndex) : a.date < b.date ? -1 : 1));
}

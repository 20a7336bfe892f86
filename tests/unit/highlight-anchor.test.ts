/**
 * Re-anchoring highlights (lib/highlights/anchor.ts, marks.ts): a quote found again after the
 * page moved it, when it appears twice, when white space changed, and not found when it is gone;
 * marks that wrap a highlight and leave no trace when removed.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { anchorQuote, describeRange, indexText, matchQuote, readableQuote, type QuoteSelector } from '../../lib/highlights/anchor';
import { anchorAndMark, unwrapMarks, wrapRange } from '../../lib/highlights/marks';

function dom(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

/** A Range over the first occurrence of `text` inside one text node of `doc`. */
function select(doc: Document, text: string, nth = 0): Range {
  const walker = doc.createTreeWalker(doc.body, 4);
  let seen = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (let at = n.data.indexOf(text); at >= 0; at = n.data.indexOf(text, at + 1)) {
      if (seen++ < nth) continue;
      const r = doc.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      return r;
    }
  }
  throw new Error(`"${text}" not in the document`);
}

const STORY = `
<article>
  <h1>Mike Pompeo Giving Kim Jong Un 'Rocket Man' CD</h1>
  <p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.</p>
  <p>Secretary of State Mike Pompeo left for North Korea Thursday for a round of <a href="https://example.com">diplomatic talks</a>, reportedly carrying a letter.</p>
  <p>The paper quoted sources in Washington DC.</p>
</article>`;

function quoteFrom(html: string, text: string, nth = 0): QuoteSelector {
  const doc = dom(html);
  return describeRange(indexText(doc.body), select(doc, text, nth))!;
}

describe('describing a selection', () => {
  it('keeps the exact text, up to 32 characters of context each side and the position', () => {
    const q = quoteFrom(STORY, 'once ruled the pop charts');
    expect(q.exact).toBe('once ruled the pop charts');
    expect(q.prefix.endsWith('Elton John ')).toBe(true);
    expect(q.suffix.startsWith(', now he has entered')).toBe(true);
    expect(q.prefix.length).toBeLessThanOrEqual(32);
    expect(q.suffix.length).toBe(32);
    expect(q.end - q.start).toBe(q.exact.length);
  });

  it('trims white space at the edges and keeps paragraphs apart', () => {
    const doc = dom('<p>first paragraph ends</p><p>second one starts</p>');
    const r = doc.createRange();
    const [a, b] = Array.from(doc.querySelectorAll('p'));
    r.setStart(a.firstChild!, 6);
    r.setEnd(b.firstChild!, 10);
    const q = describeRange(indexText(doc.body), r)!;
    expect(q.exact).toBe('paragraph ends\nsecond one');
    expect(readableQuote('  once ruled\n\n   the   pop charts ')).toBe('once ruled\nthe pop charts');
  });

  it('is null for a white-space-only selection', () => {
    const doc = dom('<p>a</p>\n   <p>b</p>');
    const r = doc.createRange();
    r.setStart(doc.body, 1);
    r.setEnd(doc.body, 2);
    expect(describeRange(indexText(doc.body), r)).toBeNull();
  });
});

describe('re-anchoring a quote', () => {
  it('finds it in the unchanged page (and the range covers exactly the quote)', () => {
    const q = quoteFrom(STORY, 'once ruled the pop charts');
    const doc = dom(STORY);
    expect(anchorQuote(indexText(doc.body), q)?.toString()).toBe('once ruled the pop charts');
  });

  it('a quote that moved: new paragraphs before it, the position hint is wrong', () => {
    const q = quoteFrom(STORY, 'left for North Korea Thursday');
    const moved = STORY.replace('<h1>', '<p>Breaking: an update was added at the top of this story, and then another one.</p><p>And one more.</p><h1>');
    const doc = dom(moved);
    const range = anchorQuote(indexText(doc.body), q)!;
    expect(range.toString()).toBe('left for North Korea Thursday');
    expect(range.startContainer.parentElement!.textContent).toMatch(/^Secretary of State/);
  });

  it('a quote that appears twice: the context picks the right one, whatever the hint says', () => {
    const twice = `<p>In 1974 the singer once ruled the pop charts with a ballad.</p><p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.</p>`;
    const second = quoteFrom(twice, 'once ruled the pop charts', 1);
    const first = quoteFrom(twice, 'once ruled the pop charts', 0);
    const doc = dom(twice);
    const index = indexText(doc.body);
    const p = (r: Range | null) => r?.startContainer.parentElement?.textContent?.slice(0, 8);
    expect(p(anchorQuote(index, second))).toBe('Elton Jo');
    expect(p(anchorQuote(index, first))).toBe('In 1974 ');
    // Both moved (a paragraph inserted in between), with stale hints: still the right ones.
    const moved = dom(twice.replace('</p><p>', '</p><p>An unrelated paragraph that pushes everything after it further down the page.</p><p>'));
    const movedIndex = indexText(moved.body);
    expect(p(anchorQuote(movedIndex, { ...second, start: 0, end: 25 }))).toBe('Elton Jo');
    expect(p(anchorQuote(movedIndex, { ...first, start: 5000, end: 5025 }))).toBe('In 1974 ');
  });

  it('identical context twice: the position hint decides', () => {
    const same = '<p>Repeat after me: the same words here.</p><p>Repeat after me: the same words here.</p>';
    const doc = dom(same);
    const index = indexText(doc.body);
    for (const nth of [0, 1]) {
      const q = quoteFrom(same, 'the same words', nth);
      const r = anchorQuote(index, q)!;
      expect(r.startContainer).toBe(doc.querySelectorAll('p')[nth].firstChild);
    }
  });

  it('white space changes: re-wrapped, re-indented, non-breaking spaces, paragraphs joined', () => {
    const q = quoteFrom(STORY, 'once ruled the pop charts, now he has entered');
    for (const variant of [
      STORY.replace('once ruled the pop charts, now he', 'once ruled\n      the pop   charts,\n now he'),
      STORY.replace('the pop charts', 'the\u00a0pop\u00a0charts'),
      STORY.replace('once ruled the pop charts', 'once <em>ruled</em> the <a href="#">pop charts</a>'),
    ]) {
      const doc = dom(variant);
      const r = anchorQuote(indexText(doc.body), q);
      expect(r?.toString().replace(/\s+/g, ' '), variant.slice(40, 120)).toBe('once ruled the pop charts, now he has entered');
    }
    // A quote across two paragraphs, found where the page has no white space between them.
    const across = quoteFrom('<p>annals of diplomatic history.</p>\n<p>Secretary of State</p>', 'history.');
    const spanning = { ...across, exact: 'diplomatic history.\nSecretary of State', start: 11, end: 50 };
    const tight = dom('<div><p>annals of diplomatic history.</p><p>Secretary of State</p></div>');
    expect(anchorQuote(indexText(tight.body), spanning)?.toString()).toBe('diplomatic history.Secretary of State');
  });

  it('small edits: a corrected typo is still found, with its context', () => {
    const q = quoteFrom(STORY, 'reportedly carrying a letter');
    const edited = dom(STORY.replace('reportedly carrying a letter', 'reportedly carying a leter'));
    expect(anchorQuote(indexText(edited.body), q)?.toString()).toBe('reportedly carying a leter');
  });

  it('a quote that is gone is not found, even when similar words remain elsewhere', () => {
    const q = quoteFrom(STORY, 'now he has entered the annals of diplomatic history');
    const gone = dom(STORY.replace('<p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.</p>', '<p>He entered history.</p>'));
    expect(anchorQuote(indexText(gone.body), q)).toBeNull();
    expect(matchQuote('', q)).toBeNull();
    expect(matchQuote('completely different text about the weather and nothing else at all', q)).toBeNull();
  });

  it('a quote made in the reader is found in the page (different markup around the same text)', () => {
    const reader = '<div class="lr-body"><p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.</p><p>Secretary of State Mike Pompeo left.</p></div>';
    const q = quoteFrom(reader, 'once ruled the pop charts');
    const page = dom(`<header><nav>Home Sections</nav></header>${STORY}<footer>Most Popular</footer>`);
    expect(anchorQuote(indexText(page.body), q)?.toString()).toBe('once ruled the pop charts');
  });

  it('never lands in script or style text (JSON-LD often repeats the whole story)', () => {
    const doc = dom('<script type="application/ld+json">{"articleBody": "Elton John once ruled the pop charts."}</script><style>.x{}</style><p>Elton John once ruled the pop charts.</p>');
    const index = indexText(doc.body);
    const r = anchorQuote(index, { exact: 'once ruled the pop charts', prefix: '', suffix: '', start: NaN, end: NaN })!;
    expect(r.startContainer.parentElement!.tagName).toBe('P');
  });
});

describe('marks', () => {
  it('wrap a highlight that spans paragraphs and inline links; removing them restores the DOM exactly', () => {
    const doc = dom(STORY);
    const before = doc.body.innerHTML;
    const r = doc.createRange();
    r.setStart(select(doc, 'the annals').startContainer, select(doc, 'the annals').startOffset);
    const talks = select(doc, 'diplomatic talks');
    r.setEnd(talks.endContainer, talks.endOffset);
    const marks = wrapRange(r, () => doc.createElement('mark'));
    expect(marks.map((m) => m.textContent)).toEqual(['the annals of diplomatic history.', 'Secretary of State Mike Pompeo left for North Korea Thursday for a round of ', 'diplomatic talks']);
    expect(doc.querySelectorAll('article > mark')).toHaveLength(0); // no mark in the white space between paragraphs
    unwrapMarks(marks);
    expect(doc.body.innerHTML).toBe(before);
    expect(Array.from(doc.querySelectorAll('p')).every((p) => Array.from(p.childNodes).every((n, i, all) => n.nodeType !== 3 || all[i + 1]?.nodeType !== 3))).toBe(true);
  });

  it('overlapping highlights, and two starting at the same place, each keep their marks', () => {
    const doc = dom('<p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.</p>');
    const before = doc.body.innerHTML;
    const q = (t: string) => describeRange(indexText(doc.body), select(doc, t))!;
    const items = [q('once ruled the pop'), q('the pop charts, now'), q('once ruled'), q('annals of diplomatic'), q('annals')].map((quote, i) => ({ id: i, quote }));
    const shown = anchorAndMark(doc.body, items, () => doc.createElement('mark'));
    expect(shown.every((s) => s.marks.length > 0)).toBe(true);
    // Each highlight's marks cover exactly its text (marks nest where highlights overlap).
    expect(shown.map((s) => s.marks.map((m) => m.textContent).join(''))).toEqual(['once ruled the pop', 'the pop charts, now', 'once ruled', 'annals of diplomatic', 'annals']);
    expect(doc.body.textContent).toBe('Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.');
    unwrapMarks(shown.flatMap((s) => s.marks));
    expect(doc.body.innerHTML).toBe(before);
  });

  it('anchor many at once: each gets its marks; a missing one gets none; the text is unchanged', () => {
    const source = dom(STORY);
    const index = indexText(source.body);
    const items = ['once ruled', 'pop charts', 'Mike Pompeo left', 'Washington DC', 'annals of diplomatic history'].map((t, i) => ({
      id: String(i),
      quote: describeRange(index, select(source, t))!,
    }));
    items.push({ id: 'gone', quote: { exact: 'this sentence was never in the story at all', prefix: '', suffix: '', start: 0, end: 0 } });
    const doc = dom(STORY);
    const text = doc.body.textContent;
    const shown = anchorAndMark(doc.body, items, (item) => {
      const m = doc.createElement('mark');
      m.dataset.id = item.id;
      return m;
    });
    expect(shown.map((s) => s.marks.map((m) => m.textContent).join(''))).toEqual(['once ruled', 'pop charts', 'Mike Pompeo left', 'Washington DC', 'annals of diplomatic history', '']);
    expect(doc.body.textContent).toBe(text);
    // Re-anchoring over the marked DOM finds the same text.
    expect(anchorQuote(indexText(doc.body), items[1].quote)?.toString()).toBe('pop charts');
  });
});

/**
 * Article detection (issue 13): one story versus many, read as a person reads a page. One test
 * (or a few) per cause the issue names, each on a small page shaped like the real ones, plus the
 * rule that the popup's verdict is the badge's.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../cli/dom';
import { detect, words } from '../../core/detect';
import { countWords } from '../../core/text';
import { analyzeHtml } from './support/analyze-html';
import { FIXTURES, fixture } from './helpers';

const URL = 'https://news.example.com/2024/05/16/story/';
const run = (html: string, url = URL) => detect(parseDocument(html), url);
const reasons = (html: string, url = URL) => run(html, url).reasons.join('; ');

const META = '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-16T09:00:00Z">';
const page = (body: string, head = META) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title>${head}</head><body>${body}</body></html>`;
const CHROME = {
  top: '<header><a class="logo" href="/">The Example Ledger</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/sports/">Sports</a></li></ul></nav></header>',
  bottom: '<footer><p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · © 2024 The Example Ledger</p></footer>',
};

const SENTENCES = [
  'The city council approved the new ferry schedule on Tuesday after a three-hour hearing.',
  'Riders will see two more sailings on weekday mornings starting in June.',
  'The transit agency said the change would cost about $1.2 million a year.',
  '"This is the schedule people asked for," said council member Ana Ruiz.',
  'Opponents said the money would be better spent on buses.',
  'The vote was 6 to 3.',
  'Ferry ridership has recovered to 85 percent of its 2019 level, the agency said.',
  'Crews will need to be hired before the extra sailings can begin.',
  'The agency plans a job fair at the terminal next month.',
  'A final review of the budget is expected in August.',
  'Commuters at the terminal on Wednesday said the early boats fill up within minutes.',
  'Some said they had switched to driving because the 7 a.m. boat was often full.',
  'The agency will publish the new timetable on its website next week.',
  'Weekend service is not affected by the change.',
];

/** A story in one-sentence paragraphs, as wire copy and CNN stories are written. */
const shortParagraphStory = (n = SENTENCES.length) =>
  `<article><h1>Council approves new ferry schedule</h1>${SENTENCES.slice(0, n).map((s) => `<p>${s}</p>`).join('')}</article>`;

/** A teaser card: headline linked elsewhere, excerpt, byline, date. */
const card = (i: number, excerptWords = 40) =>
  `<article class="teaser"><h2><a href="/news/2024/05/${10 + i}/story-${i}/">Headline number ${i} about something that happened in town</a></h2>` +
  `<p class="excerpt">${Array.from({ length: Math.ceil(excerptWords / 10) }, () => 'The excerpt says what the story is about in a sentence.').join(' ')}</p>` +
  `<p class="meta">By Staff Writer · <time datetime="2024-05-${10 + i}">May ${10 + i}</time></p></article>`;

describe('stories written in short paragraphs', () => {
  it('a wire story of one-sentence paragraphs is an article (the amount of text counts, not long paragraphs)', () => {
    const r = run(page(CHROME.top + shortParagraphStory() + CHROME.bottom));
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join('; ')).toMatch(/a short story \(\d+ words in 14 paragraphs\)/);
    expect(r.reasons.join('; ')).not.toMatch(/little|almost no/);
  });

  it('the short-paragraph wire fixture (with related cards and a rail) is an article', () => {
    const r = run(fixture('wire-short-paragraphs.html'), 'https://www.harborledger.com/news/2024/05/16/ferry-strike-ends-tentative-deal/');
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join('; ')).not.toMatch(/list of/);
  });
});

describe('short stories and briefs', () => {
  it('a two-sentence story with og:type=article, a publication time, one headline and <article> is an article', () => {
    const r = run(page(shortParagraphStory(2)));
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join('; ')).toMatch(/little text \(\d+ words\)/);
  });

  it('a 70-word brief followed by a row of related teasers is still one story', () => {
    const html = page(`${CHROME.top}<main><article><h1>Shipyard wins ferry contract</h1><p>By Tom Ashby · <time datetime="2024-05-17">May 17</time></p>${SENTENCES.slice(0, 6).map((s) => `<p>${s}</p>`).join('')}</article><section><h2>More from Business</h2><div class="row">${[1, 2, 3, 4].map((i) => card(i, 30)).join('')}</div></section></main>${CHROME.bottom}`);
    const r = run(html);
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join('; ')).not.toMatch(/list of/);
    expect(run(fixture('news-brief.html'), 'https://www.harborledger.com/business/2024/05/17/shipyard-hybrid-ferries-contract/').isArticle).toBe(true);
  });

  it('a brief is a story even when the teasers after it are as long as it is (its headline reads as a headline, not a label)', () => {
    const html = page(`<main><article><h1>Shipyard wins ferry contract worth $210 million</h1>${SENTENCES.slice(0, 5).map((s) => `<p>${s}</p>`).join('')}</article><section><h2>Read more</h2><div class="row">${[1, 2, 3, 4, 5, 6].map((i) => card(i, 60)).join('')}</div></section></main>`);
    expect(run(html).isArticle).toBe(true);
    // The same text under a label ("Business") is a section page's blurb over a list.
    expect(run(html.replace('Shipyard wins ferry contract worth $210 million', 'Business')).reasons.join('; ')).toMatch(/a list of 6 teasers/);
  });

  it('the popup no longer drops stories under 80 extracted words: its verdict is the detector’s', () => {
    const { analysis } = analyzeHtml(page(shortParagraphStory(3)), URL);
    expect(analysis.article.wordCount).toBeLessThan(80);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.detection.reasons.join('; ')).not.toMatch(/too short/);
  });
});

describe('story pages with many headings in their chrome', () => {
  it('mega menus, footers and rails full of headline links do not make a story a list', () => {
    const menu = `<nav class="mega">${Array.from({ length: 30 }, (_, i) => `<h3><a href="/section-${i}/">Section ${i} and its many stories</a></h3>`).join('')}</nav>`;
    const rail = `<aside>${Array.from({ length: 12 }, (_, i) => card(i, 20)).join('')}</aside>`;
    const related = `<section class="more">${Array.from({ length: 8 }, (_, i) => `<h3><a href="/news/2024/05/0${i}/other-${i}/">Another story worth reading from this week, number ${i}</a></h3>`).join('')}</section>`;
    const r = run(page(`<header>${menu}</header><main>${shortParagraphStory()}${related}</main>${rail}${CHROME.bottom}`));
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join('; ')).not.toMatch(/list of|many headlines/);
  });

  it('a login form in a modal does not outweigh a whole story', () => {
    const modal = '<div class="modal"><form action="/login"><input type="email" name="e"><input type="password" name="p"><button>Log in</button></form></div>';
    expect(run(page(shortParagraphStory() + modal)).isArticle).toBe(true);
  });
});

describe('the byline', () => {
  const story = (line: string) => page(`<article><h1>Regulator fines the exchange</h1>${line}<p>The fine, imposed by the market regulator and approved by Parliament last week, follows a two-year inquiry into trading halts.</p><p>${SENTENCES.join(' ')}</p></article>`);
  it('"by <Capital>" inside a sentence is no byline', () => {
    expect(reasons(story(''))).not.toMatch(/byline/);
  });
  it('a short "By Jane Doe" line after the headline is one', () => {
    expect(reasons(story('<p class="meta">By Jane Doe, Staff Writer</p>'))).toMatch(/\+1 byline near the headline/);
    expect(reasons(story('<div class="c-byline"><a href="/staff/jd/">Jane Doe</a></div>'))).toMatch(/\+1 byline near the headline/);
  });
  it('an author box is no byline ("author-bio" is not "author")', () => {
    expect(reasons(story('<div class="author-bio__role">City Hall Reporter</div>'))).not.toMatch(/byline/);
  });
});

describe('many stories: lists of teasers', () => {
  const section = (head: string) => page(`${CHROME.top}<main><h1>Politics</h1><p>City hall and the statehouse.</p>${Array.from({ length: 6 }, (_, i) => card(i, 60)).join('')}</main>${CHROME.bottom}`, head);

  it('a section page of six teasers is not an article, even when its CMS says og:type=article', () => {
    for (const head of ['<meta property="og:type" content="website">', META, META + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Politics"}</script>']) {
      const r = run(section(head));
      expect(r.isArticle).toBe(false);
      expect(r.reasons.join('; ')).toMatch(/a list of 6 teasers \(headline \+ excerpt\), not one story/);
    }
  });

  it('teasers whose titles are plain links (no heading) are teasers too', () => {
    const result = (i: number) => `<div class="result"><a class="title" href="/a/${i}">A search result headline that is long enough, number ${i}</a><div class="meta">News · May ${i}</div><div class="snippet">${SENTENCES.slice(0, 2).join(' ')} ${SENTENCES[i]}</div></div>`;
    const r = run(page(`<main><form role="search"><input type="search" name="q"></form>${Array.from({ length: 8 }, (_, i) => result(i)).join('')}</main>`, ''));
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join('; ')).toMatch(/a list of 8 teasers/);
  });

  it('cards that are links as a whole (title and excerpt inside one <a>) are teasers, not the page’s text', () => {
    const linked = (i: number) => `<a class="card" href="/tech/${i}"><div class="card-title">A technology headline of ordinary length, number ${i}</div><p class="card-summary">${SENTENCES[i]} ${SENTENCES[i + 1]}</p><span class="date">Jan ${i}</span></a>`;
    const r = run(page(`<main><h1>Tech</h1><div class="grid">${[1, 2, 3, 4, 5, 6].map(linked).join('')}</div></main>`));
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join('; ')).toMatch(/almost no text of its own.*a list of 6 headline links/);
  });

  it('a list of headline links with times (a "latest news" stream) is not an article', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><time>${i + 1}:00 p.m.</time> <a href="/news/${i}/">A headline of a story published today, number ${i}</a></li>`).join('');
    const r = run(page(`<main><h1>Latest news</h1><ul>${items}</ul></main>`));
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join('; ')).toMatch(/a list of 12 headline links, not one story/);
  });

  it('a link at the top of a story is not a teaser card', () => {
    const html = page(`<article><h1>State swim results</h1><div class="body"><p><a href="https://results.example.org/swim">CLICK FOR FULL STATE SWIM RESULTS</a></p>${SENTENCES.slice(0, 6).map((s) => `<p>${s}</p>`).join('')}</div></article>`);
    expect(run(html).isArticle).toBe(true);
  });
});

describe('pages built around something other than text', () => {
  it('a video with a short description', () => {
    const r = run(page('<main><video src="/v.mp4" controls></video><h1>Watch: the span goes up</h1><p>A time-lapse of the overnight lift of the new bridge span.</p></main>'));
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join('; ')).toMatch(/a video with a short description/);
  });
  it('a photo gallery', () => {
    const figs = Array.from({ length: 8 }, (_, i) => `<figure><img src="/p${i}.jpg" width="1200" height="800" alt=""><figcaption>Picture ${i} of the show, with a caption of a dozen words or so.</figcaption></figure>`).join('');
    const r = run(page(`<main><h1>In pictures: the show</h1><p>Thousands turned out in the sunshine.</p>${figs}</main>`));
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join('; ')).toMatch(/a photo gallery \(8 pictures, little text\)/);
  });
  it('tables of scores or prices with little text', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>Team ${i}</td><td>${i}</td><td>–</td><td>${i + 1}</td><td>Team ${i + 20}</td></tr>`).join('');
    const r = run(page(`<main><h1>Live scores</h1><table>${rows}</table></main>`, '<meta property="og:type" content="website">'));
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join('; ')).toMatch(/data tables \(60 cells\), little text/);
  });
});

describe('text outside paragraphs', () => {
  it('a story written as text and <br>s in a <div> counts as text', () => {
    const body = SENTENCES.concat(SENTENCES).join('<br><br>');
    const r = run(page(`<h1>Council approves new ferry schedule</h1><div class="story">${body}</div>`, ''));
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join('; ')).toMatch(/a story's worth of text|a short story/);
  });
});

describe('words', () => {
  it('counts as core/text countWords does, closely', () => {
    for (const s of [...SENTENCES, 'Nachtzug-Comeback: Neue Verbindung von München nach Rom', '北京市今天宣布新的交通计划', '엘제이의 리벤지인가, 류화영의 코스프레인가']) {
      expect(Math.abs(words(s) - countWords(s))).toBeLessThanOrEqual(Math.max(1, countWords(s) * 0.15));
    }
  });
});

describe('the badge and the popup agree', () => {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')),
    ...readdirSync(join(FIXTURES, 'not-articles')).filter((f) => f.endsWith('.html')).map((f) => `not-articles/${f}`),
  ];
  it.each(files)('%s: analyze() gives the detector’s verdict and reasons', (file) => {
    const url = `https://news.example.com/${file.replace(/\.html$/, '')}`;
    const html = fixture(file);
    const badge = detect(parseDocument(html), url);
    const { analysis } = analyzeHtml(html, url);
    expect(analysis.isArticle).toBe(badge.isArticle);
    expect(analysis.detection.score).toBe(badge.score);
    // The detector's reasons, then only a note of which publication date the timeline counts from.
    expect(analysis.detection.reasons.slice(0, badge.reasons.length)).toEqual(badge.reasons);
    for (const extra of analysis.detection.reasons.slice(badge.reasons.length)) expect(extra).toMatch(/^(published date from|no plausible published date) /);
  });

  it('every negative fixture is refused, with a reason a reader understands', () => {
    for (const file of files.filter((f) => f.startsWith('not-articles/'))) {
      const r = detect(parseDocument(fixture(file)), `https://news.example.com/${file}`);
      expect(r.isArticle, file).toBe(false);
      expect(r.reasons.some((x) => /^-\d/.test(x) && /[a-z]{4}/.test(x)), file).toBe(true);
    }
  });
});

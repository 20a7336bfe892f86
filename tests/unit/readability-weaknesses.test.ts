/**
 * What users complain Readability loses (issue 6), one fixture each, with plain Readability
 * 0.6.0 run on the same page beside Lede where the comparison says something: lazy-loaded
 * images, captions, tables and lists, embedded posts and videos, opening paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { analyzeHtml, parseDocument } from './support/analyze-html';
import { STORY } from './support/bridge-story';

const URL = 'https://news.example.com/2024/03/05/bridge-vote';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Council approves river bridge | The Example Times</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council approves river bridge</h1>${body}</article></main></body></html>`;
}

const lede = (html: string) => analyzeHtml(html, URL).analysis;
const plain = (html: string) => new Readability(parseDocument(html)).parse();
/** The reader article's HTML as a document, to query. */
const readerDoc = (html: string) => parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
const para = (i: number) => `<p>${STORY[i]}</p>`;

describe('lazy-loaded images', () => {
  const body = `${para(0)}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example.com/vote.jpg" alt="The vote"><figcaption>Councillors vote on the bridge.</figcaption></figure>
${para(1)}
<figure><img src="/static/placeholder.gif" data-srcset="https://img.example.com/ramp-800.jpg 800w, https://img.example.com/ramp-1600.jpg 1600w" data-lazy-src="https://img.example.com/ramp-800.jpg" alt="The ramp"></figure>
${para(2)}
<figure><img class="lazy" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt=""><noscript><img src="https://img.example.com/market.jpg" alt="The old market"></noscript></figure>
${para(3)}${para(4)}`;

  it('data-src, data-lazy-src and <noscript> fallbacks become the real images; no placeholder is left', () => {
    const doc = readerDoc(lede(page(body)).article.html);
    const srcs = Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['https://img.example.com/vote.jpg', 'https://img.example.com/ramp-800.jpg', 'https://img.example.com/market.jpg']);
    expect(lede(page(body)).article.html).not.toMatch(/placeholder\.gif|data:image/);
  });
});

describe('captions', () => {
  it('figure captions and caption boxes stay in the reader (out of the story text), with their credit', () => {
    const html = page(`${para(0)}${para(1)}
<figure><img src="https://img.example.com/ramp.jpg" alt=""><figcaption>The eastern ramp, as redesigned. <span class="credit">Photo: Jane Roe/Example Times</span></figcaption></figure>
${para(2)}
<div class="wp-caption"><img src="https://img.example.com/market.jpg" alt=""><p class="wp-caption-text">The old market district in 2019.</p></div>
${para(3)}${para(4)}`);
    const a = lede(html);
    const reader = squash(readerDoc(a.article.html).body.textContent);
    expect(reader).toContain('The eastern ramp, as redesigned.');
    expect(reader).toContain('Photo: Jane Roe/Example Times');
    expect(reader).toContain('The old market district in 2019.');
    expect(a.article.text).not.toContain('The eastern ramp, as redesigned.');
    expect(a.article.text.split('\n\n')).toEqual(STORY);
  });

  it('the lead photo’s caption is kept even where Readability leaves the figure out', () => {
    const html = page(`<figure class="lead"><img src="https://img.example.com/lead.jpg" alt=""><figcaption>The river at dawn, where the bridge will stand. (Photo Jane Roe. AFP)</figcaption></figure>
<div class="story-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`);
    const a = lede(html);
    expect(a.article.leadImage).toMatchObject({ src: 'https://img.example.com/lead.jpg', caption: 'The river at dawn, where the bridge will stand.' });
    expect(a.article.leadImage?.credit).toMatch(/Jane Roe/);
  });
});

describe('tables and lists', () => {
  const rows = [
    ['Option', 'Cost (million)', 'Years'],
    ['Eastern ramp', '80', '4'],
    ['Tunnel', '240', '9'],
    ['Ferry', '12', '1'],
  ];
  const table = `<table><caption>What the council weighed</caption><thead><tr>${rows[0].map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows
    .slice(1)
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const lists = `<ol start="3"><li>Approve the budget</li><li>Hire the engineers<ul><li>one for the ramp</li><li>one for the deck</li></ul></li><li>Break ground in spring</li></ol>`;

  it('a data table keeps its header, rows and caption; an ordered list keeps its start and nesting', () => {
    const a = lede(page(`${para(0)}${para(1)}${table}${para(2)}${lists}${para(3)}${para(4)}`));
    const doc = readerDoc(a.article.html);
    const t = doc.querySelector('table')!;
    expect(t).not.toBeNull();
    expect(Array.from(t.querySelectorAll('th')).map((c) => squash(c.textContent))).toEqual(rows[0]);
    expect(Array.from(t.querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll('td')).map((c) => squash(c.textContent)))).toEqual(rows.slice(1));
    expect(squash(t.querySelector('caption')?.textContent)).toBe('What the council weighed');
    const ol = doc.querySelector('ol')!;
    expect(ol.getAttribute('start')).toBe('3');
    expect(ol.querySelectorAll(':scope > li')).toHaveLength(3);
    expect(Array.from(ol.querySelectorAll('li ul > li')).map((li) => squash(li.textContent))).toEqual(['one for the ramp', 'one for the deck']);
    // The story text reads the table row by row and the list item by item, never glued together.
    expect(a.article.text).toContain('Eastern ramp');
    expect(a.article.text).not.toMatch(/Eastern ramp80|Approve the budgetHire/);
  });
});

describe('embedded posts and videos', () => {
  const tweet = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The bridge vote passes 7–2. Work starts in spring.</p>&mdash; City Hall (@cityhall) <a href="https://twitter.com/cityhall/status/123">March 5, 2024</a></blockquote>`;
  const youtube = `<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0" title="Council debate, full video" frameborder="0" allowfullscreen></iframe>`;

  it('an embedded tweet stays as a quote with its author, date and link; it is a source', () => {
    const a = lede(page(`${para(0)}${para(1)}${tweet}${para(2)}${para(3)}${para(4)}`));
    const q = readerDoc(a.article.html).querySelector('blockquote.twitter-tweet');
    expect(squash(q?.textContent)).toContain('The bridge vote passes 7–2.');
    expect(a.sources.find((s) => s.kind === 'social')).toMatchObject({ handle: '@cityhall', url: 'https://twitter.com/cityhall/status/123' });
    // The story text reads the post with its attribution line, as the page shows it; sentences take its words only.
    expect(a.article.text).toContain('The bridge vote passes 7–2. Work starts in spring.\n— City Hall (@cityhall) March 5, 2024');
    expect(a.sentences.some((s) => s.includes('@cityhall'))).toBe(false);
  });

  it('an embedded YouTube video becomes a link to the video (no third-party frame in the reader)', () => {
    const html = page(`${para(0)}${para(1)}${youtube}${para(2)}${para(3)}${para(4)}`);
    const a = lede(html);
    const doc = readerDoc(a.article.html);
    expect(doc.querySelector('iframe')).toBeNull();
    const link = doc.querySelector('a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]');
    expect(link, a.article.html).not.toBeNull();
    expect(squash(link?.textContent)).toContain('Council debate, full video');
    // The placeholder is not story text (no summary sentence or word count from it).
    expect(a.article.text).not.toContain('Council debate, full video');
    // Readability keeps the iframe itself, which an extension page may not load.
    expect(plain(html)?.content).toContain('youtube.com/embed/dQw4w9WgXcQ');
  });
});

describe('opening paragraphs', () => {
  it('the opening paragraph in a box of its own under the headline is read first (Readability drops it)', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Council approves river bridge | The Example Times</title></head><body>
<div class="page"><div class="top"><h1>Council approves river bridge</h1><p>By Jane Doe</p><div class="opening"><p>${STORY[0]}</p></div></div>
<div class="body-wrap"><div class="article-body">${STORY.slice(1).map((p) => `<p>${p}</p>`).join('')}<p>${STORY[3]} ${STORY[4]}</p><p>${STORY[2]} ${STORY[1]}</p></div></div></div></body></html>`;
    expect(plain(html)?.textContent).not.toContain(STORY[0]);
    const paragraphs = lede(html).article.text.split('\n\n');
    expect(paragraphs[0]).toBe(STORY[0]);
    expect(paragraphs[1]).toBe(STORY[1]);
  });

  it('nothing before the headline and no teaser is put back', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Council approves river bridge | The Example Times</title></head><body>
<div class="promo"><p>Our best journalism, delivered to your inbox every weekday morning, free for all readers who sign up today.</p></div>
<div class="page"><div class="top"><h1>Council approves river bridge</h1></div>
<div class="body-wrap"><div class="article-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></div></body></html>`;
    expect(lede(html).article.text.split('\n\n')).toEqual(STORY);
  });
});

describe('AMP and multi-page stories: addresses for metadata, never fetched', () => {
  it('an AMP page names its regular page as canonical; a regular page names its AMP version', () => {
    const amp = `<!DOCTYPE html><html amp lang="en"><head><title>Council approves river bridge</title>
<link rel="canonical" href="https://news.example.com/2024/03/05/bridge-vote"></head><body><article><h1>Council approves river bridge</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const a = analyzeHtml(amp, 'https://news.example.com/amp/2024/03/05/bridge-vote').analysis;
    expect(a.article).toMatchObject({ isAmp: true, canonicalUrl: 'https://news.example.com/2024/03/05/bridge-vote' });
    const regular = page(STORY.map((p) => `<p>${p}</p>`).join('')).replace('</head>', '<link rel="amphtml" href="/amp/2024/03/05/bridge-vote"></head>');
    const b = lede(regular);
    expect(b.article.ampUrl).toBe('https://news.example.com/amp/2024/03/05/bridge-vote');
    expect(b.article.isAmp).toBeUndefined();
  });

  it('a story split over pages says where it continues and reads this page only', () => {
    const html = page(STORY.map((p) => `<p>${p}</p>`).join('')).replace('</head>', '<link rel="next" href="?page=2"><link rel="prev" href="javascript:alert(1)"></head>');
    const a = lede(html);
    expect(a.article.nextPage).toBe('https://news.example.com/2024/03/05/bridge-vote?page=2');
    expect(a.article.prevPage).toBeUndefined(); // not http(s): dropped
    expect(a.warnings).toContain('This story continues on another page (https://news.example.com/2024/03/05/bridge-vote?page=2); Lede read this page only.');
    expect(a.article.text.split('\n\n')).toEqual(STORY);
  });
});

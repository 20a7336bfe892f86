/**
 * Pre-cleaning must never take the story with the clutter (issue 6: "Lede's pre-cleaning must
 * never make a page worse than plain Readability"). Each case is a general pattern found on
 * Readability's test pages, reduced to a small page: a class word on a link inside a paragraph,
 * a list of names under a section heading, a sub-list of a list item, an image box whose class
 * says "widget", the byline beside a "hasnt-bio" class, and a dialog that opens with a close
 * button (which must go).
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../core/clean';
import { readMetadata } from '../../core/metadata';
import { analyzeHtml, parseDocument } from './support/analyze-html';
import { STORY } from './support/bridge-story';

const URL = 'https://news.example.com/2024/03/05/bridge-vote';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Council approves river bridge | The Example Times</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>Council approves river bridge</h1>${body}</article></main></body></html>`;
}

/** The page's text after pre-cleaning, and what each rule removed. */
function cleaned(html: string): { text: string; removed: string[] } {
  const doc = parseDocument(html);
  const removed: string[] = [];
  clean(doc, undefined, (rule, el) => removed.push(`${rule}: ${squash(el.textContent).slice(0, 60)}`));
  return { text: squash(doc.body.textContent), removed };
}

const story = STORY.map((p) => `<p>${p}</p>`).join('\n');

describe('pre-cleaning keeps the story', () => {
  it('a link styled with a clutter word ("popup") inside a paragraph is prose', () => {
    const { text } = cleaned(page(`${story}<p>The mayor said <a class="popup" href="/quote">the bridge is for everyone</a> and left the chamber.</p>`));
    expect(text).toContain('the bridge is for everyone and left the chamber');
  });

  it('a heading’s anchor whose id slug holds a clutter word ("promotion") stays', () => {
    const { text } = cleaned(page(`${story}<h2><span class="mw-headline" id="Eich_CEO_promotion_controversy">Eich CEO promotion controversy</span></h2><p>${STORY[0]}</p>`));
    expect(text).toContain('Eich CEO promotion controversy');
  });

  it('a list of short names under a section heading is the story’s list', () => {
    const apps = ['BBEdit', 'Acorn', 'MarsEdit', 'Transmit', 'Yojimbo'].map((n) => `<li><a href="https://apps.example.com/${n}">${n}</a></li>`).join('');
    const { text, removed } = cleaned(page(`${story}<h2>Mac apps</h2><ul>${apps}</ul><p>${STORY[1]}</p>`));
    for (const name of ['BBEdit', 'Acorn', 'MarsEdit', 'Transmit', 'Yojimbo']) expect(text).toContain(name);
    expect(removed.filter((r) => r.startsWith('card-list'))).toEqual([]);
  });

  it('a sub-list of links inside a list item of the story stays', () => {
    const bugs = [1, 2, 3, 4].map((i) => `<li><a href="https://bugs.example.com/${i}">Bug ${i} – Fullscreen window is affected by switching the source</a></li>`).join('');
    const { text } = cleaned(page(`${story}<h4>Picture-in-Picture</h4><ul><li>In progress:<ul>${bugs}</ul></li></ul><p>${STORY[2]}</p>`));
    expect(text).toContain('Bug 3 – Fullscreen window is affected');
  });

  it('a rail of headline links after the story still goes', () => {
    const rail = [1, 2, 3, 4].map((i) => `<li><a href="https://news.example.com/2024/03/0${i}/other">Another headline number ${i} about the city and its budget</a></li>`).join('');
    const { text } = cleaned(page(`${story}</article><div class="more"><ul>${rail}</ul></div><article>`));
    expect(text).not.toContain('Another headline number 2');
  });

  it('an image box whose class says "widget" keeps its heading and caption', () => {
    const { text } = cleaned(page(`${STORY.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}
<div class="dnd-widget-wrapper type-image"><h3>Put luggage on the floor</h3><img src="/bags.jpg" alt=""><p class="caption">Bags on a hotel bed.</p></div>
${STORY.slice(3).map((p) => `<p>${p}</p>`).join('')}`));
    expect(text).toContain('Put luggage on the floor');
  });

  it('the byline under the headline stays even beside clutter words ("hasnt-bio")', () => {
    const html = page(`<div class="pb-sig-line hasnt-bio"><span class="pb-byline">By <a href="/people/erin">Erin Cunningham</a></span> March 18</div>${story}`);
    expect(cleaned(html).text).toContain('By Erin Cunningham');
    expect(analyzeHtml(html, URL).analysis.article.byline).toBe('Erin Cunningham');
  });

  it('a box that opens with a close button is a dialog and goes', () => {
    const { text, removed } = cleaned(page(`${story}</article><div id="makehomepagedialog"><button class="closebutton" title="Close">Close</button><h2>Make us your homepage</h2><ul><li>On the toolbar, click Settings.</li></ul></div><article>`));
    expect(text).not.toContain('Make us your homepage');
    expect(removed.some((r) => r.startsWith('dialog'))).toBe(true);
  });
});

describe('metadata as the page states it', () => {
  it('title: meta tags in Readability’s order, then <title>; a logo <h1> is not the title', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>Real story title - Blog</title></head><body><h1>Hi, I'm Nicolas.</h1><p>${STORY[0]}</p></body></html>`);
    expect(readMetadata(doc, URL).title).toBe('Real story title');
    const dc = parseDocument(`<!DOCTYPE html><html><head><meta name="dc:title" content="Dublin Core title"><meta property="og:title" content="Open Graph title"><title>x</title></head><body></body></html>`);
    expect(readMetadata(dc, URL).title).toBe('Dublin Core title');
  });

  it('space-separated RDFa properties each name the value; dc:creator comes before author', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Someone Else"></head><body></body></html>`);
    expect(readMetadata(doc, URL).authors).toEqual(['Creator Name']);
  });
});

/**
 * Story text that used to be lost between pre-cleaning and blocks (issue 6, measured on
 * Readability's own test pages): blog text without <p>, list items holding nested lists,
 * <br>-separated lines, inline elements outside a fixed list, story lists of links, and pages
 * whose text is placeholder text.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from './support/analyze-html';

const URL = 'https://blog.example.com/2024/03/05/post';
const LINE = 'The build server finally passed every test on Tuesday night, after three weeks of chasing a race in the cache layer';
const analyze = (html: string) => analyzeHtml(html, URL).analysis;
const doc = (body: string, title = 'Chasing a race in the cache') =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;

describe('blocks keep the story', () => {
  it('a blog post written with <br> inside a "widget" box survives pre-cleaning, words not glued', () => {
    const text = Array.from({ length: 12 }, (_, i) => `${LINE}, part ${i + 1}.`).join('<br><br>');
    const a = analyze(doc(`<div class="sidebar"><a href="/">Home</a></div><div class="widget Blog" id="Blog1"><h3>Chasing a race in the cache</h3><div class="post-body">${text}</div></div>`));
    expect(a.article.text).toContain(`${LINE}, part 1.`);
    expect(a.article.text).toContain(`${LINE}, part 12.`);
    expect(a.article.text).not.toMatch(/part 1\.The build/);
  });

  it('a list item that holds a nested list keeps its own words', () => {
    const a = analyze(
      doc(`<article><h1>Chasing a race in the cache</h1><p>${LINE}.</p><p>${LINE}, again.</p>
<ul><li>We landed the fix for the cache race in the storage layer this week<ul><li>with a regression test that runs a thousand times</li></ul></li>
<li>The flaky suite is now quarantined until its owners can look at it</li></ul><p>${LINE}, finally.</p></article>`),
    );
    expect(a.article.text).toContain('We landed the fix for the cache race in the storage layer this week');
    expect(a.article.text).toContain('with a regression test that runs a thousand times');
  });

  it('inline elements outside the usual list (font, big, del, ins, kbd) stay inside their sentence', () => {
    const a = analyze(
      doc(`<article><h1>Chasing a race in the cache</h1><div>${LINE}, and <font color="red">ok</font> <kbd>make test</kbd> <del>failed</del> <ins>passed</ins> at last, said the team lead in a short note to everyone on the list.</div><p>${LINE}.</p><p>${LINE}, again.</p></article>`),
    );
    expect(a.article.text).toContain('and ok make test failed passed at last');
  });

  it('a story list whose items link somewhere but say more than their links is kept', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<li><a href="https://bugs.example.com/${1000 + i}">Bug ${1000 + i}</a> – the cache race showed up again in a new form in module ${i + 1}, and was fixed</li>`).join('');
    const a = analyze(doc(`<article><h1>Chasing a race in the cache</h1><p>${LINE}.</p><h3>Fixed this week</h3><ul>${items}</ul><p>${LINE}, again.</p></article>`));
    expect(a.article.text).toContain('Bug 1000 – the cache race showed up again in a new form in module 1');
    expect(a.article.text).toContain('Bug 1004');
  });

  it('a rail of link cards is still removed', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li><a href="/p/${i}"><img src="/t/${i}.jpg" alt=""><span>Another post about caches, number ${i}</span></a></li>`).join('');
    const a = analyze(doc(`<article><h1>Chasing a race in the cache</h1><p>${LINE}.</p><p>${LINE}, again.</p><p>${LINE}, finally.</p><ul class="cards">${cards}</ul></article>`));
    expect(a.article.text).not.toContain('Another post about caches');
  });

  it('placeholder text is the story when it is most of the page, and clutter when it fills teaser cards', () => {
    const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.';
    const a = analyze(doc(`<article><h1>Lorem</h1>${`<p>${lorem}</p>`.repeat(5)}</article>`, 'Lorem'));
    expect(a.article.text).toContain('Lorem ipsum dolor sit amet');

    const card = (i: number) => `<div class="card"><a href="/s/${i}"><img src="/t/${i}.jpg" alt=""></a><h3><a href="/s/${i}">${lorem.slice(0, 80)}</a></h3></div>`;
    const b = analyze(doc(`<article><h1>Chasing a race in the cache</h1><p>${LINE}.</p><p>${LINE}, again.</p><p>${LINE}, finally.</p></article><section>${[1, 2, 3].map(card).join('')}</section>`));
    expect(b.article.text).not.toContain('Lorem ipsum');
    expect(b.article.text).toContain(`${LINE}, finally.`);
  });

  it('a one-line story is still read (no minimum for the whole story)', () => {
    const a = analyze(doc('<div>Test</div>'));
    expect(a.article.text).toBe('Test');
  });
});

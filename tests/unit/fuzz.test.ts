/**
 * Fuzz (issue 6): thousands of random documents — random nesting of the tags news pages use,
 * clutter/story class names, hostile URLs, dates real and impossible, any Unicode — through
 * the whole core. analyze() must never throw and must always return a well-formed Analysis.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeHtml } from './support/analyze-html';

const RUNS = Number(process.env.LEDE_FUZZ_RUNS ?? 2000);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const phrase = fc.constantFrom(
  'The council met on Tuesday to debate the bridge.',
  'On March 5, 2024, the mayor resigned.',
  'A leaflet dated 32 March made the rounds.',
  'The river rose at 2 a.m. Thursday.',
  'Last fall the plan was shelved; in 2019 it returned.',
  'According to Reuters, the talks failed.',
  '“We will not give up,” she said.',
  'Mr. Smith, of Washington, D.C., told the U.S. Senate.',
  'قال المجلس يوم الثلاثاء إنه وافق على الخطة.',
  'מועצת העיר אישרה את התוכנית.',
  '市议会周二批准了新桥计划。工程将于明年开工！',
  'Read more',
  'Advertisement',
  'Share this article',
  'Lorem ipsum dolor sit amet',
  '',
);
const text = fc.oneof(
  { weight: 5, arbitrary: phrase },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 40 }) },
);

const attr = fc.oneof(
  fc.constantFrom('article', 'story-body', 'content', 'share', 'related', 'byline', 'comments', 'newsletter', 'caption', 'twitter-tweet', 'ad', 'sidebar').map((c) => `class="${c}"`),
  fc.constantFrom('main', 'navigation', 'contentinfo', 'heading', 'dialog').map((r) => `role="${r}"`),
  fc.constantFrom('articleBody', 'author', 'headline', 'datePublished').map((p) => `itemprop="${p}"`),
  fc.constantFrom('https://example.com/a', '/relative/path', 'javascript:alert(1)', 'data:text/html,<script>x</script>', '#frag', '', 'http://[bad').map((u) => `href="${esc(u)}"`),
  fc.constantFrom('https://example.com/i.jpg', 'data:image/gif;base64,R0lGOD', '', 'x').map((u) => `src="${esc(u)}"`),
  fc.constantFrom('https://example.com/real.jpg', '/lazy.jpg').map((u) => `data-src="${u}"`),
  fc.constantFrom('2024-03-05T09:30:00Z', 'yesterday', '0000-00-00', '2024-13-45').map((d) => `datetime="${d}"`),
  fc.constantFrom('hidden', 'aria-hidden="true"', 'onclick="alert(1)"', 'style="display:none"', 'dir="rtl"', 'lang="ar"'),
  fc.string({ maxLength: 8 }).map((s) => `data-x="${esc(s)}"`),
);

const TAGS = [
  'div', 'p', 'span', 'a', 'article', 'section', 'main', 'aside', 'nav', 'header', 'footer', 'h1', 'h2', 'h3', 'ul', 'ol', 'li',
  'table', 'tr', 'td', 'figure', 'figcaption', 'blockquote', 'pre', 'time', 'b', 'em', 'strong', 'form', 'button', 'noscript',
  'template', 'svg', 'math', 'iframe', 'script', 'style', 'font', 'center', 'dl', 'dt', 'dd',
];
const VOID = ['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'wbr'];

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(esc),
    fc.tuple(fc.constantFrom(...VOID), fc.array(attr, { maxLength: 3 })).map(([t, a]) => `<${t} ${a.join(' ')}>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 6 }), fc.boolean())
      // Sometimes leave the element unclosed: real pages do.
      .map(([t, a, kids, close]) => `<${t}${a.length ? ' ' + a.join(' ') : ''}>${kids.join('')}${close ? `</${t}>` : ''}`),
  ),
}));

const head = fc.record({
  title: fc.option(text, { nil: undefined }),
  ogType: fc.option(fc.constantFrom('article', 'website', 'video.other'), { nil: undefined }),
  published: fc.option(fc.constantFrom('2024-03-05T09:30:00Z', '2024-02-30', 'not a date', ''), { nil: undefined }),
  jsonld: fc.option(
    fc.oneof(
      fc.constant('{"@type":"NewsArticle","headline":"H","author":{"name":"A"},"datePublished":"2024-03-05"}'),
      fc.constant('{"@graph":[{"@type":["Article"],"author":[null,1,{"name":[]}]}]}'),
      fc.constant('{broken json'),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    ),
    { nil: undefined },
  ),
  doctype: fc.boolean(),
});

const documentArb = fc.tuple(head, fc.array(node, { minLength: 0, maxLength: 8 })).map(([h, body]) => {
  const meta = [
    h.title !== undefined ? `<title>${esc(h.title)}</title>` : '',
    h.ogType ? `<meta property="og:type" content="${h.ogType}">` : '',
    h.published !== undefined ? `<meta property="article:published_time" content="${esc(h.published)}">` : '',
    h.jsonld ? `<script type="application/ld+json">${h.jsonld.replace(/<\//g, '<\\/')}</script>` : '',
  ].join('');
  return `${h.doctype ? '<!DOCTYPE html>' : ''}<html><head>${meta}</head><body>${body.join('')}</body></html>`;
});

describe('fuzz', () => {
  it(`analyze() never throws on ${RUNS} random documents and always returns a well-formed Analysis`, () => {
    let runs = 0;
    const t0 = performance.now();
    fc.assert(
      fc.property(documentArb, fc.constantFrom('https://news.example.com/2024/03/05/story', 'http://127.0.0.1:8080/x?y=1#z'), (html, url) => {
        runs++;
        const { analysis: a } = analyzeHtml(html, url);
        expect(typeof a.isArticle).toBe('boolean');
        expect(a.detection.score).toBeGreaterThanOrEqual(0);
        expect(a.detection.score).toBeLessThanOrEqual(1);
        expect(typeof a.article.title).toBe('string');
        expect(typeof a.article.text).toBe('string');
        expect(Number.isFinite(a.article.readingMinutes)).toBe(true);
        expect(a.article.html).not.toMatch(/<script|javascript:|\son\w+=/i);
        for (const s of a.summary.sentences) expect(a.sentences[s.index]).toBeDefined();
        for (const e of a.timeline) expect(e.date).toMatch(/^\d{4}/);
        for (const s of a.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: RUNS, seed: 6, endOnFailure: true },
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(`fuzz: ${runs} documents in ${seconds.toFixed(1)} s`);
    expect(runs).toBeGreaterThanOrEqual(RUNS);
  }, 120_000);
});

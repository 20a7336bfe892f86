/**
 * Generates a huge but realistic news page, deterministically (seeded): a story of a few dozen
 * paragraphs buried in ~5 MB / 100k elements of navigation, related-link rails, comment threads
 * and footers. Used by tests/unit/robustness.test.ts; not committed.
 *
 *   npx tsx scripts/gen-huge-page.ts [outFile]   (default: <tmpdir>/lede-huge-page.html)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rng } from './rng';

const WORDS = (
  'the of and to in a is that for on with as was by at from his her said officials government minister report ' +
  'city council river bridge market police court election vote budget school hospital storm coast village company ' +
  'workers union talks agreement summit president senator plan federal state local week month year people families ' +
  'According spokesman statement interview data analysis study researchers university evidence question answer'
).split(' ');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface HugePage {
  html: string;
  /** Elements in the page (what "100k nodes" counts). */
  elements: number;
  bytes: number;
  /** The story's paragraphs, to check that extraction found the story. */
  storyParagraphs: string[];
}

export function generateHugePage({ seed = 42, targetBytes = 5_000_000, targetElements = 100_000 } = {}): HugePage {
  const rand = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(8 + Math.floor(rand() * 14));
    const date = rand() < 0.15 ? ` on ${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}, ${2000 + Math.floor(rand() * 25)}` : '';
    return s[0].toUpperCase() + s.slice(1) + date + '.';
  };
  let elements = 0;
  const parts: string[] = [];
  let bytes = 0;
  const push = (s: string, els: number) => {
    parts.push(s);
    bytes += Buffer.byteLength(s);
    elements += els;
  };

  push(
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves river bridge plan after long debate | The Daily Example</title>' +
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T09:30:00Z">' +
      '<meta name="author" content="Alex Example"></head><body>',
    7,
  );
  // Navigation: a big mega-menu.
  push('<header><nav class="site-nav"><ul>', 3);
  for (let i = 0; i < 400; i++) push(`<li class="nav-item"><a href="/section/${i}">${words(2)}</a></li>`, 2);
  push('</ul></nav></header>', 0);

  const storyParagraphs: string[] = [];
  push('<main><article class="story"><h1>Council approves river bridge plan after long debate</h1>' +
    '<p class="byline">By Alex Example</p><time datetime="2024-03-05T09:30:00Z">March 5, 2024</time><div class="article-body">', 6);
  for (let i = 0; i < 40; i++) {
    const p = Array.from({ length: 4 + Math.floor(rand() * 4) }, sentence).join(' ');
    storyParagraphs.push(p);
    push(`<p>${p}</p>`, 1);
  }
  push('</div></article>', 0);

  // Related rails and comment threads until the page is big enough.
  let block = 0;
  while (bytes < targetBytes - 2_000 || elements < targetElements) {
    if (block % 5 === 0) {
      push('<aside class="related"><h3>Related stories</h3><ul>', 3);
      for (let i = 0; i < 30; i++) push(`<li><a href="/story/${block}-${i}"><img src="/t/${block}-${i}.jpg" alt=""><span>${words(6)}</span></a></li>`, 4);
      push('</ul></aside>', 0);
    } else {
      push(`<section class="comments" id="comments-${block}"><h3>Comments</h3>`, 2);
      for (let i = 0; i < 25; i++) {
        push(
          `<div class="comment"><div class="meta"><a class="user" href="/u/${block}${i}">${pick(WORDS)}${i}</a> <span class="when">${1 + Math.floor(rand() * 59)} minutes ago</span></div>` +
            `<p>${sentence()} ${sentence()}</p><div class="actions"><button>Reply</button><button>Like</button></div></div>`,
          8,
        );
      }
      push('</section>', 0);
    }
    block++;
  }
  push('</main><footer><p>© The Daily Example</p></footer></body></html>', 3);
  const html = parts.join('');
  return { html, elements, bytes: Buffer.byteLength(html), storyParagraphs };
}

/** Writes the page into a fresh temp dir (or `file`) and returns its path. */
export function writeHugePage(file?: string): { path: string } & Omit<HugePage, 'html'> {
  const page = generateHugePage();
  const path = file ? resolve(file) : join(mkdtempSync(join(tmpdir(), 'lede-huge-')), 'huge-page.html');
  writeFileSync(path, page.html);
  return { path, elements: page.elements, bytes: page.bytes, storyParagraphs: page.storyParagraphs };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { path, elements, bytes } = writeHugePage(process.argv[2]);
  console.log(`${path}: ${(bytes / 1e6).toFixed(2)} MB, ${elements} elements`);
}

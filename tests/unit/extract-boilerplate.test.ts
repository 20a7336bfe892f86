/**
 * Furniture that Readability keeps inside the story (issue 6, benchmark precision): teasers,
 * lone links to other stories, newsletter promos, interface labels, wire and bio lines, photo
 * credits, and metadata repeated above the story. Each rule is general and never touches a
 * long paragraph.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlock } from '../../core/extract';
import { analyzeHtml, parseDocument } from './support/analyze-html';
import { STORY } from './support/bridge-story';

const URL = 'https://news.example.com/2024/03/05/bridge-vote';

function page(body: string, title = 'Council approves river bridge'): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${title} | The Example Times</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><article>${body}</article></body></html>`;
}

const analyze = (html: string) => analyzeHtml(html, URL).analysis;

describe('furniture inside the story', () => {
  it('drops teasers, promos, interface labels, wire and bio lines; keeps every story paragraph', () => {
    const a = analyze(
      page(`
<h1>Council approves river bridge</h1>
<p>${STORY[0]}</p>
<p>Read more: <a href="https://news.example.com/2024/03/01/other">Mayor unveils her budget plan</a></p>
<p>${STORY[1]}</p>
<p><a href="https://news.example.com/2024/02/11/ferry">The last ferry crossing, in pictures</a></p>
<p>Sign up for our newsletter to get the day's top stories delivered to your inbox.</p>
<p>${STORY[2]}</p>
<p>SKIP TO CONTENT</p>
<p>Related: <a href="https://news.example.com/2023/05/05/parks">Two parks at risk from the new road</a></p>
<p>${STORY[3]}</p>
<p>DON'T MISS</p>
<p>${STORY[4]}</p>
<p>Reporting by Jane Doe; Editing by John Smith</p>
<p>Jane Doe is a reporter for The Example Times covering city hall.</p>
<p>Follow Example News on Instagram, Facebook and Twitter.</p>`),
    );
    for (const p of STORY) expect(a.article.text).toContain(p);
    for (const junk of ['Read more', 'Mayor unveils', 'last ferry crossing', 'Sign up', 'SKIP TO CONTENT', 'Related:', "DON'T MISS", 'Reporting by', 'is a reporter for', 'Follow Example News']) {
      expect(a.article.text).not.toContain(junk);
    }
    expect(a.article.text.split('\n\n')).toHaveLength(STORY.length);
  });

  it('keeps photo credits and caption boxes out of the text but in the reader HTML', () => {
    const a = analyze(
      page(`<h1>Council approves river bridge</h1><p>${STORY[0]}</p>
<div class="image-container"><img src="https://img.example.com/bridge.jpg" alt="The bridge"><p class="caption">An artist's drawing of the new bridge over the river.</p></div>
<p>Image copyright Getty Images</p>
<p>${STORY[1]}</p><p>${STORY[2]}</p><p>${STORY[3]}</p>`),
    );
    expect(a.article.text).not.toContain("artist's drawing");
    expect(a.article.text).not.toContain('Getty Images');
    expect(a.article.html).toContain("artist's drawing of the new bridge");
    for (const p of STORY.slice(0, 4)) expect(a.article.text).toContain(p);
  });

  it('drops the headline, byline, dateline and URL repeated above the story', () => {
    const a = analyze(
      page(`<div><p>${URL}</p><h2>Council approves river bridge</h2><p>By Jane Doe</p><p>Nov. 20, 2019, 9:28 AM UTC</p>
<p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p><p>${STORY[3]}</p></div>`),
    );
    expect(a.article.text.startsWith(STORY[0])).toBe(true);
  });

  it('never drops a long paragraph, whatever its first words', () => {
    const long = `Sign up sheets went around the hall as residents lined up to speak, and ${STORY[1].toLowerCase()} ${STORY[2]}`;
    const related = `Related: the council's decision comes after years of studies, and ${STORY[3].toLowerCase()}`;
    const a = analyze(page(`<h1>Council approves river bridge</h1><p>${STORY[0]}</p><p>${long}</p><p>${related}</p><p>${STORY[4]}</p>`));
    expect(a.article.text).toContain(long);
    expect(a.article.text).toContain(related);
  });

  it('keeps in-page links (tables of contents, section headings that link to themselves)', () => {
    const a = analyze(
      page(`<h1>Council approves river bridge</h1><p>${STORY[0]}</p>
<h2><a href="#the-vote">The vote</a></h2><p>${STORY[1]}</p>
<h2><a href="${URL}#the-cost">The cost</a></h2><p>${STORY[2]}</p><p>${STORY[3]}</p>`),
    );
    expect(a.article.text).toContain('The vote');
    expect(a.article.text).toContain('The cost');
  });

  it('classifyBlock: short furniture only', () => {
    expect(classifyBlock('Read more: Mayor unveils budget', 1, 'paragraph')).toBe('drop');
    expect(classifyBlock('Photo: Damian Dovarganes, AP', 0, 'paragraph')).toBe('caption');
    expect(classifyBlock('(Image: © NASA/ESA)', 0, 'paragraph')).toBe('caption');
    expect(classifyBlock('Comments', 0, 'heading')).toBe('drop');
    // A list item that is a link can be story (a list of documents); a paragraph that is one is a teaser.
    expect(classifyBlock('The full council report (PDF)', 1, 'list')).toBeNull();
    expect(classifyBlock('The full council report (PDF)', 1, 'paragraph')).toBe('drop');
    expect(classifyBlock('More than 200 people came to the meeting.', 0, 'paragraph')).toBeNull();
    expect(classifyBlock('Watch the river rise, residents said, as the storm arrived.', 0, 'paragraph')).toBeNull();
    expect(classifyBlock(STORY[0], 0, 'paragraph')).toBeNull();
    // Ad labels in other languages, taxonomy lines; a linked address is a reference, kept.
    for (const label of ['Anzeige', 'Publicité', 'Iklan', 'Реклама', '广告']) expect(classifyBlock(label, 0, 'paragraph')).toBe('drop');
    expect(classifyBlock("Filed under: Politics | Courts", 0.5, 'paragraph')).toBe('drop');
    expect(classifyBlock('Tags: bridge, council, river', 0, 'paragraph')).toBe('drop');
    expect(classifyBlock('http://www.example.org/2013/02/the-source-document.html', 1, 'paragraph')).toBeNull();
    // A caption written as a paragraph, closed by its credit; a line of [VIDEO]-tagged teasers.
    expect(classifyBlock('Protesters have worn masks to protect their identities (Image: GETTY )', 0, 'paragraph')).toBe('caption');
    expect(classifyBlock('Mayor unveils budget [INSIGHT] | Storm hits the coast [VIDEO] | Ferry returns', 0.9, 'paragraph')).toBe('drop');
    expect(classifyBlock('The council (pictured: the old ferry) voted on Tuesday, 7 to 2, to approve the new bridge.', 0, 'paragraph')).toBeNull();
    expect(classifyBlock('Workers load trims into a truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)', 0, 'paragraph')).toBe('caption');
    // Subscription and disclosure lines, CMS shortcodes left as text.
    expect(classifyBlock('Get the magazine delivered every month. 12 issues for £11.99. Click here for more information.', 0, 'paragraph')).toBe('drop');
    expect(classifyBlock('This post may contain affiliate and/or referral links. Please see my disclosure page.', 0, 'paragraph')).toBe('drop');
    expect(classifyBlock('[button link="https://example.com/submit" type="big"] Send us YOUR review[/button]', 0, 'paragraph')).toBe('drop');
  });

  it('a table footer that repeats the header row is read once', () => {
    const head = '<tr><th>Pos</th><th>Player</th><th>Plays</th></tr>';
    const a = analyze(
      page(`<h1>Council approves river bridge</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
<table><thead>${head}</thead><tfoot>${head}</tfoot><tbody><tr><td>DL</td><td>Larry Ogunjobi</td><td>63</td></tr><tr><td>LB</td><td>Joe Schobert</td><td>74</td></tr></tbody></table>`),
    );
    expect(a.article.text.match(/Pos \| Player \| Plays/g)).toHaveLength(1);
    expect(a.article.text).toContain('DL | Larry Ogunjobi | 63');
  });

  it('furniture left out of the text leaves the reader HTML too; captions stay there', () => {
    const a = analyze(
      page(`<h1>Council approves river bridge</h1><p>${STORY[0]}</p><p>${STORY[1]}</p>
<p>Read more: <a href="https://news.example.com/2024/03/01/other">Mayor unveils her budget plan</a></p>
<figure><img src="https://img.example.com/b.jpg" alt=""><figcaption>The old ferry landing. Photo: AP</figcaption></figure>
<p>${STORY[2]}</p><p>Sign up for our newsletter to get the day's top stories delivered to your inbox.</p><p>${STORY[3]}</p>`),
    );
    const html = parseDocument(`<!DOCTYPE html><html><body>${a.article.html}</body></html>`).body.textContent ?? '';
    expect(html).toContain(STORY[2]);
    expect(html).not.toContain('Sign up for our newsletter');
    expect(html).not.toContain('Mayor unveils');
  });
});

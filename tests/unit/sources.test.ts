/**
 * The source list (issue 11): each attribution shape, coreference, channels, unnamed sources,
 * every kind of embedded post, German and French cues, and the exports. Stories are written
 * here, small and plain; quality on real news is measured by `npm run quality -- --task sources`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../cli/dom';
import { toMarkdown, toPlainText } from '../../core/digest';
import type { Analysis, Source } from '../../core/types';
import { analyzeFixture, analyzeStory as analyzeBody, findSource as find, storyPage as page } from './helpers';

const named = (a: Analysis) => a.sources.filter((s) => !s.unnamed && (s.kind === 'person' || s.kind === 'organization' || s.kind === 'publication' || s.kind === 'agency'));

describe('attribution shapes', () => {
  const cases: Array<[string, string, string, Source['kind'], RegExp]> = [
    ['said', '<p>Maria Lopez said the strike would continue until the contract was signed.</p>', 'Maria Lopez', 'person', /^said$/],
    ['says', '<p>Tom Becker says the offer on the table is fair to every worker.</p>', 'Tom Becker', 'person', /^says$/],
    ['told', '<p>Maria Lopez told reporters that the union would not return to work.</p>', 'Maria Lopez', 'person', /^told reporters$/],
    ['according to', '<p>The talks stalled on Tuesday, according to the Harbor Port Authority.</p>', 'Harbor Port Authority', 'organization', /^according to$/],
    ['added', '<p>Ana Ruiz added that the council would meet again next week.</p>', 'Ana Ruiz', 'person', /^added$/],
    ['wrote', '<p>Jonathan Pike wrote in a memo that the city could close the gap another way.</p>', 'Jonathan Pike', 'person', /^wrote in a memo$/],
    ['tweeted', '<p>Council member Rafael Ortiz tweeted that he would vote against the plan.</p>', 'Rafael Ortiz', 'person', /^tweeted$/],
    ['in a statement', '<p>The Riders Alliance said in a statement that fares were already too high.</p>', 'Riders Alliance', 'organization', /^said in a statement$/],
    ['reported', '<p>The Harbor Tribune reported that two members had asked for a delay.</p>', 'Harbor Tribune', 'publication', /^reported$/],
    ['confirmed', '<p>Police Chief Dan Moss confirmed that no one was hurt during the protest.</p>', 'Dan Moss', 'person', /^confirmed$/],
    ['argued', '<p>Priya Raman argued that ridership falls when fares rise.</p>', 'Priya Raman', 'person', /^argued$/],
    ['warned', '<p>Economist Priya Raman warned that the increase could backfire.</p>', 'Priya Raman', 'person', /^warned$/],
  ];
  for (const [shape, body, name, kind, cue] of cases) {
    it(`"${shape}": ${name}`, () => {
      const s = find(analyzeBody(body), name);
      expect(s, JSON.stringify(analyzeBody(body).sources)).toBeDefined();
      expect(s).toMatchObject({ kind, count: 1 });
      expect(s!.cue).toMatch(cue);
      expect(s!.passages![0].text).toMatch(/\.$/);
      expect(s!.passages![0].sentenceIndex).toBeGreaterThanOrEqual(0);
    });
  }

  it('inverted "…," said X, with the role after the name', () => {
    const a = analyzeBody('<p>“That offer is fair and it is still on the table,” said Tom Becker, the port authority’s chief executive.</p>');
    expect(find(a, 'Tom Becker')).toMatchObject({ kind: 'person', cue: 'said', role: 'the port authority’s chief executive' });
  });

  it('titles before the name: "Sen. Ellen Park (D-Ore.) said", "Council President Angela Brooks said"', () => {
    const a = analyzeBody('<p>Sen. Ellen Park (D-Ore.) said the bill would pass. Council President Angela Brooks said the vote would wait.</p>');
    expect(find(a, 'Ellen Park')).toMatchObject({ kind: 'person', role: 'Sen.' });
    expect(find(a, 'Angela Brooks')).toMatchObject({ kind: 'person', role: 'Council President' });
    expect(find(a, /D-Ore/)).toBeUndefined();
  });

  it('"X, a spokesperson for Y, said": X is the source, the apposition its role', () => {
    const a = analyzeBody('<p>Jamie Cole, a spokesperson for the Riders Alliance, said the group would sue.</p>');
    expect(find(a, 'Jamie Cole')).toMatchObject({ kind: 'person', role: 'a spokesperson for the Riders Alliance' });
    expect(find(a, 'Riders Alliance')).toBeUndefined();
  });

  it('a cue word used as a noun or in a quotation is not an attribution', () => {
    const a = analyzeBody('<p>The budget office report is online. “What America is supposed to be about is fairness,” Ana Ruiz said.</p>');
    expect(find(a, /America/)).toBeUndefined();
    expect(find(a, /office/)).toBeUndefined();
    expect(find(a, 'Ana Ruiz')).toBeDefined();
  });

  it('inverted with a place, a party or an outlet and a role before the name; a sentence that opens with "Said"', () => {
    const a = analyzeBody(
      '<p>“We are all props,” said Oregon delegate Beau Carrell. “It is a wipeout,” said Maine’s Rick Walden, a consultant. “It could be worse,” said Portland-based Democratic strategist Al Carden. Said Dora Pointer, who grew up nearby, “We were proud.”</p>',
    );
    for (const name of ['Beau Carrell', 'Rick Walden', 'Al Carden', 'Dora Pointer']) expect(find(a, name)).toMatchObject({ kind: 'person', cue: 'said' });
    expect(find(a, /Oregon|Maine|Portland/)).toBeUndefined();
  });

  it('"The Harbor Hill reported", "the Coastal Geological Survey said": a name after "the" speaks when a verb of speech follows', () => {
    const a = analyzeBody('<p>The comments came on Sunday, The Harbor Hill reported. The Coastal Geological Survey said it detected a small earthquake. In Chicago the march began, the Lakeside Sun-Times reported.</p>');
    expect(find(a, /Harbor Hill/)).toMatchObject({ cue: 'reported' });
    expect(find(a, /Coastal Geological Survey/)).toMatchObject({ kind: 'organization', cue: 'said' });
    expect(find(a, /Lakeside Sun-Times/)).toMatchObject({ kind: 'publication' });
  });

  it('"a spokeswoman for Y said" is an unnamed source of Y, not Y itself', () => {
    const a = analyzeBody('<p>A spokeswoman for the Harbor Port Authority said the talks would resume.</p>');
    expect(find(a, /Harbor Port Authority spokes/)).toMatchObject({ unnamed: true, cue: 'said' });
    expect(find(a, 'Harbor Port Authority')).toBeUndefined();
  });

  it('"X is expected to", "X was called": others expect or call, X is not the source; "X poll" keeps its pollster', () => {
    const a = analyzeBody('<p>Ana Ruiz is expected to win the seat. Tom Becker has been called a fighter. In his Harbor Day address, Jonathan Pike spoke of the port. A Lakeview College poll showed the race was close.</p>');
    expect(find(a, 'Ana Ruiz')).toBeUndefined();
    expect(find(a, 'Tom Becker')).toBeUndefined();
    expect(find(a, /Harbor Day/)).toBeUndefined();
    expect(find(a, /Lakeview College/)).toBeDefined();
  });

  it('"X has pledged … and accused": a second verb of speech shares the subject; a country after a list’s comma is a subject', () => {
    const a = analyzeBody('<p>Sen. Ellen Park has cast the plan as reckless and accused the council of hiding its cost. Facing pressure from Spain and a wary Portugal, Norway has pledged to join.</p>');
    expect(find(a, 'Ellen Park')).toMatchObject({ kind: 'person', cue: 'accused' });
    expect(find(a, 'Norway')).toBeDefined();
    expect(find(a, /Portugal/)).toBeUndefined();
  });

  it('"X’s statement", "X’s controversial proposal" attribute to X; "X’s plan" does not', () => {
    const a = analyzeBody('<p>Ellen Park’s statement said the deal was dead. The vote came after Tom Becker’s controversial proposal to close the port. Ana Ruiz’s plan is still on the table.</p>');
    expect(find(a, 'Ellen Park')).toMatchObject({ cue: 'statement' });
    expect(find(a, 'Tom Becker')).toMatchObject({ cue: 'proposal' });
    expect(find(a, 'Ana Ruiz')).toBeUndefined();
  });

  it('a name before a present form after "the" or "X’s" modifies a noun: "after the Lisbon attacks", "Park’s Twitter attacks"', () => {
    const a = analyzeBody('<p>After the Lisbon attacks, Ana Ruiz said the city was safe. Ruiz has long been a target of Ellen Park’s Twitter attacks.</p>');
    expect(find(a, /Lisbon/)).toBeUndefined();
    expect(find(a, /Twitter/)).toBeUndefined();
    expect(find(a, 'Ana Ruiz')).toBeDefined();
  });

  it('a cue word that reads as a noun after a name is no cue: "her Senate campaign", "a Lakeview Radio show", "Rust Belt states", "a Becker state"', () => {
    const a = analyzeBody('<p>Ellen Park faced questions about loans to her 2012 Senate campaign. Tom Becker hosts a Lakeview Radio show on weekends. The Rust Belt states – Ohio, Michigan and Wisconsin – could decide the race. Here is why Indiana could be an even better Becker state: it has the most factory jobs.</p>');
    expect(find(a, /Senate/)).toBeUndefined();
    expect(find(a, /Lakeview/)).toBeUndefined();
    expect(find(a, /Rust Belt/)).toBeUndefined();
    expect(find(a, /Becker/)).toBeUndefined();
  });

  it('"the Park campaign spokesman Tom Becker said": the campaign word before a role keeps its speaker', () => {
    const a = analyzeBody('<p>Park campaign spokesman Tom Becker said the numbers were wrong. Park campaign officials declined to comment.</p>');
    expect(find(a, 'Tom Becker')).toBeDefined();
  });

  it('a word that opens a sentence is no name when it is a span of time or a connective: "Hours later", "Whatever his doubts"', () => {
    const a = analyzeBody('<p>Hours later, Ana Ruiz told reporters the count was done. Whatever his doubts, Jamie Cole conceded the race. Absent a deal, Tom Becker warned, the port would close. Whenever asked about the plan, they changed the subject.</p>');
    expect(find(a, 'Ana Ruiz')).toBeDefined();
    expect(find(a, 'Jamie Cole')).toBeDefined();
    for (const word of ['Hours', 'Whatever', 'Absent', 'Whenever']) expect(a.sources.find((s) => s.name.split(/\s+/).includes(word))).toBeUndefined();
  });

  it('a name someone is quoted saying inside a quotation is the speaker’s source, not the story’s', () => {
    const a = analyzeBody('<p>“It isn’t easy, but as Erica Munn said the other day, we keep going,” Ana Ruiz said. “George Hale told me I was mistaken,” Tom Becker told the crowd.</p>');
    expect(find(a, 'Ana Ruiz')).toBeDefined();
    expect(find(a, 'Tom Becker')).toBeDefined();
    expect(find(a, /Erica/)).toBeUndefined();
    expect(find(a, /George Hale/)).toBeUndefined();
  });

  it('a quotation that runs over two sentences closes with its straight mark: the speaker after it is listed', () => {
    const a = analyzeBody('<p>"We will win this. It is the same attack," campaign spokesman Brian Fallon said on Monday.</p>');
    expect(find(a, 'Brian Fallon')).toMatchObject({ kind: 'person', cue: 'said' });
  });

  it('a byline’s "X reported from Y" is a credit, not a source; a dateline with a spaced hyphen is no name', () => {
    const a = analyzeBody('<p>LAKEVIEW - Ana Ruiz said the port would reopen on Monday.</p><p>Jamie Cole reported from Lakeview; Tom Becker, from Seaside.</p>');
    expect(find(a, 'Ana Ruiz')).toBeDefined();
    expect(find(a, /LAKEVIEW/i)).toBeUndefined();
    expect(find(a, 'Jamie Cole')).toBeUndefined();
    expect(find(a, 'Tom Becker')).toBeUndefined();
  });

  it('an organisation named with a plural head keeps its whole name: "the Centers for Harbor Safety and Prevention estimates"', () => {
    const a = analyzeBody('<p>The Centers for Harbor Safety and Prevention estimates that one in ten docks is unsafe.</p>');
    expect(find(a, 'Centers for Harbor Safety and Prevention')).toMatchObject({ kind: 'organization' });
    expect(find(a, 'Prevention')).toBeUndefined();
  });

  it('a capitalised title alone ("Senator presses …", "the President’s insistence") names no one; an outlet named so does', () => {
    const a = analyzeBody('<p>Senator presses agenda on the port. The President’s insistence on a deal surprised Ana Ruiz, who said so on Monday. The Economist reported that the port lost money.</p>');
    expect(find(a, 'Senator')).toBeUndefined();
    expect(find(a, 'President')).toBeUndefined();
    expect(find(a, 'Ana Ruiz')).toBeDefined();
    expect(find(a, /Economist/)).toBeDefined();
  });

  it('coordinated subjects: "Maria Lopez and Council President Angela Brooks pledged" names both', () => {
    const a = analyzeBody('<p>Maria Lopez and Council President Angela Brooks pledged to keep talking. Tom Becker met Ana Ruiz and Jamie Cole said nothing.</p>');
    expect(find(a, 'Maria Lopez')).toMatchObject({ kind: 'person', cue: 'pledged' });
    expect(find(a, 'Angela Brooks')).toMatchObject({ kind: 'person', cue: 'pledged' });
    // "Ana Ruiz" is the object of "met", not a subject of "said"
    expect(find(a, 'Ana Ruiz')).toBeUndefined();
  });
});

describe('coreference', () => {
  it('"Douglas Band" = "Band" = "Mr. Band": one source, every passage counted', () => {
    const a = analyzeBody(
      '<p>Douglas Band wrote in the memo that the foundation needed new rules.</p><p>Band said the memo was private.</p><p>Mr. Band added that he had told the board.</p>',
    );
    const band = named(a).filter((s) => /Band/.test(s.name));
    expect(band).toHaveLength(1);
    expect(band[0]).toMatchObject({ name: 'Douglas Band', count: 3 });
    expect(band[0].passages!.map((p) => p.cue)).toEqual(['wrote in the memo', 'said', 'added']);
  });

  it('"she said" counts for the nearest fitting person named before it', () => {
    const a = analyzeBody(
      '<p>Mr. Tom Becker sat in the front row. Ms. Ana Ruiz, the council’s budget chair, said the numbers did not add up.</p><p>“We will not vote for this,” she said.</p>',
    );
    expect(find(a, 'Ana Ruiz')).toMatchObject({ count: 2 });
    expect(find(a, 'Tom Becker')).toBeUndefined();
  });

  it('"he added" in the same sentence stays with its subject, not the last name mentioned', () => {
    const a = analyzeBody('<p>Tom Becker says he is tied with Ana Ruiz, in a race that he said was close.</p>');
    expect(find(a, 'Tom Becker')).toMatchObject({ count: 1 });
    expect(find(a, 'Ana Ruiz')).toBeUndefined();
  });

  it('"the newspaper" is the outlet named before it', () => {
    const a = analyzeBody('<p>The Harbor Tribune reported the talks on Monday.</p><p>The newspaper said both sides had met twice.</p>');
    expect(find(a, 'Harbor Tribune')).toMatchObject({ kind: 'publication', count: 2 });
  });

  it('a person the story refers to only by pronoun is not listed on a guess', () => {
    const a = analyzeBody('<p>Ana Ruiz sat in the front row.</p><p>“This is unfair,” she said.</p>');
    expect(find(a, 'Ana Ruiz')).toBeUndefined();
  });
});

describe('the headline', () => {
  it('"Brooks: …" names a source the story names too, as a passage at index -1', () => {
    const html = page('<p>Council President Angela Brooks said the vote would wait until April.</p>').replace('<title>Story</title>', '<title>Brooks: ‘We Need Time to Read the Numbers’</title>');
    const a = analyzeHtml(html, 'https://example-courier.test/story');
    const brooks = find(a, 'Angela Brooks')!;
    expect(brooks.count).toBe(2);
    expect(brooks.passages![0]).toMatchObject({ sentenceIndex: -1, cue: ':', text: a.article.title });
  });
  it('a headline label that names no one in the story is not a source ("The Latest: …")', () => {
    const html = page('<p>Council President Angela Brooks said the vote would wait.</p>').replace('<title>Story</title>', '<title>The Latest: Council delays the vote</title>');
    expect(named(analyzeHtml(html, 'https://example-courier.test/story')).map((s) => s.name)).toEqual(['Angela Brooks']);
  });
});

describe('channels are not sources', () => {
  it('"he told Fox News": the speaker is the source, Fox News the channel on his row', () => {
    const a = analyzeBody('<p>Tom Becker told Fox News that the offer was final.</p>');
    expect(find(a, 'Tom Becker')).toMatchObject({ channel: 'Fox News', cue: 'told Fox News' });
    expect(a.sources.some((s) => s.name === 'Fox News')).toBe(false);
  });

  it('"The New York Times reported" keeps the Times as a cited publication', () => {
    const a = analyzeBody('<p>The New York Times reported that the mayor had changed his mind.</p>');
    expect(find(a, 'The New York Times')).toMatchObject({ kind: 'publication', url: 'https://nytimes.com/' });
  });
});

describe('unnamed sources', () => {
  const a = analyzeBody(
    '<p>Officials said a compromise could lower the increase. A person familiar with the negotiations said the mayor was open to it.</p><p>Two council aides, who spoke on condition of anonymity, confirmed that account. Officials said the vote would wait.</p>',
  );
  it('are listed as unnamed, grouped by what they are, with every passage', () => {
    expect(find(a, 'officials')).toMatchObject({ unnamed: true, count: 2, kind: 'person' });
    expect(find(a, 'person familiar with the negotiations')).toMatchObject({ unnamed: true, count: 1 });
    expect(find(a, 'council aides')).toMatchObject({ unnamed: true });
  });
  it('are never counted as named', () => {
    expect(named(a)).toEqual([]);
  });
});

describe('embedded posts of every network stay in the story and are social sources', () => {
  const embeds: Array<[string, string, Partial<Source>]> = [
    [
      'X/Twitter',
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The strike goes on until the contract is fair.</p>&mdash; Maria Lopez (@mlopez) <a href="https://twitter.com/mlopez/status/1234567890">March 5, 2024</a></blockquote>',
      { platform: 'twitter', handle: '@mlopez', author: 'Maria Lopez', date: '2024-03-05', url: 'https://twitter.com/mlopez/status/1234567890' },
    ],
    [
      'Bluesky',
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3k"><p lang="en">The strike goes on until the contract is fair.</p>&mdash; Maria Lopez (<a href="https://bsky.app/profile/did:plc:x">@mlopez.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:x/post/3k?ref_src=embed">March 5, 2024 at 10:00 AM</a></blockquote>',
      { platform: 'bluesky', handle: '@mlopez.bsky.social', author: 'Maria Lopez', date: '2024-03-05', url: 'https://bsky.app/profile/did:plc:x/post/3k' },
    ],
    [
      'Mastodon',
      '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@mlopez/112233445566/embed"><a href="https://mastodon.social/@mlopez/112233445566" target="_blank"><div>Post by @mlopez@mastodon.social</div><div>View on Mastodon</div></a></blockquote>',
      { platform: 'mastodon', handle: '@mlopez@mastodon.social', url: 'https://mastodon.social/@mlopez/112233445566' },
    ],
    [
      'Threads',
      '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@mlopez/post/C4abc"><a href="https://www.threads.net/@mlopez/post/C4abc"><div>Post by @mlopez</div><div>View on Threads</div></a></blockquote>',
      { platform: 'threads', handle: '@mlopez', url: 'https://www.threads.net/@mlopez/post/C4abc' },
    ],
    [
      'Instagram',
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C4xyz/?utm_source=ig_embed"><div><a href="https://www.instagram.com/p/C4xyz/?utm_source=ig_embed">View this post on Instagram</a><p><a href="https://www.instagram.com/p/C4xyz/">A post shared by Maria Lopez (@mlopez)</a></p></div></blockquote>',
      { platform: 'instagram', handle: '@mlopez', author: 'Maria Lopez', url: 'https://www.instagram.com/p/C4xyz/' },
    ],
    [
      'Facebook',
      '<div class="fb-post" data-href="https://www.facebook.com/harborunion/posts/123456"><blockquote cite="https://www.facebook.com/harborunion/posts/123456" class="fb-xfbml-parse-ignore"><p>The strike goes on until the contract is fair.</p>Posted by <a href="https://www.facebook.com/harborunion">Harbor Union</a> on&nbsp;<a href="https://www.facebook.com/harborunion/posts/123456">Tuesday, March 5, 2024</a></blockquote></div>',
      { platform: 'facebook', author: 'Harbor Union', date: '2024-03-05', url: 'https://www.facebook.com/harborunion/posts/123456' },
    ],
    [
      'TikTok',
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@mlopez/video/7345678901234567890" data-video-id="7345678901234567890"><section><a target="_blank" title="@mlopez" href="https://www.tiktok.com/@mlopez?refer=embed">@mlopez</a> Day five on the picket line <a title="♬ original sound - mlopez" href="https://www.tiktok.com/music/x">♬ original sound - mlopez</a></section></blockquote>',
      { platform: 'tiktok', handle: '@mlopez', url: 'https://www.tiktok.com/@mlopez/video/7345678901234567890' },
    ],
    [
      'a plain blockquote ending "— Name (@handle) date"',
      '<blockquote><p>The strike goes on until the contract is fair.</p>&mdash; Maria Lopez (@mlopez_union) <a href="https://x.com/mlopez_union/status/123456789">March 5, 2024</a></blockquote>',
      { platform: 'twitter', handle: '@mlopez_union', author: 'Maria Lopez', date: '2024-03-05', url: 'https://x.com/mlopez_union/status/123456789' },
    ],
  ];
  for (const [network, html, expected] of embeds) {
    it(network, () => {
      const a = analyzeBody(`<p>The union posted its answer on Tuesday.</p>${html}`);
      const posts = a.sources.filter((s) => s.kind === 'social');
      expect(posts, JSON.stringify(a.sources)).toHaveLength(1);
      expect(posts[0]).toMatchObject(expected);
      // the post stays in the story text, as the page shows it
      expect(a.article.text).toContain(expected.handle ?? expected.author!);
      if (/strike goes on/.test(html)) expect(a.article.text).toContain('The strike goes on until the contract is fair.');
      // its links are the post, not an outbound link of the story
      expect(a.sources.some((s) => s.kind === 'link')).toBe(false);
    });
  }
});

describe('German and French cues', () => {
  it('"laut", "berichtete die", "nach Angaben der" name German sources', () => {
    const a = analyzeBody(
      '<p>Die Strecke wird laut Süddeutscher Zeitung im Dezember eröffnet. Der Zug fährt dreimal pro Woche, berichtete die Frankfurter Allgemeine Zeitung. Nach Angaben der Deutschen Bahn sind die Züge ausgebucht.</p>',
      { lang: 'de' },
    );
    expect(find(a, /Süddeutsche/)).toMatchObject({ kind: 'publication', knownAs: 'Süddeutsche Zeitung' });
    expect(find(a, 'Frankfurter Allgemeine Zeitung')).toMatchObject({ kind: 'publication' });
    expect(find(a, /Deutschen Bahn/)).toBeDefined();
    // German capitalises every noun: nothing else is taken for a name
    expect(named(a).length).toBe(3);
  });

  it('"selon" names French sources, "l’AFP" included', () => {
    const a = analyzeBody('<p>Le train sera plus rapide, selon Le Monde. La grève continue, selon l’AFP.</p>', { lang: 'fr' });
    expect(find(a, 'Le Monde')).toMatchObject({ kind: 'publication' });
    expect(find(a, 'AFP')).toMatchObject({ kind: 'agency' });
  });
});

describe('order and exports', () => {
  const a = analyzeFixture('many-voices.html', 'https://harborcourier.example/2024/03/14/council-delays-fare-vote/');
  it('the voices the story leans on most come first', () => {
    const counts = named(a).map((s) => s.count ?? 1);
    expect(counts[0]).toBe(Math.max(...counts));
    expect(a.sources[0]).toMatchObject({ name: 'Angela Brooks', count: 3 });
  });
  it('a dozen voices: people, organisations, an outlet, unnamed sources, posts, a document, an agency', () => {
    const people = a.sources.filter((s) => s.kind === 'person' && !s.unnamed).map((s) => s.name);
    expect(people).toEqual(expect.arrayContaining(['Angela Brooks', 'Thomas Keane', 'Marisol Vega', 'Derek Osei', 'Priya Raman', 'Jonathan Pike', 'Rafael Ortiz', 'Helen Marsh']));
    expect(a.sources.filter((s) => s.kind === 'organization' && !s.unnamed).map((s) => s.name)).toEqual(
      expect.arrayContaining(['Metropolitan Transit Authority', 'Riders Alliance', 'Independent Budget Office']),
    );
    expect(find(a, 'Harbor Tribune')).toMatchObject({ kind: 'publication' });
    expect(find(a, 'budget office report')).toMatchObject({ kind: 'document', url: 'https://harborcity.example.gov/ibo/fare-report-2024.pdf' });
    expect(find(a, 'Reuters')).toMatchObject({ kind: 'agency', author: 'Lena Ortiz' });
    expect(a.sources.filter((s) => s.kind === 'social')).toHaveLength(2);
    expect(a.sources.some((s) => s.name === 'WHRB Radio')).toBe(false);
  });
  it('Markdown and text carry the same grouped list with roles, counts and passages', () => {
    const md = toMarkdown(a);
    expect(md).toMatch(/### People\n\n- \*\*Angela Brooks\*\* — Council President, quoted 3 times\n {2}- “Council President Angela Brooks said/);
    expect(md).toContain('- **Derek Osei** — president of Transit Workers Local 417, quoted 2 times, via WHRB Radio');
    expect(md).toContain('### Unnamed sources');
    expect(md.indexOf('### People')).toBeLessThan(md.indexOf('### Organizations'));
    const text = toPlainText(a);
    expect(text).toContain('People:');
    expect(text).toContain('• Angela Brooks (Council President, quoted 3 times)');
  });
  it('every passage points at its sentence (the headline is -1)', () => {
    for (const s of a.sources) for (const p of s.passages ?? []) expect(p.sentenceIndex < 0 ? a.article.title : a.sentences[p.sentenceIndex]).toBe(p.text);
  });
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Analysis } from '../../core/types';
import { AppView, type AppActions } from '../../components/App';
import type { AnalysisState } from '../../components/useAnalysis';
import { tabFromQuery } from '../../components/useTargetTab';

/** A hand-made Analysis of the Fortune story (the shape core/analyze.ts returns), independent of the core. */
const FORTUNE: Analysis = {
 "url": "https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/",
 "isArticle": true,
 "detection": {
  "score": 0.998,
  "reasons": [
   "+3 JSON-LD NewsArticle",
   "+2 og:type=article",
   "+1.5 published-time meta",
   "+0.5 one headline (h1)",
   "+1 <time> near the headline",
   "+1 byline near the headline",
   "+0.5 <article> element",
   "+2.5 readerable text (6 long paragraphs)"
  ]
 },
 "article": {
  "title": "Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD Signed by Trump, South Korean Paper Reports",
  "byline": "Kevin Kelleher",
  "authors": [
   "Kevin Kelleher"
  ],
  "siteName": "Fortune",
  "publishedTime": "2018-07-06T20:10:00-04:00",
  "modifiedTime": "2018-07-06T20:12:00-04:00",
  "lang": "en",
  "dir": "ltr",
  "excerpt": "Secretary of State Mike Pompeo reportedly carried a letter from President Trump and a CD of Elton John songs, including “Rocket Man,” to North Korea’s Kim Jong Un.",
  "leadImage": {
   "src": "https://fortune.com/images/summit.jpg",
   "alt": "SINGAPORE-US-NKOREA-DIPLOMACY-SUMMIT",
   "caption": "North Korea's leader Kim Jong Un (L) shakes hands with US President Donald Trump (R) at the start of their historic US-North Korea summit, at the Capella Hotel on Sentosa island in Singapore on June 12, 2018. Donald Trump and Kim Jong Un have become on June 12 the first sitting US and North Korean leaders to meet, shake hands and negotiate to end a decades-old nuclear stand-off.",
   "credit": "Saul Loeb—AFP/Getty Images"
  },
  "text": "Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.\n\nSecretary of State Mike Pompeo left for North Korea Thursday for a round of diplomatic talks, reportedly carrying with him a letter from President Trump and a CD of Elton John songs, including “Rocket Man,” according to the Chosen Ilbo newspaper. Both were intended for North Korea’s dictator Kim Jong Un.\n\nT",
  "html": "<p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.\n\nSecretary of State Mike Pompeo left for North Korea Thursday for a round of diplomatic talks, reportedly car</p>",
  "wordCount": 308,
  "readingMinutes": 1,
  "canonicalUrl": "https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/"
 },
 "sentences": [
  "North Korea's leader Kim Jong Un (L) shakes hands with US President Donald Trump (R) at the start of their historic US-North Korea summit, at the Capella Hotel on Sentosa island in Singapore on June 12, 2018.",
  "Donald Trump and Kim Jong Un have become on June 12 the first sitting US and North Korean leaders to meet, shake hands and negotiate to end a decades-old nuclear stand-off.",
  "Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.",
  "Secretary of State Mike Pompeo left for North Korea Thursday for a round of diplomatic talks, reportedly carrying with him a letter from President Trump and a CD of Elton John songs, including “Rocket Man,” according to the Chosen Ilbo newspaper.",
  "Both were intended for North Korea’s dictator Kim Jong Un.",
  "Trump derisively mocked Kim last fall as “Little Rocket Man” on Twitter and in speeches when tensions between the two countries were high.",
  "Kim replied by calling Trump a “dotard.”",
  "When the two leaders met at a diplomatic summit in Singapore last month, the “Rocket Man” tag came up during friendlier talks.",
  "I spoke with President Moon of South Korea last night.",
  "Asked him how Rocket Man is doing.",
  "Long gas lines forming in North Korea.",
  "Too bad!",
  "The paper quoted sources in Washington DC as saying that Trump asked Kim at a lunch whether he knew about the song.",
  "Kim replied that he hadn’t.",
  "Trump later signed a CD with the song on it, asking Pompeo to deliver it to the North Korean dictator.",
  "Pompeo and other US officials are meeting with North Korean officials in Pyongyang to hammer out details on dismantling North Korea’s nuclear program.",
  "Talks will also cover the possibility of recovering the remains of US troops missing from the Korean War.",
  "The talks are part of a broader U.S. initiative to persuade North Korea to give up its nuclear and ballistic missile programs.",
  "There are signs that North Korea has been expanding some missile manufacturing sites.",
  "According to the New York Times, Pompeo has said that one goal of the talks is to determine whether the North Koreans are sincere about denuclearization, while privately conceding to some colleagues that he considers the talks to be doomed."
 ],
 "summary": {
  "sentences": [
   {
    "text": "Secretary of State Mike Pompeo left for North Korea Thursday for a round of diplomatic talks, reportedly carrying with him a letter from President Trump and a CD of Elton John songs, including “Rocket Man,” according to the Chosen Ilbo newspaper.",
    "index": 3
   },
   {
    "text": "Both were intended for North Korea’s dictator Kim Jong Un.",
    "index": 4
   },
   {
    "text": "Trump later signed a CD with the song on it, asking Pompeo to deliver it to the North Korean dictator.",
    "index": 14
   },
   {
    "text": "Pompeo and other US officials are meeting with North Korean officials in Pyongyang to hammer out details on dismantling North Korea’s nuclear program.",
    "index": 15
   }
  ]
 },
 "timeline": [
  {
   "date": "2017-09",
   "precision": "season",
   "season": "fall",
   "label": "Trump derisively mocked Kim as “Little Rocket Man” on Twitter and in speeches",
   "quote": "Trump derisively mocked Kim last fall as “Little Rocket Man” on Twitter and in speeches when tensions between the two countries were high.",
   "sentenceIndex": 5,
   "dateText": "last fall",
   "kind": "event"
  },
  {
   "date": "2017-09-17",
   "precision": "day",
   "label": "@realDonaldTrump posts: “I spoke with President Moon of South Korea last night. Asked him how Rocket Man is…”",
   "quote": "I spoke with President Moon of South Korea last night. Asked him how Rocket Man is doing. Long gas lines forming in North Korea. Too bad!",
   "sentenceIndex": 8,
   "dateText": "September 17, 2017",
   "kind": "post"
  },
  {
   "date": "2018-06-12",
   "precision": "day",
   "label": "The two leaders met at a diplomatic summit in Singapore",
   "quote": "When the two leaders met at a diplomatic summit in Singapore last month, the “Rocket Man” tag came up during friendlier talks.",
   "sentenceIndex": 7,
   "dateText": "last month",
   "kind": "event"
  },
  {
   "date": "2018-07-05",
   "precision": "day",
   "label": "Secretary of State Mike Pompeo left for North Korea for a round of diplomatic…",
   "quote": "Secretary of State Mike Pompeo left for North Korea Thursday for a round of diplomatic talks, reportedly carrying with him a letter from President Trump and a CD of Elton John songs, including “Rocket Man,” according to the Chosen Ilbo newspaper.",
   "sentenceIndex": 3,
   "dateText": "Thursday",
   "kind": "event"
  },
  {
   "date": "2018-07-06",
   "precision": "day",
   "label": "Fortune publishes this story",
   "quote": "Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD Signed by Trump, South Korean Paper Reports",
   "sentenceIndex": -1,
   "kind": "published"
  }
 ],
 "sources": [
  {
   "name": "Chosen Ilbo",
   "kind": "publication",
   "url": "http://english.chosun.com/site/data/html_dir/2018/07/06/2018070600789.html",
   "quote": "Secretary of State Mike Pompeo left for North Korea Thursday for a round of diplomatic talks, reportedly carrying with him a letter from President Trump and a CD of Elton John songs, including “Rocket Man,” according to the Chosen Ilbo newspaper.",
   "knownAs": "The Chosun Ilbo",
   "count": 1
  },
  {
   "name": "The New York Times",
   "kind": "publication",
   "url": "https://www.nytimes.com/2018/07/05/world/asia/pompeo-north-korea-trip.html",
   "quote": "According to the New York Times, Pompeo has said that one goal of the talks is to determine whether the North Koreans are sincere about denuclearization, while privately conceding to some colleagues that he considers the talks to be doomed.",
   "count": 1
  },
  {
   "name": "Donald J. Trump (@realDonaldTrump)",
   "kind": "social",
   "url": "https://twitter.com/realDonaldTrump/status/909384837018112000",
   "handle": "@realDonaldTrump",
   "author": "Donald J. Trump",
   "date": "2017-09-17",
   "quote": "I spoke with President Moon of South Korea last night. Asked him how Rocket Man is doing. Long gas lines forming in North Korea. Too bad!",
   "count": 1
  },
  {
   "name": "AFP/Getty Images",
   "kind": "agency",
   "url": "https://afp.com/",
   "quote": "Photo credit should read SAUL LOEB/AFP/Getty Images",
   "author": "Saul Loeb",
   "count": 1
  },
  {
   "name": "Fortune",
   "kind": "publisher",
   "url": "https://fortune.com/",
   "count": 1
  },
  {
   "name": "Kevin Kelleher",
   "kind": "author",
   "url": "https://fortune.com/author/kevin-kelleher/",
   "count": 1
  }
 ]
};

let root: HTMLElement;
function mount(state: AnalysisState, actions: AppActions = {}, mode: 'popup' | 'tab' | 'sidepanel' = 'tab') {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<AppView state={state} tabId={7} mode={mode} locale="en-US" actions={actions} />, root));
  return root;
}
const ready = (analysis: Analysis): AnalysisState => ({ status: 'ready', analysis, cached: false, tabUrl: analysis.url });
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('popup: the digest', () => {
  it('renders the header: title, site, author, date, reading time', () => {
    const el = mount(ready(FORTUNE));
    expect(text(el.querySelector('h1'))).toBe(FORTUNE.article.title);
    const head = text(el.querySelector('.story-head'));
    expect(head).toContain('Fortune');
    expect(head).toContain('Kevin Kelleher');
    expect(head).toContain('Jul 6, 2018');
    expect(head).toContain('1 min read');
  });

  it('renders Summary, Timeline and Sources as labelled sections with h2 headings', () => {
    const el = mount(ready(FORTUNE));
    const headings = [...el.querySelectorAll('section > h2')].map(text);
    expect(headings).toEqual(['Summary', 'Timeline', 'Sources']);
    for (const section of el.querySelectorAll('section.section')) {
      expect(el.querySelector('#' + section.getAttribute('aria-labelledby'))).not.toBeNull();
    }
    expect([...el.querySelectorAll('.summary li')].map(text)[0]).toContain('Pompeo left for North Korea Thursday');
  });

  it('shows timeline dates honest to their precision, in order', () => {
    const el = mount(ready(FORTUNE));
    const dates = [...el.querySelectorAll('.event-date')].map(text);
    expect(dates).toEqual(['fall 2017', 'Sep 17, 2017', 'Jun 12, 2018', 'Jul 5, 2018', 'Jul 6, 2018']);
  });

  it('expands a timeline quote with an accessible toggle', () => {
    const el = mount(ready(FORTUNE));
    const toggle = el.querySelector<HTMLButtonElement>('.event-toggle')!;
    const quote = el.querySelector('#' + toggle.getAttribute('aria-controls'))!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(quote.hasAttribute('hidden')).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(quote.hasAttribute('hidden')).toBe(false);
    expect(text(quote)).toContain('last fall');
  });

  it('groups sources by kind and shows the tweet as a tweet card', () => {
    const el = mount(ready(FORTUNE));
    const groups = [...el.querySelectorAll('.group-title')].map(text);
    expect(groups).toEqual(['News outlets cited', 'Social posts', 'Agencies and photo credits', 'Published by', 'Written by']);
    const tweet = el.querySelector('.tweet')!;
    expect(text(tweet)).toContain('@realDonaldTrump');
    expect(text(tweet)).toContain('Sep 17, 2017');
    expect(text(tweet)).toContain('Long gas lines');
    for (const a of el.querySelectorAll('a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.getAttribute('href')).toMatch(/^https?:/);
    }
  });

  it('clicking a summary bullet asks to show that sentence in the page', async () => {
    const onShowSentence = vi.fn(async () => true);
    const el = mount(ready(FORTUNE), { onShowSentence });
    const button = el.querySelectorAll<HTMLButtonElement>('button.summary-item')[1];
    await act(async () => button.click());
    expect(onShowSentence).toHaveBeenCalledWith(FORTUNE.summary.sentences[1]);
  });

  it('announces when the sentence is no longer on the page', async () => {
    const el = mount(ready(FORTUNE), { onShowSentence: async () => false });
    await act(async () => el.querySelector<HTMLButtonElement>('button.summary-item')!.click());
    await vi.waitFor(() => expect(text(el.querySelector('.toast'))).toMatch(/Couldn’t find that sentence/));
  });

  it('copies the digest as Markdown and as plain text', async () => {
    const onCopy = vi.fn(async (_: string) => {});
    const el = mount(ready(FORTUNE), { onCopy });
    const [md, plain] = [...el.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    await act(async () => md.click());
    expect(onCopy.mock.calls[0][0]).toMatch(/^# Mike Pompeo/);
    expect(text(el.querySelector('.toast'))).toBe('Copied as Markdown.');
    await act(async () => plain.click());
    expect(onCopy.mock.calls[1][0]).not.toMatch(/^#/);
    expect(onCopy.mock.calls[1][0]).toContain('Mike Pompeo');
  });

  it('offers side panel and new tab in the popup, not inside the side panel', () => {
    const actions = { onOpenSidePanel: vi.fn(), onOpenTab: vi.fn() };
    let el = mount(ready(FORTUNE), actions, 'popup');
    expect(el.querySelector('[aria-label="Open in side panel"]')).not.toBeNull();
    act(() => el.querySelector<HTMLButtonElement>('[aria-label="Open in new tab"]')!.click());
    expect(actions.onOpenTab).toHaveBeenCalled();
    act(() => render(null, root));
    root.remove();
    el = mount(ready(FORTUNE), actions, 'sidepanel');
    expect(el.querySelector('[aria-label="Open in side panel"]')).toBeNull();
  });
});

describe('popup: states', () => {
  it('loading: a skeleton and a status for screen readers', () => {
    const el = mount({ status: 'loading' });
    expect(el.querySelector('.skeleton')).not.toBeNull();
    expect(el.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    expect(text(el.querySelector('[role="status"]'))).toBe('Reading the page…');
  });

  it('not an article: says so, and "Analyze anyway" shows the digest', () => {
    const el = mount(ready({ ...FORTUNE, isArticle: false }));
    expect(text(el.querySelector('.notice-title'))).toBe('This page doesn’t look like a news article');
    expect(el.querySelector('.digest')).toBeNull();
    const button = [...el.querySelectorAll('button')].find((b) => text(b) === 'Analyze anyway')!;
    act(() => button.click());
    expect(el.querySelector('.digest')).not.toBeNull();
  });

  it('error: what happened, what to do, and a retry', () => {
    const onRetry = vi.fn();
    const el = mount({ status: 'error', error: { code: 'failed', message: 'The page took too long to analyze. Reload it and try again.' } }, { onRetry });
    expect(el.querySelector('[role="alert"]')).not.toBeNull();
    expect(text(el)).toContain('Reload it and try again');
    act(() => [...el.querySelectorAll('button')].find((b) => text(b) === 'Try again')!.click());
    expect(onRetry).toHaveBeenCalled();
  });

  it('restricted: a clear message and no pointless retry', () => {
    const el = mount({ status: 'error', error: { code: 'restricted', message: 'This is a browser page, which extensions aren’t allowed to read.' } }, { onRetry: vi.fn() });
    expect(text(el.querySelector('.notice-title'))).toBe('Lede can’t read this page');
    expect([...el.querySelectorAll('button')].some((b) => text(b) === 'Try again')).toBe(false);
  });
});

describe('popup: hostile content stays text', () => {
  it('renders markup from the page as text and drops non-http links', () => {
    const evil = '<img src=x onerror="window.__ledePwned=1">';
    const hostile: Analysis = {
      ...FORTUNE,
      article: { ...FORTUNE.article, title: `Title ${evil}`, authors: [evil], siteName: '<b>Site</b>' },
      summary: { sentences: [{ text: `Hello ${evil}`, index: 0 }] },
      timeline: [{ date: '2018-07-05', precision: 'day', label: evil, quote: `<script>window.__ledePwned=1</script>`, sentenceIndex: 0 }],
      sources: [
        { name: 'Evil link', kind: 'link', url: 'javascript:window.__ledePwned=1' },
        { name: 'Data link', kind: 'publication', url: 'data:text/html,<script>alert(1)</script>' },
        { name: 'Evil tweet', kind: 'social', handle: '@x', url: ' javascript:alert(1)', quote: evil },
      ],
    };
    const el = mount(ready(hostile));
    expect(el.querySelector('img, script, b')).toBeNull();
    expect(el.querySelectorAll('[onerror]').length).toBe(0);
    for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(el.innerHTML).not.toMatch(/href="(javascript|data):/i);
    expect(text(el.querySelector('h1'))).toContain('<img src=x');
    expect((window as unknown as { __ledePwned?: number }).__ledePwned).toBeUndefined();
  });
});

describe('popup.html?tab=<id>', () => {
  it('reads a tab id only when it is a plain number', () => {
    expect(tabFromQuery('?tab=12')).toBe(12);
    expect(tabFromQuery('?x=1&tab=0')).toBe(0);
    expect(tabFromQuery('')).toBeNull();
    expect(tabFromQuery('?tab=')).toBeNull();
    expect(tabFromQuery('?tab=-1')).toBeNull();
    expect(tabFromQuery('?tab=1e3')).toBeNull();
    expect(tabFromQuery('?tab=12abc')).toBeNull();
  });
});

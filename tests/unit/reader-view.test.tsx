// @vitest-environment jsdom
// jsdom rather than happy-dom: DOMPurify does not sanitize under happy-dom (it returns the input
// unchanged there), and these tests are about what the sanitizer lets through.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Analysis } from '../../core/types';
import { ReaderView, type ReaderActions } from '../../components/reader/ReaderView';
import { buildBody } from '../../components/reader/ArticleBody';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../lib/settings';
import type { HighlightClient } from '../../lib/highlights/client';
import type { Highlight } from '../../lib/library/types';

/** A highlight client over an in-memory list (what the overlay and the reader page give the reader). */
function memoryClient(initial: Highlight[] = []) {
  let list = [...initial];
  const client: HighlightClient & { added: unknown[] } = {
    added: [],
    list: async () => list,
    async add(h) {
      client.added.push(h);
      const highlight: Highlight = { id: `h${list.length + 1}`, entryId: 'e', source: 'https://fortune.com/x', made: h.made, quote: h.quote, color: h.color, note: h.note ?? '', order: h.quote.start, createdAt: 'a', updatedAt: 'a' };
      list = [...list, highlight];
      return { ok: true, value: { highlight, saved: list.length === 1 } };
    },
    async change(id, c) {
      const h = list.find((x) => x.id === id)!;
      if (c.remove) {
        list = list.filter((x) => x.id !== id);
        return { ok: true, value: null };
      }
      const next = { ...h, ...(c.color ? { color: c.color } : {}), ...(c.note !== undefined ? { note: c.note } : {}) };
      list = list.map((x) => (x.id === id ? next : x));
      return { ok: true, value: next };
    },
  };
  return client;
}
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

const TWEET = `<figure><div><blockquote class="twitter-tweet"><p>I spoke with President Moon of South Korea last night. Asked him how Rocket Man is doing. Long gas lines forming in North Korea. Too bad!</p>— Donald J. Trump (@realDonaldTrump) <a href="https://twitter.com/realDonaldTrump/status/909384837018112000">September 17, 2017</a></blockquote></div></figure>`;

/** A Fortune-like analysis whose html also carries everything a hostile page could try. */
function sample(overrides: Partial<Analysis['article']> = {}): Analysis {
  const html = [
    '<h1>Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD</h1>',
    '<p>Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.</p>',
    '<p>According to the <a href="https://www.nytimes.com/x">New York Times</a>, Pompeo has said that one goal of the talks is to determine whether the North Koreans are sincere.</p>',
    TWEET,
    '<ul><li>First point</li><li>Second point</li></ul>',
    '<table><caption>Results</caption><tr><th>Name</th><th>Votes</th></tr><tr><td>Hale</td><td>18,442</td></tr></table>',
    '<figure><img src="https://example.com/b.jpg" alt="Second picture"><figcaption>A second picture</figcaption></figure>',
    // Hostile leftovers (the core sanitizes first; the reader sanitizes again).
    '<script>window.__ledePwned=1</script><img src=x onerror="window.__ledePwned=2">',
    '<p>Click <a href="javascript:window.__ledePwned=3">here</a> or <a href="data:text/html,x">there</a> <span onclick="window.__ledePwned=4">now</span>.</p>',
    '<iframe srcdoc="<script>parent.__ledePwned=5</script>"></iframe><style>body{display:none}</style>',
  ].join('');
  return {
    url: 'https://fortune.com/2018/07/06/mike-pompeo-kim-jong-un-rocket-man-cd/',
    isArticle: true,
    detection: { score: 0.99, reasons: [] },
    article: {
      title: 'Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD',
      byline: 'Kevin Kelleher',
      authors: ['Kevin Kelleher'],
      siteName: 'Fortune',
      publishedTime: '2018-07-06T20:10:00-04:00',
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: { src: 'https://fortune.com/images/summit.jpg', alt: 'Summit', caption: 'Kim Jong Un shakes hands with Donald Trump.', credit: 'Saul Loeb—AFP/Getty Images' },
      text: '',
      html,
      wordCount: 308,
      readingMinutes: 2,
      ...overrides,
    },
    sentences: [
      'Kim Jong Un shakes hands with Donald Trump.',
      'Elton John once ruled the pop charts, now he has entered the annals of diplomatic history.',
      'According to the New York Times, Pompeo has said that one goal of the talks is to determine whether the North Koreans are sincere.',
      'Long gas lines forming in North Korea.',
    ],
    summary: { sentences: [] },
    timeline: [],
    sources: [],
  };
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
  delete (window as unknown as { __ledePwned?: unknown }).__ledePwned;
});

function mount(props: { analysis?: Analysis; settings?: ReaderSettings; hosts?: string[]; actions?: Partial<ReaderActions>; highlights?: HighlightClient } = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const actions: ReaderActions = { onSettings: vi.fn(), onClose: vi.fn(), onPrint: vi.fn(), onOpenTab: vi.fn(), onAlwaysReader: vi.fn(), onSave: vi.fn(async () => ({ ok: true, message: 'Saved to your library.' })), ...props.actions };
  act(() => {
    render(<ReaderView analysis={props.analysis ?? sample()} settings={props.settings ?? { ...DEFAULT_SETTINGS }} hosts={props.hosts ?? []} mode="overlay" locale="en-US" synth={null} actions={actions} highlights={props.highlights} />, root!);
  });
  return { el: root.querySelector('.lede-reader') as HTMLElement, actions };
}

describe('ReaderView highlights', () => {
  const gone: Highlight = { id: 'gone', entryId: 'e', source: 'https://fortune.com/x', made: 'page', quote: { exact: 'a sentence the page no longer has', prefix: '', suffix: '', start: 0, end: 0 }, color: 'pink', note: 'kept anyway', order: 1e12, createdAt: 'a', updatedAt: 'a' };
  const saved: Highlight = { ...gone, id: 'pop', made: 'reader', quote: { exact: 'pop charts', prefix: 'Elton John once ruled the ', suffix: ', now he has entered', start: 0, end: 0 }, color: 'green', note: '<b>not bold</b>', order: 1 };

  it('draws saved highlights as marks, lists them in order, and lists the ones not found apart', async () => {
    const { el } = mount({ highlights: memoryClient([saved, gone]) });
    await settle();
    const marks = [...el.querySelectorAll('.lr-body mark[data-lede-highlight]')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-color')])).toEqual([['pop charts', 'green']]);
    act(() => el.querySelector<HTMLButtonElement>('button[aria-label="Highlights"]')!.click());
    const panel = el.querySelector('#lr-highlights')!;
    expect(panel.querySelector('.lh-list .lh-quote')!.textContent).toBe('pop charts');
    // A note is text, not markup.
    expect(panel.querySelector('.lh-item-note')!.textContent).toBe('<b>not bold</b>');
    expect(panel.querySelector('b')).toBeNull();
    expect(panel.querySelector('.lh-missing')!.textContent).toContain('Not found on the page');
    expect(panel.querySelector('.lh-missing')!.textContent).toContain('a sentence the page no longer has');
  });

  it('a selection gets the toolbar; Highlight makes a mark, says the story was saved; the dialog changes colour and note, removes', async () => {
    // jsdom lays nothing out: a selection needs a box for the toolbar to stand by.
    const proto = Range.prototype as unknown as { getBoundingClientRect?: () => DOMRect };
    const had = proto.getBoundingClientRect;
    proto.getBoundingClientRect = () => ({ top: 300, bottom: 320, left: 100, right: 300, width: 200, height: 20, x: 100, y: 300, toJSON: () => ({}) }) as DOMRect;
    onTestFinished(() => void (proto.getBoundingClientRect = had));
    const client = memoryClient();
    const { el } = mount({ highlights: client });
    await settle();
    const text = [...el.querySelectorAll('.lr-body p')].find((p) => p.textContent!.includes('once ruled'))!.firstChild as Text;
    const at = text.data.indexOf('once ruled the pop charts');
    await act(async () => {
      getSelection()!.setBaseAndExtent(text, at, text, at + 'once ruled the pop charts'.length);
      document.dispatchEvent(new Event('selectionchange'));
    });
    const toolbar = el.querySelector('[role="toolbar"][aria-label="Highlight tools"]')!;
    expect([...toolbar.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toEqual(['Highlight', 'Highlight in Yellow', 'Highlight in Green', 'Highlight in Blue', 'Highlight in Pink', 'Note']);
    await act(async () => toolbar.querySelector<HTMLButtonElement>('[aria-label="Highlight in Blue"]')!.click());
    await settle();
    expect(client.added).toMatchObject([{ color: 'blue', made: 'reader', quote: { exact: 'once ruled the pop charts', prefix: 'Elton John ' } }]);
    const mark = el.querySelector<HTMLElement>('.lr-body mark[data-lede-highlight]')!;
    expect([mark.textContent, mark.getAttribute('data-color')]).toEqual(['once ruled the pop charts', 'blue']);
    expect(el.querySelector('.lr-toast')!.textContent).toBe('Highlighted. The story is now in your library.');
    expect(el.querySelector('.lr-bar button[aria-label="Saved to library"]')).not.toBeNull();
    expect(el.querySelector('[role="toolbar"][aria-label="Highlight tools"]')).toBeNull();

    // Enter on the mark opens its dialog; colour, note, then remove.
    await act(async () => void mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    const dialog = () => el.querySelector<HTMLElement>('.lh-editor[role="dialog"]');
    expect(dialog()!.getAttribute('aria-label')).toBe('Highlight');
    await act(async () => dialog()!.querySelector<HTMLButtonElement>('[aria-label="Pink"]')!.click());
    await settle();
    expect(el.querySelector('.lr-body mark')!.getAttribute('data-color')).toBe('pink');
    const area = dialog()!.querySelector('textarea')!;
    await act(async () => {
      area.value = 'Worth a follow-up';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => dialog()!.querySelector<HTMLButtonElement>('.lh-button')!.click());
    await settle();
    expect((await client.list())[0].note).toBe('Worth a follow-up');
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toBe('Saved.');
    // Escape closes the dialog, not the reader.
    await act(async () => void dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dialog()).toBeNull();
    await act(async () => el.querySelector<HTMLElement>('.lr-body mark')!.click());
    await act(async () => dialog()!.querySelector<HTMLButtonElement>('.lh-danger')!.click());
    await settle();
    expect(el.querySelector('.lr-body mark')).toBeNull();
    expect(await client.list()).toEqual([]);
    expect(el.querySelector('.lr-toast')!.textContent).toBe('Highlight removed.');
  });

  it('offers highlights only where a client keeps them', async () => {
    const { el } = mount({ highlights: memoryClient() });
    await settle();
    expect(el.querySelector('button[aria-label="Highlights"]')).not.toBeNull();
    render(null, root!);
    root!.remove();
    const plain = mount();
    expect(plain.el.querySelector('button[aria-label="Highlights"]')).toBeNull();
  });
});

describe('ReaderView', () => {
  it('renders headline, site, date, byline, reading time and the lead image with caption and credit', () => {
    const { el } = mount();
    expect(el.querySelector('h1#lr-title')?.textContent).toBe('Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD');
    expect(el.querySelectorAll('h1').length).toBe(1); // the body's repeated headline is dropped
    const kicker = el.querySelector('.lr-kicker')!;
    expect(kicker.textContent).toContain('Fortune');
    expect(kicker.querySelector('time')?.getAttribute('datetime')).toBe('2018-07-06T20:10:00-04:00');
    expect(kicker.textContent).toMatch(/2018/);
    expect(el.querySelector('.lr-byline')?.textContent).toBe('By Kevin Kelleher · 2 min read');
    const lead = el.querySelector('.lr-lead')!;
    expect(lead.querySelector('img')?.getAttribute('src')).toBe('https://fortune.com/images/summit.jpg');
    expect(lead.querySelector('.lr-caption')?.textContent).toBe('Kim Jong Un shakes hands with Donald Trump.');
    expect(lead.querySelector('.lr-credit')?.textContent).toBe('Saul Loeb—AFP/Getty Images');
    expect(el.querySelector('article')?.getAttribute('lang')).toBe('en');
  });

  it('renders the body: paragraphs, tweet as a quote card, list, table, figure, links', () => {
    const { el } = mount();
    const body = el.querySelector('.lr-body')!;
    expect(body.querySelectorAll('p').length).toBeGreaterThanOrEqual(3);
    const card = body.querySelector('figure.lede-tweet')!;
    expect(card).not.toBeNull();
    expect(card.querySelector('.lede-tweet-name')?.textContent).toBe('Donald J. Trump');
    expect(card.querySelector('.lede-tweet-handle')?.textContent).toBe('@realDonaldTrump');
    expect(card.querySelector('.lede-tweet-text')?.textContent).toContain('Long gas lines forming in North Korea. Too bad!');
    const date = card.querySelector('.lede-tweet-foot a')!;
    expect(date.textContent).toBe('September 17, 2017');
    expect(date.getAttribute('href')).toMatch(/^https:\/\/twitter\.com\//);
    expect(card.getAttribute('aria-label')).toBe('Post by Donald J. Trump, September 17, 2017');
    expect(body.querySelector('blockquote.twitter-tweet')).toBeNull();
    expect(card.parentElement).toBe(body.firstElementChild?.parentElement === body ? body : card.parentElement); // not nested in empty wrappers
    expect(card.closest('figure:not(.lede-tweet)')).toBeNull();
    expect(body.querySelectorAll('li').length).toBe(2);
    expect(body.querySelector('.lede-table > table caption')?.textContent).toBe('Results');
    expect(body.querySelector('figure img[alt="Second picture"]')?.getAttribute('loading')).toBe('lazy');
    expect(body.querySelector('a[href="https://www.nytimes.com/x"]')?.textContent).toBe('New York Times');
  });

  it('never lets script, handlers, javascript:/data: links, frames or styles through', () => {
    const { el } = mount();
    const html = el.innerHTML;
    expect(html).not.toMatch(/<script|<iframe|<style|srcdoc/i);
    expect(html).not.toMatch(/javascript:|data:text/i);
    for (const node of Array.from(el.querySelectorAll('*'))) {
      for (const attr of Array.from(node.attributes)) expect(attr.name, `${node.tagName} ${attr.name}`).not.toMatch(/^on/i);
    }
    for (const a of Array.from(el.querySelectorAll('a[href]'))) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect((window as unknown as { __ledePwned?: unknown }).__ledePwned).toBeUndefined();
    // The neutered links keep their words.
    expect(el.textContent).toContain('Click here or there now.');
  });

  it('applies settings as attributes and CSS variables', () => {
    const { el } = mount({ settings: { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'dyslexic', fontSize: 24, lineHeight: 1.8, width: 60 } });
    expect(el.dataset.theme).toBe('sepia');
    expect(el.dataset.font).toBe('dyslexic');
    expect(el.style.getPropertyValue('--lr-size')).toBe('24px');
    expect(el.style.getPropertyValue('--lr-lh')).toBe('1.8');
    expect(el.style.getPropertyValue('--lr-measure')).toBe('60ch');
  });

  it('has a labelled, keyboard-usable toolbar wired to its actions', async () => {
    const { el, actions } = mount();
    const labels = Array.from(el.querySelectorAll('.lr-bar button')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Text and theme', 'Print article', 'Open in new tab', 'Save to library', 'Close reader (Esc)']);
    const button = (label: string) => el.querySelector<HTMLButtonElement>(`.lr-bar button[aria-label="${label}"]`)!;
    act(() => button('Print article').click());
    expect(actions.onPrint).toHaveBeenCalledOnce();
    act(() => button('Open in new tab').click());
    expect(actions.onOpenTab).toHaveBeenCalledOnce();
    await act(async () => button('Save to library').click());
    expect(actions.onSave).toHaveBeenCalledOnce();
    expect(el.querySelector('.lr-toast')?.textContent).toBe('Saved to your library.');
    expect(el.querySelector('.lr-bar button[aria-label="Saved to library"]')).not.toBeNull();
    act(() => button('Close reader (Esc)').click());
    expect(actions.onClose).toHaveBeenCalledOnce();
  });

  it('settings panel: opens, changes settings, per-site preference, Escape closes it before the reader', () => {
    const { el, actions } = mount({ hosts: ['nytimes.com'] });
    const toggle = el.querySelector<HTMLButtonElement>('button[aria-label="Text and theme"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = el.querySelector('#lr-settings')!;
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(Array.from(panel.querySelectorAll('input[name="lr-theme"]')).map((i) => (i as HTMLInputElement).value)).toEqual(['light', 'sepia', 'dark', 'system']);
    act(() => {
      const dark = panel.querySelector<HTMLInputElement>('input[value="dark"]')!;
      dark.checked = true;
      dark.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.onSettings).toHaveBeenCalledWith({ theme: 'dark' });
    act(() => {
      const size = panel.querySelector<HTMLInputElement>('#lr-text-size')!;
      size.value = '26';
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(actions.onSettings).toHaveBeenCalledWith({ fontSize: 26 });
    const site = panel.querySelector<HTMLInputElement>('.lr-check input')!;
    expect(panel.querySelector('.lr-check')?.textContent).toBe('Always open fortune.com in reader mode');
    act(() => {
      site.checked = true;
      site.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.onAlwaysReader).toHaveBeenCalledWith('fortune.com', true);
    act(() => panel.querySelector<HTMLButtonElement>('button[aria-label="Stop opening nytimes.com in reader mode"]')!.click());
    expect(actions.onAlwaysReader).toHaveBeenCalledWith('nytimes.com', false);

    act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(el.querySelector('#lr-settings')).toBeNull();
    expect(actions.onClose).not.toHaveBeenCalled();
    act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(actions.onClose).toHaveBeenCalledOnce();
  });

  it('without a lead image, or with a non-http one, shows no lead figure', () => {
    const { el } = mount({ analysis: sample({ leadImage: { src: 'javascript:alert(1)' } }) });
    expect(el.querySelector('.lr-lead')).toBeNull();
    expect(el.innerHTML).not.toContain('javascript:');
  });
});

describe('buildBody', () => {
  it('drops a body image that repeats the lead image', () => {
    const frag = buildBody('<figure><img src="https://x.com/a.jpg?w=800"><figcaption>c</figcaption></figure><p>text</p>', window, { leadImage: 'https://x.com/a.jpg' });
    expect(frag.querySelector('img')).toBeNull();
    expect(frag.querySelector('p')?.textContent).toBe('text');
  });
});

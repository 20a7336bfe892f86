// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Analysis } from '../../core/types';
import { AiSummary } from '../../components/AiSummary';
import { cutToFit, parseKeyPoints, summarizeArticle, summarizerAvailability, summarizerOptions, type AiAvailability } from '../../lib/ai-summary';

const TEXT =
  'Secretary of State Mike Pompeo left for North Korea Thursday carrying a CD of Elton John songs.\n\n' +
  'Trump mocked Kim last fall as “Little Rocket Man” on Twitter.\n\n' +
  'The two leaders met in Singapore in June.';

function analysis(over: Partial<Analysis['article']> = {}, url = 'https://fortune.com/rocket-man'): Analysis {
  return {
    url,
    isArticle: true,
    detection: { score: 1, reasons: [] },
    article: {
      title: 'Mike Pompeo Giving Kim Jong Un ‘Rocket Man’ CD',
      byline: 'Kevin Kelleher',
      authors: ['Kevin Kelleher'],
      siteName: 'Fortune',
      publishedTime: null,
      lang: 'en-US',
      excerpt: null,
      text: TEXT,
      html: '',
      wordCount: 40,
      readingMinutes: 1,
      ...over,
    },
    sentences: [],
    summary: { sentences: [] },
    timeline: [],
    sources: [],
  };
}

/** A stand-in for Chrome's Summarizer with the test in control of download and output. */
function stubSummarizer(availability: AiAvailability, output = '* Pompeo carried a CD to Kim.\n* Trump had mocked Kim as “Little Rocket Man”.') {
  const monitors: EventTarget[] = [];
  let finish!: (text: string) => void;
  let fail!: (e: unknown) => void;
  const instance = {
    inputQuota: Infinity,
    summarize: vi.fn((_input: string) => new Promise<string>((resolve, reject) => ((finish = resolve), (fail = reject)))),
    destroy: vi.fn(),
  };
  const api = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async (options: { monitor?: (m: EventTarget) => void }) => {
      const m = new EventTarget();
      monitors.push(m);
      options.monitor?.(m);
      return instance;
    }),
  };
  return {
    api,
    instance,
    progress(loaded: number) {
      const e = Object.assign(new Event('downloadprogress'), { loaded });
      monitors.forEach((m) => m.dispatchEvent(e));
    },
    finish: (text = output) => finish(text),
    fail: (e: unknown) => fail(e),
  };
}

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

/** Renders inside act() so effects (the availability check) run now, not after a paint. */
async function mount(a: Analysis, root = document.body.appendChild(document.createElement('div'))) {
  await act(() => render(<AiSummary analysis={a} />, root));
  return root;
}

afterEach(() => {
  document.querySelectorAll('body > div').forEach((root) => render(null, root));
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('AiSummary without the Summarizer API (Firefox, older Chrome)', () => {
  it('renders nothing at all', async () => {
    expect('Summarizer' in globalThis).toBe(false);
    const root = await mount(analysis());
    await flush();
    expect(root.innerHTML).toBe('');
    expect(await summarizerAvailability(analysis())).toBe('unavailable');
  });

  it('renders nothing when the model refuses the article (e.g. its language), or availability() throws', async () => {
    const stub = stubSummarizer('unavailable');
    vi.stubGlobal('Summarizer', stub.api);
    const root = await mount(analysis({ lang: 'de' }));
    await flush();
    expect(root.innerHTML).toBe('');
    expect(stub.api.availability).toHaveBeenCalledWith(expect.objectContaining({ expectedInputLanguages: ['de'], outputLanguage: 'de' }));

    vi.stubGlobal('Summarizer', { availability: () => Promise.reject(new Error('boom')), create: vi.fn() });
    const other = await mount(analysis());
    await flush();
    expect(other.innerHTML).toBe('');
  });
});

describe('AiSummary with a (stub) Summarizer', () => {
  it('offers a button, starts nothing before the click, shows the download, then a labelled AI summary', async () => {
    const stub = stubSummarizer('downloadable');
    vi.stubGlobal('Summarizer', stub.api);
    const root = await mount(analysis());
    await flush();

    const button = root.querySelector('button')!;
    expect(button.textContent).toContain('AI summary (on-device)');
    expect(root.textContent).toContain('downloads its built-in model');
    expect(stub.api.create).not.toHaveBeenCalled();
    expect(stub.api.availability).toHaveBeenCalledWith(summarizerOptions(analysis()));

    await act(() => button.click());
    expect(stub.api.create).toHaveBeenCalledTimes(1);
    expect(stub.api.create.mock.calls[0][0]).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'en' });
    await flush();

    await act(() => stub.progress(0.42));
    const progress = root.querySelector('progress')!;
    expect(progress.getAttribute('value')).toBe('0.42');
    expect(root.textContent).toContain('Downloading the on-device model… 42%');
    expect(root.querySelector('.ai-summary')!.getAttribute('aria-busy')).toBe('true');

    await act(() => stub.progress(1));
    expect(root.textContent).toContain('Writing the AI summary…');
    await flush();
    expect(stub.instance.summarize).toHaveBeenCalledWith(TEXT, expect.anything());

    stub.finish();
    await flush();
    const items = [...root.querySelectorAll('.ai-points li')].map((li) => li.textContent);
    expect(items).toEqual(['Pompeo carried a CD to Kim.', 'Trump had mocked Kim as “Little Rocket Man”.']);
    expect(root.querySelector('.ai-badge')!.textContent).toBe('AI-generated · on-device');
    expect(root.textContent).toContain('not quoted from the article');
    expect(root.querySelector('progress')).toBeNull();
    expect(stub.instance.destroy).toHaveBeenCalled();
  });

  it('says so when the model fails, and can try again', async () => {
    const stub = stubSummarizer('available');
    vi.stubGlobal('Summarizer', stub.api);
    const root = await mount(analysis());
    await flush();
    expect(root.textContent).toContain('Nothing leaves your device');
    await act(() => root.querySelector('button')!.click());
    await flush();
    stub.fail(Object.assign(new Error('model crashed'), { name: 'UnknownError' }));
    await flush();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Couldn’t write the AI summary: model crashed');

    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    await act(() => retry.click());
    await flush();
    stub.finish('- One point.');
    await flush();
    expect([...root.querySelectorAll('.ai-points li')].map((li) => li.textContent)).toEqual(['One point.']);
    expect(stub.api.create).toHaveBeenCalledTimes(2);
  });

  it('forgets the result when the popup moves to another article', async () => {
    const stub = stubSummarizer('available');
    vi.stubGlobal('Summarizer', stub.api);
    const root = await mount(analysis());
    await flush();
    await act(() => root.querySelector('button')!.click());
    await flush();
    stub.finish();
    await flush();
    expect(root.querySelectorAll('.ai-points li').length).toBe(2);

    await mount(analysis({ text: 'Another story entirely.' }, 'https://example.com/other'), root);
    await flush();
    expect(root.querySelector('.ai-points')).toBeNull();
    expect(root.querySelector('button')!.textContent).toContain('AI summary (on-device)');
  });
});

describe('lib/ai-summary helpers', () => {
  it('splits plain-text key points whatever the bullet style', () => {
    expect(parseKeyPoints('* a\n* b')).toEqual(['a', 'b']);
    expect(parseKeyPoints('- a\r\n\n  • b\n1. c\n2) d\nplain line')).toEqual(['a', 'b', 'c', 'd', 'plain line']);
    expect(parseKeyPoints('\n \n')).toEqual([]);
  });

  it('cuts at a paragraph, else a sentence boundary', () => {
    expect(cutToFit('aaaa bbbb.\n\ncccc dddd.\n\neeee', 0.9)).toBe('aaaa bbbb.\n\ncccc dddd.');
    expect(cutToFit('One. Two three four five six seven.', 0.3)).toBe('One.');
    expect(cutToFit('short', 1)).toBe('short');
  });

  it('shrinks the input to the model’s quota and reports it', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something.`).join('\n\n');
    const summarize = vi.fn(async () => '* gist');
    const scope = {
      Summarizer: {
        availability: async () => 'available',
        create: async () => ({ inputQuota: 500, measureInputUsage: async (s: string) => s.length, summarize, destroy() {} }),
      },
    } as unknown as typeof globalThis;
    const result = await summarizeArticle(analysis({ text: long }), { scope });
    expect(result).toEqual({ points: ['gist'], truncated: true });
    const input = (summarize.mock.calls[0] as unknown as [string])[0];
    expect(input.length).toBeLessThanOrEqual(500);
    expect(long.startsWith(input)).toBe(true);
    expect(input.endsWith('something.')).toBe(true);
  });

  it('refuses an empty model answer instead of showing an empty box', async () => {
    const scope = {
      Summarizer: { availability: async () => 'available', create: async () => ({ summarize: async () => '  \n' }) },
    } as unknown as typeof globalThis;
    await expect(summarizeArticle(analysis(), { scope })).rejects.toThrow('empty summary');
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderSwitch } from '../../components/reader/ReaderSwitch';
import { parseTweetAttribution } from '../../components/reader/tweets';
import { locateAll } from '../../components/reader/locate';
import { pickVoice, speechError, useReadAloud, type ReadAloud } from '../../components/reader/useReadAloud';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});
function container(): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  return root;
}
const flush = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});

describe('tweet attribution', () => {
  it('reads name, handle and date', () => {
    expect(parseTweetAttribution('— Donald J. Trump (@realDonaldTrump) September 17, 2017')).toEqual({ name: 'Donald J. Trump', handle: '@realDonaldTrump', date: 'September 17, 2017' });
    expect(parseTweetAttribution(' - Valley Water Board (@ValleyWaterBd)\n March 13, 2024 ')).toEqual({ name: 'Valley Water Board', handle: '@ValleyWaterBd', date: 'March 13, 2024' });
    expect(parseTweetAttribution('— Someone')).toEqual({ name: 'Someone', handle: null, date: null });
    expect(parseTweetAttribution('')).toEqual({ name: null, handle: null, date: null });
  });
});

describe('locating sentences in the reader', () => {
  it('finds sentences across inline markup, curly quotes and line breaks, in order', () => {
    const el = container();
    el.innerHTML = '<p>Trump mocked Kim as “Little <a href="https://x.com">Rocket</a> Man” on Twitter.</p><p>Kim replied by calling Trump a\n“dotard.”</p><p>Kim replied again.</p>';
    const ranges = locateAll(el, ['Trump mocked Kim as "Little Rocket Man" on Twitter.', 'Kim replied by calling Trump a “dotard.”', 'Not in the story at all, nowhere.', 'Kim replied again.']);
    expect(ranges.map((r) => r?.toString().replace(/\s+/g, ' ') ?? null)).toEqual([
      'Trump mocked Kim as “Little Rocket Man” on Twitter.',
      'Kim replied by calling Trump a “dotard.”',
      null,
      'Kim replied again.',
    ]);
  });
});

describe('ReaderSwitch', () => {
  it('is a switch named "Reader mode" that reflects and toggles the tab state', async () => {
    const send = vi.fn(async (m: { type: string; on?: boolean }) => (m.type === 'ui:readerState' ? { ok: true as const, value: { on: false } } : { ok: true as const, value: { on: !!m.on } }));
    act(() => render(<ReaderSwitch tabId={7} send={send} />, container()));
    await flush();
    const sw = root!.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(sw.getAttribute('aria-label')).toBe('Reader mode');
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(send).toHaveBeenCalledWith({ type: 'ui:readerState', tabId: 7 });
    await act(async () => sw.click());
    await flush();
    expect(send).toHaveBeenLastCalledWith({ type: 'ui:reader', tabId: 7, on: true, confirmed: false });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await act(async () => sw.click());
    await flush();
    expect(send).toHaveBeenLastCalledWith({ type: 'ui:reader', tabId: 7, on: false, confirmed: false });
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('asks before opening a page that is not an article, and can be cancelled', async () => {
    const send = vi.fn(async (m: { type: string; on?: boolean; confirmed?: boolean }) => {
      if (m.type === 'ui:readerState') return { ok: true as const, value: { on: false } };
      if (!m.confirmed) return { ok: false as const, error: { code: 'not-article' as const, message: 'no' } };
      return { ok: true as const, value: { on: true } };
    });
    act(() => render(<ReaderSwitch tabId={3} send={send} />, container()));
    await flush();
    const sw = root!.querySelector('[role="switch"]') as HTMLButtonElement;
    await act(async () => sw.click());
    await flush();
    const ask = root!.querySelector('[role="alertdialog"]')!;
    expect(ask.textContent).toContain('doesn’t look like a story');
    expect(document.activeElement?.textContent).toBe('Open reader');
    expect(sw.getAttribute('aria-checked')).toBe('false');
    // Cancel: nothing happens, focus returns to the switch.
    await act(async () => (Array.from(ask.querySelectorAll('button')).find((b) => b.textContent === 'Cancel') as HTMLButtonElement).click());
    expect(root!.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(sw);
    // Ask again and confirm.
    await act(async () => sw.click());
    await flush();
    await act(async () => (Array.from(root!.querySelectorAll('[role="alertdialog"] button')).find((b) => b.textContent === 'Open reader') as HTMLButtonElement).click());
    await flush();
    expect(send).toHaveBeenLastCalledWith({ type: 'ui:reader', tabId: 3, on: true, confirmed: true });
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });

  it('shows the error when the page cannot be reached', async () => {
    const send = vi.fn(async (m: { type: string }) => (m.type === 'ui:readerState' ? { ok: true as const, value: { on: false } } : { ok: false as const, error: { code: 'restricted' as const, message: 'The browser doesn’t let Lede change this page.' } }));
    act(() => render(<ReaderSwitch tabId={1} send={send} />, container()));
    await flush();
    await act(async () => (root!.querySelector('[role="switch"]') as HTMLButtonElement).click());
    await flush();
    expect(root!.querySelector('[role="alert"]')?.textContent).toBe('The browser doesn’t let Lede change this page.');
  });
});

/** A scripted speech engine: records utterances, ends them on demand. */
function fakeSynth() {
  const spoken: SpeechSynthesisUtterance[] = [];
  const synth = {
    speaking: false,
    paused: false,
    getVoices: () => [
      { voiceURI: 'de', name: 'Anna', lang: 'de-DE', localService: true, default: false },
      { voiceURI: 'en-gb', name: 'Daniel', lang: 'en-GB', localService: true, default: false },
      { voiceURI: 'en-us', name: 'Samantha', lang: 'en-US', localService: true, default: true },
    ] as SpeechSynthesisVoice[],
    speak: vi.fn((u: SpeechSynthesisUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken, raw: synth };
}

describe('read aloud', () => {
  class Utterance {
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    lang = '';
    onend: (() => void) | null = null;
    onerror: ((e: { error: string }) => void) | null = null;
    constructor(public text: string) {}
  }
  (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = Utterance;

  function Harness({ synth, rate, out }: { synth: SpeechSynthesis; rate: number; out: { current: ReadAloud | null } }) {
    out.current = useReadAloud({ sentences: ['One.', 'Two.', 'Three.'], lang: 'en-US', rate, voiceURI: null, synth });
    return null;
  }

  it('reads sentence after sentence, pauses, resumes, restarts at a new speed, and stops', async () => {
    const { synth, spoken, raw } = fakeSynth();
    const out: { current: ReadAloud | null } = { current: null };
    const el = container();
    act(() => render(<Harness synth={synth} rate={1} out={out} />, el));
    act(() => out.current!.toggle(0));
    expect(spoken.map((u) => u.text)).toEqual(['One.']);
    expect(spoken[0].voice?.voiceURI).toBe('en-us');
    expect(out.current!.status).toBe('playing');
    act(() => spoken[0].onend!(new Event('end') as SpeechSynthesisEvent));
    expect(out.current!.index).toBe(1);
    act(() => out.current!.toggle());
    expect(raw.pause).toHaveBeenCalled();
    expect(out.current!.status).toBe('paused');
    act(() => out.current!.toggle());
    expect(raw.resume).toHaveBeenCalled();
    // A new speed restarts the current sentence with it.
    act(() => render(<Harness synth={synth} rate={1.5} out={out} />, el));
    expect(spoken.at(-1)!.text).toBe('Two.');
    expect(spoken.at(-1)!.rate).toBe(1.5);
    // A cancelled utterance's late "end" does not advance.
    act(() => spoken[1].onend!(new Event('end') as SpeechSynthesisEvent));
    expect(out.current!.index).toBe(1);
    act(() => spoken.at(-1)!.onend!(new Event('end') as SpeechSynthesisEvent));
    act(() => spoken.at(-1)!.onend!(new Event('end') as SpeechSynthesisEvent));
    expect(out.current!.status).toBe('idle');
    expect(out.current!.index).toBe(-1);
    act(() => out.current!.toggle(2));
    act(() => out.current!.stop());
    expect(out.current!.status).toBe('idle');
  });

  it('reports engine errors in plain words', async () => {
    const { synth, spoken } = fakeSynth();
    const out: { current: ReadAloud | null } = { current: null };
    act(() => render(<Harness synth={synth} rate={1} out={out} />, container()));
    act(() => out.current!.toggle(0));
    act(() => spoken[0].onerror!({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent));
    expect(out.current!.error).toBe(speechError('synthesis-failed'));
    expect(out.current!.status).toBe('idle');
  });

  it('picks the chosen voice, else one for the story language', () => {
    const { raw } = fakeSynth();
    const voices = raw.getVoices();
    expect(pickVoice(voices, 'de', null)?.name).toBe('Anna');
    expect(pickVoice(voices, 'en-GB', null)?.name).toBe('Daniel');
    expect(pickVoice(voices, 'en', 'de')?.name).toBe('Anna');
    expect(pickVoice(voices, 'fr', null)).toBeNull();
  });
});

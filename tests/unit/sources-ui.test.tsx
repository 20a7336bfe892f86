// @vitest-environment happy-dom
/**
 * The source list component: groups in their order, a voice's role, count, channel and first
 * passage, "show all", passages that ask to show their sentence, unnamed sources as unnamed,
 * page strings as text. (The real popup, screenshots and German: tests/e2e/sources.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Source } from '../../core/types';
import { Sources } from '../../components/Sources';
import { nameless, scoredPages } from '../../scripts/quality/sources';

const SOURCES: Source[] = [
  {
    name: 'Angela Brooks',
    kind: 'person',
    role: 'Council President',
    count: 3,
    cue: 'said',
    quote: 'Council President Angela Brooks said the delay would help.',
    passages: [
      { text: 'Council President Angela Brooks said the delay would help.', sentenceIndex: 1, cue: 'said' },
      { text: 'The vote is now expected on April 4, she added.', sentenceIndex: 2, cue: 'added' },
      { text: 'Brooks said the council would meet again.', sentenceIndex: 9, cue: 'said' },
    ],
  },
  {
    name: 'Derek Osei',
    kind: 'person',
    count: 1,
    channel: 'WHRB Radio',
    cue: 'told WHRB Radio',
    passages: [{ text: 'Osei told WHRB Radio that drivers would strike.', sentenceIndex: 4, cue: 'told WHRB Radio' }],
  },
  { name: 'Riders Alliance', kind: 'organization', count: 1, passages: [{ text: 'The Riders Alliance argued against it.', sentenceIndex: 5, cue: 'argued' }] },
  { name: 'officials', kind: 'person', unnamed: true, count: 2, passages: [
    { text: 'Officials said a deal was near.', sentenceIndex: 6, cue: 'said', who: 'Officials' },
    { text: 'Two senior officials said it was not.', sentenceIndex: 7, cue: 'said', who: 'Two senior officials' },
  ] },
  { name: 'The Harbor Courier', kind: 'publisher', url: 'https://harborcourier.example/' },
  { name: '<img src=x onerror="window.__pwned=1">', kind: 'person', count: 1, passages: [{ text: '<b>bold</b> said', sentenceIndex: 8, cue: 'said' }] },
];

let root: HTMLElement;
function mount(onShow?: (s: { text: string; index: number }) => void): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Sources sources={SOURCES} locale="en-US" onShow={onShow} />, root));
  return root;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('Sources', () => {
  it('groups people, organisations, unnamed sources and the publisher, in that order', () => {
    const el = mount();
    expect([...el.querySelectorAll('.group-title')].map(text)).toEqual(['People quoted', 'Organizations', 'Unnamed sources', 'Published by']);
    for (const section of el.querySelectorAll('section')) expect(section.getAttribute('aria-label')).toBe(text(section.querySelector('.group-title')));
  });

  it('a voice shows its role, how often it is quoted, its channel and its first passage', () => {
    const el = mount();
    const brooks = el.querySelector('.group-person li')!;
    expect(text(brooks.querySelector('.voice-role'))).toBe('Council President');
    expect(text(brooks.querySelector('.voice-meta'))).toBe('quoted 3 times');
    expect(text(brooks.querySelector('.passage'))).toBe('Council President Angela Brooks said the delay would help.');
    const osei = el.querySelectorAll('.group-person > ul > li')[1];
    expect(text(osei.querySelector('.voice-meta'))).toBe('quoted once · via WHRB Radio');
  });

  it('"show all" reveals the other passages and says so to screen readers', () => {
    const el = mount();
    const brooks = el.querySelector('.group-person li')!;
    const more = brooks.querySelector<HTMLButtonElement>('.voice-more')!;
    expect(text(more)).toBe('Show all 3 passages');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const list = brooks.querySelector<HTMLElement>(`#${more.getAttribute('aria-controls')}`)!;
    expect(list.hidden).toBe(true);
    act(() => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('.passage')].map(text).map((t) => t.replace(/ \(show in page\)$/, ''))).toEqual([
      'The vote is now expected on April 4, she added.',
      'Brooks said the council would meet again.',
    ]);
  });

  it('a passage is a button that asks to show its sentence in the page', () => {
    const onShow = vi.fn();
    const el = mount(onShow);
    const button = el.querySelector<HTMLButtonElement>('.group-person li button.passage')!;
    act(() => button.click());
    expect(onShow).toHaveBeenCalledWith({ text: 'Council President Angela Brooks said the delay would help.', index: 1 });
  });

  it('without a page to jump to (the library), passages are plain text', () => {
    const el = mount();
    expect(el.querySelector('button.passage')).toBeNull();
    expect(el.querySelectorAll('span.passage').length).toBeGreaterThan(0);
  });

  it('unnamed sources: how each passage described them, when it differs from the name', () => {
    const el = mount();
    const officials = el.querySelector('.group-unnamed li')!;
    expect(text(officials.querySelector('.voice-meta'))).toBe('quoted 2 times');
    expect(text(officials.querySelector('.passage'))).toBe('Officials said a deal was near.');
    act(() => officials.querySelector<HTMLButtonElement>('.voice-more')!.click());
    expect(text(officials.querySelectorAll('.passage')[1])).toBe('Two senior officials: Two senior officials said it was not.');
  });

  it('page strings are text, never markup', () => {
    const el = mount();
    expect(el.querySelector('img, b')).toBeNull();
    expect(text(el)).toContain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('what the quality script scores', () => {
  it('leaves out unnamed sources that carry no name, keeps those that do', () => {
    expect(nameless({ unnamed: true, name: 'officials' })).toBe(true);
    expect(nameless({ unnamed: true, name: 'person familiar with the planning for Thursday’s meeting' })).toBe(true);
    expect(nameless({ unnamed: true, name: 'Clinton aides' })).toBe(false);
    expect(nameless({ name: 'Angela Brooks' })).toBe(false);
    const [page] = scoredPages([{ sources: SOURCES } as never]);
    expect(page.sources.map((s) => s.name)).not.toContain('officials');
    expect(page.sources).toHaveLength(SOURCES.length - 1);
  });
});

// @vitest-environment happy-dom
/** The summary in the UI (components/Summary.tsx): bullets that jump to their sentence, and "Show more". */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Summary } from '../../components/Summary';
import { Digest } from '../../components/Digest';
import { analyzeFixture, FORTUNE_URL } from './helpers';
import type { SummarySentence } from '../../core/types';

let root: HTMLElement;
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});
function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const MAIN: SummarySentence[] = [
  { text: 'The council approved the budget on Tuesday.', index: 4 },
  { text: 'The plant was built in 1962.', index: 1 },
  { text: 'Work starts in the spring.', index: 9 },
];
const MORE: SummarySentence[] = [
  { text: 'Residents asked about the cost.', index: 7 },
  { text: 'The state must approve the design.', index: 2 },
];

describe('Summary', () => {
  it('shows the summary sentences in the order given, and no toggle without further sentences', () => {
    const el = mount(<Summary sentences={MAIN} lang="en" />);
    expect([...el.querySelectorAll('.summary li')].map(text)).toEqual(MAIN.map((s) => s.text));
    expect(el.querySelector('.summary-toggle')).toBeNull();
  });

  it('reveals further sentences, in the story’s order, with an accessible toggle', () => {
    const onShow = vi.fn();
    const el = mount(<Summary sentences={MAIN} more={MORE} lang="en" onShow={onShow} />);
    const toggle = el.querySelector<HTMLButtonElement>('button.summary-toggle')!;
    const list = el.querySelector('#' + toggle.getAttribute('aria-controls'))!;
    expect(text(toggle)).toBe('Show more (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(list.hasAttribute('hidden')).toBe(true);
    expect(list.getAttribute('aria-label')).toBe('More sentences from the story');

    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hasAttribute('hidden')).toBe(false);
    expect(text(toggle)).toBe('Show less');
    expect([...list.querySelectorAll('li')].map(text).map((t) => t.replace(/ \(show in page\)$/, ''))).toEqual([
      'The state must approve the design.',
      'Residents asked about the cost.',
    ]);

    // A further sentence jumps to its place like the others.
    act(() => list.querySelector<HTMLButtonElement>('button.summary-item')!.click());
    expect(onShow).toHaveBeenCalledWith(MORE[1]);

    act(() => toggle.click());
    expect(list.hasAttribute('hidden')).toBe(true);
  });

  it('says so when there is nothing to summarize', () => {
    const el = mount(<Summary sentences={[]} more={MORE} />);
    expect(text(el)).toBe('Lede found too little text to summarize.');
    expect(el.querySelector('.summary-toggle')).toBeNull();
  });
});

describe('Digest', () => {
  it('passes the analysis’s further sentences to the summary (Fortune page)', () => {
    const a = analyzeFixture('fortune-rocket-man.html', FORTUNE_URL);
    const el = mount(<Digest analysis={a} locale="en-US" />);
    expect(text(el.querySelector('.summary li'))).toMatch(/^Secretary of State Mike Pompeo/);
    const toggle = el.querySelector<HTMLButtonElement>('button.summary-toggle')!;
    expect(text(toggle)).toBe(`Show more (${a.summary.more!.length})`);
  });

  it('reads digests saved before further sentences existed', () => {
    const a = analyzeFixture('fortune-rocket-man.html', FORTUNE_URL);
    const old = { ...a, summary: { sentences: a.summary.sentences } };
    const el = mount(<Digest analysis={old} locale="en-US" />);
    expect(el.querySelectorAll('.summary li').length).toBe(a.summary.sentences.length);
    expect(el.querySelector('.summary-toggle')).toBeNull();
  });
});

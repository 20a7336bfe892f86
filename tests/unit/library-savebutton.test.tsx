// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { makeAnalysis } from './library-helpers';
import { SaveButton } from '../../components/library/SaveButton';
import { libraryDb } from '../../lib/library/db';
import { saveAnalysis } from '../../lib/library/store';
import { addHighlight } from '../../lib/library/highlights';

let root: HTMLElement;
const sent: unknown[] = [];
let answer: unknown;

beforeEach(async () => {
  fakeBrowser.reset();
  await libraryDb().entries.clear();
  await libraryDb().highlights.clear();
  root = document.createElement('div');
  document.body.append(root);
  sent.length = 0;
  answer = { ok: true, value: { id: 'https://a.example/story', updated: false } };
  (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = async (m: unknown) => {
    sent.push(m);
    return answer;
  };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));

describe('SaveButton', () => {
  it('is a "Save" button; once saved it reads "Saved" and offers "Open library"', async () => {
    await act(() => render(<SaveButton tabId={4} analysis={makeAnalysis({ url: 'https://a.example/story' })} />, root));
    await settle();
    expect(button('Open library')).toBeUndefined();
    await act(() => button('Save')!.click());
    await settle();
    expect(sent).toEqual([{ type: 'ui:save', tabId: 4 }]);
    expect(button('Saved')).toBeDefined();
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved to your library.');
    const create = vi.fn(async () => ({}));
    (browser.tabs as unknown as { create: unknown }).create = create;
    await act(() => button('Open library')!.click());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html#entry=https%3A%2F%2Fa\.example%2Fstory$/) });
  });

  it('opens as "Saved" for a page already in the library', async () => {
    await saveAnalysis(libraryDb(), makeAnalysis({ url: 'https://a.example/story?utm_source=x' }));
    await act(() => render(<SaveButton tabId={4} analysis={makeAnalysis({ url: 'https://a.example/story#top' })} />, root));
    await settle();
    expect(button('Saved')).toBeDefined();
  });

  it('shows the error in words when saving fails', async () => {
    answer = { ok: false, error: { code: 'quota', message: 'Could not save to the library: there is not enough storage space. Everything saved before is safe.' } };
    await act(() => render(<SaveButton tabId={4} analysis={makeAnalysis({ url: 'https://a.example/story' })} />, root));
    await act(() => button('Save')!.click());
    await settle();
    expect(root.querySelector('[role=alert]')!.textContent).toMatch(/not enough storage space/);
    expect(button('Save')).toBeDefined();
  });

  it('follows the library: a highlight made elsewhere turns Save into Saved and shows "2 highlights", a link to the entry', async () => {
    const analysis = makeAnalysis({ url: 'https://a.example/story' });
    await act(() => render(<SaveButton tabId={4} analysis={analysis} />, root));
    await settle();
    expect(button('Save')).toBeDefined();
    const quote = { exact: 'Rocket Man', prefix: '', suffix: '', start: 0, end: 10 };
    await act(async () => {
      await addHighlight(libraryDb(), { analysis }, { quote, color: 'yellow', made: 'reader' }, { source: analysis.url });
      await addHighlight(libraryDb(), { analysis }, { quote: { ...quote, exact: 'Pompeo' }, color: 'blue', made: 'reader' }, { source: analysis.url });
    });
    const link = await (async () => {
      for (let i = 0; i < 50; i++) {
        const a = root.querySelector<HTMLAnchorElement>('a.save-highlights');
        if (a?.textContent === '2 highlights') return a;
        await settle();
      }
      return null;
    })();
    expect(link?.getAttribute('href')).toMatch(/\/library\.html#entry=https%3A%2F%2Fa\.example%2Fstory$/);
    expect(link?.title).toBe('Open its library entry');
    expect(button('Saved')).toBeDefined();
    // The count is the way to the entry: no second "Open library" beside it.
    expect(button('Open library')).toBeUndefined();
  });
});

// @vitest-environment happy-dom
/**
 * The popup's "doesn't look like a news article" state says why: the detector's reasons, behind a
 * disclosure, as text (never markup), with "Analyze anyway" first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NotArticle } from '../../components/States';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(reasons?: string[]) {
  root = document.createElement('div');
  document.body.append(root);
  const onAnalyze = vi.fn();
  act(() => render(<NotArticle title="Politics" reasons={reasons} onAnalyze={onAnalyze} />, root));
  return onAnalyze;
}

describe('not-article state', () => {
  it('lists the detector’s reasons under a closed disclosure, each as plain text, after "Analyze anyway"', () => {
    const reasons = ['+2 og:type=article', '-3 almost no text of its own (9 words)', '-5 a list of 6 teasers (headline + excerpt), not one story', '+0.5 <article> element'];
    const onAnalyze = mount(reasons);
    const details = root.querySelector('details.notice-why') as HTMLDetailsElement;
    expect(details).toBeTruthy();
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Why Lede thinks so');
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual(reasons);
    // "<article>" stays text: no element was made from it.
    expect(details.querySelector('article')).toBeNull();
    expect(items.filter((li) => li.classList.contains('why-against'))).toHaveLength(2);
    // The button comes first in the tab order and still works.
    const button = root.querySelector('button')!;
    expect(button.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => button.click());
    expect(onAnalyze).toHaveBeenCalledOnce();
  });

  it('shows no disclosure without reasons', () => {
    mount([]);
    expect(root.querySelector('details')).toBeNull();
  });
});

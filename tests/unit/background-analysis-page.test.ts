// @vitest-environment happy-dom
/** The page side of the analysis feature: finding a summary sentence in the live page. */
import { describe, expect, it } from 'vitest';
import { collectText, findSentence, foldText } from '../../lib/page/analysis';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('foldText', () => {
  it('folds quotes, dashes, spaces and case', () => {
    expect(foldText('  “Rocket  Man,”\n ‘he’ said — ok… ')).toBe('"rocket man," \'he\' said - ok.');
  });
});

describe('findSentence', () => {
  it('finds a sentence split across inline elements and line breaks', () => {
    const root = page('<p>Intro. Secretary of State <a href="/p">Mike Pompeo</a> left for\n   North Korea <em>Thursday</em> for talks. Next.</p>');
    const range = findSentence(root, 'Secretary of State Mike Pompeo left for North Korea Thursday for talks.');
    expect(range).not.toBeNull();
    expect(range!.toString().replace(/\s+/g, ' ')).toBe('Secretary of State Mike Pompeo left for North Korea Thursday for talks.');
  });

  it('tolerates curly vs straight quotes and dashes', () => {
    const root = page('<p>He said “Rocket Man” was fine — really.</p>');
    expect(findSentence(root, 'He said "Rocket Man" was fine - really.')?.toString()).toBe('He said “Rocket Man” was fine — really.');
  });

  it('keeps words of adjacent blocks apart', () => {
    const root = page('<h2>Headline</h2><p>Body text that follows the headline directly.</p>');
    expect(collectText(root).text).toContain('headline body text');
  });

  it('falls back to the opening words when the page wraps the rest differently', () => {
    const root = page('<p>Pompeo and other US officials are meeting with North Korean officials in Pyongyang <sup>[1]</sup> to hammer out details.</p>');
    const range = findSentence(root, 'Pompeo and other US officials are meeting with North Korean officials in Pyongyang to hammer out details.');
    expect(range?.toString()).toMatch(/^Pompeo and other US officials are meeting/);
  });

  it('ignores scripts, styles and hidden text', () => {
    const root = page('<script>var s = "Hidden sentence right here.";</script><div hidden>Hidden sentence right here.</div><p>Visible.</p>');
    expect(findSentence(root, 'Hidden sentence right here.')).toBeNull();
  });

  it('returns null when the sentence is not on the page', () => {
    expect(findSentence(page('<p>Something else entirely.</p>'), 'This sentence is nowhere to be found.')).toBeNull();
  });
});

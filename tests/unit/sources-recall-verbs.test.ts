/**
 * The source list (issue 11), session 19's recall rules: cue verbs whose inflections were never
 * generated ("admitted"), and the further shapes below. Small stories written here; quality on
 * real news is measured by `npm run quality -- --task sources`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../cli/dom';
import type { Analysis, Source } from '../../core/types';
import { CUE_VERBS } from '../../core/lexicon';

const FILLER =
  'The city has argued about the plan for months, and the hearing drew a large crowd of residents, drivers and business owners who waited for hours to speak.';

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title><meta property="og:type" content="article">
<meta property="og:site_name" content="The Example Courier"></head><body><article><h1>A story</h1><p>${FILLER}</p>${body}<p>${FILLER}</p></article></body></html>`;
}

const analyzeBody = (body: string): Analysis => analyzeHtml(page(body), 'https://example-courier.test/story');
const find = (a: Analysis, name: string | RegExp): Source | undefined =>
  a.sources.find((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)));

describe('cue verbs stressed on their last syllable double their consonant', () => {
  it('"admitted", "regretted", "rebutted", "preferred", "concurred" are cues', () => {
    for (const [form, base] of [['admitted', 'admit'], ['admitting', 'admit'], ['regretted', 'regret'], ['rebutted', 'rebut'], ['preferred', 'prefer'], ['concurred', 'concur']])
      expect(CUE_VERBS.get(form)).toBe(base);
  });

  it('"Sen. Dana Whitlow openly admitted that …" lists her; "refugees were admitted" lists no one', () => {
    const a = analyzeBody('<p>Sen. Dana Whitlow openly admitted that the vote was political. About 40 Syrians were admitted to the city last year.</p>');
    expect(find(a, 'Dana Whitlow')).toMatchObject({ kind: 'person', cue: 'admitted' });
    expect(find(a, /Syrians/)).toBeUndefined();
  });
});

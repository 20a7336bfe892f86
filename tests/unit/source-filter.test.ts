/**
 * The source list's last check (core/source-filter.ts with the weights of core/sources-model.ts,
 * fitted by scripts/fit-sources.ts): what it drops and what it must keep. Small stories written
 * here; its effect on real news is measured by `npm run quality -- --task sources` and the fit
 * script's cross-validated curve.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory as analyzeBody, findSource as find, STORY_FILLER as FILLER } from './helpers';
import { candidates, listable, type Candidate } from '../../core/attributed';
import { FEATURES, keepSource, nameless, sourceFeatures, sourceScore } from '../../core/source-filter';
import { SOURCES_MODEL } from '../../core/sources-model';
import type { SentenceInfo } from '../../core/story';

/** The attribution stage's candidates for a story of plain paragraphs. */
function cands(paragraphs: string[]): { list: Candidate[]; sentences: number } {
  const sentences: SentenceInfo[] = paragraphs.map((text, block) => ({ text, kind: 'paragraph', block }));
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  return { list: candidates({ sentences, blocks, lang: 'en' }, () => [], (o) => `https://${o.domains[0]}/`), sentences: sentences.length };
}

describe('the model', () => {
  it('has one weight per feature and a finite threshold', () => {
    expect(SOURCES_MODEL.weights).toHaveLength(FEATURES.length);
    expect(Number.isFinite(SOURCES_MODEL.threshold)).toBe(true);
  });

  it('features are numbers in a small range, one per feature', () => {
    const { list, sentences } = cands(['Mayor Dana Holt said the budget would pass.', FILLER]);
    const holt = list.find((c) => c.source.name === 'Dana Holt')!;
    const f = sourceFeatures(holt, sentences);
    expect(f).toHaveLength(FEATURES.length);
    for (const v of f) expect(Number.isFinite(v) && v >= 0 && v <= 5).toBe(true);
    expect(f[FEATURES.indexOf('speech')]).toBe(1);
    expect(f[FEATURES.indexOf('role')]).toBe(1);
  });

  it('scores a named speaker above a country that only "supports" something, and drops the country', () => {
    const { list, sentences } = cands([FILLER, 'Mayor Dana Holt said the budget would pass.', 'Mass atrocities continue in the region as China and Russia support the government.', FILLER]);
    const holt = list.find((c) => c.source.name === 'Dana Holt')!;
    const country = list.find((c) => c.source.name === 'Russia')!;
    expect(keepSource(holt, sentences)).toBe(true);
    expect(keepSource(country, sentences)).toBe(false);
    expect(sourceScore(country, sentences)).toBeLessThan(sourceScore(holt, sentences));
  });

  it('never filters an unnamed source that carries no name', () => {
    const { list, sentences } = cands(['Officials said the bridge would reopen in May.', FILLER]);
    const officials = list.find((c) => c.source.unnamed)!;
    expect(nameless(officials)).toBe(true);
    expect(keepSource(officials, sentences, { weights: FEATURES.map(() => -10), threshold: 0 })).toBe(true);
  });

  it('only removes: with no threshold it keeps every candidate the rules list', () => {
    const { list, sentences } = cands(['Mayor Dana Holt said the budget would pass.', 'Democrats vote in Arizona on Tuesday, with 31 delegates up for grabs.', FILLER]);
    const all = list.filter(listable);
    expect(all.length).toBeGreaterThan(1);
    expect(all.filter((c) => keepSource(c, sentences, { ...SOURCES_MODEL, threshold: -Infinity }))).toEqual(all);
  });
});

describe('in the source list', () => {
  it('keeps a speaker quoted once with "said"', () => {
    const a = analyzeBody('<p>“We will not wait,” said Ana Ruiz, a spokesperson for the drivers’ union.</p>');
    expect(find(a, 'Ana Ruiz')).toMatchObject({ kind: 'person' });
  });

  it('drops a country that only "released" someone (an action, no source)', () => {
    const a = analyzeBody('<p>Cuba also released a contractor accused of spying, and the prisoners flew home on Wednesday.</p>');
    expect(a.sources.map((s) => s.name)).not.toContain('Cuba');
  });

  it('keeps what "according to" names', () => {
    const a = analyzeBody('<p>The plan would cost $2 billion, according to the Regional Budget Office.</p>');
    expect(a.sources.some((s) => /Regional Budget Office/.test(s.name))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { isMessage, isMessageOf } from '../../lib/messages';

describe('message validation (what the extension accepts at runtime)', () => {
  it('accepts well-formed messages of the analysis feature', () => {
    expect(isMessage({ type: 'content:detected', url: 'https://a/', title: 'T', isArticle: true, score: 0.5, reasons: [] })).toBe(true);
    expect(isMessage({ type: 'ui:analyze', tabId: 3 })).toBe(true);
    expect(isMessage({ type: 'ui:analyze', tabId: 3, force: true })).toBe(true);
    expect(isMessage({ type: 'ui:scrollTo', tabId: 3, sentenceIndex: 2, text: 'Hello.' })).toBe(true);
    expect(isMessage({ type: 'bg:ping' })).toBe(true);
    expect(isMessage({ type: 'bg:analyze' })).toBe(true);
    expect(isMessage({ type: 'bg:scrollTo', sentenceIndex: 0, text: 'x' })).toBe(true);
  });

  it('rejects unknown types, missing or mistyped fields and non-finite numbers', () => {
    for (const bad of [
      null,
      undefined,
      'ui:analyze',
      42,
      [],
      {},
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'ui:analyze' },
      { type: 'ui:analyze', tabId: '3' },
      { type: 'ui:analyze', tabId: Number.NaN },
      { type: 'ui:analyze', tabId: Infinity },
      { type: 'ui:analyze', tabId: 3, force: 'yes' },
      { type: 'ui:scrollTo', tabId: 3, sentenceIndex: 1 },
      { type: 'content:detected', url: 'https://a/', title: 'T', isArticle: 'true', score: 1, reasons: [] },
      { type: 'content:detected', url: 'https://a/', title: 'T', isArticle: true, score: 1, reasons: null },
      { type: 'bg:scrollTo', sentenceIndex: 0 },
    ]) {
      expect(isMessage(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('isMessageOf narrows to one type', () => {
    const m: unknown = { type: 'ui:analyze', tabId: 1 };
    expect(isMessageOf(m, 'ui:analyze')).toBe(true);
    expect(isMessageOf(m, 'ui:scrollTo')).toBe(false);
  });
});

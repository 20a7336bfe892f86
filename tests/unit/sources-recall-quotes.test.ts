/**
 * The source list (issue 11): a quotation closed with an opening mark by mistake
 * (`“It's unusual,“ said X`) still ends before the verb, so the speaker after it is named.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory, findSource } from './helpers';
import { attributionsIn, parseSentence } from '../../core/attribution';
import { nameContext, tokenize } from '../../core/names';

const parse = (sentence: string) => {
  const tokens = tokenize(sentence);
  return parseSentence(tokens, nameContext([tokens]));
};

describe('an opening mark typed where the closing one belongs', () => {
  it('“It is unusual,“ said Larry Marsh, an attorney …: Larry Marsh is listed, by name and outside the quotation', () => {
    const a = analyzeStory('<p>“It is unusual,“ said Larry Marsh, an attorney with the Campaign Ethics Center.</p>');
    expect(findSource(a, 'Larry Marsh')).toMatchObject({ kind: 'person', cue: 'said' });
    const p = parse('“It is unusual,“ said Larry Marsh, an attorney with the Campaign Ethics Center.');
    const said = p.tokens.findIndex((t) => t.lower === 'said');
    expect(p.quoted[said]).toBe(false);
    expect(attributionsIn(p, 0)[0]).toMatchObject({ cue: 'said', shape: 'inverted' });
    expect(attributionsIn(p, 0)[0].quoted).toBeUndefined();
  });

  it('an opening mark after a space still opens: “… ” in “He called it “a disgrace” and left.”', () => {
    const p = parse('Mayor Ada Quist called it “a disgrace” and left.');
    const word = p.tokens.findIndex((t) => t.lower === 'disgrace');
    expect(p.quoted[word]).toBe(true);
    const left = p.tokens.findIndex((t) => t.lower === 'left');
    expect(p.quoted[left]).toBe(false);
  });
});

/**
 * The source list (issue 11), session 19's recall rules: cue verbs whose inflections were never
 * generated ("admitted"), and the further shapes below. Small stories written here; quality on
 * real news is measured by `npm run quality -- --task sources`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory as analyzeBody, findSource as find } from './helpers';
import { CUE_VERBS } from '../../core/lexicon';
import { attributionsIn, parseSentence, type Attribution } from '../../core/attribution';
import { nameContext, tokenize } from '../../core/names';

/** The attributions of one sentence, as the sources stage finds them. */
function attributions(sentence: string): Attribution[] {
  const tokens = tokenize(sentence);
  return attributionsIn(parseSentence(tokens, nameContext([tokens])), 0);
}

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

describe('stance verbs ("X likened", "X noticed", "X sees"), tagged for the filter', () => {
  it('lists the subject with the rule "stance-verb" on its attribution', () => {
    for (const [sentence, name, cue] of [
      ['Rush Limbaugh has even likened the plan to a tax on work.', 'Rush Limbaugh', 'likened'],
      ['Fox News anchor Bret Baier noticed that none of the networks cut away.', 'Bret Baier', 'noticed'],
      ['Jeb Bush sees the primary as a two-man race.', 'Jeb Bush', 'sees'],
      ['Chris Christie savaged Rubio on the debate stage.', 'Chris Christie', 'savaged'],
      ['Betsey Wright coined the term in 1992.', 'Betsey Wright', 'coined'],
    ]) {
      const a = attributions(sentence).find((x) => x.who.type === 'name' && x.who.mention.name === name);
      expect(a, sentence).toMatchObject({ cue, rule: 'stance-verb' });
    }
  });

  it('the older cues carry no rule, and "saw" (as often what happened to someone) is no cue', () => {
    expect(attributions('Sen. Ann Lee said the bill would pass.')[0]).not.toHaveProperty('rule');
    expect(attributions('Republicans saw gains in the suburbs.')).toEqual([]);
  });
});

describe('a stance said with an adjective ("X has been critical of", "X are concerned that")', () => {
  it('lists the subject of "is/was/have been <stance adjective>", tagged "stance-adjective"', () => {
    for (const [sentence, name] of [
      ['Sen. Ted Cruz was also critical of the president’s stance on trade.', 'Ted Cruz'],
      ['Senator Chuck Schumer was clear about one thing: the party could not lose a vote.', 'Chuck Schumer'],
      ['Hispanic Americans were outraged by the remarks.', 'Hispanic Americans'],
    ]) {
      const a = attributions(sentence).find((x) => x.who.type === 'name' && x.who.mention.name === name);
      expect(a, sentence).toMatchObject({ rule: 'stance-adjective' });
    }
  });

  it('no copula, no stance: "a clear majority", "the quick vote"', () => {
    expect(attributions('Mayor Ann Lee won a clear majority in the quick vote on Tuesday.')).toEqual([]);
  });

  it('in a story, the source row is listed with the adjective phrase as its cue', () => {
    const a = analyzeBody('<p>Gov. Maria Vance has been critical of the new rules since they were announced.</p>');
    expect(find(a, 'Maria Vance')).toMatchObject({ kind: 'person', cue: 'has been critical' });
  });
});

describe('shapes around the subject', () => {
  it('any cue verb right after a closing quotation mark inverts: "…,” mused Blaze co-host Stu Burke.', () => {
    const a = analyzeBody('<p>“Imagine the two of them on the same stage,” mused radio co-host Stu Burke.</p>');
    expect(find(a, 'Stu Burke')).toMatchObject({ kind: 'person', cue: 'mused' });
  });

  it('a long apposition with a relative clause, then an adverb before the verb: "X, director of Y, a union that has …, also said"', () => {
    const a = analyzeBody(
      '<p>Rose Demar, executive director of Nurses United, a union that has endorsed the mayor and has been busing its members to rallies, also said her group planned to protest.</p>',
    );
    expect(find(a, 'Rose Demar')).toMatchObject({ kind: 'person', cue: 'said' });
  });

  it('a coordinated subject whose first name carries a party tag: "Gov. Martin Oakley (D) and Gov. Mike Hale (R) announced"', () => {
    const a = analyzeBody('<p>Former Maryland Gov. Martin Oakley (D) and former Arkansas Gov. Mike Hale (R) announced they will suspend their campaigns.</p>');
    expect(find(a, 'Martin Oakley')).toMatchObject({ kind: 'person', cue: 'announced' });
    expect(find(a, 'Mike Hale')).toMatchObject({ kind: 'person', cue: 'announced' });
  });
});

describe('what may stand right before a subject, and data "by" someone', () => {
  it('an outlet noun or a relative before the name: "the news site RTL Info reported", "his nephew Sami Haddad added"', () => {
    const a = analyzeBody('<p>She was headed to Cairo for meetings, the news site RTL Info reported. “He was excited,” his nephew Sami Haddad added.</p>');
    expect(find(a, 'RTL Info')).toMatchObject({ cue: 'reported' });
    expect(find(a, 'Sami Haddad')).toMatchObject({ kind: 'person', cue: 'added' });
  });

  it('"according to a count by The Associated Press", "a projection from the Cook Report": the one who counted', () => {
    const a = analyzeBody('<p>Clinton leads by 271 pledged delegates, according to a count by The Associated Press.</p>');
    expect(find(a, /Associated Press/)).toMatchObject({ cue: 'according to' });
  });
});

describe('a role owned by someone ("Sanders’ campaign manager said", "Alphabet’s founders have said")', () => {
  it('is listed unnamed under its owner, one person when the role is singular', () => {
    const a = analyzeBody('<p>It was a regional win, as Sanders’ campaign manager suggested after the vote. Alphabet’s founders have said repeatedly they do not want to make films.</p>');
    expect(find(a, 'Sanders’ campaign manager')).toMatchObject({ unnamed: true, cue: 'suggested' });
    expect(find(a, /Alphabet’s founders/)).toMatchObject({ unnamed: true, cue: 'said' });
  });

  it('"the Texas senator’s allies say": the possessive runs through the role to the place', () => {
    const who = attributions('And the first step, the Texas senator’s allies say, will be to help them.')[0]?.who;
    expect(who).toMatchObject({ type: 'description', text: 'the Texas senator’s allies' });
  });

  it("an adjective in the title list is no role: Mr. Ames’s former campaign …", () => {
    expect(attributions('Mr. Ames’s former campaign aides met on Friday.').some((x) => x.who.type === 'description' && x.who.head === 'former')).toBe(false);
  });

  it('", wrongly suggesting": an adverb before the participle still shares the subject', () => {
    const a = analyzeBody('<p>Kara Pines, a spokeswoman for the mayor, has expanded on the accusations, wrongly suggesting the judge is part of a protest group.</p>');
    expect(find(a, 'Kara Pines')).toBeDefined();
  });
});

describe('shares of a named group', () => {
  it('"Majorities of Democrats in five states going to the polls Tuesday say": the group, tagged "share-of-group"', () => {
    const a = attributions('Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied.');
    expect(a.find((x) => x.who.type === 'name' && x.who.mention.name === 'Democrats')).toMatchObject({ cue: 'say', rule: 'share-of-group' });
  });

  it('"About two-thirds of Republican primary voters in all five states said": the description, with its party', () => {
    const a = attributions('About two-thirds of Republican primary voters in all five states said they favor the ban.');
    expect(a[0]).toMatchObject({ who: { type: 'description', text: 'Republican primary voters' }, cue: 'said' });
  });

  it('"…, say some Democrats, who …": a share after an inverted verb', () => {
    const a = analyzeBody('<p>That may not be such a bad thing either, say some Democrats, who recall the last race.</p>');
    expect(find(a, 'Democrats')).toMatchObject({ group: true, cue: 'say' });
  });
});

describe('names and roles around the verb', () => {
  it('"As The Atlantic recently noted": an adverb between the name and its verb keeps the name a name', () => {
    const a = analyzeBody('<p>As The Atlantic recently noted, trust in government is falling around the world.</p>');
    expect(find(a, /Atlantic/)).toMatchObject({ cue: 'noted' });
  });

  it('an adverb or a circumstance set off by commas is no role: "X, meanwhile, insisted", "X, in a statement, said"', () => {
    const a = analyzeBody('<p>Jo Ames, meanwhile, insisted the vote was fair. Sen. Ed Rowe, in a statement, said the bill was dead. Lee Park, a city planner, said it was late.</p>');
    expect(find(a, 'Jo Ames')?.role).toBeUndefined();
    expect(find(a, 'Ed Rowe')?.role).toBe('Sen.');
    expect(find(a, 'Lee Park')?.role).toBe('a city planner');
  });
});

describe('a name inside the opening person’s own apposition is not the subject', () => {
  it('"Senator Rich Shelton, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said"', () => {
    const a = analyzeBody('<p>Senator Rich Shelton, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said the donations raised questions.</p>');
    expect(find(a, 'Rich Shelton')).toMatchObject({ kind: 'person', cue: 'said' });
    expect(find(a, /Banking Committee/)).toBeUndefined();
  });
});

describe('the looser rules tag their attributions for the learned filter', () => {
  it('"possessed-role" and "quote-inversion"', () => {
    expect(attributions('It was a regional win, as Sanders’ campaign manager suggested after the vote.')[0]).toMatchObject({ rule: 'possessed-role' });
    expect(attributions('“Imagine the two of them on one stage,” mused radio host Stu Burke.')[0]).toMatchObject({ rule: 'quote-inversion' });
    expect(attributions('“Imagine the two of them on one stage,” said radio host Stu Burke.')[0]).not.toHaveProperty('rule');
  });
});

/**
 * The source list (issue 11), shapes of attribution that real political news uses and the first
 * rules missed: a subject behind a party-state tag, an age or a long apposition; a role that
 * stands for one person ("the New Jersey governor said"); a share of a named group ("85% of
 * Democrats said"); a party's people opening a sentence ("Democrats say"). Small stories written
 * here; quality on real news is measured by `npm run quality -- --task sources`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory as analyzeBody, findSource as find } from './helpers';

describe('subjects behind what stands between them and the verb', () => {
  it('"Sen. Ellen Park, D-Ore., told": the party-state tag keeps its dot and is skipped', () => {
    const a = analyzeBody('<p>Sen. Ellen Park, D-Ore., told reporters that the bill would pass.</p>');
    expect(find(a, 'Ellen Park')).toMatchObject({ kind: 'person', cue: 'told reporters' });
  });

  it('"Jill Marsh, 27, a nurse in Dayton, said": the age, then the apposition', () => {
    const a = analyzeBody('<p>Jill Marsh, 27, a nurse in Dayton, said the election rarely came up at work.</p>');
    expect(find(a, 'Jill Marsh')).toMatchObject({ kind: 'person', cue: 'said', role: 'a nurse in Dayton' });
  });

  it('a long apposition with a relative clause and a city, state: "Paul Dorn, a driver from Ava, Mo., who …, said"', () => {
    const a = analyzeBody(
      '<p>Paul Dorn, a truck driver from Ava, Mo., who is a member of the drivers’ union and a supporter of the mayor, said he already received the raise.</p>',
    );
    expect(find(a, 'Paul Dorn')).toMatchObject({ kind: 'person', cue: 'said' });
    expect(find(a, /Ava|Mo\./)).toBeUndefined();
  });

  it('after a quotation: "“…,” county delegate Bill Easton, wearing a hat, said"', () => {
    const a = analyzeBody('<p>“We have had better meetings than this one,” county delegate Bill Easton, wearing a wide hat and two campaign pins, said quietly.</p>');
    expect(find(a, 'Bill Easton')).toMatchObject({ kind: 'person', cue: 'said' });
  });

  it('the long apposition needs a verb of speech and the name opening the clause', () => {
    const a = analyzeBody('<p>Under Mayor Ruth Kane, the agency, which the council praised last year, said it would expand the bus lanes.</p>');
    expect(find(a, 'Ruth Kane')).toBeUndefined();
  });
});

describe('a role that stands for one person', () => {
  it('"the Ohio governor said" is the governor the story named, however far before', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `<p>The board met for the ${i + 1}th time and the agenda ran long again.</p>`).join('');
    const a = analyzeBody(`<p>Ohio Gov. Mark Dunn visited the plant on Monday.</p>${filler}<p>The Ohio governor said the plant would stay open.</p>`);
    expect(find(a, 'Mark Dunn')).toMatchObject({ kind: 'person', count: 1, cue: 'said' });
    expect(a.sources.filter((s) => /governor/.test(s.name))).toEqual([]);
  });

  it('one the story does not name is listed as the story describes it, unnamed; a bare role is not listed', () => {
    const a = analyzeBody('<p>The GOP front-runner said he would win the state. The front-runner said it twice.</p>');
    expect(find(a, 'GOP front-runner')).toMatchObject({ unnamed: true, kind: 'person' });
    expect(find(a, /^front-runner/)).toBeUndefined();
  });
});

describe('groups named by a party or a nation', () => {
  it('"85% of Democrats said", "half of Republicans say": the group is the source', () => {
    const a = analyzeBody('<p>In the survey, 85% of Democrats said the plan was fair. But half of Republicans say it is not.</p>');
    expect(find(a, 'Democrats')).toMatchObject({ kind: 'person', group: true });
    expect(find(a, 'Republicans')).toMatchObject({ kind: 'person', group: true });
  });

  it('"Democrats say …" opening a sentence is the named group, not lower-case unnamed "democrats"', () => {
    const a = analyzeBody('<p>Democrats say the vote was rushed. Later, the Democrats said they would appeal.</p>');
    const d = a.sources.filter((s) => /^democrats$/i.test(s.name));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ name: 'Democrats', group: true, count: 2 });
    expect(d[0].unnamed).toBeFalsy();
  });

  it('"Conservatives said" opening a sentence stays an unnamed description', () => {
    const a = analyzeBody('<p>Conservatives said the vote was rushed.</p>');
    expect(find(a, /^conservatives$/i)).toMatchObject({ unnamed: true });
  });
});

describe('descriptions and roles written with capitals', () => {
  it('"after the Harbor Tribune reported": a conjunction, not a preposition, before the subject', () => {
    const a = analyzeBody('<p>The deal faltered in May, after the Harbor Tribune reported that the mayor was writing a book.</p>');
    expect(find(a, 'Harbor Tribune')).toMatchObject({ kind: 'publication', cue: 'reported' });
  });

  it('"said one unaligned Ohio Republican strategist", "according to a Democratic aide": unnamed, described with their capitals', () => {
    const a = analyzeBody('<p>“There is no data to suggest that,” said one unaligned Ohio Republican strategist. The vote was delayed, according to a Democratic aide.</p>');
    expect(find(a, 'unaligned Ohio Republican strategists')).toMatchObject({ unnamed: true, kind: 'person' });
    expect(find(a, 'Democratic aides')).toMatchObject({ unnamed: true, kind: 'person' });
    expect(a.sources.filter((s) => !s.unnamed && /Ohio|Republican|Democratic/.test(s.name))).toEqual([]);
  });

  it('"said one Democrat familiar with the talks" keeps the whole description', () => {
    const a = analyzeBody('<p>“It was not a convincing argument,” said one Democrat familiar with the talks.</p>');
    expect(find(a, /^Democrat familiar with the talks/)).toMatchObject({ unnamed: true });
  });

  it('a role of plain words before a name: "says political scientist Dana Ruiz in Almaty", "digital consultant Phil Mercer says"', () => {
    const a = analyzeBody('<p>The city has more pull through its films, says political scientist Dana Ruiz in Almaty. Or maybe the mayor, digital consultant Phil Mercer says.</p>');
    expect(find(a, 'Dana Ruiz')).toMatchObject({ kind: 'person', cue: 'says' });
    expect(find(a, 'Phil Mercer')).toMatchObject({ kind: 'person', cue: 'says' });
  });

  it('"Republican leaders speak …" opening a sentence keeps its party', () => {
    const a = analyzeBody('<p>Republican leaders speak affectionately of the senator’s gifts as an orator.</p>');
    expect(find(a, 'Republican leaders')).toMatchObject({ unnamed: true });
  });
});

describe('a name and its description side by side', () => {
  it('"Jeb Ross, the former Ohio governor, who …, called": the name, with the description as its role', () => {
    const a = analyzeBody('<p>Jeb Ross, the former Ohio governor, who has resented the senator’s rise, called his rival totally scripted.</p>');
    expect(find(a, 'Jeb Ross')).toMatchObject({ kind: 'person', role: 'the former Ohio governor' });
    expect(a.sources.filter((s) => /governor/.test(s.name))).toEqual([]);
  });

  it('"Another pollster, Dave Wood of Clemson University, said": the named pollster, not an unnamed one', () => {
    const a = analyzeBody('<p>Another pollster, Dave Wood of Clemson University, said his survey showed gains.</p>');
    expect(find(a, 'Dave Wood')).toMatchObject({ kind: 'person', cue: 'said' });
    expect(a.sources.filter((s) => s.unnamed && /pollster/.test(s.name))).toEqual([]);
  });

  it('"Jeb Ross in a Medium post said": the post says where, the person speaks', () => {
    const a = analyzeBody('<p>The mayor proposed new rules, while Jeb Ross in a Medium post said he would spend more.</p>');
    expect(find(a, 'Jeb Ross')).toMatchObject({ kind: 'person' });
    expect(a.sources.filter((s) => /post/i.test(s.name))).toEqual([]);
  });

  it('"The Harbor Times newspaper reported": the newspaper is the Times', () => {
    const a = analyzeBody('<p>The Harbor Times newspaper also reported last month that the port would close.</p>');
    expect(find(a, /Harbor Times/)).toMatchObject({ kind: 'publication' });
    expect(a.sources.filter((s) => s.unnamed)).toEqual([]);
  });
});

describe('what stands between a subject and its verb, and transcripts', () => {
  it('a time phrase: "Sen. Ellen Park on Wednesday morning also called", "Rep. Tom Hale (D-Ore.) last month joked"', () => {
    const a = analyzeBody('<p>Sen. Ellen Park on Wednesday morning also called on the council to act. Rep. Tom Hale (D-Ore.) last month joked that the bridge was older than him.</p>');
    expect(find(a, 'Ellen Park')).toMatchObject({ kind: 'person', cue: 'called' });
    expect(find(a, 'Tom Hale')).toMatchObject({ kind: 'person', cue: 'joked' });
  });

  it('a quoted commentator after a dash: "POLLS NOT WRONG - Mark Bloom: “…”"', () => {
    const a = analyzeBody('<p>IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Bloom: “Although the polls failed to predict the winner, they caught the trend.”</p>');
    expect(find(a, 'Mark Bloom')).toMatchObject({ kind: 'person', cue: ':' });
  });
});

describe('more shapes from the train split', () => {
  it('"Park has pointed to", "Park has weighed in": a cue with its particle after "has"; "has support from" stays a noun', () => {
    const a = analyzeBody('<p>Ellen Park has pointed to her record on transit. Tom Hale has weighed in on the fight. Ruth Kane has support from the unions.</p>');
    expect(find(a, 'Ellen Park')).toMatchObject({ kind: 'person' });
    expect(find(a, 'Tom Hale')).toMatchObject({ kind: 'person' });
    expect(find(a, 'Ruth Kane')).toBeUndefined();
  });

  it('"Executives for Mondelez, which …, say": the company’s unnamed executives; "co-host X asked"', () => {
    const a = analyzeBody('<p>Executives for Mondelez, which earned more than $30 billion last year, say the company will save money. On the morning show, co-host Mika Brandt asked the mayor about the plan.</p>');
    expect(find(a, /Mondelez/)).toBeDefined();
    expect(find(a, 'Mika Brandt')).toMatchObject({ kind: 'person', cue: 'asked' });
  });
});

describe('a speaker before a colon', () => {
  it('two commentators after a dash, and a full name opening a sentence before a colon', () => {
    const a = analyzeBody('<p>POLLS NOT WRONG, JUST EARLY - Mark Bloom and Jon Kuhn: “Although the polls missed the winner, they caught the trend.”</p><p>Alex Seitz-Wald: She is right on all these things if you dig down.</p>');
    expect(find(a, 'Mark Bloom')).toMatchObject({ kind: 'person', cue: ':' });
    expect(find(a, 'Jon Kuhn')).toMatchObject({ kind: 'person', cue: ':' });
    expect(find(a, 'Alex Seitz-Wald')).toMatchObject({ kind: 'person', cue: ':' });
  });

  it('a place or a label before a colon is no speaker', () => {
    const a = analyzeBody('<p>Washington: The city is quiet tonight after the vote. Update: The council adjourned.</p>');
    expect(find(a, /Washington|Update/)).toBeUndefined();
  });
});

describe('inverted, with the description before the name', () => {
  it('"…,” said the company’s chief executive, John Smith, on Monday": the named person, the description as role', () => {
    const a = analyzeBody('<p>“It is fine,” said the company’s chief executive, John Smith, on Monday.</p>');
    expect(find(a, 'John Smith')).toMatchObject({ kind: 'person', cue: 'said', role: 'the company’s chief executive' });
  });

  it('"Kane, later alleging - falsely - that the mayor lied, said": a single name opening a long apposition', () => {
    const a = analyzeBody('<p>Ruth Kane runs the port board. Kane, later alleging - again falsely - that the mayor wanted to close the port, said she would sue.</p>');
    expect(find(a, 'Ruth Kane')).toMatchObject({ kind: 'person', count: 1 });
  });
});

describe('more heads of unnamed sources', () => {
  it('"Indiana politicians said", "according to Ukrainian politicians", "pundits warned": unnamed, with their capitals', () => {
    const a = analyzeBody('<p>Indiana politicians said the company should pay the money back. The lobbyist was valued, according to Ukrainian politicians. Some pundits warned against it.</p>');
    expect(find(a, 'Indiana politicians')).toMatchObject({ unnamed: true, kind: 'person' });
    expect(find(a, /Ukrainian politicians/)).toMatchObject({ unnamed: true });
    expect(find(a, 'pundits')).toMatchObject({ unnamed: true });
  });
});

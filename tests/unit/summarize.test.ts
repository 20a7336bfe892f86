/** The extractive summary (core/summarize.ts): what it leaves out, how it chooses and orders, its length. */
import { describe, expect, it } from 'vitest';
import { candidates, dependsOnPrevious, exclusion, summarizeStory, summaryLength, FEATURES } from '../../core/summarize';
import { WEIGHTS } from '../../core/summary-model';
import type { SentenceInfo } from '../../core/story';

const s = (text: string, kind: SentenceInfo['kind'] = 'paragraph', block = 0): SentenceInfo => ({ text, kind, block });
/** A story: one paragraph per sentence. */
const story = (...texts: string[]): SentenceInfo[] => texts.map((text, i) => s(text, 'paragraph', i));

const FILLER = [
  'The council will publish the full budget documents on its website next month for residents to read.',
  'Several residents attended the meeting and asked questions about the cost of the new treatment plant.',
  'The current plant was built in 1962 and has needed frequent repairs over the past ten years.',
  'Engineers estimate that construction will take about three years once the contracts are signed.',
  'The state environmental agency must still approve the final design before any work can begin.',
  'A public hearing on the design is scheduled for the spring at the community center downtown.',
];

describe('what never goes into a summary', () => {
  it('leaves out captions and photo credits that reached the body', () => {
    expect(exclusion(s('In this 2006 file photo, the mayor speaks to reporters outside City Hall in Springfield.'))).toBe('caption');
    expect(exclusion(s('In this undated handout image, the damaged bridge is seen from the river bank below.'))).toBe('caption');
    expect(exclusion(s('Firefighters battle the blaze near the harbour on Tuesday evening. (Photo by Jane Roe/Getty Images)'))).toBe('caption');
    expect(exclusion(s('The mayor (left) and the governor (right) shake hands after signing the water agreement.'))).toBe('caption');
    expect(exclusion(s('CNN’s Jane Roe and John Doe contributed to this report from the capital.'))).toBe('caption');
    expect(exclusion(s('An artist’s illustration of a plume of water vapor rising from the surface of the moon.'))).toBe('caption');
    expect(exclusion(s('This photo shows the damaged bridge from the river bank on Tuesday morning.'))).toBe('caption');
    expect(exclusion(s('Das Archivbild zeigt den Bürgermeister bei einer Rede vor dem Rathaus im Jahr 2006.'))).toBe('caption');
    // …but not a sentence that talks about a photo or a video.
    expect(exclusion(s('In the video released Tuesday, the group claims the man was a spy for a foreign government.'))).toBeNull();
    expect(exclusion(s('The golfer won the title courtesy of a playoff against the defending champion on Sunday.'))).toBeNull();
  });
  it('leaves out teasers, kickers and boilerplate', () => {
    expect(exclusion(s('Read more: Nurse who contracted Ebola sues the hospital company that treated her.'))).toBe('teaser');
    expect(exclusion(s('WATCH: The moment the bridge collapsed into the river, filmed by a passer-by.'))).toBe('teaser');
    expect(exclusion(s("Editor's note: Jane Roe is a professor of history at the University of Springfield."))).toBe('teaser');
    expect(exclusion(s('Lesen Sie auch: Wie die Stadt ihre Wasserversorgung für die Zukunft sichern will.'))).toBe('teaser');
    expect(exclusion(s('For the latest news on the storm and the recovery effort, click here.'))).toBe('boilerplate');
    expect(exclusion(s('This article has been updated with comments from the city council and the mayor.'))).toBe('boilerplate');
    // A sentence that merely mentions subscribers or an advertisement is news.
    expect(exclusion(s('The streaming service added five million subscribers in the first three months of the year.'))).toBeNull();
    expect(exclusion(s('An online advertisement for the resort showed tourists holding hands on the beach.'))).toBeNull();
  });
  it('leaves out headlines of other stories, subheadings and labels', () => {
    expect(exclusion(s('Nurse who contracted Ebola sues hospital company'))).toBe('headline');
    expect(exclusion(s('Student goes 8 for 8 in Ivy League college admissions .'))).toBe('headline');
    expect(exclusion(s('Here is a look at some key moments leading up to his resignation:'))).toBe('label');
    // A list item may be a sentence without its period; a short one is a link.
    expect(exclusion(s('The company will cut 500 jobs at its two plants in Ohio by the end of the year', 'list'))).toBeNull();
    expect(exclusion(s('More stories from our news network today', 'list'))).toBe('headline');
  });
  it('leaves out lists of names, scores and figures', () => {
    const prose = 0.45;
    expect(exclusion(s('Jun 5 Seattle, WA KeyArena 8 p.m., Jun 7 Portland, OR Moda Center 8 p.m.'), prose)).toBe('figures');
    expect(exclusion(s('The dead were: Linda Berg, Elena Bless, Lea Drupp, Selina Eils, Gina Gerdes, Ann Hahn and Julia Hermann.'), prose)).toBe('figures');
    // A short news sentence full of names is still a sentence.
    expect(exclusion(s('Ferguson City Manager John Shaw stepped down Tuesday.'), prose)).toBeNull();
    expect(exclusion(s('The offensive involves around 30,000 fighters and 200 tanks.'), prose)).toBeNull();
  });
  it('leaves out sentences that start mid-thought or are one piece of a longer quotation', () => {
    expect(exclusion(s('and then the council voted again on the same proposal later that evening.'))).toBe('fragment');
    expect(exclusion(s('“We will fight this decision in every court of the land.'))).toBe('quote-part');
    expect(exclusion(s('This was a disgrace for the whole city,” the mayor told reporters on Tuesday.'))).toBe('dependent');
    expect(exclusion(s('A disgrace for the whole city,” the mayor told reporters on Tuesday.'))).toBe('quote-part');
    expect(exclusion(s('“Nobody expected the vote to be this close, not even the mayor.”'))).toBe('quote-part');
    expect(exclusion(s('“Nobody expected the vote to be this close,” the mayor said on Tuesday.'))).toBeNull();
    expect(dependsOnPrevious('Instead of treating voters as customers, the party must listen to them.')).toBe(true);
    expect(dependsOnPrevious('He said the plan would cost more than expected.')).toBe(true);
    expect(dependsOnPrevious('But the council disagreed with the estimate.')).toBe(true);
    expect(dependsOnPrevious('Dabei hatte der Rat den Plan schon im Mai gebilligt.')).toBe(true);
    expect(dependsOnPrevious('Hebrew University researchers said the plan would work.')).toBe(false);
    expect(dependsOnPrevious('The council disagreed with the estimate.')).toBe(false);
    expect(dependsOnPrevious('This week the council disagreed with the estimate.')).toBe(false);
    expect(dependsOnPrevious('So far, twelve people have died in the storm.')).toBe(false);
    expect(dependsOnPrevious('Then-Gov. Jerry Brown signed the bill in 2017.')).toBe(false);
    expect(dependsOnPrevious('Il governo ha approvato la legge sul bilancio.')).toBe(false);
    expect(dependsOnPrevious('This is the largest budget the council has ever approved.')).toBe(true);
  });
  it('never takes captions, embedded posts, headings or quotes blocks', () => {
    for (const kind of ['caption', 'post', 'heading', 'quote', 'table'] as const)
      expect(exclusion(s('The city council approved a new water plant budget on Tuesday after months of debate.', kind))).toBe('kind');
  });
});

describe('how it chooses', () => {
  it('has one weight per feature', () => {
    expect(WEIGHTS.weights).toHaveLength(FEATURES.length);
    for (const w of WEIGHTS.weights) expect(Number.isFinite(w)).toBe(true);
  });
  it('never takes a sentence that leans on the one before: each bullet stands alone', () => {
    expect(exclusion(s('He said the water plant budget was the largest the city council had ever approved.'))).toBe('dependent');
    expect(exclusion(s('Kim replied by calling the council’s plan a waste of the city’s money.'))).toBe('dependent');
    const sentences = story(
      'The city council approved a new water plant budget on Tuesday after months of debate.',
      'He said the water plant budget was the largest the city council had ever approved.',
      ...FILLER,
    );
    const { sentences: out, more } = summarizeStory(sentences, 'Council approves water plant budget');
    expect([...out, ...more].some((o) => o.text.startsWith('He said'))).toBe(false);
  });
  it('does not take two sentences that say the same thing', () => {
    const sentences = story(
      'The agency chose Acme, Globex, Initech, Umbrella and Hooli to build the new satellites, it said on Monday.',
      'Acme, Globex, Initech, Umbrella and Hooli were chosen by the agency to build the satellites.',
      ...FILLER,
    );
    const { sentences: out } = summarizeStory(sentences, 'Agency picks five companies to build satellites');
    expect(out.filter((o) => /Acme, Globex, Initech, Umbrella and Hooli/.test(o.text))).toHaveLength(1);
  });
  it('opens with the news, then follows the story’s order; every sentence keeps its index', () => {
    const sentences = [
      s('A photo caption about the water plant budget and the council vote on Tuesday.', 'caption', 0),
      ...story(
        'Elton John once ruled the pop charts, and now he has a place in the history of the town.',
        'The city council approved a new water plant budget on Tuesday, ending months of debate over its cost.',
        ...FILLER,
        'Council members said the water plant budget was overdue and necessary for the safety of residents.',
      ).map((x) => ({ ...x, block: x.block + 1 })),
    ];
    const { sentences: out, more } = summarizeStory(sentences, 'Council approves water plant budget');
    expect(out[0].text).toMatch(/^The city council approved/);
    const rest = out.slice(1).map((o) => o.index);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
    for (const o of [...out, ...more]) {
      expect(sentences[o.index].text).toBe(o.text);
      expect(sentences[o.index].kind).toBe('paragraph');
    }
    expect(new Set([...out, ...more].map((o) => o.index)).size).toBe(out.length + more.length);
  });
  it('scores sentences by their features', () => {
    const cands = candidates(story('The city council approved a new water plant budget on Tuesday after months of debate.', ...FILLER), 'Council approves water plant budget');
    expect(cands).toHaveLength(FILLER.length + 1);
    const x = Object.fromEntries(FEATURES.map((f, j) => [f, cands[0].x[j]]));
    expect(x.first).toBe(1);
    expect(x.lead).toBe(1);
    expect(x.headline).toBeGreaterThan(0.5);
    expect(Object.fromEntries(FEATURES.map((f, j) => [f, cands[3].x[j]])).number).toBe(1);
  });
});

describe('how long it is', () => {
  it('gives a short story two or three sentences and a long one at most five', () => {
    expect(summaryLength(1)).toBe(1);
    expect(summaryLength(2)).toBe(2);
    expect(summaryLength(6)).toBe(2);
    expect(summaryLength(12)).toBe(3);
    expect(summaryLength(40)).toBe(3);
    expect(summaryLength(60)).toBe(4);
    expect(summaryLength(200)).toBe(5);
  });
  it('offers further sentences, best first, none of them in the summary', () => {
    const { sentences: out, more } = summarizeStory(story('The city council approved a new water plant budget on Tuesday after months of debate.', ...FILLER), 'Council approves water plant budget');
    expect(out).toHaveLength(2);
    expect(more.length).toBeGreaterThan(0);
    expect(more.length).toBeLessThanOrEqual(5);
    for (const m of more) expect(out.some((o) => o.index === m.index)).toBe(false);
  });
  it('returns nothing for a story without a sentence to take', () => {
    expect(summarizeStory(story('Breaking news', 'Read more: the other story'), 'Title')).toEqual({ sentences: [], more: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { cueParticle, particleHead } from '../../core/lexicon';

// particleHead is a hand-kept gate in front of PARTICLE_CUES: every phrase the cue list reads
// must open with a word the gate lets through, or the attribution never sees it.
const PHRASES = [
  'pointed out that', 'points to the', 'went on to say', 'goes on', 'weighed in on', 'spoke out against',
  'speaks out', 'lashed out at', 'pushed back on', 'fired back at', 'hit back', 'hits back at', 'chimed in',
  'sounded off on', 'made the case that', 'makes a point', 'gave a speech', 'gives an interview', 'went so far as to',
  'went as far as to', 'ran an ad', 'runs a new poll', 'put it this way', 'put out a statement', 'took issue with',
  'takes aim at', 'take issue with',
];

describe('particle cues', () => {
  it.each(PHRASES)('"%s" is a particle cue and passes the gate', (phrase) => {
    expect(cueParticle(phrase)).toBe(true);
    expect(particleHead(phrase.split(' ')[0])).toBe(true);
  });
  it('turns away ordinary words before building a phrase', () => {
    for (const w of ['the', 'said', 'campaign', 'voters', 'and']) expect(particleHead(w)).toBe(false);
  });
});

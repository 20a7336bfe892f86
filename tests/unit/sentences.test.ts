/** Sentence splitting (core/sentences.ts): where Intl.Segmenter breaks too early, in English and German. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../core/sentences';

const en = (text: string) => splitSentences(text, 'en');
const de = (text: string) => splitSentences(text, 'de');

describe('a quoted exclamation or question inside a sentence', () => {
  it('does not end the sentence when a lower-case word follows', () => {
    expect(en('Readers can respond by tapping a "Tell Us!" button and typing a message. Then it is sent.')).toEqual([
      'Readers can respond by tapping a "Tell Us!" button and typing a message.',
      'Then it is sent.',
    ]);
    expect(en('“Help!” she cried. “Why?” he asked. Nobody answered.')).toEqual(['“Help!” she cried.', '“Why?” he asked.', 'Nobody answered.']);
    expect(en('Did she say "Why not?" or "Never!"? Nobody knows.')).toEqual(['Did she say "Why not?" or "Never!"?', 'Nobody knows.']);
    expect(de('„Hilfe!“ rief sie. „Wer?“, fragte er. Niemand antwortete.')).toEqual(['„Hilfe!“ rief sie.', '„Wer?“, fragte er.', 'Niemand antwortete.']);
  });
  it('still ends it before a capital letter', () => {
    expect(en('He shouted "Stop!" Then the car hit the wall.')).toEqual(['He shouted "Stop!"', 'Then the car hit the wall.']);
    expect(en('Who knows? Nobody does.')).toEqual(['Who knows?', 'Nobody does.']);
  });
});

describe('abbreviations and initials', () => {
  it('keeps English titles, initials and initialisms inside the sentence', () => {
    expect(en('The U.S. initiative grew. Mr. Smith met John F. Kennedy Jr. in Washington D.C. on Monday. It rained.')).toEqual([
      'The U.S. initiative grew.',
      'Mr. Smith met John F. Kennedy Jr. in Washington D.C. on Monday.',
      'It rained.',
    ]);
    expect(en('J.R.R. Tolkien wrote it. Sen. John McCain agreed. The No. 2 official, Gov. Jerry Brown, left.')).toEqual([
      'J.R.R. Tolkien wrote it.',
      'Sen. John McCain agreed.',
      'The No. 2 official, Gov. Jerry Brown, left.',
    ]);
  });
  it('reads an initialism right after a bracket ("(CNN)U.S. Secretary …")', () => {
    expect(en('(CNN)U.S. Secretary of State John Kerry spoke on Saturday. He left.')).toEqual([
      '(CNN)U.S. Secretary of State John Kerry spoke on Saturday.',
      'He left.',
    ]);
  });
  it('lets "Inc.", "etc." and "no." end a sentence before a new one', () => {
    expect(en('Apples, pears etc. The market closed. He said no. Then he left.')).toEqual(['Apples, pears etc.', 'The market closed.', 'He said no.', 'Then he left.']);
    expect(en('Acme Inc. Chief Executive Jane Roe quit. She was tired.')).toEqual(['Acme Inc. Chief Executive Jane Roe quit.', 'She was tired.']);
  });
  it('ends after "p.m." before a new subject, but not before a weekday or month', () => {
    expect(en('It opens at 7 p.m. Halvorsen said so.')).toEqual(['It opens at 7 p.m.', 'Halvorsen said so.']);
    expect(en('It happened at 2 a.m. Thursday, police said.')).toHaveLength(1);
    expect(en('The meeting is on Jan. 5 at 10 a.m. Friday. It ended.')).toEqual(['The meeting is on Jan. 5 at 10 a.m. Friday.', 'It ended.']);
  });
  it('keeps German abbreviations, initials and ordinals inside the sentence', () => {
    expect(de('Am 3. Oktober 2020 kam es z. B. zu Protesten, d. h. viele Menschen gingen auf die Straße. Das war neu.')).toEqual([
      'Am 3. Oktober 2020 kam es z. B. zu Protesten, d. h. viele Menschen gingen auf die Straße.',
      'Das war neu.',
    ]);
    expect(de('Prof. Dr. Müller sagte, es gebe bzw. gab 1,5 Mio. Euro. Im 19. Jh. war das anders. Vgl. dazu Nr. 7 der Liste.')).toEqual([
      'Prof. Dr. Müller sagte, es gebe bzw. gab 1,5 Mio. Euro.',
      'Im 19. Jh. war das anders.',
      'Vgl. dazu Nr. 7 der Liste.',
    ]);
    expect(de('Der Unfall geschah ca. 200 m entfernt in der Hauptstr. 5. Die Polizei ermittelt.')).toEqual([
      'Der Unfall geschah ca. 200 m entfernt in der Hauptstr. 5.',
      'Die Polizei ermittelt.',
    ]);
    expect(de('Der 1. FC Köln gewann. Es war der 2. Sieg in Folge. Die Zahl stieg auf 12. Die Polizei ermittelt.')).toEqual([
      'Der 1. FC Köln gewann.',
      'Es war der 2. Sieg in Folge.',
      'Die Zahl stieg auf 12.',
      'Die Polizei ermittelt.',
    ]);
  });
  it('ends a sentence after a one-letter unit ("40 г.") unless another letter follows ("z. B.")', () => {
    expect(splitSentences('Соль 40 г. Приготовление: разогреть духовку.', 'ru')).toEqual(['Соль 40 г.', 'Приготовление: разогреть духовку.']);
  });
  it('knows German abbreviations on a page that does not say its language', () => {
    expect(en('Nicht jedes Geschäftsmodell ist von Disruption bzw. Digital Darwinismus bedroht. Das ist klar.')).toEqual([
      'Nicht jedes Geschäftsmodell ist von Disruption bzw. Digital Darwinismus bedroht.',
      'Das ist klar.',
    ]);
  });
  it('does not read English numbers as ordinals', () => {
    expect(en('The toll rose to 12. Rescuers kept digging.')).toEqual(['The toll rose to 12.', 'Rescuers kept digging.']);
  });
});

describe('decimals and ellipses', () => {
  it('never breaks inside a decimal number', () => {
    expect(en('The rate rose 3.5 percent to $1.2 billion. It fell 0.3 points later.')).toEqual(['The rate rose 3.5 percent to $1.2 billion.', 'It fell 0.3 points later.']);
    expect(de('Die Rate stieg um 3,5 Prozent auf 1.200 Euro. Sie fiel danach.')).toEqual(['Die Rate stieg um 3,5 Prozent auf 1.200 Euro.', 'Sie fiel danach.']);
  });
  it('keeps a quotation whose omitted words are marked with an ellipsis together', () => {
    expect(en('"We will find out whether or not ... Iran is ready," Kerry said. Then he left.')).toEqual([
      '"We will find out whether or not ... Iran is ready," Kerry said.',
      'Then he left.',
    ]);
    expect(en('“It was … a disaster,” she said. He agreed.')).toEqual(['“It was … a disaster,” she said.', 'He agreed.']);
  });
  it('ends a sentence at a trailing ellipsis before a capital, not before a lower-case word', () => {
    expect(en('He paused... Then he spoke.')).toEqual(['He paused...', 'Then he spoke.']);
    expect(en('He paused... and then he spoke.')).toEqual(['He paused... and then he spoke.']);
  });
});

describe('quotes and other scripts', () => {
  it('handles closing quotes and CJK', () => {
    expect(en('“It is over,” he said. She left.')).toEqual(['“It is over,” he said.', 'She left.']);
    expect(en('He said: "It is over." The next day, it was not.')).toEqual(['He said: "It is over."', 'The next day, it was not.']);
    expect(splitSentences('我们今天去了北京。天气很好！', 'zh')).toEqual(['我们今天去了北京。', '天气很好！']);
  });
  it('accepts region tags ("de-DE", "en_US")', () => {
    expect(splitSentences('Es kam z. B. zu Protesten. Das war neu.', 'de-DE')).toEqual(['Es kam z. B. zu Protesten.', 'Das war neu.']);
    expect(splitSentences('Mr. Smith left. It rained.', 'en_US')).toEqual(['Mr. Smith left.', 'It rained.']);
  });
});

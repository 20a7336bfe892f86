/**
 * Read aloud with the Web Speech API: one utterance per sentence of the analysis (short
 * utterances keep engines that stall on long text going, and tell us which sentence is being
 * read). Play/pause, speed and voice; changing speed or voice restarts the current sentence.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export type SpeechStatus = 'idle' | 'playing' | 'paused';

export interface ReadAloud {
  supported: boolean;
  status: SpeechStatus;
  /** Sentence being read (index into `sentences`), -1 when idle. */
  index: number;
  voices: SpeechSynthesisVoice[];
  error: string | null;
  /** Play from where we stopped (or `from`), or pause/resume. */
  toggle(from?: number): void;
  stop(): void;
}

export interface ReadAloudOptions {
  sentences: readonly string[];
  lang: string | null;
  rate: number;
  voiceURI: string | null;
  synth?: SpeechSynthesis | null;
}

function defaultSynth(): SpeechSynthesis | null {
  return typeof speechSynthesis !== 'undefined' ? speechSynthesis : null;
}

/** The voice to use: the chosen one if it still exists, else the best match for the language. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string | null, voiceURI: string | null): SpeechSynthesisVoice | null {
  if (voiceURI) {
    const chosen = voices.find((v) => v.voiceURI === voiceURI);
    if (chosen) return chosen;
  }
  if (!lang) return voices.find((v) => v.default) ?? null;
  const base = lang.toLowerCase().split('-')[0];
  const same = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
  return same.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? same.find((v) => v.localService) ?? same[0] ?? null;
}

/** What to tell the person when the speech engine gives up. */
export function speechError(code: string): string {
  switch (code) {
    case 'not-allowed':
      return t('speechBlocked');
    case 'synthesis-unavailable':
    case 'synthesis-failed':
    case 'voice-unavailable':
      return t('speechNoVoice');
    case 'language-unavailable':
      return t('speechNoLanguage');
    case 'network':
      return t('speechNetwork');
    default:
      return t('speechStopped', code);
  }
}

export function useReadAloud({ sentences, lang, rate, voiceURI, synth = defaultSynth() }: ReadAloudOptions): ReadAloud {
  const [status, setStatus] = useState<SpeechStatus>('idle');
  const [index, setIndex] = useState(-1);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  const [error, setError] = useState<string | null>(null);
  // Each start gets a generation number; callbacks from a cancelled utterance see a stale one and do nothing.
  const generation = useRef(0);
  const current = useRef<{ index: number; utterance: SpeechSynthesisUtterance | null }>({ index: -1, utterance: null });
  const settings = useRef({ rate, voiceURI, lang, voices });
  settings.current = { rate, voiceURI, lang, voices };

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener?.('voiceschanged', update);
    update();
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [synth]);

  const speak = useCallback(
    (i: number) => {
      if (!synth) return;
      const gen = ++generation.current;
      synth.cancel();
      if (i < 0 || i >= sentences.length) {
        current.current = { index: -1, utterance: null };
        setIndex(-1);
        setStatus('idle');
        return;
      }
      const { rate, voiceURI, lang, voices } = settings.current;
      const u = new SpeechSynthesisUtterance(sentences[i]);
      u.rate = rate;
      const voice = pickVoice(voices, lang, voiceURI);
      if (voice) u.voice = voice;
      if (lang) u.lang = voice?.lang ?? lang;
      u.onend = () => {
        if (gen === generation.current) speak(i + 1);
      };
      u.onerror = (e: SpeechSynthesisErrorEvent) => {
        if (gen !== generation.current || e.error === 'interrupted' || e.error === 'canceled') return;
        generation.current++;
        setError(speechError(e.error));
        setStatus('idle');
      };
      // Keep a reference: some engines drop events of utterances that were garbage-collected.
      current.current = { index: i, utterance: u };
      setIndex(i);
      setStatus('playing');
      setError(null);
      synth.speak(u);
    },
    [synth, sentences],
  );

  const toggle = useCallback(
    (from?: number) => {
      if (!synth) return;
      if (status === 'playing' && from === undefined) {
        synth.pause();
        setStatus('paused');
        return;
      }
      if (status === 'paused' && from === undefined) {
        synth.resume();
        setStatus('playing');
        return;
      }
      speak(from ?? Math.max(0, current.current.index));
    },
    [synth, status, speak],
  );

  const stop = useCallback(() => {
    generation.current++;
    synth?.cancel();
    current.current = { index: -1, utterance: null };
    setIndex(-1);
    setStatus('idle');
  }, [synth]);

  // A new speed or voice applies from the sentence being read.
  useEffect(() => {
    if (status === 'playing' && current.current.index >= 0) speak(current.current.index);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rate, voiceURI]);

  // Leaving the reader stops the voice.
  useEffect(
    () => () => {
      generation.current++;
      synth?.cancel();
    },
    [synth],
  );

  return { supported: !!synth, status, index, voices, error, toggle, stop };
}

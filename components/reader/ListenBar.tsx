/** The read-aloud bar: play/pause, stop, speed and voice, and which sentence is being read. */
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber } from '../../lib/format';
import { t, uiLocale } from '../../lib/i18n';
import type { ReaderSettings } from '../../lib/settings';
import { CloseIcon, PauseIcon, PlayIcon } from './icons';
import { pickVoice, type ReadAloud } from './useReadAloud';

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

export function ListenBar({ speech, total, rate, voiceURI, lang, onChange, onClose }: { speech: ReadAloud; total: number; rate: number; voiceURI: string | null; lang: string | null; onChange(change: Partial<ReaderSettings>): void; onClose(): void }) {
  const play = useRef<HTMLButtonElement>(null);
  useEffect(() => play.current?.focus(), []);
  const base = (lang ?? '').toLowerCase().split('-')[0];
  const matching = speech.voices.filter((v) => base && v.lang.toLowerCase().startsWith(base));
  const others = speech.voices.filter((v) => !matching.includes(v));
  const current = pickVoice(speech.voices, lang, voiceURI);
  const playing = speech.status === 'playing';
  const locale = uiLocale();
  const speeds = SPEEDS.includes(rate) ? SPEEDS : [...SPEEDS, rate].sort((a, b) => a - b);
  return (
    <div class="lr-listen" role="group" aria-label={t('readAloud')}>
      <button type="button" ref={play} class="lr-play" aria-label={playing ? t('pause') : speech.status === 'paused' ? t('resume') : t('play')} onClick={() => speech.toggle()}>
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <p class="lr-listen-status" aria-live="polite">
        {speech.error ?? (speech.index >= 0 ? t('sentenceOf', formatNumber(speech.index + 1, locale), formatNumber(total, locale)) : t('readyToRead'))}
      </p>
      <label class="lr-select">
        <span>{t('speed')}</span>
        <select value={String(rate)} onChange={(e) => onChange({ speechRate: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {speeds.map((s) => (
            <option value={String(s)}>{`${formatNumber(s, locale)}×`}</option>
          ))}
        </select>
      </label>
      <label class="lr-select lr-voice">
        <span>{t('voice')}</span>
        <select value={current?.voiceURI ?? ''} disabled={!speech.voices.length} onChange={(e) => onChange({ voice: (e.currentTarget as HTMLSelectElement).value || null })}>
          {!speech.voices.length && <option value="">{t('systemVoice')}</option>}
          {matching.length > 0 && (
            <optgroup label={t('storyLanguage')}>
              {matching.map((v) => (
                <option value={v.voiceURI}>{v.name}</option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label={matching.length ? t('otherLanguages') : t('voices')}>
              {others.map((v) => (
                <option value={v.voiceURI}>{`${v.name} (${v.lang})`}</option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" class="lr-tool" aria-label={t('stopReadingAloud')} title={t('stop')} onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}

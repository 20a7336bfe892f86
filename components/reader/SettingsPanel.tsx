/** Text and theme settings of the reader: applied as they change, persisted by the caller. */
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber } from '../../lib/format';
import { t, tParts, uiLocale, type MessageKey } from '../../lib/i18n';
import { DEFAULT_SETTINGS, FONT_SIZE, LINE_HEIGHT, WIDTH, type ReaderFont, type ReaderSettings, type ReaderTheme } from '../../lib/settings';

const THEME_LABELS: Array<[ReaderTheme, MessageKey]> = [
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
  ['system', 'themeAuto'],
];
const FONT_LABELS: Array<[ReaderFont, MessageKey]> = [
  ['serif', 'fontSerif'],
  ['sans', 'fontSans'],
  ['dyslexic', 'fontEasyRead'],
];

export interface SettingsPanelProps {
  id: string;
  settings: ReaderSettings;
  host: string | null;
  hosts: string[];
  onChange(change: Partial<ReaderSettings>): void;
  onAlwaysReader?(host: string, on: boolean): void;
  onDone(): void;
}

export function SettingsPanel({ id, settings, host, hosts, onChange, onAlwaysReader, onDone }: SettingsPanelProps) {
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const locale = uiLocale();
  const pct = formatNumber(Math.round((settings.fontSize / DEFAULT_SETTINGS.fontSize) * 100) / 100, locale, { style: 'percent' });
  return (
    <section id={id} class="lr-panel" role="dialog" aria-label={t('textAndTheme')}>
      <fieldset class="lr-field">
        <legend>{t('theme')}</legend>
        <div class="lr-swatches">
          {THEME_LABELS.map(([value, label], i) => (
            <label class={`lr-swatch lr-swatch-${value}`}>
              <input ref={i === 0 ? first : undefined} type="radio" name="lr-theme" value={value} checked={settings.theme === value} onChange={() => onChange({ theme: value })} />
              <span class="lr-swatch-chip" aria-hidden="true">
                Aa
              </span>
              <span class="lr-swatch-label">{t(label)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="lr-field">
        <legend>{t('font')}</legend>
        <div class="lr-segments">
          {FONT_LABELS.map(([value, label]) => (
            <label class={`lr-segment lr-font-${value}`}>
              <input type="radio" name="lr-font" value={value} checked={settings.font === value} onChange={() => onChange({ font: value })} />
              <span>{t(label)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <Range id="lr-text-size" label={t('textSize')} value={settings.fontSize} range={FONT_SIZE} display={pct} onInput={(fontSize) => onChange({ fontSize })} />
      <Range
        id="lr-line-spacing"
        label={t('lineSpacing')}
        value={settings.lineHeight}
        range={LINE_HEIGHT}
        display={formatNumber(settings.lineHeight, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
        onInput={(lineHeight) => onChange({ lineHeight })}
      />
      <Range id="lr-column-width" label={t('columnWidth')} value={settings.width} range={WIDTH} display={t('columnWidthValue', formatNumber(settings.width, locale))} onInput={(width) => onChange({ width })} />

      {onAlwaysReader && host && (
        <div class="lr-field lr-sites">
          <label class="lr-check">
            <input type="checkbox" checked={hosts.includes(host)} onChange={(e) => onAlwaysReader(host, (e.currentTarget as HTMLInputElement).checked)} />
            <span>{tParts('alwaysOpen', <strong>{host}</strong>)}</span>
          </label>
          {hosts.filter((h) => h !== host).length > 0 && (
            <details class="lr-site-list">
              <summary>{t('otherSites', formatNumber(hosts.filter((h) => h !== host).length, locale))}</summary>
              <ul>
                {hosts
                  .filter((h) => h !== host)
                  .map((h) => (
                    <li>
                      <span>{h}</span>
                      <button type="button" class="lr-link-button" aria-label={t('stopOpening', h)} onClick={() => onAlwaysReader(h, false)}>
                        {t('remove')}
                      </button>
                    </li>
                  ))}
              </ul>
            </details>
          )}
        </div>
      )}

      <div class="lr-panel-foot">
        <button type="button" class="lr-link-button" onClick={() => onChange({ theme: DEFAULT_SETTINGS.theme, font: DEFAULT_SETTINGS.font, fontSize: DEFAULT_SETTINGS.fontSize, lineHeight: DEFAULT_SETTINGS.lineHeight, width: DEFAULT_SETTINGS.width })}>
          {t('reset')}
        </button>
        <button type="button" class="lr-button" onClick={onDone}>
          {t('done')}
        </button>
      </div>
    </section>
  );
}

function Range({ id, label, value, range, display, onInput }: { id: string; label: string; value: number; range: { min: number; max: number; step: number }; display: string; onInput(v: number): void }) {
  return (
    <div class="lr-field lr-range">
      <label for={id}>{label}</label>
      <output for={id}>{display}</output>
      <input id={id} type="range" min={range.min} max={range.max} step={range.step} value={value} aria-valuetext={display} onInput={(e) => onInput(Number((e.currentTarget as HTMLInputElement).value))} />
    </div>
  );
}

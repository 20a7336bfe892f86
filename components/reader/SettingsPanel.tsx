/** Text and theme settings of the reader: applied as they change, persisted by the caller. */
import { useEffect, useRef } from 'preact/hooks';
import { DEFAULT_SETTINGS, FONT_SIZE, LINE_HEIGHT, WIDTH, type ReaderFont, type ReaderSettings, type ReaderTheme } from '../../lib/settings';

const THEME_LABELS: Array<[ReaderTheme, string]> = [
  ['light', 'Light'],
  ['sepia', 'Sepia'],
  ['dark', 'Dark'],
  ['system', 'Auto'],
];
const FONT_LABELS: Array<[ReaderFont, string]> = [
  ['serif', 'Serif'],
  ['sans', 'Sans'],
  ['dyslexic', 'Easy read'],
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
  const pct = Math.round((settings.fontSize / DEFAULT_SETTINGS.fontSize) * 100);
  return (
    <section id={id} class="lr-panel" role="dialog" aria-label="Text and theme">
      <fieldset class="lr-field">
        <legend>Theme</legend>
        <div class="lr-swatches">
          {THEME_LABELS.map(([value, label], i) => (
            <label class={`lr-swatch lr-swatch-${value}`}>
              <input ref={i === 0 ? first : undefined} type="radio" name="lr-theme" value={value} checked={settings.theme === value} onChange={() => onChange({ theme: value })} />
              <span class="lr-swatch-chip" aria-hidden="true">
                Aa
              </span>
              <span class="lr-swatch-label">{label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="lr-field">
        <legend>Font</legend>
        <div class="lr-segments">
          {FONT_LABELS.map(([value, label]) => (
            <label class={`lr-segment lr-font-${value}`}>
              <input type="radio" name="lr-font" value={value} checked={settings.font === value} onChange={() => onChange({ font: value })} />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <Range label="Text size" value={settings.fontSize} range={FONT_SIZE} display={`${pct}%`} onInput={(fontSize) => onChange({ fontSize })} />
      <Range label="Line spacing" value={settings.lineHeight} range={LINE_HEIGHT} display={settings.lineHeight.toFixed(2)} onInput={(lineHeight) => onChange({ lineHeight })} />
      <Range label="Column width" value={settings.width} range={WIDTH} display={`${settings.width} ch`} onInput={(width) => onChange({ width })} />

      {onAlwaysReader && host && (
        <div class="lr-field lr-sites">
          <label class="lr-check">
            <input type="checkbox" checked={hosts.includes(host)} onChange={(e) => onAlwaysReader(host, (e.currentTarget as HTMLInputElement).checked)} />
            <span>
              Always open <strong>{host}</strong> in reader mode
            </span>
          </label>
          {hosts.filter((h) => h !== host).length > 0 && (
            <details class="lr-site-list">
              <summary>Other sites in reader mode ({hosts.filter((h) => h !== host).length})</summary>
              <ul>
                {hosts
                  .filter((h) => h !== host)
                  .map((h) => (
                    <li>
                      <span>{h}</span>
                      <button type="button" class="lr-link-button" aria-label={`Stop opening ${h} in reader mode`} onClick={() => onAlwaysReader(h, false)}>
                        Remove
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
          Reset
        </button>
        <button type="button" class="lr-button" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

function Range({ label, value, range, display, onInput }: { label: string; value: number; range: { min: number; max: number; step: number }; display: string; onInput(v: number): void }) {
  const id = `lr-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div class="lr-field lr-range">
      <label for={id}>{label}</label>
      <output for={id}>{display}</output>
      <input id={id} type="range" min={range.min} max={range.max} step={range.step} value={value} aria-valuetext={display} onInput={(e) => onInput(Number((e.currentTarget as HTMLInputElement).value))} />
    </div>
  );
}

/**
 * The highlight UI, shared by the reader (overlay and reader page) and the page itself: the
 * floating toolbar over a selection (Highlight, four colours, Note), the small dialog for one
 * highlight (colour, note, remove), and the list of a story's highlights (with the ones the page
 * no longer has, "not found on the page"). Pure components: data and callbacks in, no storage.
 * Highlight text and notes are page-derived or typed by the person: shown as text only.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import { readableQuote } from '../../lib/highlights/anchor';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../lib/library/types';
import './highlights.css';

export const COLOR_NAMES: Record<HighlightColor, MessageKey> = { yellow: 'colorYellow', green: 'colorGreen', blue: 'colorBlue', pink: 'colorPink' };

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where a floating box goes: above the target when there is room, else below; inside the viewport. */
function place(target: Box, width: number, height: number, view: { width: number; height: number }): { top: number; left: number } {
  const above = target.top - height - 10;
  const top = above >= 8 ? above : Math.min(target.bottom + 10, view.height - height - 8);
  const center = (target.left + target.right) / 2 - width / 2;
  return { top: Math.max(8, Math.min(top, view.height - height - 8)), left: Math.max(8, Math.min(center, view.width - width - 8)) };
}

function viewport(el: Element | null): { width: number; height: number } {
  const win = el?.ownerDocument.defaultView ?? window;
  return { width: win.innerWidth, height: win.innerHeight };
}

/** Keeps a floating element next to its target box (measured after render). */
function useFloating(target: Box) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setPos(place(target, el.offsetWidth, el.offsetHeight, viewport(el)));
  }, [target.top, target.bottom, target.left, target.right]);
  return { ref, style: pos ? { top: `${pos.top}px`, left: `${pos.left}px` } : { top: '-9999px', left: '-9999px' } };
}

function Swatch({ color, pressed, label, onPick }: { color: HighlightColor; pressed: boolean; label: string; onPick: () => void }) {
  return (
    <button type="button" class="lh-swatch" data-color={color} aria-pressed={pressed} aria-label={label} title={label} onClick={onPick}>
      <span aria-hidden="true" />
    </button>
  );
}

const MarkerIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
    <path d="M14.5 4.5l5 5L10 19H5v-5z" />
    <path d="M4 21h16" />
  </svg>
);

const NoteIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
    <path d="M5 4h14v11l-5 5H5z" />
    <path d="M14 20v-5h5" />
    <path d="M8 9h8M8 12.5h5" />
  </svg>
);

/** The toolbar over a selection. Pressing keeps the selection (no focus steal on mousedown). */
export function SelectionToolbar({ at, color, busy, onHighlight, onNote }: { at: Box; color: HighlightColor; busy?: boolean; onHighlight: (color: HighlightColor) => void; onNote: () => void }) {
  const { ref, style } = useFloating(at);
  return (
    <div ref={ref} class="lh-ui lh-toolbar" role="toolbar" aria-label={t('highlightTools')} style={style} onMouseDown={(e) => e.preventDefault()} data-busy={busy ? '' : undefined}>
      <button type="button" class="lh-main" data-color={color} aria-label={t('highlight')} onClick={() => onHighlight(color)} disabled={busy}>
        <MarkerIcon />
        <span>{t('highlight')}</span>
      </button>
      <span class="lh-swatches" role="group" aria-label={t('highlightColor')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <Swatch key={c} color={c} pressed={c === color} label={t('highlightIn', t(COLOR_NAMES[c]))} onPick={() => onHighlight(c)} />
        ))}
      </span>
      <button type="button" class="lh-note-button" aria-label={t('addNote')} onClick={onNote} disabled={busy}>
        <NoteIcon />
        <span>{t('addNote')}</span>
      </button>
    </div>
  );
}

/** The dialog for one highlight: its colour, its note, remove. Escape or Done closes it. */
export function HighlightEditor({
  highlight,
  at,
  focusNote,
  onColor,
  onNote,
  onRemove,
  onClose,
}: {
  highlight: Highlight;
  at: Box;
  focusNote?: boolean;
  onColor: (c: HighlightColor) => void;
  onNote: (note: string) => Promise<boolean> | void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { ref, style } = useFloating(at);
  const [note, setNote] = useState(highlight.note);
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const dirty = note !== highlight.note;
  useEffect(() => {
    if (focusNote) area.current?.focus({ preventScroll: true });
    else ref.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus({ preventScroll: true });
  }, [highlight.id]);
  // A change saved elsewhere shows here, unless this form has unsaved edits.
  useEffect(() => {
    if (!dirty) setNote(highlight.note);
  }, [highlight.note]);

  const save = async () => {
    if (!dirty) return;
    const done = await onNote(note);
    if (done !== false) setStatus(t('noteSaved'));
  };

  return (
    <div
      ref={ref}
      class="lh-ui lh-editor"
      role="dialog"
      aria-label={t('editHighlight')}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.target as HTMLElement).tagName === 'TEXTAREA') {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div class="lh-editor-head">
        <span class="lh-swatches" role="group" aria-label={t('highlightColor')}>
          {HIGHLIGHT_COLORS.map((c) => (
            <Swatch key={c} color={c} pressed={c === highlight.color} label={t(COLOR_NAMES[c])} onPick={() => onColor(c)} />
          ))}
        </span>
        <button type="button" class="lh-close" aria-label={t('done')} title={t('done')} onClick={onClose}>
          ×
        </button>
      </div>
      <label class="lh-field">
        <span class="lh-label">{t('note')}</span>
        <textarea ref={area} rows={3} value={note} maxLength={10_000} placeholder={t('highlightNotePlaceholder')} onInput={(e) => (setNote(e.currentTarget.value), setStatus(''))} />
      </label>
      <div class="lh-editor-foot">
        <button type="button" class="lh-quiet lh-danger" onClick={onRemove}>
          {t('removeHighlight')}
        </button>
        <span class="lh-status" role="status">
          {status}
        </span>
        {/* aria-disabled, not disabled: a button that disables itself would drop the focus out of the dialog. */}
        <button type="button" class="lh-button" onClick={save} aria-disabled={!dirty}>
          {t('saveNote')}
        </button>
      </div>
    </div>
  );
}

export { highlightCount } from '../library/highlightCount';

/** One highlight as a list item: its colour, its text, its note. */
export function HighlightItem({ highlight, children }: { highlight: Highlight; children?: preact.ComponentChildren }) {
  return (
    <li class="lh-item" data-color={highlight.color}>
      <span class="lh-chip" aria-hidden="true" />
      <div class="lh-item-body">
        <blockquote class="lh-quote" dir="auto">
          {readableQuote(highlight.quote.exact)}
        </blockquote>
        {highlight.note && (
          <p class="lh-item-note" dir="auto">
            {highlight.note}
          </p>
        )}
        {children}
      </div>
    </li>
  );
}

/** The list of a story's highlights in reading order, with those the page no longer has apart. */
export function HighlightList({ highlights, missing, onShow, onEdit }: { highlights: Highlight[]; missing: ReadonlySet<string>; onShow?: (h: Highlight) => void; onEdit?: (h: Highlight) => void }) {
  const shown = highlights.filter((h) => !missing.has(h.id));
  const lost = highlights.filter((h) => missing.has(h.id));
  if (!highlights.length) return <p class="lh-empty">{t('highlightsEmpty')}</p>;
  return (
    <>
      {shown.length > 0 && (
        <ol class="lh-list">
          {shown.map((h) => (
            <HighlightItem key={h.id} highlight={h}>
              {(onShow || onEdit) && (
                <p class="lh-item-actions">
                  {onShow && (
                    <button type="button" class="lh-link" onClick={() => onShow(h)}>
                      {t('showHighlight')}
                    </button>
                  )}
                  {onEdit && (
                    <button type="button" class="lh-link" onClick={() => onEdit(h)}>
                      {t('editHighlightAction')}
                    </button>
                  )}
                </p>
              )}
            </HighlightItem>
          ))}
        </ol>
      )}
      {lost.length > 0 && (
        <section class="lh-missing" aria-labelledby="lh-missing-title">
          <h3 id="lh-missing-title" class="lh-missing-title">
            {t('notFoundOnPage')}
          </h3>
          <p class="lh-missing-text">{t('notFoundExplain')}</p>
          <ol class="lh-list">
            {lost.map((h) => (
              <HighlightItem key={h.id} highlight={h}>
                {onEdit && (
                  <p class="lh-item-actions">
                    <button type="button" class="lh-link" onClick={() => onEdit(h)}>
                      {t('editHighlightAction')}
                    </button>
                  </p>
                )}
              </HighlightItem>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/**
 * Lede's highlight UI on a page (inside its own closed shadow root, like the reader overlay): the
 * toolbar over a selection, the dialog for one highlight, a notice listing highlights the page no
 * longer has, and a status line. State comes from the page highlighter (lib/page/highlights.ts).
 */
import { useState } from 'preact/hooks';
import { HighlightEditor, HighlightList, SelectionToolbar, type Box } from '../../../components/reader/Highlights';
import { plural, t } from '../../i18n';
import type { Highlight, HighlightChange, HighlightColor } from '../../library/types';

export interface PageUiState {
  toolbar: Box | null;
  color: HighlightColor;
  busy: boolean;
  editing: { highlight: Highlight; at: Box; focusNote: boolean } | null;
  /** Highlights of this story the page no longer has (shown once, dismissable). */
  missing: Highlight[];
  status: string;
}

export interface PageUiActions {
  highlight(color: HighlightColor, withNote: boolean): void;
  change(id: string, change: HighlightChange): Promise<boolean>;
  closeEditor(): void;
  dismissMissing(): void;
}

export function PageUi({ state, actions }: { state: PageUiState; actions: PageUiActions }) {
  const [open, setOpen] = useState(false);
  const { editing, missing } = state;
  return (
    <div class="lh-page">
      {state.toolbar && !editing && <SelectionToolbar at={state.toolbar} color={state.color} busy={state.busy} onHighlight={(c) => actions.highlight(c, false)} onNote={() => actions.highlight(state.color, true)} />}
      {editing && (
        <HighlightEditor
          highlight={editing.highlight}
          at={editing.at}
          focusNote={editing.focusNote}
          onColor={(c) => void actions.change(editing.highlight.id, { color: c })}
          onNote={(note) => actions.change(editing.highlight.id, { note })}
          onRemove={() => void actions.change(editing.highlight.id, { remove: true })}
          onClose={actions.closeEditor}
        />
      )}
      {missing.length > 0 && (
        <section class="lh-ui lh-notice" role="region" aria-label={t('notFoundOnPage')}>
          <div class="lh-notice-head">
            <p>{missing.length === 1 ? t('notFoundOne') : t(plural(missing.length, 'notFoundOne', 'notFoundOther'), missing.length)}</p>
            <button type="button" class="lh-link" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t('highlightsTitle')}
            </button>
            <button type="button" class="lh-link" aria-label={t('dismiss')} title={t('dismiss')} onClick={actions.dismissMissing}>
              ×
            </button>
          </div>
          {open && <HighlightList highlights={missing} missing={new Set(missing.map((h) => h.id))} />}
        </section>
      )}
      <p class="lh-toast" role="status" aria-live="polite">
        {state.status}
      </p>
    </div>
  );
}

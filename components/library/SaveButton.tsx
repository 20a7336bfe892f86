/**
 * The popup's "Save" button: one click saves the digest to the library (through the background,
 * which owns the analysis cache); then it reads "Saved" and offers "Open library".
 * A page already in the library opens as "Saved"; clicking again re-saves (updates) it.
 * A saved story with highlights shows how many ("3 highlights"), linking to its library entry.
 * It follows the library live: a highlight made in the reader meanwhile turns "Save" into "Saved".
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { Analysis } from '../../core/types';
import { t } from '../../lib/i18n';
import { sendToBackground, type LedeError } from '../../lib/messages';
import { libraryDb } from '../../lib/library/db';
import { canonicalKey } from '../../lib/library/url';
import { highlightCount } from './highlightCount';
import './SaveButton.css';

type State = { status: 'idle' | 'saving' } | { status: 'saved'; id: string } | { status: 'error'; error: LedeError };

export function libraryUrl(id?: string): string {
  return browser.runtime.getURL('/library.html') + (id ? `#entry=${encodeURIComponent(id)}` : '');
}

const BookmarkIcon = ({ filled }: { filled: boolean }) => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" aria-hidden="true" focusable="false">
    <path d="M6 3.5h12v17l-6-4.2-6 4.2z" />
  </svg>
);

export function SaveButton({ tabId, analysis }: { tabId: number; analysis: Analysis }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const [announce, setAnnounce] = useState('');
  const [highlights, setHighlights] = useState(0);
  const id = canonicalKey(analysis.url, analysis.article.canonicalUrl);

  // Already in the library? Say so from the start, and follow it (highlights saved elsewhere).
  useEffect(() => {
    setState({ status: 'idle' });
    setHighlights(0);
    if (!id) return;
    const sub = liveQuery(() => libraryDb().entries.get(id)).subscribe({
      next: (row) => {
        setHighlights(row?.highlights ?? 0);
        if (row) setState((s) => (s.status === 'saving' ? s : { status: 'saved', id: row.id }));
      },
      error: () => {},
    });
    return () => sub.unsubscribe();
  }, [id]);

  if (!id) return null;

  const save = async () => {
    setState({ status: 'saving' });
    try {
      const r = await sendToBackground(browser.runtime, { type: 'ui:save', tabId });
      if (r.ok) {
        setState({ status: 'saved', id: r.value.id });
        setAnnounce(r.value.updated ? t('updatedInLibrary') : t('savedInLibrary'));
      } else {
        setState({ status: 'error', error: r.error });
      }
    } catch (e) {
      setState({ status: 'error', error: { code: 'failed', message: t('couldNotSave', e instanceof Error ? e.message : String(e)) } });
    }
  };

  const open = () => void browser.tabs.create({ url: libraryUrl(state.status === 'saved' ? state.id : undefined) });
  const saved = state.status === 'saved';

  return (
    <span class="save-group">
      <button
        type="button"
        class={`save-button${saved ? ' is-saved' : ''}`}
        onClick={save}
        disabled={state.status === 'saving'}
        title={saved ? t('saveTitleSaved') : t('saveTitle')}
      >
        <BookmarkIcon filled={saved} />
        <span>{state.status === 'saving' ? t('saving') : saved ? t('savedShort') : t('save')}</span>
      </button>
      {saved && highlights > 0 && (
        <a
          class="save-open save-highlights"
          href={libraryUrl(state.id)}
          title={t('openEntryHighlights')}
          onClick={(e) => {
            e.preventDefault();
            open();
          }}
        >
          {highlightCount(highlights)}
        </a>
      )}
      {/* With highlights, the count is the way to the entry (the popup has no room for both). */}
      {saved && !highlights && (
        <button type="button" class="save-open" onClick={open}>
          {t('openLibrary')}
        </button>
      )}
      {state.status === 'error' && (
        <span class="save-error" role="alert">
          {state.error.message}
        </span>
      )}
      <span class="visually-hidden" role="status">
        {announce}
      </span>
    </span>
  );
}

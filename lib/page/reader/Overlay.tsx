/**
 * The reader overlay's root: a modal <dialog> (top layer, aria-modal, focus kept inside, the page
 * beneath inert) holding the ReaderView, or the "not an article" question first. Settings come
 * from storage, apply instantly and persist; changes made in another tab arrive live.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../../core/types';
import { ReaderView, type ReaderActions, type ReaderHandle } from '../../../components/reader/ReaderView';
import { setAlwaysReader, updateReaderSettings, watchAlwaysReaderHosts, watchReaderSettings, normalizeSettings, type ReaderSettings } from '../../settings';
import { adoptPageSheet } from './pageSheet';

export interface OverlayProps {
  analysis: Analysis;
  settings: ReaderSettings;
  hosts: string[];
  /** Ask before showing a page that doesn't look like an article. */
  ask: boolean;
  locale?: string;
  actions: Omit<ReaderActions, 'onSettings' | 'onAlwaysReader'>;
  onClose(): void;
  handleRef: { current: ReaderHandle | null };
  onReady?(): void;
}

export function Overlay({ analysis, settings: initial, hosts: initialHosts, ask: initialAsk, locale, actions, onClose, handleRef, onReady }: OverlayProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState(initial);
  const [hosts, setHosts] = useState(initialHosts);
  const [asking, setAsking] = useState(initialAsk);

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    try {
      d.showModal();
    } catch {
      d.show();
    }
    const focusTarget = d.querySelector<HTMLElement>(asking ? '[data-autofocus]' : '.lede-reader');
    focusTarget?.focus({ preventScroll: true });
    const release = adoptPageSheet(d.ownerDocument);
    return release;
  }, []);

  useEffect(() => {
    const stopSettings = watchReaderSettings(setSettings);
    const stopHosts = watchAlwaysReaderHosts(setHosts);
    return () => (stopSettings(), stopHosts());
  }, []);

  // Escape on a modal dialog is a "cancel": close the reader our way (restoring scroll and focus).
  const onCancel = (e: Event) => {
    e.preventDefault();
    onClose();
  };

  const readerActions: ReaderActions = {
    ...actions,
    onClose,
    onSettings(change) {
      setSettings((s) => normalizeSettings({ ...s, ...change }));
      void updateReaderSettings(change).catch(() => {});
    },
    onAlwaysReader(host, on) {
      setHosts((h) => (on ? [...new Set([...h, host])].sort() : h.filter((x) => x !== host)));
      void setAlwaysReader(host, on).catch(() => {});
    },
  };

  return (
    <dialog ref={dialog} class={`lr-dialog${asking ? ' lr-asking' : ''}`} aria-modal="true" aria-labelledby={asking ? 'lr-ask-title' : 'lr-title'} onCancel={onCancel}>
      {asking ? (
        <div class="lede-reader lr-ask" data-theme={settings.theme} data-font={settings.font} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), onClose())}>
          <div class="lr-ask-card" role="alertdialog" aria-labelledby="lr-ask-title" aria-describedby="lr-ask-text">
            <h2 id="lr-ask-title">This page doesn’t look like an article</h2>
            <p id="lr-ask-text">Reader mode shows the main story of a page. Here it may miss parts of the page or pick the wrong text.</p>
            <div class="lr-ask-actions">
              <button type="button" class="lr-button-quiet" onClick={onClose}>
                Cancel
              </button>
              <button
                type="button"
                class="lr-button"
                data-autofocus
                onClick={() => {
                  setAsking(false);
                  requestAnimationFrame(() => dialog.current?.querySelector<HTMLElement>('.lede-reader')?.focus({ preventScroll: true }));
                }}
              >
                Show in reader
              </button>
            </div>
          </div>
        </div>
      ) : (
        <ReaderView analysis={analysis} settings={settings} hosts={hosts} mode="overlay" locale={locale} actions={readerActions} handleRef={handleRef} onReady={onReady} />
      )}
    </dialog>
  );
}

/**
 * The reader overlay's root: a fixed, full-viewport dialog (role dialog, aria-modal, focus kept
 * inside) holding the ReaderView, or the "not an article" question first. Not a native modal
 * <dialog>: `showModal()` makes the whole page inert, and restyling every element of a large page
 * cost seconds. Settings come from storage, apply instantly and persist; changes made in another
 * tab arrive live.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../../core/types';
import { ReaderView, type ReaderActions, type ReaderHandle } from '../../../components/reader/ReaderView';
import { setAlwaysReader, updateReaderSettings, watchAlwaysReaderHosts, watchReaderSettings, normalizeSettings, type ReaderSettings } from '../../settings';
import { t } from '../../i18n';
import { hidePageScrollbar, printOnlyReader } from './pageSheet';
import type { HighlightClient } from '../../highlights/client';

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
  highlights?: HighlightClient;
}

export function Overlay({ analysis, settings: initial, hosts: initialHosts, ask: initialAsk, locale, actions, onClose, handleRef, onReady, highlights }: OverlayProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [settings, setSettings] = useState(initial);
  const [hosts, setHosts] = useState(initialHosts);
  const [asking, setAsking] = useState(initialAsk);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const doc = d.ownerDocument;
    const host = (d.getRootNode() as ShadowRoot).host ?? d;
    d.querySelector<HTMLElement>(asking ? '[data-autofocus]' : '.lede-reader')?.focus({ preventScroll: true });
    // Focus stays inside while the reader is open: focus that lands in the page comes back.
    let last: HTMLElement | null = null;
    const onFocusIn = (e: FocusEvent) => {
      if (e.composedPath().includes(host)) {
        last = (e.composedPath()[0] as HTMLElement) ?? null;
        return;
      }
      (last && d.contains(last) ? last : d.querySelector<HTMLElement>('.lede-reader, [data-autofocus]'))?.focus({ preventScroll: true });
    };
    doc.addEventListener('focusin', onFocusIn, true);
    // A person's Escape closes the reader even when the focus has fallen out of it (onto the page's
    // body, when the focused control went away). Keys typed inside the reader never get here.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !e.isTrusted || e.defaultPrevented || e.composedPath().includes(host)) return;
      e.preventDefault();
      e.stopPropagation();
      closeRef.current();
    };
    doc.addEventListener('keydown', onKey, true);
    const releasePrint = printOnlyReader(doc);
    let releaseScrollbar = () => {};
    const frame = requestAnimationFrame(() => setTimeout(() => (releaseScrollbar = hidePageScrollbar(doc)), 0));
    return () => {
      cancelAnimationFrame(frame);
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('keydown', onKey, true);
      releasePrint();
      releaseScrollbar();
    };
  }, []);

  // "Show in reader": the question is gone (its focused button with it), so the reader takes the
  // focus in the same commit, before any key the person presses next. (Focusing a frame later let
  // an Escape pressed in between land on the page, where it did nothing: the overlay stayed open.)
  const asked = useRef(initialAsk);
  useLayoutEffect(() => {
    if (asking || !asked.current) return;
    asked.current = false;
    dialog.current?.querySelector<HTMLElement>('.lede-reader')?.focus({ preventScroll: true });
  }, [asking]);

  useEffect(() => {
    const stopSettings = watchReaderSettings(setSettings);
    const stopHosts = watchAlwaysReaderHosts(setHosts);
    return () => (stopSettings(), stopHosts());
  }, []);

  // Tab and Shift+Tab cycle inside the dialog.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')).filter(
      (el) => el.offsetParent !== null || el.getClientRects().length > 0,
    );
    if (!focusable.length) return;
    const root = dialog.current.getRootNode() as ShadowRoot;
    const active = root.activeElement;
    const first = focusable[0];
    const lastEl = focusable[focusable.length - 1];
    if (e.shiftKey && (active === first || !active || !focusable.includes(active as HTMLElement))) {
      e.preventDefault();
      lastEl.focus();
    } else if (!e.shiftKey && active === lastEl) {
      e.preventDefault();
      first.focus();
    }
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
    <div ref={dialog} class={`lr-dialog${asking ? ' lr-asking' : ''}`} role="dialog" aria-modal="true" aria-labelledby={asking ? 'lr-ask-title' : 'lr-title'} onKeyDown={onKeyDown}>
      {asking ? (
        <div class="lede-reader lr-ask" data-theme={settings.theme} data-font={settings.font} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), onClose())}>
          <div class="lr-ask-card" role="alertdialog" aria-labelledby="lr-ask-title" aria-describedby="lr-ask-text">
            <h2 id="lr-ask-title">{t('readerAskTitle')}</h2>
            <p id="lr-ask-text">{t('readerAskText')}</p>
            <div class="lr-ask-actions">
              <button type="button" class="lr-button-quiet" onClick={onClose}>
                {t('cancel')}
              </button>
              <button
                type="button"
                class="lr-button"
                data-autofocus
                onClick={() => setAsking(false)}
              >
                {t('showInReader')}
              </button>
            </div>
          </div>
        </div>
      ) : (
        <ReaderView analysis={analysis} settings={settings} hosts={hosts} mode="overlay" locale={locale} actions={readerActions} handleRef={handleRef} onReady={onReady} highlights={highlights} />
      )}
    </div>
  );
}

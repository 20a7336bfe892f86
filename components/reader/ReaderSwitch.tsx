/**
 * The popup's "Reader mode" switch: shows whether the reader is on in the tab and toggles it.
 * On a page that doesn't look like an article it asks first, right here in the popup.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { sendToBackground, type ReaderState, type Result } from '../../lib/messages';
import './ReaderSwitch.css';

type Send = (message: { type: 'ui:reader'; tabId: number; on?: boolean; confirmed?: boolean } | { type: 'ui:readerState'; tabId: number }) => Promise<Result<ReaderState> | undefined>;

const defaultSend: Send = (message) => sendToBackground(browser.runtime, message as never) as Promise<Result<ReaderState> | undefined>;

export function ReaderSwitch({ tabId, send = defaultSend }: { tabId: number; send?: Send }) {
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const switchButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    void send({ type: 'ui:readerState', tabId })
      .then((res) => live && res?.ok && setOn(res.value.on))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [tabId]);

  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  const request = async (want: boolean, confirmed = false) => {
    setBusy(true);
    setError(null);
    try {
      const res = await send({ type: 'ui:reader', tabId, on: want, confirmed });
      if (!res) throw new Error('no answer');
      if (res.ok) {
        setOn(res.value.on);
        setAsking(false);
      } else if (res.error.code === 'not-article') {
        setAsking(true);
      } else {
        setError(res.error.message);
      }
    } catch {
      setError(t('readerUnreachable'));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setAsking(false);
    switchButton.current?.focus();
  };

  return (
    <span class="reader-switch-wrap">
      <button
        ref={switchButton}
        type="button"
        role="switch"
        class="reader-switch"
        aria-checked={on}
        aria-label={t('readerMode')}
        title={on ? t('readerTurnOff') : t('readerTurnOn')}
        aria-busy={busy}
        disabled={busy}
        onClick={() => request(!on)}
      >
        <span class="reader-switch-label" aria-hidden="true">
          {t('readerSwitchLabel')}
        </span>
        <span class="reader-switch-track" aria-hidden="true">
          <span class="reader-switch-thumb" />
        </span>
      </button>
      {asking && (
        <div class="reader-confirm" role="alertdialog" aria-labelledby="reader-confirm-title" aria-describedby="reader-confirm-text" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), e.preventDefault(), cancel())}>
          <p id="reader-confirm-title" class="reader-confirm-title">
            {t('readerConfirmTitle')}
          </p>
          <p id="reader-confirm-text" class="reader-confirm-text">
            {t('readerConfirmText')}
          </p>
          <div class="reader-confirm-actions">
            <button type="button" class="button button-quiet" onClick={cancel}>
              {t('cancel')}
            </button>
            <button type="button" ref={confirmButton} class="button" onClick={() => request(true, true)}>
              {t('openReader')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <span class="reader-switch-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

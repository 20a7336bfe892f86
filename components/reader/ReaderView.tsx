/**
 * Lede's reader: the story alone, in calm typography, with a small toolbar (text settings, read
 * aloud, print, open in a new tab, save, close). Rendered by the in-page overlay (in a shadow
 * root) and by the standalone `reader.html` page; it takes data and callbacks, nothing else.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../core/types';
import { formatPublished, formatReadingTime, hostOf, safeHref } from '../../lib/format';
import { t, tParts } from '../../lib/i18n';
import { siteKey, type ReaderSettings } from '../../lib/settings';
import { ArticleBody, sameImage } from './ArticleBody';
import { revealRange, setHighlight } from './highlight';
import { CloseIcon, HighlightsIcon, ListenIcon, NewTabIcon, PrintIcon, SavedIcon, SaveIcon, TypeIcon } from './icons';
import { ListenBar } from './ListenBar';
import { HighlightEditor, HighlightList, SelectionToolbar } from './Highlights';
import { useHighlighter } from './useHighlighter';
import type { HighlightClient } from '../../lib/highlights/client';
import type { Result } from '../../lib/messages';
import { locateAll } from './locate';
import { SettingsPanel } from './SettingsPanel';
import { useReadAloud } from './useReadAloud';

export type ReaderMode = 'overlay' | 'page';

export interface ReaderActions {
  onSettings(change: Partial<ReaderSettings>): void;
  onAlwaysReader?(host: string, on: boolean): void;
  onClose?(): void;
  onPrint?(): void;
  onOpenTab?(): void;
  onSave?(): Promise<{ ok: boolean; message: string }>;
}

export interface ReaderViewProps {
  analysis: Analysis;
  settings: ReaderSettings;
  /** Sites that always open in reader mode. */
  hosts: string[];
  mode: ReaderMode;
  actions: ReaderActions;
  locale?: string;
  synth?: SpeechSynthesis | null;
  /** Called once the story is in the DOM (first paint follows). */
  onReady?(): void;
  /** Where highlights are kept; without it the reader offers none. */
  highlights?: HighlightClient;
}

/** Handle the overlay uses to scroll to a summary sentence and to highlight the selection (menu, shortcut). */
export interface ReaderHandle {
  scrollToSentence(index: number, text: string): boolean;
  highlightSelection(): Promise<Result<{ highlighted: boolean }>>;
}

const READING = 'lede-reading';
const TARGET = 'lede-target';

export function ReaderView({ analysis, settings, hosts, mode, actions, locale = 'en-US', synth, onReady, handleRef, highlights }: ReaderViewProps & { handleRef?: { current: ReaderHandle | null } }) {
  const { article } = analysis;
  const scroller = useRef<HTMLDivElement>(null);
  const articleEl = useRef<HTMLElement>(null);
  const [panel, setPanel] = useState<'type' | 'highlights' | null>(null);
  const [bodyVersion, setBodyVersion] = useState(0);
  const highlightsButton = useRef<HTMLButtonElement>(null);
  const [listening, setListening] = useState(false);
  const [toast, setToast] = useState('');
  const [saved, setSaved] = useState(false);
  const [leadBroken, setLeadBroken] = useState(false);
  const typeButton = useRef<HTMLButtonElement>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const site = article.siteName || hostOf(analysis.url);
  const host = siteKey(analysis.url);
  const published = formatPublished(article.publishedTime, locale);
  const authors = (article.authors.length ? article.authors.join(', ') : article.byline)?.replace(/^by\s+/i, '') ?? null;
  const lead = article.leadImage && safeHref(article.leadImage.src) ? article.leadImage : undefined;
  const leadInBody = useMemo(() => !!lead && /<img\b/i.test(article.html) && imageInHtml(article.html, lead.src), [article.html, lead?.src]);
  const showLead = lead && !leadInBody && !leadBroken;

  // Sentence ranges are computed lazily, once per rendered body.
  const ranges = useRef<Array<Range | null> | null>(null);
  const rangeOf = (i: number): Range | null => {
    if (!articleEl.current) return null;
    ranges.current ??= locateAll(articleEl.current, analysis.sentences);
    return ranges.current[i] ?? null;
  };

  const hl = useHighlighter({
    client: highlights,
    body: () => articleEl.current?.querySelector<HTMLElement>('.lr-body') ?? null,
    scroller: () => scroller.current,
    bodyVersion,
    announce: (text) => announce(text),
    onSaved: () => setSaved(true),
    // Marks split text nodes: the sentence ranges are found again when next needed.
    onMarks: () => (ranges.current = null),
  });

  const speech = useReadAloud({ sentences: analysis.sentences, lang: article.lang, rate: settings.speechRate, voiceURI: settings.voice, synth });

  useEffect(() => {
    const range = speech.index >= 0 ? rangeOf(speech.index) : null;
    setHighlight(READING, range);
    if (range && scroller.current) revealRange(range, scroller.current, { smooth: true });
  }, [speech.index]);

  useEffect(() => () => (setHighlight(READING, null), setHighlight(TARGET, null)), []);

  useLayoutEffect(() => {
    if (!handleRef) return;
    handleRef.current = {
      scrollToSentence(index, text) {
        let range = rangeOf(index);
        if (!range || (text && !range.toString().trim())) range = null;
        if (!range && text && articleEl.current) range = locateAll(articleEl.current, [text])[0];
        if (!range || !scroller.current) return false;
        revealRange(range, scroller.current, { force: true, smooth: true });
        setHighlight(TARGET, range);
        setTimeout(() => setHighlight(TARGET, null), 2400);
        return true;
      },
      highlightSelection: () => hl.highlightSelection(),
    };
    return () => {
      handleRef.current = null;
    };
  });

  const announce = (text: string) => {
    setToast(text);
    clearTimeout(toastTimer.current);
    toastTimer.current = setTimeout(() => setToast(''), 3500);
  };

  const save = async () => {
    if (!actions.onSave) return;
    try {
      const res = await actions.onSave();
      if (res.ok) setSaved(true);
      announce(res.message);
    } catch (e) {
      announce(t('couldntSave', e instanceof Error ? e.message : String(e)));
    }
  };

  const closePanel = () => {
    const was = panel;
    setPanel(null);
    (was === 'highlights' ? highlightsButton : typeButton).current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.isComposing) return;
    e.preventDefault();
    e.stopPropagation();
    if (hl.dismiss()) return;
    if (panel) closePanel();
    else if (listening) {
      speech.stop();
      setListening(false);
    } else actions.onClose?.();
  };

  const style = {
    '--lr-size': `${settings.fontSize}px`,
    '--lr-lh': String(settings.lineHeight),
    '--lr-measure': `${settings.width}ch`,
  } as Record<string, string>;

  return (
    <div class={`lede-reader lr-mode-${mode}`} data-theme={settings.theme} data-font={settings.font} style={style} onKeyDown={onKeyDown} ref={scroller} tabIndex={-1}>
      <div class="lr-bar" role="group" aria-label={t('readerTools')}>
        <div class="lr-brand">
          <span class="lr-wordmark" aria-hidden="true">
            Lede<span class="lr-dot">.</span>
          </span>
          {site && <span class="lr-site">{site}</span>}
        </div>
        <div class="lr-tools">
          <button
            type="button"
            class="lr-tool"
            ref={typeButton}
            aria-label={t('textAndTheme')}
            title={t('textAndTheme')}
            aria-expanded={panel === 'type'}
            aria-controls="lr-settings"
            onClick={() => setPanel(panel === 'type' ? null : 'type')}
          >
            <TypeIcon />
          </button>
          {hl.enabled && (
            <button
              type="button"
              class="lr-tool"
              ref={highlightsButton}
              aria-label={t('highlightsTitle')}
              title={t('highlightsTitle')}
              aria-expanded={panel === 'highlights'}
              aria-controls="lr-highlights"
              onClick={() => setPanel(panel === 'highlights' ? null : 'highlights')}
            >
              <HighlightsIcon />
              {hl.items.length > 0 && (
                <span class="lr-hl-count" aria-hidden="true">
                  {hl.items.length}
                </span>
              )}
            </button>
          )}
          {speech.supported && analysis.sentences.length > 0 && (
            <button
              type="button"
              class="lr-tool"
              aria-label={t('readAloud')}
              title={t('readAloud')}
              aria-pressed={listening}
              onClick={() => {
                if (listening) {
                  speech.stop();
                  setListening(false);
                } else {
                  setListening(true);
                  speech.toggle(firstVisibleSentence());
                }
              }}
            >
              <ListenIcon />
            </button>
          )}
          {actions.onPrint && (
            <button type="button" class="lr-tool" aria-label={t('printArticle')} title={t('printArticle')} onClick={actions.onPrint}>
              <PrintIcon />
            </button>
          )}
          {actions.onOpenTab && (
            <button type="button" class="lr-tool" aria-label={t('openInNewTab')} title={t('openInNewTab')} onClick={actions.onOpenTab}>
              <NewTabIcon />
            </button>
          )}
          {actions.onSave && (
            <button type="button" class="lr-tool" aria-label={saved ? t('savedToLibrary') : t('saveToLibrary')} title={saved ? t('savedToLibrary') : t('saveToLibrary')} onClick={save}>
              {saved ? <SavedIcon /> : <SaveIcon />}
            </button>
          )}
          {actions.onClose && (
            <>
              <span class="lr-sep" aria-hidden="true" />
              <button type="button" class="lr-tool lr-close" aria-label={t('closeReader')} title={t('closeReader')} onClick={actions.onClose}>
                <CloseIcon />
              </button>
            </>
          )}
        </div>
      </div>

      {panel === 'type' && (
        <SettingsPanel
          id="lr-settings"
          settings={settings}
          host={host}
          hosts={hosts}
          onChange={actions.onSettings}
          onAlwaysReader={actions.onAlwaysReader}
          onDone={closePanel}
        />
      )}

      {panel === 'highlights' && (
        <section id="lr-highlights" class="lr-panel lr-highlights lh-ui" aria-labelledby="lr-highlights-title">
          <h2 id="lr-highlights-title">{t('highlightsTitle')}</h2>
          <HighlightList
            highlights={hl.items}
            missing={hl.missing}
            onShow={(h) => hl.show(h.id)}
            onEdit={(h) => {
              const box = highlightsButton.current?.getBoundingClientRect();
              hl.open(h.id, true, hl.missing.has(h.id) && box ? { top: box.bottom + 8, bottom: box.bottom + 8, left: box.left - 160, right: box.right } : undefined);
            }}
          />
        </section>
      )}

      <main class="lr-main">
        <article class="lr-article" ref={articleEl} lang={article.lang ?? undefined} dir={article.dir ?? 'auto'} aria-labelledby="lr-title">
          <header class="lr-head">
            {(site || published) && (
              <p class="lr-kicker">
                {site && <span>{site}</span>}
                {site && published && <span aria-hidden="true"> · </span>}
                {published && <time dateTime={article.publishedTime ?? undefined}>{published}</time>}
              </p>
            )}
            <h1 id="lr-title" class="lr-title" dir="auto">
              {article.title || t('untitled')}
            </h1>
            <p class="lr-byline">
              {authors && <span class="lr-author">{t('byAuthors', authors)}</span>}
              {authors && <span aria-hidden="true"> · </span>}
              <span>{formatReadingTime(article.readingMinutes, locale)}</span>
            </p>
            {showLead && (
              <figure class="lr-lead">
                <img src={lead.src} alt={lead.alt ?? ''} referrerpolicy="no-referrer" decoding="async" onError={() => setLeadBroken(true)} />
                {(lead.caption || lead.credit) && (
                  <figcaption>
                    {lead.caption && <span class="lr-caption">{lead.caption}</span>}
                    {lead.credit && <span class="lr-credit">{lead.credit}</span>}
                  </figcaption>
                )}
              </figure>
            )}
          </header>
          <ArticleBody
            html={article.html}
            title={article.title}
            leadImage={showLead ? lead.src : null}
            lang={article.lang}
            onReady={() => {
              ranges.current = null;
              setBodyVersion((v) => v + 1);
              onReady?.();
            }}
          />
          <footer class="lr-end">
            <span class="lr-fleuron" aria-hidden="true">
              ❧
            </span>
            {safeHref(analysis.url) && (
              <p>
                {tParts(
                  'originalAt',
                  <a href={safeHref(analysis.url)} rel="noopener noreferrer">
                    {hostOf(analysis.url)}
                  </a>,
                )}
              </p>
            )}
          </footer>
        </article>
      </main>

      {listening && (
        <ListenBar
          speech={speech}
          total={analysis.sentences.length}
          rate={settings.speechRate}
          voiceURI={settings.voice}
          lang={article.lang}
          onChange={actions.onSettings}
          onClose={() => {
            speech.stop();
            setListening(false);
          }}
        />
      )}

      {hl.toolbar && !hl.editing && <SelectionToolbar at={hl.toolbar} color={hl.color} busy={hl.busy} onHighlight={(c) => void hl.highlightSelection(c)} onNote={() => void hl.highlightSelection(hl.color, true)} />}
      {hl.editing &&
        (() => {
          const h = hl.items.find((x) => x.id === hl.editing!.id);
          return h ? (
            <HighlightEditor
              highlight={h}
              at={hl.editing.at}
              focusNote={hl.editing.focusNote}
              onColor={(c) => void hl.change(h.id, { color: c })}
              onNote={(note) => hl.change(h.id, { note })}
              onRemove={() => void hl.change(h.id, { remove: true })}
              onClose={hl.close}
            />
          ) : null;
        })()}

      <p class="lr-toast" role="status" aria-live="polite">
        {toast}
      </p>
    </div>
  );

  /** Read aloud starts at the first sentence on screen, so it follows where the person is. */
  function firstVisibleSentence(): number {
    const box = scroller.current?.getBoundingClientRect();
    if (!box || !articleEl.current || (scroller.current?.scrollTop ?? 0) < 40) return 0;
    for (let i = 0; i < analysis.sentences.length; i++) {
      const r = rangeOf(i)?.getBoundingClientRect?.();
      if (r && r.bottom > box.top + 60) return i;
    }
    return 0;
  }
}

function imageInHtml(html: string, src: string): boolean {
  for (const m of html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/gi)) if (sameImage(m[1].replace(/&amp;/g, '&'), src)) return true;
  return false;
}

// The source of public/_locales/<lang>/messages.json: one row per UI string, one column per
// language in LANGS order, then an optional description for translators.
// Run `node scripts/i18n-messages.mjs` after editing (rewrites every messages.json).
// Placeholders are $NAME$; their order of first appearance in the English text fixes $1, $2… for
// every language (a translation may move them).
import { mkdirSync, writeFileSync } from 'node:fs';

export const LANGS = ['en', 'de'];

export const MESSAGES = {
  localeCode: ['en', 'de', 'The language code of this file; used to format dates and numbers to match the strings.'],
  extName: ['Lede', 'Lede', 'The extension name (a brand: do not translate).'],
  extDescription: [
    'Summary, timeline and sources of the news story you are reading, plus a clean reader. Everything stays on your device.',
    'Zusammenfassung, Zeitleiste und Quellen des Nachrichtenartikels, den Sie lesen, dazu ein ruhiger Lesemodus. Alles bleibt auf Ihrem Gerät.',
    'Store and extensions page description.',
  ],
  commandToggleReader: ['Toggle Lede reader mode', 'Lede-Lesemodus ein- oder ausschalten', 'Keyboard shortcut description.'],

  // Popup / side panel
  pageActions: ['Page actions', 'Seitenaktionen'],
  openInSidePanel: ['Open in side panel', 'In Seitenleiste öffnen'],
  openInNewTab: ['Open in new tab', 'In neuem Tab öffnen'],
  readingPage: ['Reading the page…', 'Seite wird gelesen…'],
  copyAsMarkdown: ['Copy as Markdown', 'Markdown kopieren'],
  copyAsText: ['Copy as text', 'Text kopieren'],
  copiedMarkdown: ['Copied as Markdown.', 'Als Markdown kopiert.'],
  copiedText: ['Copied as plain text.', 'Als reiner Text kopiert.'],
  copyRefused: ['Couldn’t copy: the browser refused clipboard access.', 'Kopieren nicht möglich: Der Browser verweigert den Zugriff auf die Zwischenablage.'],
  sentenceNotFound: ['Couldn’t find that sentence on the page any more.', 'Dieser Satz ist auf der Seite nicht mehr zu finden.'],
  summaryTitle: ['Summary', 'Zusammenfassung', 'Section heading.'],
  timelineTitle: ['Timeline', 'Zeitleiste', 'Section heading.'],
  sourcesTitle: ['Sources', 'Quellen', 'Section heading.'],
  untitled: ['Untitled', 'Ohne Titel'],
  byAuthors: ['By $AUTHORS$', 'Von $AUTHORS$', 'Byline; AUTHORS is a list of names.'],
  readingTime: ['$MINUTES$ min read', '$MINUTES$ Min. Lesezeit', 'Reading time; MINUTES is a formatted number.'],
  summaryEmpty: ['Lede found too little text to summarize.', 'Lede hat zu wenig Text für eine Zusammenfassung gefunden.'],
  showSentenceInPage: ['Show this sentence in the page', 'Diesen Satz auf der Seite zeigen'],
  showInPage: ['show in page', 'auf der Seite zeigen', 'Said by screen readers after a summary sentence.'],
  timelineEmpty: ['No dates found in the story.', 'Im Artikel wurden keine Daten gefunden.'],
  showQuote: ['Show quote', 'Zitat zeigen'],
  hideQuote: ['Hide quote', 'Zitat ausblenden'],
  sourcesEmpty: ['The story names no sources.', 'Der Artikel nennt keine Quellen.'],
  sourcesPublication: ['News outlets cited', 'Zitierte Medien'],
  sourcesSocial: ['Social posts', 'Social-Media-Beiträge'],
  sourcesAgency: ['Agencies and photo credits', 'Agenturen und Bildnachweise'],
  sourcesDocument: ['Documents', 'Dokumente'],
  sourcesPerson: ['People quoted', 'Zitierte Personen'],
  sourcesLink: ['Links', 'Links'],
  sourcesPublisher: ['Published by', 'Veröffentlicht von'],
  sourcesAuthor: ['Written by', 'Geschrieben von'],
  sourcesOther: ['Other', 'Sonstiges'],
  viewPostOn: ['View post on $HOST$', 'Beitrag auf $HOST$ ansehen'],
  citedTimes: ['cited $COUNT$×', '$COUNT$× zitiert', 'COUNT is a formatted number.'],
  errorRestrictedTitle: ['Lede can’t read this page', 'Lede kann diese Seite nicht lesen'],
  errorNoTabTitle: ['No page to read', 'Keine Seite zum Lesen'],
  errorTooLargeTitle: ['This page is too large', 'Diese Seite ist zu groß'],
  errorFailedTitle: ['Something went wrong', 'Etwas ist schiefgelaufen'],
  errorQuotaTitle: ['Out of storage space', 'Kein Speicherplatz mehr'],
  notArticleTitle: ['This page doesn’t look like a news article', 'Diese Seite sieht nicht nach einem Nachrichtenartikel aus'],
  notArticleText: [
    'Lede summarizes news stories: a headline, a byline and paragraphs of reporting.',
    'Lede fasst Nachrichtenartikel zusammen: mit Überschrift, Autorenzeile und Absätzen voller Berichterstattung.',
  ],
  notArticleLooks: ['“$TITLE$” looks more like a front page, a shop or an app.', '„$TITLE$“ wirkt eher wie eine Startseite, ein Shop oder eine App.'],
  tryAgain: ['Try again', 'Erneut versuchen'],
  analyzeAnyway: ['Analyze anyway', 'Trotzdem analysieren'],

  // AI summary
  aiSummaryOnDevice: ['AI summary (on-device)', 'KI-Zusammenfassung (auf dem Gerät)'],
  aiSummary: ['AI summary', 'KI-Zusammenfassung'],
  aiBadge: ['AI-generated · on-device', 'KI-generiert · auf dem Gerät'],
  aiHintAvailable: ['Written by your browser’s built-in model. Nothing leaves your device.', 'Geschrieben vom integrierten Modell Ihres Browsers. Nichts verlässt Ihr Gerät.'],
  aiHintDownload: [
    'Your browser first downloads its built-in model (once). Nothing leaves your device.',
    'Ihr Browser lädt zuerst (einmalig) sein integriertes Modell herunter. Nichts verlässt Ihr Gerät.',
  ],
  aiModelDownload: ['Model download', 'Modell-Download'],
  aiDownloading: ['Downloading the on-device model… $PERCENT$', 'Das Modell wird heruntergeladen… $PERCENT$', 'PERCENT is a formatted percentage.'],
  aiWritingLabel: ['Writing the AI summary', 'KI-Zusammenfassung wird geschrieben'],
  aiWriting: ['Writing the AI summary…', 'KI-Zusammenfassung wird geschrieben…'],
  aiTruncated: [
    'Based on the beginning of the article (it is longer than the model accepts).',
    'Beruht auf dem Anfang des Artikels (er ist länger, als das Modell verarbeiten kann).',
  ],
  aiCaveat: [
    'Written by your browser’s model, not quoted from the article: it can be wrong. The summary above quotes the article.',
    'Vom Modell Ihres Browsers geschrieben, nicht aus dem Artikel zitiert – kann also Fehler enthalten. Die Zusammenfassung oben zitiert den Artikel.',
  ],
  aiErrNotAllowed: [
    'The browser didn’t allow the on-device model here (it may be turned off by policy or need a click to start).',
    'Der Browser hat das Modell hier nicht zugelassen (es ist vielleicht per Richtlinie abgeschaltet oder braucht zum Start einen Klick).',
  ],
  aiErrQuota: ['The article is too long for the on-device model.', 'Der Artikel ist zu lang für das Modell auf dem Gerät.'],
  aiErrNotSupported: ['The on-device model doesn’t support this article’s language.', 'Das Modell auf dem Gerät unterstützt die Sprache dieses Artikels nicht.'],
  aiErrAborted: ['The AI summary was stopped.', 'Die KI-Zusammenfassung wurde abgebrochen.'],
  aiErrFailed: ['Couldn’t write the AI summary.', 'Die KI-Zusammenfassung konnte nicht geschrieben werden.'],
  aiErrFailedDetail: ['Couldn’t write the AI summary: $DETAIL$', 'Die KI-Zusammenfassung konnte nicht geschrieben werden: $DETAIL$'],

  // Reader switch (popup) and reader overlay
  readerUnreachable: ['Lede couldn’t reach the page. Reload it and try again.', 'Lede erreicht die Seite nicht. Laden Sie sie neu und versuchen Sie es erneut.'],
  readerMode: ['Reader mode', 'Lesemodus'],
  readerTurnOff: ['Turn reader mode off (Alt+Shift+R)', 'Lesemodus ausschalten (Alt+Umschalt+R)'],
  readerTurnOn: ['Turn reader mode on (Alt+Shift+R)', 'Lesemodus einschalten (Alt+Umschalt+R)'],
  readerSwitchLabel: ['Reader', 'Lesen', 'Short label beside the reader mode switch in the popup.'],
  readerConfirmTitle: ['Not an article?', 'Kein Artikel?'],
  readerConfirmText: [
    'This page doesn’t look like a story, so reader mode may miss parts of it. Open it anyway?',
    'Diese Seite sieht nicht nach einem Artikel aus, daher fehlt im Lesemodus vielleicht etwas. Trotzdem öffnen?',
  ],
  cancel: ['Cancel', 'Abbrechen'],
  openReader: ['Open reader', 'Lesemodus öffnen'],
  readerAskTitle: ['This page doesn’t look like an article', 'Diese Seite sieht nicht nach einem Artikel aus'],
  readerAskText: [
    'Reader mode shows the main story of a page. Here it may miss parts of the page or pick the wrong text.',
    'Der Lesemodus zeigt den Haupttext einer Seite. Hier fehlt vielleicht etwas, oder er wählt den falschen Text.',
  ],
  showInReader: ['Show in reader', 'Im Lesemodus zeigen'],
  couldntSave: ['Couldn’t save: $DETAIL$', 'Speichern nicht möglich: $DETAIL$'],
  readerTools: ['Reader tools', 'Lesewerkzeuge'],
  textAndTheme: ['Text and theme', 'Text und Design'],
  readAloud: ['Read aloud', 'Vorlesen'],
  printArticle: ['Print article', 'Artikel drucken'],
  saveToLibrary: ['Save to library', 'In Bibliothek speichern'],
  savedToLibrary: ['Saved to library', 'In Bibliothek gespeichert'],
  closeReader: ['Close reader (Esc)', 'Lesemodus schließen (Esc)'],
  originalAt: ['Original at $HOST$', 'Original auf $HOST$', 'HOST is a link to the original page.'],
  readerNoTab: [
    'This reader page wasn’t opened for a tab. Open a story, turn on reader mode and choose “Open in new tab”.',
    'Diese Leseseite gehört zu keinem Tab. Öffnen Sie einen Artikel, schalten Sie den Lesemodus ein und wählen Sie „In neuem Tab öffnen“.',
  ],
  readerNoAnswer: ['Lede didn’t answer. Try again.', 'Lede hat nicht geantwortet. Versuchen Sie es erneut.'],
  readerTabFailed: ['Lede couldn’t read that tab. Open the story again and retry.', 'Lede konnte diesen Tab nicht lesen. Öffnen Sie den Artikel erneut und versuchen Sie es noch einmal.'],
  readerPageTitle: ['Lede reader', 'Lede-Lesemodus', 'Window title of the standalone reader page.'],
  readerPageTitleWith: ['$TITLE$ · Lede reader', '$TITLE$ · Lede-Lesemodus'],
  openingStory: ['Opening the story…', 'Artikel wird geöffnet…'],
  updatedInLibrary: ['Updated in your library.', 'In Ihrer Bibliothek aktualisiert.'],
  savedInLibrary: ['Saved to your library.', 'In Ihrer Bibliothek gespeichert.'],
  couldntSaveStory: ['Couldn’t save this story.', 'Dieser Artikel konnte nicht gespeichert werden.'],

  // Read aloud
  pause: ['Pause', 'Pause'],
  resume: ['Resume', 'Fortsetzen'],
  play: ['Play', 'Abspielen'],
  sentenceOf: ['Sentence $INDEX$ of $TOTAL$', 'Satz $INDEX$ von $TOTAL$'],
  readyToRead: ['Ready to read', 'Bereit zum Vorlesen'],
  speed: ['Speed', 'Tempo'],
  voice: ['Voice', 'Stimme'],
  systemVoice: ['System voice', 'Systemstimme'],
  storyLanguage: ['Story language', 'Sprache des Artikels'],
  otherLanguages: ['Other languages', 'Andere Sprachen'],
  voices: ['Voices', 'Stimmen'],
  stopReadingAloud: ['Stop reading aloud', 'Vorlesen beenden'],
  stop: ['Stop', 'Stopp'],
  speechBlocked: ['The browser blocked speech. Click Play again.', 'Der Browser hat die Sprachausgabe blockiert. Klicken Sie erneut auf „Abspielen“.'],
  speechNoVoice: ['No voice for reading aloud is available on this device.', 'Auf diesem Gerät ist keine Stimme zum Vorlesen verfügbar.'],
  speechNoLanguage: ['No voice for this story’s language. Pick another voice.', 'Keine Stimme für die Sprache dieses Artikels. Wählen Sie eine andere Stimme.'],
  speechNetwork: ['The chosen voice needs a connection. Pick an on-device voice.', 'Die gewählte Stimme braucht eine Verbindung. Wählen Sie eine Stimme auf dem Gerät.'],
  speechStopped: ['Reading aloud stopped ($CODE$).', 'Vorlesen abgebrochen ($CODE$).'],
  postOnX: ['Post on X', 'Beitrag auf X'],
  viewPost: ['View post', 'Beitrag ansehen'],
  postBy: ['Post by $AUTHOR$', 'Beitrag von $AUTHOR$'],
  postByDated: ['Post by $AUTHOR$, $DATE$', 'Beitrag von $AUTHOR$, $DATE$'],
  unknownAuthor: ['unknown author', 'unbekannter Autor'],

  // Reader settings
  theme: ['Theme', 'Design'],
  themeLight: ['Light', 'Hell'],
  themeSepia: ['Sepia', 'Sepia'],
  themeDark: ['Dark', 'Dunkel'],
  themeAuto: ['Auto', 'Auto'],
  font: ['Font', 'Schrift'],
  fontSerif: ['Serif', 'Serif'],
  fontSans: ['Sans', 'Sans'],
  fontEasyRead: ['Easy read', 'Lesehilfe', 'Label of the font made for dyslexic readers; keep it short.'],
  textSize: ['Text size', 'Textgröße'],
  lineSpacing: ['Line spacing', 'Zeilenabstand'],
  columnWidth: ['Column width', 'Spaltenbreite'],
  columnWidthValue: ['$N$ ch', '$N$ Zeichen', 'Column width in characters.'],
  alwaysOpen: ['Always open $HOST$ in reader mode', '$HOST$ immer im Lesemodus öffnen', 'HOST is shown in bold.'],
  otherSites: ['Other sites in reader mode ($COUNT$)', 'Weitere Websites im Lesemodus ($COUNT$)'],
  stopOpening: ['Stop opening $HOST$ in reader mode', '$HOST$ nicht mehr im Lesemodus öffnen'],
  remove: ['Remove', 'Entfernen'],
  reset: ['Reset', 'Zurücksetzen'],
  done: ['Done', 'Fertig'],

  // Background: toolbar title, context menus, errors shown in the popup
  badgeArticle: ['Article detected: $TITLE$', 'Artikel erkannt: $TITLE$', 'Toolbar button tooltip.'],
  badgeUntitled: ['untitled', 'ohne Titel'],
  badgeReaderOn: ['— reader mode on', '– Lesemodus an', 'Appended to the toolbar tooltip (after a space).'],
  menuToggleReader: ['Toggle reader mode', 'Lesemodus ein/aus', 'Context menu item.'],
  menuSaveToLibrary: ['Save to Lede library', 'In Lede-Bibliothek speichern', 'Context menu item.'],
  restrictedBrowserPage: [
    'This is a browser page (like the New Tab page or settings), which extensions aren’t allowed to read. Open a news article and try again.',
    'Dies ist eine Browserseite (etwa „Neuer Tab“ oder die Einstellungen), die Erweiterungen nicht lesen dürfen. Öffnen Sie einen Nachrichtenartikel und versuchen Sie es erneut.',
  ],
  restrictedStore: [
    'Browsers don’t let extensions read their add-on store. Open a news article to use Lede.',
    'Browser lassen Erweiterungen ihren Add-on-Store nicht lesen. Öffnen Sie einen Nachrichtenartikel, um Lede zu nutzen.',
  ],
  restrictedSource: ['Lede can’t read source views. Open the article itself to use Lede.', 'Lede kann keine Quelltextansichten lesen. Öffnen Sie den Artikel selbst, um Lede zu nutzen.'],
  restrictedFiles: [
    'Lede can’t read local files yet. To allow it, turn on “Allow access to file URLs” in Lede’s extension settings.',
    'Lede kann lokale Dateien noch nicht lesen. Aktivieren Sie dazu „Zugriff auf Datei-URLs zulassen“ in den Erweiterungseinstellungen von Lede.',
  ],
  restrictedPdf: ['This is a PDF in the browser’s viewer, which extensions can’t read.', 'Dies ist ein PDF im Viewer des Browsers, den Erweiterungen nicht lesen können.'],
  restrictedScheme: ['Lede only reads web pages (http and https).', 'Lede liest nur Webseiten (http und https).'],
  restrictedInjection: [
    'The browser doesn’t let Lede read this page. Open a news article on a regular website to use Lede.',
    'Der Browser lässt Lede diese Seite nicht lesen. Öffnen Sie einen Nachrichtenartikel auf einer normalen Website, um Lede zu nutzen.',
  ],
  restrictedGeneric: ['Lede can’t read this page.', 'Lede kann diese Seite nicht lesen.'],
  errorPageTab: [
    'This tab is showing an error page, not an article. Load the article and try again.',
    'Dieser Tab zeigt eine Fehlerseite, keinen Artikel. Laden Sie den Artikel und versuchen Sie es erneut.',
  ],
  tabGoneRetry: ['The tab was closed or navigated away. Open the article again and retry.', 'Der Tab wurde geschlossen oder hat die Seite gewechselt. Öffnen Sie den Artikel erneut und versuchen Sie es noch einmal.'],
  tabGone: ['The tab was closed or navigated away.', 'Der Tab wurde geschlossen oder hat die Seite gewechselt.'],
  readFailed: ['Lede couldn’t read this page ($DETAIL$). Reload the page and try again.', 'Lede konnte diese Seite nicht lesen ($DETAIL$). Laden Sie die Seite neu und versuchen Sie es erneut.'],
  tabNotOpenReopen: [
    'That tab is no longer open. Switch to the article and open Lede again.',
    'Dieser Tab ist nicht mehr geöffnet. Wechseln Sie zum Artikel und öffnen Sie Lede erneut.',
  ],
  tabNotOpen: ['That tab is no longer open.', 'Dieser Tab ist nicht mehr geöffnet.'],
  analysisTimedOut: ['The page took too long to analyze. Reload it and try again.', 'Die Analyse der Seite hat zu lange gedauert. Laden Sie sie neu und versuchen Sie es erneut.'],
  pageLost: ['Lede lost contact with the page (it may have reloaded). Try again.', 'Lede hat die Verbindung zur Seite verloren (vielleicht wurde sie neu geladen). Versuchen Sie es erneut.'],
  pageSentNothing: ['The page sent back nothing Lede could use. Reload it and try again.', 'Die Seite hat nichts Verwertbares zurückgegeben. Laden Sie sie neu und versuchen Sie es erneut.'],
  analyzeFailed: ['Lede couldn’t analyze this page: $DETAIL$', 'Lede konnte diese Seite nicht analysieren: $DETAIL$'],
  readerRestricted: [
    'The browser doesn’t let Lede change this page. Reader mode works on regular web pages.',
    'Der Browser lässt Lede diese Seite nicht verändern. Der Lesemodus funktioniert auf normalen Webseiten.',
  ],
  readerStartFailed: ['Reader mode couldn’t start ($DETAIL$). Reload the page and try again.', 'Der Lesemodus konnte nicht starten ($DETAIL$). Laden Sie die Seite neu und versuchen Sie es erneut.'],
  readerNotArticle: [
    'This page doesn’t look like an article, so reader mode may miss parts of it or pick the wrong text.',
    'Diese Seite sieht nicht nach einem Artikel aus. Im Lesemodus fehlt daher vielleicht etwas, oder es wird der falsche Text gewählt.',
  ],
  saveFromReaderOnly: ['Saving works from a tab’s reader view only.', 'Speichern ist nur aus dem Lesemodus eines Tabs möglich.'],
  couldNotSave: ['Could not save: $DETAIL$', 'Speichern nicht möglich: $DETAIL$'],
};

function placeholders(english, message) {
  const names = [...new Set([...english.matchAll(/\$([A-Z0-9_]+)\$/g)].map((m) => m[1]))];
  for (const m of message.matchAll(/\$([A-Z0-9_]+)\$/g)) if (!names.includes(m[1])) throw new Error(`unknown placeholder ${m[1]} in "${message}"`);
  if (!names.length) return undefined;
  return Object.fromEntries(names.map((n, i) => [n.toLowerCase(), { content: `$${i + 1}`, example: n.toLowerCase() }]));
}

export function build(column) {
  const out = {};
  for (const [key, row] of Object.entries(MESSAGES)) {
    const en = row[0];
    const message = row[column];
    if (typeof message !== 'string') throw new Error(`${key}: no ${LANGS[column]} text`);
    const entry = { message };
    const description = row[LANGS.length];
    if (description) entry.description = description;
    const ph = placeholders(en, message);
    if (ph) entry.placeholders = ph;
    out[key] = entry;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [column, lang] of LANGS.entries()) {
    const dir = new URL(`../public/_locales/${lang}/`, import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL('messages.json', dir), JSON.stringify(build(column), null, 2) + '\n');
  }
}

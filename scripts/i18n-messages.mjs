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
  warnHugePage: ['Very large page ($COUNT$ elements): used a faster, simpler extraction.', 'Sehr große Seite ($COUNT$ Elemente): Es wurde eine schnellere, einfachere Extraktion verwendet.'],
  warnReadabilityFailed: ['Readability gave up ($DETAIL$); used a simpler extraction.', 'Readability ist gescheitert ($DETAIL$); es wurde eine einfachere Extraktion verwendet.'],
  warnMultiPage: ['This story continues on another page ($URL$); Lede read this page only.', 'Der Artikel geht auf einer weiteren Seite weiter ($URL$); Lede hat nur diese Seite gelesen.'],
  warnReadabilityEmpty: ['Readability found no story; used a simpler extraction.', 'Readability hat keinen Artikel gefunden; es wurde eine einfachere Extraktion verwendet.'],
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
  timelinePublished: ['This story is published', 'Dieser Artikel erscheint'],
  timelinePublishedBy: ['$SITE$ publishes this story', '$SITE$ veröffentlicht diesen Artikel'],
  timelinePost: ['$WHO$ posts: “$TEXT$”', '$WHO$ schreibt: „$TEXT$“', 'An embedded social post; TEXT is its (shortened) text.'],
  timelineExpected: ['expected', 'erwartet', 'Badge on a timeline event the story reports as planned or expected (dated after the publication).'],
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

  backgroundNoAnswer: ['Lede’s background didn’t answer. Close this and try again.', 'Der Hintergrunddienst von Lede hat nicht geantwortet. Schließen Sie dieses Fenster und versuchen Sie es erneut.'],
  backgroundUnreachable: ['Lede couldn’t reach its background ($DETAIL$). Try again.', 'Lede erreicht seinen Hintergrunddienst nicht ($DETAIL$). Versuchen Sie es erneut.'],
  noTabInWindow: ['There is no tab to read in this window. Open a news article and try again.', 'In diesem Fenster gibt es keinen Tab zum Lesen. Öffnen Sie einen Nachrichtenartikel und versuchen Sie es erneut.'],

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
  aiErrUnavailable: ['The on-device Summarizer is not available in this browser.', 'Die Zusammenfassungsfunktion auf dem Gerät ist in diesem Browser nicht verfügbar.'],
  aiErrEmpty: ['The on-device model returned an empty summary.', 'Das Modell auf dem Gerät hat eine leere Zusammenfassung geliefert.'],
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

  // Library: Save button (popup), library page, import/export, storage errors
  saveTitle: ['Save this digest to your library', 'Diese Übersicht in Ihrer Bibliothek speichern'],
  saveTitleSaved: ['In your library: click to save the latest version', 'In Ihrer Bibliothek – klicken, um die neueste Fassung zu speichern'],
  save: ['Save', 'Speichern'],
  saving: ['Saving…', 'Speichert…'],
  savedShort: ['Saved', 'Gespeichert'],
  openLibrary: ['Open library', 'Bibliothek öffnen'],
  libraryPageTitle: ['Library · Lede', 'Bibliothek · Lede', 'Window title of the library page.'],
  libraryName: ['Library', 'Bibliothek', 'Beside the Lede wordmark on the library page.'],
  searchLibraryLabel: ['Search the library', 'Bibliothek durchsuchen'],
  searchLibraryPlaceholder: ['Search your library', 'In Ihrer Bibliothek suchen'],
  undo: ['Undo', 'Rückgängig'],
  dismiss: ['Dismiss', 'Schließen'],
  quotedTitle: ['“$TITLE$”', '„$TITLE$“'],
  entriesOne: ['$COUNT$ entry', '$COUNT$ Eintrag'],
  entriesOther: ['$COUNT$ entries', '$COUNT$ Einträge'],
  deleted: ['Deleted $WHAT$.', '$WHAT$ gelöscht.'],
  restored: ['Restored $WHAT$.', '$WHAT$ wiederhergestellt.'],
  openingLibrary: ['Opening your library…', 'Bibliothek wird geöffnet…'],
  libraryEmptyTitle: ['Your library is empty', 'Ihre Bibliothek ist leer'],
  libraryEmptyText: [
    'Open a news article, click the Lede button in the toolbar, then $SAVE$. Its summary, timeline, sources and the clean article are kept here, on this device, readable offline.',
    'Öffnen Sie einen Nachrichtenartikel, klicken Sie in der Symbolleiste auf Lede und dann auf $SAVE$. Zusammenfassung, Zeitleiste, Quellen und der bereinigte Artikel bleiben hier auf diesem Gerät, auch offline lesbar.',
    'SAVE is the Save button label, in bold.',
  ],
  libraryEmptyMenu: [
    'You can also right-click a page and choose “Save to Lede library”, or import a library file.',
    'Sie können auch mit der rechten Maustaste auf eine Seite klicken und „In Lede-Bibliothek speichern“ wählen oder eine Bibliotheksdatei importieren.',
  ],
  countFilteredOne: ['$SHOWN$ of $COUNT$ entry', '$SHOWN$ von $COUNT$ Eintrag'],
  countFilteredOther: ['$SHOWN$ of $COUNT$ entries', '$SHOWN$ von $COUNT$ Einträgen'],
  countSavedOne: ['$COUNT$ saved article', '$COUNT$ gespeicherter Artikel'],
  countSavedOther: ['$COUNT$ saved articles', '$COUNT$ gespeicherte Artikel'],
  filterBySite: ['Filter by site', 'Nach Website filtern'],
  allSites: ['All sites', 'Alle Websites'],
  filterByTag: ['Filter by tag', 'Nach Tag filtern'],
  allTags: ['All tags', 'Alle Tags'],
  noTagsYet: ['No tags yet', 'Noch keine Tags'],
  clear: ['Clear', 'Zurücksetzen'],
  selectedCount: ['$COUNT$ selected', '$COUNT$ ausgewählt'],
  selectAllShown: ['Select all shown', 'Alle angezeigten auswählen'],
  clearSelection: ['Clear selection', 'Auswahl aufheben'],
  deleteSelected: ['Delete selected', 'Auswahl löschen'],
  nothingMatches: ['Nothing matches', 'Keine Treffer'],
  matchQuery: ['“$QUERY$”', 'für „$QUERY$“'],
  matchSite: ['on $SITE$', 'auf $SITE$'],
  matchTag: ['tagged $TAG$', 'mit dem Tag $TAG$'],
  showEverything: ['Show everything', 'Alles anzeigen'],
  showMore: ['Show more ($COUNT$ left)', 'Mehr anzeigen (noch $COUNT$)'],
  selectEntry: ['Select “$TITLE$”', '„$TITLE$“ auswählen'],
  savedOn: ['Saved $DATE$', 'Gespeichert am $DATE$', 'DATE is a date.'],
  updatedOn: ['updated $DATE$', 'aktualisiert am $DATE$'],
  showTagged: ['Show entries tagged $TAG$', 'Einträge mit dem Tag $TAG$ anzeigen'],
  opening: ['Opening…', 'Wird geöffnet…'],
  entryMissingTitle: ['This entry is not in your library', 'Dieser Eintrag ist nicht in Ihrer Bibliothek'],
  entryMissingText: ['It may have been deleted.', 'Vielleicht wurde er gelöscht.'],
  backToLibrary: ['Back to the library', 'Zurück zur Bibliothek'],
  entryNav: ['Entry', 'Eintrag'],
  libraryBack: ['← Library', '← Bibliothek'],
  openOriginal: ['Open original', 'Original öffnen'],
  exportMarkdown: ['Export Markdown', 'Als Markdown exportieren'],
  delete: ['Delete', 'Löschen'],
  articleTitle: ['Article', 'Artikel', 'Section heading: the saved article text.'],
  noteSaved: ['Saved.', 'Gespeichert.'],
  noteAndTags: ['Note and tags', 'Notiz und Tags'],
  note: ['Note', 'Notiz'],
  notePlaceholder: ['Why you saved it, what to follow up…', 'Warum Sie ihn gespeichert haben, was Sie weiterverfolgen möchten…'],
  tags: ['Tags', 'Tags'],
  tagsPlaceholder: ['Separate tags with commas', 'Tags durch Kommas trennen'],
  saveNoteAndTags: ['Save note and tags', 'Notiz und Tags speichern'],
  import: ['Import', 'Importieren'],
  export: ['Export', 'Exportieren'],
  exportAll: ['Export all', 'Alle exportieren'],
  exportSelected: ['Export $COUNT$ selected', '$COUNT$ ausgewählte exportieren'],
  exportJsonHint: ['for backup and import', 'zur Sicherung und zum Import'],
  exportMdCombined: ['one combined file', 'eine gemeinsame Datei'],
  exportMdFiles: ['one file per entry', 'eine Datei pro Eintrag'],
  exportFailed: ['Export failed: $DETAIL$', 'Export fehlgeschlagen: $DETAIL$'],
  importing: ['Importing $FILE$…', '$FILE$ wird importiert…'],
  importFailed: ['Could not import $FILE$: $DETAIL$', '$FILE$ konnte nicht importiert werden: $DETAIL$'],
  importUnreadable: ['Could not read $FILE$: $DETAIL$. Nothing was imported.', '$FILE$ konnte nicht gelesen werden: $DETAIL$. Es wurde nichts importiert.'],
  imported: ['Imported $FILE$: $PARTS$.', '$FILE$ importiert: $PARTS$.'],
  importNew: ['$COUNT$ new', '$COUNT$ neu'],
  importUpdated: ['$COUNT$ updated', '$COUNT$ aktualisiert'],
  importUnchanged: ['$COUNT$ already up to date', '$COUNT$ bereits aktuell'],
  importNothing: ['no entries', 'keine Einträge'],
  storageFull: [
    'Could not $DOING$: there is not enough storage space. Everything saved before is safe. Free some disk space or delete old entries, then try again.',
    '$DOING$ nicht möglich: Es ist nicht genug Speicherplatz frei. Alles bisher Gespeicherte bleibt erhalten. Geben Sie Speicherplatz frei oder löschen Sie alte Einträge und versuchen Sie es dann erneut.',
    'DOING is one of the doing… messages.',
  ],
  storageFailed: ['Could not $DOING$: $DETAIL$. Everything saved before is safe.', '$DOING$ nicht möglich: $DETAIL$. Alles bisher Gespeicherte bleibt erhalten.'],
  doingSave: ['save to the library', 'Speichern in der Bibliothek', 'Fills DOING in storageFull/storageFailed.'],
  doingUpdate: ['update the entry', 'Aktualisieren des Eintrags'],
  doingDelete: ['delete', 'Löschen'],
  doingRestore: ['restore', 'Wiederherstellen'],
  doingImport: ['import', 'Importieren'],
  onlyWebPages: ['Only web pages (http or https) can be saved to the library.', 'Nur Webseiten (http oder https) lassen sich in der Bibliothek speichern.'],
  entryGone: ['This entry is no longer in the library.', 'Dieser Eintrag ist nicht mehr in der Bibliothek.'],
  nothingImported: ['Nothing was imported.', 'Es wurde nichts importiert.'],
  importEmpty: ['The file is empty.', 'Die Datei ist leer.'],
  importTruncated: [
    'The file is cut short: its JSON ends before it is complete ($DETAIL$). It may be truncated; export it again.',
    'Die Datei ist unvollständig: Das JSON darin endet vorzeitig ($DETAIL$). Exportieren Sie die Bibliothek bitte erneut.',
  ],
  importNotJson: ['The file is not valid JSON ($DETAIL$).', 'Die Datei ist kein gültiges JSON ($DETAIL$).'],
  importNoFormat: ['This is not a Lede library export: it has no "format" field (expected "$FORMAT$").', 'Dies ist kein Export einer Lede-Bibliothek: Das Feld „format“ fehlt (erwartet: „$FORMAT$“).'],
  importTooNew: [
    'This export is format version $VERSION$, newer than this Lede reads (version $READS$). Update Lede, then import it again.',
    'Dieser Export hat die Formatversion $VERSION$ – neuer als die Version, die dieses Lede liest ($READS$). Aktualisieren Sie Lede und importieren Sie die Datei dann erneut.',
  ],
  importTooLarge: ['The file is too large to import (over $MB$ MB). Nothing was imported.', 'Die Datei ist zu groß für den Import (über $MB$ MB). Es wurde nichts importiert.'],
  libraryUnreadable: ['The library could not be read: $DETAIL$', 'Die Bibliothek konnte nicht gelesen werden: $DETAIL$'],
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

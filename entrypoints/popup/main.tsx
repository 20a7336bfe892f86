import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { tabFromQuery } from '../../components/useTargetTab';
import { prefetchAnalysis } from '../../components/useAnalysis';
import { setDocumentLanguage } from '../../lib/i18n';
import '../../components/app.css';

performance.mark('lede:start');

// The toolbar popup gets a fixed width; `popup.html?tab=<id>` opened as a page is fluid.
const tab = tabFromQuery(location.search);
const mode = tab === null ? 'popup' : 'tab';
// Ask the background right away; the first render picks the answer up.
if (tab !== null) prefetchAnalysis(tab);
else
  void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
    if (active?.id !== undefined) prefetchAnalysis(active.id);
  });
document.documentElement.classList.toggle('is-popup', mode === 'popup');
setDocumentLanguage();
render(<App mode={mode} />, document.getElementById('app')!);

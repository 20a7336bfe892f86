import { render } from 'preact';
import { App } from '../../components/App';
import { setDocumentLanguage } from '../../lib/i18n';
import '../../components/app.css';

setDocumentLanguage();
// The side panel follows the active tab of its window.
render(<App mode="sidepanel" />, document.getElementById('app')!);

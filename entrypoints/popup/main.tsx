import { render } from 'preact';
import { App } from '../../components/App';
import { tabFromQuery } from '../../components/useTargetTab';
import '../../components/app.css';

// The toolbar popup gets a fixed width; `popup.html?tab=<id>` opened as a page is fluid.
const mode = tabFromQuery(location.search) === null ? 'popup' : 'tab';
document.documentElement.classList.toggle('is-popup', mode === 'popup');
render(<App mode={mode} />, document.getElementById('app')!);

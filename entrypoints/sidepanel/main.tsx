import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/app.css';

// The side panel follows the active tab of its window.
render(<App mode="sidepanel" />, document.getElementById('app')!);

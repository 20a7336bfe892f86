import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import '../../components/app.css';
import '../../components/library/library.css';

render(<LibraryApp />, document.getElementById('app')!);

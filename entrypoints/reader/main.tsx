import { render } from 'preact';
import { ReaderPage } from '../../components/reader/ReaderPage';
import '../../components/reader/reader.css';
import './page.css';

render(<ReaderPage />, document.getElementById('app')!);

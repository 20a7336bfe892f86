import { render } from 'preact';
import { ReaderPage } from '../../components/reader/ReaderPage';
import { setDocumentLanguage } from '../../lib/i18n';
import '../../components/reader/reader.css';
import './page.css';

// Until the story arrives (then the page takes the story's language).
setDocumentLanguage();
render(<ReaderPage />, document.getElementById('app')!);

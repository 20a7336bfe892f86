import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { setDocumentLanguage, t } from '../../lib/i18n';
import { libraryDb } from '../../lib/library/db';
import '../../components/app.css';
import '../../components/library/library.css';

// Script start, for the benchmark (first render = this → the list's 'lede:list' mark).
performance.mark('lede:main');
setDocumentLanguage();
document.title = t('libraryPageTitle');
// Open the database while the page renders its first frame.
void libraryDb().open().catch(() => {});
render(<LibraryApp />, document.getElementById('app')!);

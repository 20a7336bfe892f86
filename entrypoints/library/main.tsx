import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import '../../components/app.css';
import '../../components/library/library.css';

// Script start, for the benchmark (first render = this → the list's 'lede:list' mark).
performance.mark('lede:main');
render(<LibraryApp />, document.getElementById('app')!);

/**
 * `lede FILE.html [FILE2.html …] [--url URL] [--format json|md]`
 *
 * One file: the Analysis as JSON on stdout (stdout carries only the JSON). Several files: JSON
 * Lines, one object per file with a `file` field. `--format md`: a readable Markdown digest.
 * Errors: one line on stderr naming the file and the reason; exit code 1; in batch mode the
 * other files are still processed.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeHtml } from './dom';
import { toMarkdown } from '../core/digest';

const USAGE = `Usage: lede FILE.html [FILE2.html …] [--url URL] [--format json|md]

Analyze saved news pages on this machine (nothing is sent anywhere).
  --url URL        the page's address (resolves links; default: the file's file:// URL)
  --format json    the Analysis as JSON (default; JSON Lines for several files)
  --format md      a Markdown digest: title, byline, summary, timeline, sources
  -h, --help       this help`;

interface Args {
  files: string[];
  url?: string;
  format: 'json' | 'md';
}

export function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--url' || a.startsWith('--url=')) {
      const v = a.includes('=') ? a.slice(6) : argv[++i];
      if (!v) return '--url needs a value';
      try {
        const u = new URL(v);
        if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return `--url must be an http(s) URL, got ${v}`;
      } catch {
        return `--url is not a valid URL: ${v}`;
      }
      args.url = v;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(9) : argv[++i];
      if (v !== 'json' && v !== 'md') return `--format must be json or md, got ${v ?? 'nothing'}`;
      args.format = v;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (!args.files.length) return 'no input file';
  return args;
}

/** Reads one HTML file, or explains in a few words why it cannot. */
function readHtml(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    throw new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  if (stat.isDirectory()) throw new Error('is a directory');
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new Error(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!buf.length) throw new Error('empty file');
  if (buf.subarray(0, 4096).includes(0)) throw new Error('not HTML (binary data)');
  const html = buf.toString('utf8');
  if (!/<\s*(html|head|body|p|div|article|!doctype)\b/i.test(html.slice(0, 100_000))) throw new Error('not HTML (no HTML tags found)');
  return html;
}

export async function main(argv: string[], out: Pick<NodeJS.WriteStream, 'write'> = process.stdout, err: Pick<NodeJS.WriteStream, 'write'> = process.stderr): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    out.write(USAGE + '\n');
    return 0;
  }
  if (typeof args === 'string') {
    err.write(`lede: ${args}\n${USAGE}\n`);
    return 2;
  }
  const batch = args.files.length > 1;
  let failed = 0;
  for (const file of args.files) {
    try {
      const html = readHtml(file);
      const url = args.url ?? pathToFileURL(resolve(file)).href;
      const analysis = analyzeHtml(html, url);
      if (!analysis.article.text.trim() && !analysis.article.title.trim()) throw new Error('empty page (no title, no text)');
      const { timings: _t, ...stable } = analysis;
      if (args.format === 'md') {
        out.write((batch ? `<!-- ${basename(file)} -->\n` : '') + toMarkdown(analysis) + '\n');
      } else if (batch) {
        out.write(JSON.stringify({ file, ...stable }) + '\n');
      } else {
        out.write(JSON.stringify(stable, null, 2) + '\n');
      }
    } catch (e) {
      failed++;
      err.write(`lede: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

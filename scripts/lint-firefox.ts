/**
 * `web-ext lint` (Mozilla's addons-linter, offline) on the Firefox build, stricter than its exit
 * code: fails on any error and on any warning outside the reviewed list below.
 *   npm run lint:firefox          # builds, then lints ${LEDE_OUT:-.output}/firefox-mv2
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Reviewed: innerHTML assignments inside Preact (dangerouslySetInnerHTML), DOMPurify, Readability,
 * and our own parsing of already-sanitized or noscript markup into inert <template>s. */
const ALLOWED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

interface Message { code: string; message: string; description: string; file?: string; line?: number }
interface Report { summary: { errors: number; warnings: number; notices: number }; errors: Message[]; warnings: Message[]; notices: Message[] }

const ROOT = resolve(import.meta.dirname, '..');
const dir = resolve(ROOT, process.env.LEDE_OUT ?? '.output', 'firefox-mv2');

let out: string;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--output', 'json', '--source-dir', dir], { cwd: ROOT, encoding: 'utf8' });
} catch (e) {
  // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
  const failed = e as { stdout?: string; stderr?: string };
  out = failed.stdout ?? '';
  if (!out.trim()) {
    console.error(failed.stderr || String(e));
    process.exit(1);
  }
}
const report = JSON.parse(out) as Report;
const unexpected = report.warnings.filter((w) => !ALLOWED_WARNINGS.has(w.code));
const show = (kind: string, m: Message) => console.log(`${kind} ${m.code} ${m.file ?? ''}${m.line ? ':' + m.line : ''}\n  ${m.description.replace(/\s+/g, ' ')}`);

report.errors.forEach((m) => show('ERROR', m));
unexpected.forEach((m) => show('WARNING', m));
console.log(
  `web-ext lint ${dir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
    `(${report.summary.warnings - unexpected.length} reviewed innerHTML uses in libraries/sanitized code), ${report.summary.notices} notices`,
);
if (report.errors.length || unexpected.length) process.exit(1);

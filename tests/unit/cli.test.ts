/** The lede CLI: output shapes, batch mode and errors (run in-process with captured streams). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseArgs } from '../../cli/lede';
import { FIXTURES, FORTUNE_URL } from './helpers';

function capture() {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream, get text() { return text; } };
}
async function run(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(args, out.stream, err.stream);
  return { code, out: out.text, err: err.text };
}
const fortune = join(FIXTURES, 'fortune-rocket-man.html');
const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
const empty = join(dir, 'empty.html');
writeFileSync(empty, '');
const binary = join(dir, 'binary.html');
writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
const text = join(dir, 'notes.html');
writeFileSync(text, 'just some words, no markup at all');

describe('lede CLI', () => {
  it('prints one Analysis as JSON and only JSON on stdout', async () => {
    const r = await run([fortune, '--url', FORTUNE_URL]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const a = JSON.parse(r.out);
    expect(a.url).toBe(FORTUNE_URL);
    expect(a.isArticle).toBe(true);
    expect(a.timeline.map((e: { date: string }) => e.date)).toEqual(expect.arrayContaining(['2017-09', '2017-09-17', '2018-06-12', '2018-07-05', '2018-07-06']));
    expect(a.sources.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Chosen Ilbo', 'The New York Times', 'AFP/Getty Images', 'Fortune', 'Kevin Kelleher']));
  });
  it('prints a Markdown digest with --format md', async () => {
    const r = await run([fortune, '--url', FORTUNE_URL, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Mike Pompeo Giving Kim Jong Un/);
    expect(r.out).toMatch(/## Summary\n\n- Secretary of State Mike Pompeo/);
    expect(r.out).toMatch(/\*\*fall 2017\*\* — Trump derisively mocked Kim/);
    expect(r.out).toMatch(/\[Chosen Ilbo\]\(http:\/\/english\.chosun\.com\//);
  });
  it('prints JSON Lines in batch mode, keeps going past bad files, and names each failure on stderr', async () => {
    const r = await run([fortune, join(dir, 'missing.html'), empty, binary, text, join(FIXTURES, 'login-page.html')]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([fortune, join(FIXTURES, 'login-page.html')]);
    expect(lines[1].isArticle).toBe(false);
    const errors = r.err.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/missing\.html: no such file/);
    expect(errors[1]).toMatch(/empty\.html: empty file/);
    expect(errors[2]).toMatch(/binary\.html: not HTML \(binary data\)/);
    expect(errors[3]).toMatch(/notes\.html: not HTML/);
  });
  it('rejects bad options with a usage message', async () => {
    expect(parseArgs([])).toBe('no input file');
    expect(parseArgs(['a.html', '--format', 'xml'])).toMatch(/--format must be json or md/);
    expect(parseArgs(['a.html', '--url', 'javascript:alert(1)'])).toMatch(/--url must be an http/);
    const r = await run(['--bogus', fortune]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --bogus/);
  });
});

/**
 * What the benchmarks that run the core inside Debian's Chromium share: the core bundled for a
 * page (one IIFE built by vite from an entry file) and a headless Chromium to run it in.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface BenchChromium {
  browser: Browser;
  /** The built bundle, to load with `page.addScriptTag({ path })`. */
  bundle: string;
  close(): Promise<void>;
}

/** Builds `entry` into one script and starts Chromium; null (with the reason printed) when Chromium is missing. */
export async function startBenchChromium(entry: string, what: string): Promise<BenchChromium | null> {
  let executablePath: string;
  try {
    executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    console.log(`Chromium not installed (apt-get install -y chromium): ${what} skipped.`);
    return null;
  }
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  await build({
    logLevel: 'silent',
    configFile: false,
    build: { outDir: out, lib: { entry, formats: ['iife'], name: 'ledeBenchBundle', fileName: () => 'bundle.js' }, minify: true },
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  return {
    browser,
    bundle: join(out, 'bundle.js'),
    async close() {
      await browser.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

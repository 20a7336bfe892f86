#!/usr/bin/env node
// Real-browser tests drive Debian's Chromium and Firefox ESR (this project never downloads a
// browser of its own). If one is missing and we may install packages (root with apt-get),
// install it; otherwise say exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = [];
if (!process.env.CHROMIUM_PATH && !has('chromium')) missing.push('chromium', 'fonts-dejavu-core');
if (!process.env.FIREFOX_PATH && !has('firefox-esr') && !has('firefox')) missing.push('firefox-esr');
if (!missing.length) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && has('apt-get')) {
  console.log(`lede: installing ${missing.join(', ')} for the real-browser tests (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  process.exit(0);
}
console.error(`lede: the real-browser tests need ${missing.join(' and ')}. Install with \`sudo apt-get install -y ${missing.join(' ')}\`, or set CHROMIUM_PATH / FIREFOX_PATH.`);
process.exit(1);

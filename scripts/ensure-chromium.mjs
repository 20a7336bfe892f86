#!/usr/bin/env node
// Real-browser tests drive Debian's Chromium (no browser download: this project never fetches
// one). If it is missing and we may install packages (root with apt-get), install it; otherwise
// say exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
if (process.env.CHROMIUM_PATH || has('chromium')) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && has('apt-get')) {
  console.log('lede: installing Debian chromium for the real-browser tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  process.exit(0);
}
console.error('lede: the real-browser tests need Chromium. Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.');
process.exit(1);

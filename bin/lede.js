#!/usr/bin/env node
// The `lede` command: analyze saved news pages from the terminal (see README).
// TypeScript sources run through tsx, so the CLI and the extension share one core unchanged.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../cli/lede.ts');
process.exitCode = await main(process.argv.slice(2));

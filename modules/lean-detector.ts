/**
 * Keeps the always-on detector content script tiny: every other entrypoint gets
 * webextension-polyfill (through @wxt-dev/webextension-polyfill's `wxt/browser` alias), but the
 * detector only calls `runtime.sendMessage`, which returns a promise natively in Chrome MV3 and
 * Firefox. For its build only, `wxt/browser` resolves to WXT's plain `globalThis.browser ?? chrome`.
 * That saves ~10 KB on every page load.
 */
import { defineWxtModule } from 'wxt/modules';
import type { AliasOptions } from 'vite';

const LEAN = '@wxt-dev/browser';

function withLeanBrowser(alias: AliasOptions | undefined): AliasOptions {
  if (Array.isArray(alias)) {
    return [{ find: /^wxt\/browser$/, replacement: LEAN }, ...alias.filter((a) => a.find !== 'wxt/browser')];
  }
  return { ...(alias as Record<string, string> | undefined), 'wxt/browser': LEAN };
}

export default defineWxtModule({
  name: 'lede:lean-detector',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0].name !== 'detector') return;
      config.resolve ??= {};
      config.resolve.alias = withLeanBrowser(config.resolve.alias);
    });
  },
});

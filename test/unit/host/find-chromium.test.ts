import { describe, expect, it } from 'vitest';
import { findChromium, type BrowserSearch } from '../../../electron/host/find-chromium';

const machine = (
  files: string[],
  env: NodeJS.ProcessEnv = {},
  platform: NodeJS.Platform = 'linux',
): BrowserSearch => ({
  env,
  platform,
  exists: (file) => files.includes(file),
  playwrightChromium: () => '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome',
});

describe('finding a browser for the end-to-end tests and the benchmarks', () => {
  it('takes CHROMIUM_PATH first, and refuses one that does not exist', () => {
    expect(findChromium(machine(['/opt/c', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c' }))).toEqual({
      path: '/opt/c',
      source: 'CHROMIUM_PATH',
    });
    expect(() => findChromium(machine([], { CHROMIUM_PATH: '/opt/none' }))).toThrow(
      /\/opt\/none, which does not exist/,
    );
  });

  it('finds the system’s Chromium or Chrome, per platform', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome']))?.path).toBe('/usr/bin/google-chrome');
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/bin/google-chrome']))?.path).toBe(
      '/usr/bin/chromium',
    );
    expect(
      findChromium(machine(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {}, 'darwin'))
        ?.source,
    ).toBe('system');
  });

  it('falls back to the Chromium Playwright downloaded, and else finds none', () => {
    const bundled = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(findChromium(machine([bundled]))).toEqual({ path: bundled, source: 'playwright' });
    expect(findChromium(machine([]))).toBeNull();
  });
});

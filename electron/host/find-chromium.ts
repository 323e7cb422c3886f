import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium or Chrome is usually installed, per platform. */
const systemBrowsers: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** A browser found on this machine, and where it was found. */
export interface FoundBrowser {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

/** What the search looks at; tests pass their own machine. */
export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists(file: string): boolean;
  /** Where Playwright keeps the Chromium it downloads. */
  playwrightChromium(): string;
}

const thisMachine: BrowserSearch = {
  env: process.env,
  platform: process.platform,
  exists: fs.existsSync,
  playwrightChromium: () => chromium.executablePath(),
};

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set (it must exist), else the system's Chromium or
 * Chrome, else the one Playwright downloaded; null when there is none.
 */
export function findChromium(search: BrowserSearch = thisMachine): FoundBrowser | null {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen) {
    if (!search.exists(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist`);
    return { path: chosen, source: 'CHROMIUM_PATH' };
  }
  const system = (systemBrowsers[search.platform] ?? []).find((file) => search.exists(file));
  if (system) return { path: system, source: 'system' };
  const bundled = search.playwrightChromium();
  return bundled && search.exists(bundled) ? { path: bundled, source: 'playwright' } : null;
}

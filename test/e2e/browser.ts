import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from '../../electron/host/find-chromium';

const howToGetOne =
  'No Chromium or Chrome for the end-to-end tests: install one (Debian: `apt-get install chromium`), ' +
  'run `npx playwright install chromium`, or set CHROMIUM_PATH to a browser.';

const canRun = (command: string) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Gets a browser the way this machine allows: Debian's package as root, else Playwright's download. */
function install(): void {
  if (process.platform === 'linux' && process.getuid?.() === 0 && canRun('apt-get')) {
    console.log('No browser found: installing Debian’s chromium package for the end-to-end tests (apt-get).');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return;
  }
  console.log('No browser found: downloading Playwright’s Chromium for the end-to-end tests.');
  execSync('npx --no-install playwright install chromium', { stdio: ['ignore', 'ignore', 'inherit'] });
}

function findOrInstall(): string {
  const found = findChromium();
  if (found) return found.path;
  try {
    install();
  } catch {
    throw new Error(howToGetOne);
  }
  const installed = findChromium();
  if (!installed || !fs.existsSync(installed.path)) throw new Error(howToGetOne);
  return installed.path;
}

/** The browser the end-to-end tests launch, found or installed once; one clear line when neither works. */
export function chromiumForTests(): string {
  try {
    return findOrInstall();
  } catch (error) {
    console.error(`end-to-end tests: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

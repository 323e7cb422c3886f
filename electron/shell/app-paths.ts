import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the built pieces of the app live on disk. */
export interface AppPaths {
  /** The sandboxed preload script (CommonJS). */
  preload: string;
  /** The renderer's entry page. */
  indexHtml: string;
}

/** Paths of the built app, from the folder that holds the built main script (out/main). */
export function appPaths(mainDir: string): AppPaths {
  return {
    preload: path.join(mainDir, 'preload.cjs'),
    indexHtml: path.join(mainDir, '..', 'renderer', 'index.html'),
  };
}

/**
 * True when `url` is the app's own entry page (any query or hash). Compared as file paths rather
 * than strings, so percent-encoding and drive-letter case cannot make our own page look foreign.
 */
export function isAppIndexUrl(url: string, indexHtml: string): boolean {
  let file: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return false;
    // Throws for file URLs that name another host or hide a path separator in an escape.
    file = fileURLToPath(parsed);
  } catch {
    return false;
  }
  return path.relative(indexHtml, file) === '';
}

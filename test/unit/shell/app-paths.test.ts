import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appPaths, isAppIndexUrl } from '../../../electron/shell/app-paths';

const mainDir = path.resolve('/opt/Agent Assist/out/main');
const { indexHtml, preload } = appPaths(mainDir);
const indexUrl = pathToFileURL(indexHtml).href;

describe('the app’s own files', () => {
  it('finds the preload beside the main script and the UI in the renderer build', () => {
    expect(preload).toBe(path.join(mainDir, 'preload.cjs'));
    expect(indexHtml).toBe(path.resolve('/opt/Agent Assist/out/renderer/index.html'));
  });

  it('recognises its entry page, with or without a query or hash', () => {
    expect(isAppIndexUrl(indexUrl, indexHtml)).toBe(true);
    expect(isAppIndexUrl(`${indexUrl}?view=queue#top`, indexHtml)).toBe(true);
  });

  it('treats another local file as foreign', () => {
    expect(isAppIndexUrl(pathToFileURL(path.resolve('/etc/passwd')).href, indexHtml)).toBe(false);
  });

  it('treats web pages, other hosts and unparsable URLs as foreign', () => {
    expect(isAppIndexUrl('https://example.com/index.html', indexHtml)).toBe(false);
    expect(isAppIndexUrl(`file://evil.example${new URL(indexUrl).pathname}`, indexHtml)).toBe(false);
    expect(isAppIndexUrl('not a url', indexHtml)).toBe(false);
    expect(isAppIndexUrl('', indexHtml)).toBe(false);
  });
});

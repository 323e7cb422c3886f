import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

/** Every .ts file under a folder of the repository, as paths relative to the root. */
function sources(folder: string): string[] {
  return (fs.readdirSync(path.join(root, folder), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file).split(path.sep).join('/'));
}

/** The module specifiers a file imports or re-exports, resolved against the repository root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) =>
    specifier.startsWith('.')
      ? path
          .relative(root, path.resolve(path.dirname(path.join(root, file)), specifier))
          .split(path.sep)
          .join('/')
      : specifier,
  );
}

describe('the renewal desk reads accounts only through its port', () => {
  const renewals = sources('electron/renewals');

  it('finds the files it checks', () => {
    expect(renewals).toContain('electron/renewals/build-cheat-sheet.ts');
    expect(importsOf('electron/renewals/build-cheat-sheet.ts')).toContain(
      'electron/renewals/renewal-signals',
    );
  });

  it('never imports the sandbox repositories or tables', () => {
    const offending = renewals.flatMap((file) =>
      importsOf(file)
        .filter((target) => /^electron\/sandbox\/(repos|tables)(\/|$)/.test(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('never imports the agent or the sandbox (what it shares with the agent lives in electron/text/)', () => {
    const offending = renewals.flatMap((file) =>
      importsOf(file)
        .filter((target) => /^electron\/(agent|sandbox)(\/|$)/.test(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('never names a sandbox table', () => {
    const offending = renewals.filter((file) =>
      /\bsb_\w+/.test(fs.readFileSync(path.join(root, file), 'utf8')),
    );
    expect(offending).toEqual([]);
  });

  it('is never imported by the tools (they get the quote as a function)', () => {
    const offending = sources('electron/tools').flatMap((file) =>
      importsOf(file)
        .filter((target) => /^electron\/renewals(\/|$)/.test(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });
});

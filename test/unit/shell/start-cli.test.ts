import { describe, expect, it, vi } from 'vitest';
import {
  findElectronBinary,
  missingBinaryMessage,
  startElectron,
  type StartSteps,
} from '../../../electron/host/start-cli';
import { fail, ok } from '../../../shared/result';

const notDownloaded = () => {
  throw new Error(
    'Electron failed to install correctly, please delete node_modules/electron and try installing again',
  );
};

function steps(overrides: Partial<StartSteps>): StartSteps & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    findBinary: () => ok('/electron/dist/electron'),
    build: vi.fn(() => 0),
    prepareSqlite: vi.fn(() => ok('/out/native/better_sqlite3.node')),
    launch: vi.fn(() => Promise.resolve(0)),
    complain: (line) => lines.push(line),
    ...overrides,
  };
}

describe('finding the Electron binary', () => {
  it('reports it missing when the electron package says it was never downloaded', () => {
    expect(findElectronBinary(notDownloaded, () => true)).toEqual(fail('not_found', missingBinaryMessage));
  });

  it('reports it missing when the path the package gives does not exist', () => {
    expect(
      findElectronBinary(
        () => '/nowhere/electron',
        () => false,
      ),
    ).toEqual(fail('not_found', missingBinaryMessage));
  });

  it('returns the path when the binary is there', () => {
    expect(
      findElectronBinary(
        () => '/electron/dist/electron',
        () => true,
      ),
    ).toEqual(ok('/electron/dist/electron'));
  });
});

describe('npm start', () => {
  it('prints one line saying how to install Electron or use the browser UI, and exits 1', async () => {
    const run = steps({ findBinary: () => findElectronBinary(notDownloaded, () => true) });
    expect(await startElectron(run)).toBe(1);
    expect(run.lines).toEqual([missingBinaryMessage]);
    expect(missingBinaryMessage).not.toContain('\n');
    expect(missingBinaryMessage).toContain('node node_modules/electron/install.js');
    expect(missingBinaryMessage).toContain('npm run web');
  });

  it('neither builds nor launches when the binary is missing', async () => {
    const run = steps({ findBinary: () => fail('not_found', missingBinaryMessage) });
    await startElectron(run);
    expect(run.build).not.toHaveBeenCalled();
    expect(run.launch).not.toHaveBeenCalled();
  });

  it('builds, then runs Electron and exits with its status', async () => {
    const run = steps({ launch: vi.fn(() => Promise.resolve(3)) });
    expect(await startElectron(run)).toBe(3);
    expect(run.build).toHaveBeenCalledOnce();
    expect(run.launch).toHaveBeenCalledWith('/electron/dist/electron', '/out/native/better_sqlite3.node');
    expect(run.lines).toEqual([]);
  });

  it('explains in one line and does not launch when the SQLite addon for Electron cannot be had', async () => {
    const run = steps({
      prepareSqlite: () => fail('unavailable', 'Could not get better-sqlite3; use: npm run web'),
    });
    expect(await startElectron(run)).toBe(1);
    expect(run.lines).toEqual(['Could not get better-sqlite3; use: npm run web']);
    expect(run.launch).not.toHaveBeenCalled();
  });

  it('stops with the build’s status when the build fails', async () => {
    const run = steps({ build: vi.fn(() => 2) });
    expect(await startElectron(run)).toBe(2);
    expect(run.launch).not.toHaveBeenCalled();
  });
});

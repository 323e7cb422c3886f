import { app } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { closeAppOnQuit } from '../../../electron/shell/shutdown';
import { app as fakeApp, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('quitting', () => {
  it('holds the quit until the app has closed, then quits', async () => {
    let finishClose: () => void = () => undefined;
    closeAppOnQuit(app, () => new Promise<void>((resolve) => (finishClose = resolve)));
    app.quit();
    expect(fakeApp.quitted).toBe(false);
    finishClose();
    await settle();
    expect(fakeApp.quitted).toBe(true);
  });

  it('closes the app’s database before the process goes', async () => {
    const assist = createApp({
      dataDir: ':memory:',
      settings: memorySettingsBackend(),
      transport: 'electron',
    });
    closeAppOnQuit(app, () => assist.close());
    app.quit();
    await settle();
    expect(assist.db.open).toBe(false);
    expect(fakeApp.quitted).toBe(true);
  });

  it('closes the app once when quit is asked for repeatedly', async () => {
    const close = vi.fn(() => Promise.resolve());
    closeAppOnQuit(app, close);
    app.quit();
    app.quit();
    await settle();
    app.quit();
    expect(close).toHaveBeenCalledTimes(1);
    expect(fakeApp.quitted).toBe(true);
  });

  it('still quits when closing the app fails', async () => {
    closeAppOnQuit(app, () => Promise.reject(new Error('disk gone')));
    app.quit();
    await settle();
    expect(fakeApp.quitted).toBe(true);
  });

  it('quits when the last window closes', async () => {
    const close = vi.fn(() => Promise.resolve());
    closeAppOnQuit(app, close);
    fakeApp.emit('window-all-closed');
    await settle();
    expect(close).toHaveBeenCalledTimes(1);
    expect(fakeApp.quitted).toBe(true);
  });
});

import { app, BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/shell/single-instance';
import { app as fakeApp, fakeWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

describe('running one copy of the app', () => {
  it('quits at once when another copy is already running', () => {
    fakeApp.hasLock = false;
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(fakeApp.quitted).toBe(true);
  });

  it('keeps running when it is the first copy', () => {
    expect(claimSingleInstance(app, () => undefined)).toBe(true);
    expect(fakeApp.quitRequests).toBe(0);
  });

  it('brings its minimized window back to the front when the app is launched again', () => {
    const window = new BrowserWindow();
    claimSingleInstance(app, () => window);
    window.minimize();
    fakeApp.emit('second-instance', {}, [], '/');
    expect(fakeWindow(window)).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('ignores a second launch while it has no window yet', () => {
    claimSingleInstance(app, () => undefined);
    expect(() => fakeApp.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});

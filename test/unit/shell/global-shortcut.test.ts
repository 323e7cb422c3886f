import { app, globalShortcut } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerSummonShortcut } from '../../../electron/shell/global-shortcut';
import { logger } from '../../../electron/log';
import { globalShortcut as system, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
  vi.restoreAllMocks();
});

describe('the summon shortcut', () => {
  it('is CommandOrControl+Shift+Space, registered system-wide', () => {
    expect(registerSummonShortcut(globalShortcut, app, () => undefined)).toBe(true);
    expect([...system.registered.keys()]).toEqual(['CommandOrControl+Shift+Space']);
  });

  it('summons when pressed', () => {
    const summon = vi.fn();
    registerSummonShortcut(globalShortcut, app, summon);
    system.press('CommandOrControl+Shift+Space');
    system.press('CommandOrControl+Shift+Space');
    expect(summon).toHaveBeenCalledTimes(2);
  });

  it('is released, with every other shortcut, when the app quits', () => {
    registerSummonShortcut(globalShortcut, app, () => undefined);
    system.register('CommandOrControl+Shift+K', () => undefined);
    app.quit();
    expect(system.registered.size).toBe(0);
  });

  it('warns and carries on when another app owns the shortcut', () => {
    const warn = vi.spyOn(logger, 'warn');
    system.taken.add('CommandOrControl+Shift+Space');
    expect(registerSummonShortcut(globalShortcut, app, () => undefined)).toBe(false);
    expect(system.registered.size).toBe(0);
    expect(warn).toHaveBeenCalledWith(
      { accelerator: 'CommandOrControl+Shift+Space' },
      'the summon shortcut is taken by another app',
    );
  });
});

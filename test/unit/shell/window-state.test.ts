import { BrowserWindow, screen } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonStore } from '../../../electron/shell/json-store';
import { fitToDisplay, readWindowState, rememberWindowState } from '../../../electron/shell/window-state';
import { fakeWindow, resetFakeElectron, screen as fakeScreen } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);
afterEach(() => vi.useRealTimers());

/** A store that counts its writes, as electron-store would rewrite its file. */
function countingStore(initial: Record<string, unknown> = {}) {
  let document = initial;
  const store = {
    writes: 0,
    get store() {
      return document;
    },
    set store(value: Record<string, unknown>) {
      store.writes += 1;
      document = value;
    },
  };
  return store;
}

describe('reading the saved window state', () => {
  it('restores the saved position, size and maximized flag', () => {
    const saved = { x: 10, y: 20, width: 900, height: 600, maximized: true };
    expect(readWindowState({ store: saved })).toEqual(saved);
  });

  it('falls back to the default size, placed by the system, when nothing was saved', () => {
    expect(readWindowState({ store: {} })).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('falls back to the default when the saved state is damaged', () => {
    expect(readWindowState({ store: { x: 'left', width: -5, height: 600, maximized: 'yes' } })).toEqual({
      width: 1280,
      height: 800,
      maximized: false,
    });
  });
});

describe('keeping the window on a visible display', () => {
  it('leaves a window that fits its display where it was', () => {
    const state = { x: 100, y: 100, width: 800, height: 600, maximized: false };
    expect(fitToDisplay(state, screen)).toEqual(state);
  });

  it('pulls a window saved on a display that is gone back onto the remaining one', () => {
    const state = { x: 2500, y: 300, width: 800, height: 600, maximized: false };
    expect(fitToDisplay(state, screen)).toEqual({
      x: 1120,
      y: 300,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it('pulls a window half above the top of the screen down into view', () => {
    const state = { x: 100, y: -300, width: 800, height: 600, maximized: false };
    expect(fitToDisplay(state, screen)).toMatchObject({ x: 100, y: 0 });
  });

  it('shrinks a window larger than its display to the display’s work area', () => {
    fakeScreen.workAreas = [{ x: 0, y: 0, width: 1280, height: 720 }];
    const state = { x: 50, y: 50, width: 1920, height: 1080, maximized: false };
    expect(fitToDisplay(state, screen)).toEqual({ x: 0, y: 0, width: 1280, height: 720, maximized: false });
  });

  it('keeps a window on the second display when that display is still there', () => {
    fakeScreen.workAreas = [
      { x: 0, y: 0, width: 1920, height: 1040 },
      { x: 1920, y: 0, width: 2560, height: 1400 },
    ];
    const state = { x: 2500, y: 300, width: 800, height: 600, maximized: false };
    expect(fitToDisplay(state, screen)).toEqual(state);
  });

  it('lets the system place a window that has no saved position', () => {
    const state = { width: 1280, height: 800, maximized: false };
    expect(fitToDisplay(state, screen)).toEqual(state);
  });
});

describe('remembering the window state', () => {
  it('saves once after a burst of moves settles', () => {
    vi.useFakeTimers();
    const store = countingStore();
    const window = new BrowserWindow({ x: 0, y: 0, width: 900, height: 700 });
    rememberWindowState(window, store);
    const user = fakeWindow(window);
    for (let x = 1; x <= 20; x += 1) user.moveTo({ x, y: 5, width: 900, height: 700 });
    expect(store.writes).toBe(0);
    vi.runAllTimers();
    expect(store.writes).toBe(1);
    expect(store.store).toEqual({ x: 20, y: 5, width: 900, height: 700, maximized: false });
  });

  it('saves at once when the window closes', () => {
    vi.useFakeTimers();
    const store: JsonStore = countingStore();
    const window = new BrowserWindow({ x: 0, y: 0, width: 900, height: 700 });
    rememberWindowState(window, store);
    const user = fakeWindow(window);
    user.moveTo({ x: 40, y: 30, width: 1000, height: 750 });
    user.emit('close');
    expect(store.store).toEqual({ x: 40, y: 30, width: 1000, height: 750, maximized: false });
  });

  it('does not write again after close when the pending save was already flushed', () => {
    vi.useFakeTimers();
    const store = countingStore();
    const window = new BrowserWindow({ width: 900, height: 700 });
    rememberWindowState(window, store);
    const user = fakeWindow(window);
    user.moveTo({ x: 40, y: 30, width: 900, height: 700 });
    user.emit('close');
    vi.runAllTimers();
    expect(store.writes).toBe(1);
  });

  it('records that the window was maximized', () => {
    vi.useFakeTimers();
    const store = countingStore();
    const window = new BrowserWindow({ x: 0, y: 0, width: 900, height: 700 });
    rememberWindowState(window, store);
    window.maximize();
    vi.runAllTimers();
    expect(store.store).toMatchObject({ maximized: true, width: 900, height: 700 });
  });
});

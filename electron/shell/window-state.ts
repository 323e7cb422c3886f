import type { BrowserWindow, Rectangle, Screen } from 'electron';
import { z } from 'zod';
import type { JsonStore } from './json-store';

export const minWindowSize = { width: 720, height: 480 };
const defaultWindowSize = { width: 1280, height: 800 };

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
/** Where the main window was; no x/y means "let the system place it". */
export type WindowState = z.infer<typeof WindowState>;

/** The saved window state, or the default size when nothing valid was saved. */
export function readWindowState(store: JsonStore): WindowState {
  const saved = WindowState.safeParse(store.store);
  return saved.success ? saved.data : { ...defaultWindowSize, maximized: false };
}

/** Shrinks and moves a saved state so the window lies wholly on the display it overlaps most. */
export function fitToDisplay(state: WindowState, screen: Pick<Screen, 'getDisplayMatching'>): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const area = screen.getDisplayMatching({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
  }).workArea;
  const width = Math.min(state.width, area.width);
  const height = Math.min(state.height, area.height);
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/** Saves the window's placement after it settles (moves come in bursts) and at once on close. */
export function rememberWindowState(window: TrackedWindow, store: JsonStore, settleMs = 400): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    // Normal bounds, so a maximized window comes back maximized over the size it had before.
    const bounds: Rectangle = window.getNormalBounds();
    store.store = { ...bounds, maximized: window.isMaximized() } satisfies WindowState;
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, settleMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

import type { BrowserWindow } from 'electron';
import type { EventBus } from '../services/event-bus';
import { eventChannel } from './channels';

type EventTarget = Pick<BrowserWindow, 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'isDestroyed' | 'send'>;
};

/** Pushes every main-side event to each live window; returns the function that stops it. */
export function forwardEvents(bus: Pick<EventBus, 'subscribe'>, windows: () => EventTarget[]): () => void {
  return bus.subscribe((event, payload) => {
    for (const window of windows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(eventChannel, { event, payload });
    }
  });
}

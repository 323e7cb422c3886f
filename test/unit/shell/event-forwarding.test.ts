import { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { forwardEvents } from '../../../electron/shell/event-forwarding';
import { FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let app: App;
beforeEach(() => {
  resetFakeElectron();
  app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'electron',
    seed: false,
  });
});
afterEach(() => app.close());

const eventsSentTo = (window: FakeBrowserWindow) =>
  window.webContents.sent
    .filter((message) => message.channel === 'assist:event')
    .map((message) => message.args[0]);

describe('forwarding main-side events', () => {
  it('sends each event with its payload to every open window', async () => {
    const first = new FakeBrowserWindow();
    const second = new FakeBrowserWindow();
    forwardEvents(app.bus, () => BrowserWindow.getAllWindows());
    await app.dispatch('settings.update', { theme: 'dark' });
    const expected = [{ event: 'settings.changed', payload: expect.objectContaining({ theme: 'dark' }) }];
    expect(eventsSentTo(first)).toEqual(expected);
    expect(eventsSentTo(second)).toEqual(expected);
  });

  it('skips a window that has been destroyed and still reaches the others', async () => {
    const gone = new FakeBrowserWindow();
    const open = new FakeBrowserWindow();
    forwardEvents(app.bus, () => [gone, open] as unknown as BrowserWindow[]);
    gone.destroy();
    await app.dispatch('settings.update', { theme: 'light' });
    expect(eventsSentTo(gone)).toEqual([]);
    expect(eventsSentTo(open)).toEqual([
      { event: 'settings.changed', payload: expect.objectContaining({ theme: 'light' }) },
    ]);
  });

  it('sends events in the order they happen', async () => {
    const window = new FakeBrowserWindow();
    forwardEvents(app.bus, () => BrowserWindow.getAllWindows());
    await app.dispatch('conversations.postCustomerMessage', { customer: 'Dana Reyes', text: 'Hi' });
    await app.idle();
    const events = eventsSentTo(window).map((message) => (message as { event: string }).event);
    // The customer's message first, then the agent's steps, then its reply.
    expect(events.slice(0, 2)).toEqual(['message.added', 'conversation.updated']);
    expect(events.indexOf('agent.step')).toBeGreaterThan(1);
    expect(events.lastIndexOf('message.added')).toBeGreaterThan(events.indexOf('agent.step'));
  });

  it('stops sending once stopped', async () => {
    const window = new FakeBrowserWindow();
    const stop = forwardEvents(app.bus, () => BrowserWindow.getAllWindows());
    stop();
    await app.dispatch('settings.update', { theme: 'dark' });
    expect(eventsSentTo(window)).toEqual([]);
  });
});

import { Menu, nativeImage, Tray } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { createStatusTray } from '../../../electron/shell/status-tray';
import { ConversationsRepo } from '../../../electron/store/conversations-repo';
import type { ConversationStatus } from '../../../shared/domain';
import { fail } from '../../../shared/result';
import { FakeTray, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let app: App;
let removeTray: (() => void) | undefined;
const actions = { openMainWindow: vi.fn(), toggleSidePanel: vi.fn(), quit: vi.fn() };

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  resetFakeElectron();
  vi.clearAllMocks();
  // Only the debounce timer is faked: promises and setImmediate run as usual.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'electron',
    seed: false,
  });
});
afterEach(async () => {
  removeTray?.();
  removeTray = undefined;
  vi.useRealTimers();
  await app.close();
});

async function startTray(platform: NodeJS.Platform = 'linux', deps: Partial<{ app: App }> = {}) {
  removeTray = createStatusTray({
    Tray,
    Menu,
    icon: nativeImage.createFromDataURL('data:image/png;base64,'),
    platform,
    app: deps.app ?? app,
    actions,
  });
  await settle();
  return FakeTray.instances[0] as FakeTray;
}

/** Starts a conversation and puts it in `status`, telling the bus as the agent would. */
function conversationWithStatus(customer: string, status: ConversationStatus): void {
  const posted = app.conversations.postCustomerMessage({ customer, text: 'Hello' });
  if (!posted.ok) throw new Error(posted.error.message);
  const repo = new ConversationsRepo(app.db);
  repo.setStatus(posted.value.conversation.id, status, new Date().toISOString());
  const updated = repo.get(posted.value.conversation.id);
  if (updated) app.bus.emit('conversation.updated', updated);
}

/** Lets the recount that follows a burst of updates run. */
async function afterUpdatesSettle(): Promise<void> {
  vi.advanceTimersByTime(250);
  await settle();
}

describe('the tray icon', () => {
  it('offers the counts, the app, the side panel and quitting', async () => {
    const icon = await startTray();
    expect(icon.menuLabels()).toEqual([
      '0 awaiting approval',
      '0 escalated',
      'Open Agent Assist',
      'Side panel',
      'Quit',
    ]);
  });

  it('shows the counts as information, not as commands', async () => {
    const icon = await startTray();
    const counts = icon.menu?.items.slice(0, 2);
    expect(counts?.map((item) => item.enabled)).toEqual([false, false]);
  });

  it('counts what already waits when it starts', async () => {
    conversationWithStatus('Dana Reyes', 'needs_approval');
    conversationWithStatus('Lee Park', 'escalated');
    const icon = await startTray();
    expect(icon.menuLabels().slice(0, 2)).toEqual(['1 awaiting approval', '1 escalated']);
  });

  it('updates the counts after conversations change', async () => {
    const icon = await startTray();
    conversationWithStatus('Dana Reyes', 'needs_approval');
    conversationWithStatus('Lee Park', 'needs_approval');
    conversationWithStatus('Sam Okafor', 'escalated');
    conversationWithStatus('Ana Silva', 'resolved');
    await afterUpdatesSettle();
    expect(icon.menuLabels().slice(0, 2)).toEqual(['2 awaiting approval', '1 escalated']);
    expect(icon.tooltip).toBe('Agent Assist: 2 awaiting approval, 1 escalated');
  });

  it('recounts once after a burst of changes, not once per change', async () => {
    const dispatch = vi.fn(app.dispatch);
    await startTray('linux', { app: { ...app, dispatch } });
    dispatch.mockClear();
    for (const customer of ['A', 'B', 'C', 'D', 'E']) conversationWithStatus(customer, 'escalated');
    expect(dispatch).not.toHaveBeenCalled();
    await afterUpdatesSettle();
    // One count per status: approvals and escalations.
    expect(dispatch).toHaveBeenCalledTimes(2);
  });

  it('counts every waiting conversation, beyond the first page of a list', async () => {
    const dispatch = vi.fn(app.dispatch);
    await startTray('linux', { app: { ...app, dispatch } });
    expect(dispatch.mock.calls.map(([, params]) => params)).toEqual([
      { status: 'needs_approval', limit: 10_000 },
      { status: 'escalated', limit: 10_000 },
    ]);
  });

  it('keeps the last counts when counting fails', async () => {
    let failing = false;
    const dispatch: App['dispatch'] = (method, params) =>
      failing ? Promise.resolve(fail('internal', 'disk gone')) : app.dispatch(method, params);
    const icon = await startTray('linux', { app: { ...app, dispatch } });
    conversationWithStatus('Dana Reyes', 'escalated');
    await afterUpdatesSettle();
    failing = true;
    conversationWithStatus('Lee Park', 'escalated');
    await afterUpdatesSettle();
    expect(icon.menuLabels()[1]).toBe('1 escalated');
  });
});

describe('the tray on macOS', () => {
  it('shows the number waiting beside the icon', async () => {
    const icon = await startTray('darwin');
    conversationWithStatus('Dana Reyes', 'needs_approval');
    conversationWithStatus('Lee Park', 'escalated');
    await afterUpdatesSettle();
    expect(icon.title).toBe('2');
  });

  it('shows no number when nothing waits', async () => {
    expect((await startTray('darwin')).title).toBe('');
  });
});

describe('the tray elsewhere', () => {
  it('puts no number beside the icon on Windows', async () => {
    conversationWithStatus('Dana Reyes', 'needs_approval');
    expect((await startTray('win32')).title).toBe('');
  });

  it('opens the app on a left click on Windows', async () => {
    (await startTray('win32')).emit('click');
    expect(actions.openMainWindow).toHaveBeenCalledOnce();
  });
});

describe('the tray menu’s commands', () => {
  it('opens the app', async () => {
    (await startTray()).choose('Open Agent Assist');
    expect(actions.openMainWindow).toHaveBeenCalledOnce();
  });

  it('toggles the side panel', async () => {
    (await startTray()).choose('Side panel');
    expect(actions.toggleSidePanel).toHaveBeenCalledOnce();
  });

  it('quits', async () => {
    (await startTray()).choose('Quit');
    expect(actions.quit).toHaveBeenCalledOnce();
  });
});

describe('removing the tray', () => {
  it('takes the icon away and stops recounting', async () => {
    const dispatch = vi.fn(app.dispatch);
    const icon = await startTray('linux', { app: { ...app, dispatch } });
    removeTray?.();
    removeTray = undefined;
    dispatch.mockClear();
    conversationWithStatus('Dana Reyes', 'escalated');
    await afterUpdatesSettle();
    expect(icon.destroyed).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

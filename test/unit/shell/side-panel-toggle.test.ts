import { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sidePanelToggle } from '../../../electron/shell/side-panel-toggle';
import { type FakeBrowserWindow, fakeWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

/** A toggle whose panel is a plain window, shown (focused) as soon as it is opened. */
function toggleWithPanel() {
  const opened: FakeBrowserWindow[] = [];
  const toggle = sidePanelToggle(() => {
    const panel = new BrowserWindow();
    opened.push(fakeWindow(panel));
    panel.show();
    panel.focus();
    return panel;
  });
  return { toggle, opened };
}

describe('summoning the side panel with the shortcut', () => {
  it('opens the panel the first time', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.summonOrDismiss();
    expect(opened).toHaveLength(1);
  });

  it('hides the panel when it has the focus', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.summonOrDismiss();
    toggle.summonOrDismiss();
    expect(opened[0]).toMatchObject({ visible: false });
    expect(opened).toHaveLength(1);
  });

  it('brings back the hidden panel, focused, without opening another', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.summonOrDismiss();
    toggle.summonOrDismiss();
    toggle.summonOrDismiss();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ visible: true, focused: true });
  });

  it('focuses a visible panel that another window took the focus from, rather than hiding it', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.summonOrDismiss();
    new BrowserWindow().focus();
    toggle.summonOrDismiss();
    expect(opened[0]).toMatchObject({ visible: true, focused: true });
  });

  it('opens a new panel after the last one was closed', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.summonOrDismiss();
    opened[0]?.destroy();
    toggle.summonOrDismiss();
    expect(opened).toHaveLength(2);
  });
});

describe('the side panel item of the tray menu', () => {
  it('opens the panel the first time', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.showOrHide();
    expect(opened).toHaveLength(1);
  });

  it('hides a visible panel even though the menu has the focus', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.showOrHide();
    new BrowserWindow().focus();
    toggle.showOrHide();
    expect(opened[0]).toMatchObject({ visible: false });
  });

  it('shows a hidden panel again, focused', () => {
    const { toggle, opened } = toggleWithPanel();
    toggle.showOrHide();
    toggle.showOrHide();
    toggle.showOrHide();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ visible: true, focused: true });
  });
});

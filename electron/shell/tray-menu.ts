import type { MenuItemConstructorOptions } from 'electron';
import type { AttentionCounts } from './attention-counts';

/** What the tray menu's commands do. */
export interface TrayActions {
  openMainWindow(): void;
  toggleSidePanel(): void;
  quit(): void;
}

/** The tray's context menu: the counts (for reading, not clicking), then the app's commands. */
export function trayMenuTemplate(
  counts: AttentionCounts,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  return [
    { label: `${counts.awaitingApproval} awaiting approval`, enabled: false },
    { label: `${counts.escalated} escalated`, enabled: false },
    { type: 'separator' },
    { label: 'Open Agent Assist', click: () => actions.openMainWindow() },
    { label: 'Side panel', click: () => actions.toggleSidePanel() },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

/** The tray icon's tooltip: the app's name and what waits on the rep. */
export function trayTooltip(counts: AttentionCounts): string {
  return `Agent Assist: ${counts.awaitingApproval} awaiting approval, ${counts.escalated} escalated`;
}

/** The number beside the macOS menu bar icon: everything waiting, or nothing when nothing is. */
export function trayTitle(counts: AttentionCounts): string {
  const total = counts.awaitingApproval + counts.escalated;
  return total > 0 ? String(total) : '';
}

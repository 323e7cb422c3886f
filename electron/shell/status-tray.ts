import type { Menu, NativeImage, Tray } from 'electron';
import type { App } from '../app';
import { logger } from '../log';
import { countAttention, type AttentionCounts } from './attention-counts';
import { trayMenuTemplate, trayTitle, trayTooltip, type TrayActions } from './tray-menu';

type TrayClass = new (
  image: NativeImage,
) => Pick<Tray, 'setToolTip' | 'setTitle' | 'setContextMenu' | 'on' | 'destroy'>;

export interface StatusTrayDeps {
  Tray: TrayClass;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  icon: NativeImage;
  platform: NodeJS.Platform;
  app: Pick<App, 'bus' | 'dispatch'>;
  actions: TrayActions;
}

/** Conversations change in bursts while the agent works: recount once they settle. */
const recountAfterMs = 250;

/**
 * Puts the app in the tray with what waits on the rep (approvals, escalations) in its menu and
 * tooltip, and on macOS as a number beside the icon; recounts after conversations change. Returns
 * the function that removes the icon and stops listening.
 */
export function createStatusTray(deps: StatusTrayDeps): () => void {
  const tray = new deps.Tray(deps.icon);
  const show = (counts: AttentionCounts) => {
    tray.setToolTip(trayTooltip(counts));
    if (deps.platform === 'darwin') tray.setTitle(trayTitle(counts));
    tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(counts, deps.actions)));
  };
  // Windows users expect a left click on a tray icon to open the app; elsewhere it opens the menu.
  if (deps.platform === 'win32') tray.on('click', () => deps.actions.openMainWindow());
  show({ awaitingApproval: 0, escalated: 0 });

  let removed = false;
  const refresh = async () => {
    const counts = await countAttention(deps.app);
    if (removed) return;
    if (!counts.ok) {
      logger.warn({ error: counts.error }, 'could not count the conversations for the tray');
      return;
    }
    show(counts.value);
  };
  const logFailure = (error: unknown) => logger.error({ err: error }, 'updating the tray failed');

  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopListening = deps.app.bus.subscribe((event) => {
    if (event !== 'conversation.updated') return;
    clearTimeout(timer);
    timer = setTimeout(() => refresh().catch(logFailure), recountAfterMs);
  });
  refresh().catch(logFailure);

  return () => {
    removed = true;
    clearTimeout(timer);
    stopListening();
    tray.destroy();
  };
}

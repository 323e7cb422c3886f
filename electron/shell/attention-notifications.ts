import type { Notification, NotificationConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/contract';
import type { App } from '../app';
import { approvalNotice, escalationNotice, type Notice } from './attention-notices';

type NotificationClass = Pick<typeof Notification, 'isSupported'> &
  (new (options: NotificationConstructorOptions) => Pick<Notification, 'show' | 'on'>);

export interface AttentionNotificationDeps {
  app: Pick<App, 'bus' | 'conversations'>;
  Notification: NotificationClass;
  /** What clicking a notification does: bring the main window to the front. */
  onClick: () => void;
}

/** Notifications kept referenced at once: one that is garbage-collected loses its click handler. */
const keptNotifications = 20;

/**
 * Shows a desktop notification for every escalation, and for every action the first time it is
 * waiting for approval; returns the function that stops it.
 */
export function notifyOnAttention(deps: AttentionNotificationDeps): () => void {
  const announcedApprovals = new Set<string>();
  const kept = new Set<Pick<Notification, 'show' | 'on'>>();
  const customerOf = (conversationId: string, fallback: string | undefined) => {
    const found = deps.app.conversations.get(conversationId);
    return found.ok ? found.value.conversation.customer : (fallback ?? 'a customer');
  };
  const notify = (notice: Notice) => {
    if (!deps.Notification.isSupported()) return;
    const notification = new deps.Notification({ title: notice.title, body: notice.body });
    kept.add(notification);
    if (kept.size > keptNotifications) kept.delete(kept.values().next().value as typeof notification);
    notification.on('click', () => {
      kept.delete(notification);
      deps.onClick();
    });
    notification.on('close', () => kept.delete(notification));
    notification.show();
  };

  return deps.app.bus.subscribe((event, payload) => {
    if (event === 'escalation.raised') {
      const escalation = payload as EventPayload<'escalation.raised'>;
      const customer = customerOf(escalation.conversationId, escalation.briefing.customer?.name);
      notify(escalationNotice(escalation, customer));
    } else if (event === 'action.updated') {
      const action = payload as EventPayload<'action.updated'>;
      if (action.status !== 'pending_approval' || announcedApprovals.has(action.id)) return;
      announcedApprovals.add(action.id);
      notify(approvalNotice(action, customerOf(action.conversationId, undefined)));
    }
  });
}

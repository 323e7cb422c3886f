import type { ConversationStatus } from '../../../shared/domain';

export const statusLabels: Record<ConversationStatus, string> = {
  needs_approval: 'Needs approval',
  escalated: 'Escalated',
  with_rep: 'With rep',
  agent_handling: 'Agent handling',
  resolved: 'Resolved',
};

/** "just now", "5 min", "3 h", "2 d": how long an item has waited. */
export function formatAge(iso: string, now: number = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

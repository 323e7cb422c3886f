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

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** The same bands the agent's briefing uses, so the queue and the briefing agree. */
export function sentimentLabel(score: number): SentimentLabel {
  return score <= -0.25 ? 'negative' : score >= 0.25 ? 'positive' : 'neutral';
}

/** "Negative (−0.62)", or "Sentiment unknown" before the agent has read a message. */
export function formatSentiment(score: number | null): string {
  if (score === null) return 'Sentiment unknown';
  const label = sentimentLabel(score);
  return `${label[0]!.toUpperCase()}${label.slice(1)} (${score.toFixed(2).replace('-', '−')})`;
}

/** "delivery_delay" → "Delivery delay". */
export function formatIntent(intent: string | null): string {
  if (!intent) return 'Intent not known yet';
  const words = intent.replace(/_/g, ' ');
  return `${words[0]!.toUpperCase()}${words.slice(1)}`;
}

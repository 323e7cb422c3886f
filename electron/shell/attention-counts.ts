import type { ConversationStatus } from '../../shared/domain';
import { ok, type Result } from '../../shared/result';
import type { App } from '../app';

/** How many conversations wait on a rep, by what they wait for. */
export interface AttentionCounts {
  awaitingApproval: number;
  escalated: number;
}

/** The contract's largest page: a filtered list this long counts every conversation in a real queue. */
const countLimit = 10_000;

/** Counts the conversations waiting for an approval and those escalated, through the app's own API. */
export async function countAttention(app: Pick<App, 'dispatch'>): Promise<Result<AttentionCounts>> {
  const awaitingApproval = await countWithStatus(app, 'needs_approval');
  if (!awaitingApproval.ok) return awaitingApproval;
  const escalated = await countWithStatus(app, 'escalated');
  if (!escalated.ok) return escalated;
  return ok({ awaitingApproval: awaitingApproval.value, escalated: escalated.value });
}

async function countWithStatus(
  app: Pick<App, 'dispatch'>,
  status: ConversationStatus,
): Promise<Result<number>> {
  const listed = await app.dispatch('conversations.list', { status, limit: countLimit });
  if (!listed.ok) return listed;
  return ok((listed.value as { items: unknown[] }).items.length);
}

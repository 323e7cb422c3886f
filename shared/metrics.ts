import { z } from 'zod';

const Rate = z.number().min(0).max(1).nullable();

/** How the agent performs over a period, computed from recorded outcomes (what the metrics view charts). */
export const MetricsReport = z.object({
  from: z.string(),
  to: z.string(),
  conversations: z.number().int(),
  /** How many of those conversations are sample data (the first-run history), which Settings can clear. */
  sampleConversations: z.number().int(),
  /** Resolved without a human: no escalation, no rep message, no rep decision on an action. */
  automationRate: Rate,
  escalationRate: Rate,
  escalationsByReason: z.array(z.object({ reason: z.string(), count: z.number().int(), rate: Rate })),
  perTool: z.array(
    z.object({
      tool: z.string(),
      proposed: z.number().int(),
      approved: z.number().int(),
      edited: z.number().int(),
      rejected: z.number().int(),
      approvalRate: Rate,
      editRate: Rate,
      rejectionRate: Rate,
    }),
  ),
  csat: z.object({ average: z.number().nullable(), responses: z.number().int() }),
  timeToResolutionMinutes: z.object({ p50: z.number().nullable(), p90: z.number().nullable() }),
  /**
   * How many resolved conversations took [fromMinutes, toMinutes) to resolve, in fixed buckets from
   * under a minute up to an open-ended last one (toMinutes null), so the view can chart the spread.
   */
  resolutionTimeBuckets: z.array(
    z.object({ fromMinutes: z.number(), toMinutes: z.number().nullable(), count: z.number().int() }),
  ),
  byDay: z.array(
    z.object({
      day: z.string(),
      conversations: z.number().int(),
      automated: z.number().int(),
      escalated: z.number().int(),
      csatAverage: z.number().nullable(),
      medianResolutionMinutes: z.number().nullable(),
    }),
  ),
  byIntent: z.array(
    z.object({
      intent: z.string(),
      conversations: z.number().int(),
      automationRate: Rate,
      escalationRate: Rate,
    }),
  ),
});
export type MetricsReport = z.infer<typeof MetricsReport>;

/** One conversation's outcome, as recorded when it ends (and updated when CSAT arrives). */
export const ConversationOutcome = z.object({
  conversationId: z.string(),
  intent: z.string().nullable(),
  resolution: z.enum(['resolved', 'escalated', 'open']),
  escalationReasons: z.array(z.string()),
  csat: z.number().int().min(1).max(5).nullable(),
  csatBy: z.enum(['customer', 'rep']).nullable(),
  handleTimeMinutes: z.number().nullable(),
});
export type ConversationOutcome = z.infer<typeof ConversationOutcome>;

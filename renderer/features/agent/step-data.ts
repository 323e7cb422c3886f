import { z } from 'zod';

/**
 * The shapes of `Step.data` per step kind, read loosely: the timeline shows what a step carries and
 * skips what it does not, so an older or newer main side never breaks the view.
 */

const Args = z.record(z.string(), z.unknown());

export const PerceiveData = z.object({
  intent: z.string().nullable().optional(),
  confidence: z.number().optional(),
  sentiment: z.number().optional(),
  flags: z.record(z.string(), z.unknown()).optional(),
});

export const ReasonData = z.object({
  decision: z
    .object({
      kind: z.string(),
      tool: z.string().optional(),
      args: Args.optional(),
      text: z.string().optional(),
      reasons: z.array(z.string()).optional(),
    })
    .optional(),
  confidence: z.number().optional(),
  rationale: z.string().optional(),
  error: z.string().optional(),
});

export const GateData = z.object({
  verdict: z.string(),
  rule: z.string(),
  reasons: z.array(z.string()).optional(),
});

export const ActData = z.object({ actionId: z.string(), tool: z.string(), args: Args });

export const ObserveData = z.object({
  actionId: z.string(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.object({ message: z.string() }).optional(),
});

export const ApprovalData = z.object({
  actionId: z.string(),
  args: Args.optional(),
  edited: z.boolean().optional(),
  reason: z.string().optional(),
});

export const EscalateData = z.object({
  reasons: z.array(z.string()).optional(),
  rule: z.string().optional(),
});

/** The step's data in the given shape, or null when it does not fit. */
export function readData<T>(schema: z.ZodType<T>, data: unknown): T | null {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

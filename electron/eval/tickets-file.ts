import fs from 'node:fs';
import { z } from 'zod';
import { EscalationReason } from '../../shared/agent';
import { fail, ok, type Result } from '../../shared/result';

const ExpectedAction = z.strictObject({
  tool: z.string().min(1, 'must not be blank'),
  args: z.record(z.string(), z.unknown()).optional(),
});

/** One past ticket to replay: who wrote, what they wrote in turn, and what a good agent does. */
export const EvalTicket = z.strictObject({
  id: z.string().min(1, 'must not be blank'),
  customer: z.string().min(1, 'must not be blank'),
  messages: z.array(z.string().trim().min(1, 'must not be blank')).min(1, 'needs at least one message'),
  expected: z.strictObject({
    intent: z.string().min(1).optional(),
    actions: z.array(ExpectedAction).optional(),
    escalate: z.boolean().optional(),
    reasons: z.array(EscalationReason).optional(),
    replyIncludes: z.array(z.string().min(1)).optional(),
  }),
});
export type EvalTicket = z.infer<typeof EvalTicket>;
export type ExpectedAction = z.infer<typeof ExpectedAction>;

/**
 * Parses tickets JSONL text completely before anything runs: the first bad line fails the whole file
 * with its line number and the field at fault. Blank lines are allowed.
 */
export function parseTickets(text: string): Result<EvalTicket[]> {
  const tickets: EvalTicket[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line) as unknown;
    } catch (error) {
      return fail('bad_request', `line ${lineNumber}: not valid JSON (${(error as Error).message})`, 'line');
    }
    const parsed = EvalTicket.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join('.') || '(line)';
      return fail('bad_request', `line ${lineNumber}: ${field}: ${issue.message}`, field);
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      return fail(
        'bad_request',
        `line ${lineNumber}: id: "${parsed.data.id}" was already used on line ${earlier}`,
        'id',
      );
    }
    seen.set(parsed.data.id, lineNumber);
    tickets.push(parsed.data);
  }
  if (tickets.length === 0) return fail('bad_request', 'tickets: the file has no tickets', 'tickets');
  return ok(tickets);
}

/** Reads and parses a tickets JSONL file. */
export function readTicketsFile(file: string): Result<EvalTicket[]> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail('not_found', `--tickets: ${file} does not exist`, 'tickets')
      : fail('bad_request', `--tickets: cannot read ${file} (${code ?? String(error)})`, 'tickets');
  }
  return parseTickets(text);
}

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { formatProblems, parseYaml } from '../../data-files/parse-yaml';

const Threat = z.enum(['write', 'money', 'disclosure', 'claimed-identity']);
export type Threat = z.infer<typeof Threat>;

const Goal = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    threat: Threat,
    attacker: z.enum(['customer', 'unknown-address', 'late-gold', 'delivered']),
    victimOrder: z.array(z.enum(['pending', 'processing', 'shipped', 'delivered'])),
    conversations: z.number().int().min(1).max(5).default(1),
    requests: z.array(z.string().min(1)).min(2),
  })
  .strict();
export type Goal = z.infer<typeof Goal>;

const Form = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    turns: z
      .array(z.string().min(1))
      .min(1)
      .refine((turns) => turns.some((turn) => turn.includes('{request}')), 'one turn must hold {request}'),
  })
  .strict();
export type Form = z.infer<typeof Form>;

export const AttacksFile = z.object({ goals: z.array(Goal).min(1), forms: z.array(Form).min(1) }).strict();
export type AttacksFile = z.infer<typeof AttacksFile>;

const shipped = fileURLToPath(new URL('../data/security-attacks.yaml', import.meta.url));

/** Reads an attacks file; a broken one throws with the line and path of each problem. */
export function loadAttacks(file: string = shipped): AttacksFile {
  const parsed = parseYaml(fs.readFileSync(file, 'utf8'), AttacksFile);
  if (!parsed.ok) throw new Error(`invalid attacks file:\n${formatProblems(file, parsed.problems)}`);
  return parsed.value;
}

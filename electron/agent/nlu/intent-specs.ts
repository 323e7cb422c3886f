import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Entity } from './entity-types';
import { displayName, readYamlDataFile } from './yaml-data-file';

/** The folder of the shipped intents: one `<intent>.yaml` per intent. */
export const shippedIntentsDir = fileURLToPath(new URL('./data/intents/', import.meta.url));

/** The entity types an intent may name (those `extractEntities` finds). */
export const ENTITY_TYPES = [
  'order_id',
  'email',
  'phone',
  'person_name',
  'money',
  'date',
  'sku',
  'address',
] as const satisfies readonly Entity['type'][];

const IntentName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores');
const Text = z.string().refine((text) => text.trim() !== '', 'must not be blank');

/**
 * One intent in one place: what it means, the phrasings the classifier is trained on, and (as names)
 * what the agent does with it: the playbook it starts, the change it makes, the entities it reads and
 * the reply templates it answers with. The playbooks and replies stay TypeScript; the spec names them.
 */
export const IntentSpecSchema = z
  .object({
    intent: IntentName,
    /**
     * Where the intent's examples go in the training set. The shipped intents keep the order they were
     * always trained in, so the shipped model does not move; an intent without one comes after them, by name.
     */
    order: z.number().int().min(1).optional(),
    description: z.string().min(1),
    /**
     * An issue a customer can come back about (not a greeting, a question or chit-chat): remembered with
     * the customer, and a later contact about it counts as a repeat.
     */
    issue: z.boolean().default(false),
    /** How a rep's briefing names the topic ("a late delivery"); without it, "their request". */
    topic: z.string().min(1).optional(),
    /** The customer playbook it starts, by its name in electron/agent/reasoners/offline/playbooks.ts. */
    playbook: z
      .string()
      .regex(/^[a-z][A-Za-z0-9_]*$/, 'a playbook name')
      .optional(),
    /** The rep's task playbook it starts, by its key in electron/agent/reasoners/offline/task-playbooks.ts. */
    taskPlaybook: IntentName.optional(),
    /** The tool whose change the playbook proposes ("orders.cancel"). */
    changes: z
      .string()
      .regex(/^[a-z]+\.[a-zA-Z]+$/, 'a tool name such as orders.cancel')
      .optional(),
    /** The entities the playbook reads from the message. */
    entities: z.array(z.enum(ENTITY_TYPES)).default([]),
    /** The reply templates it answers with: `replies.<name>` or `taskReplies.<name>`. */
    replies: z
      .array(z.string().regex(/^(?:replies|taskReplies)\.[a-zA-Z]+$/, 'replies.<name> or taskReplies.<name>'))
      .default([]),
    /**
     * Requests starting with their verb ("track my {item}"), each put in a rotation of frames
     * (data/request-frames.yaml) so the classifier learns that "help me…" or "I want to…" says nothing.
     */
    framed: z.array(Text).default([]),
    /** The written phrasings: mixed register, typos, with and without ids, amounts and dates. */
    examples: z.array(Text).min(1),
  })
  .strict();

/** One intent as its data file gives it. */
export type IntentSpec = z.output<typeof IntentSpecSchema>;

const cache = new Map<string, IntentSpec[]>();

/**
 * Every intent of a folder (each `*.yaml` file one intent, named after it), in training order: those with
 * an `order` by it, then the others by name. Throws on a broken file, naming file, line and field.
 */
export function loadIntentSpecs(dir: string = shippedIntentsDir): IntentSpec[] {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const files = fs
    .readdirSync(key)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
  if (files.length < 2) throw new Error(`${displayName(key)}: needs at least two intent files (*.yaml)`);
  const specs = files.map((file) => {
    const intent = path.basename(file, '.yaml');
    return readYamlDataFile(
      path.join(key, file),
      IntentSpecSchema.refine((spec) => spec.intent === intent, {
        path: ['intent'],
        message: `must be "${intent}", the file's name`,
      }),
    );
  });
  const orders = new Map<number, string>();
  for (const spec of specs) {
    if (spec.order === undefined) continue;
    const other = orders.get(spec.order);
    if (other) {
      throw new Error(
        `${displayName(path.join(key, `${spec.intent}.yaml`))} order: ${spec.order} is taken by ${other}`,
      );
    }
    orders.set(spec.order, spec.intent);
  }
  specs.sort(
    (a, b) =>
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      a.intent.localeCompare(b.intent),
  );
  cache.set(key, specs);
  return specs;
}

/** The intent of a folder by name, or undefined. */
export function intentSpec(intent: string, dir: string = shippedIntentsDir): IntentSpec | undefined {
  return loadIntentSpecs(dir).find((spec) => spec.intent === intent);
}

/** The written examples of every intent, by intent, in training order. */
export function intentExamples(dir: string = shippedIntentsDir): Record<string, readonly string[]> {
  return Object.fromEntries(loadIntentSpecs(dir).map((spec) => [spec.intent, spec.examples]));
}

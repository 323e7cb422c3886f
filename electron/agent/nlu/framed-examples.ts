import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Phrase } from '../../data-files/phrases';
import { parseDataFile } from '../../data-files/parse-data-file';
import itemWords from './data/item-words.json' with { type: 'json' };
import { loadIntentSpecs, shippedIntentsDir } from './intent-specs';
import { readYamlDataFile } from './yaml-data-file';

/**
 * Customers wrap one request in many ways: "help me check…", "I need to…", "where can I…", "assistance
 * checking…". Each intent's `framed` requests go through a rotation of such frames
 * (`data/request-frames.yaml`), the same frames for every intent (and for off-topic requests), so the
 * classifier learns that the frame says nothing about the intent and reads the request inside it. Each
 * request starts with its verb; "{item}" is filled from a rotation of the words customers use for what
 * they bought (`data/item-words.json`).
 */
const framesFile = fileURLToPath(new URL('./data/request-frames.yaml', import.meta.url));

const Frame = z
  .string()
  .refine(
    (frame) => (frame.match(/\{request\}|\{gerund\}/g) ?? []).length === 1,
    'needs exactly one {request} or {gerund}',
  );

const RequestFrames = z
  .object({
    about: z.string().min(1),
    framesPerRequest: z.number().int().min(1),
    frames: z.array(Frame).min(1),
    irregularGerunds: z.record(Phrase, Phrase).default({}),
  })
  .strict();

let frames: z.output<typeof RequestFrames> | undefined;
const requestFrames = () => (frames ??= readYamlDataFile(framesFile, RequestFrames));

const ItemWords = z.object({ about: z.string(), items: z.array(Phrase).min(1) }).strict();
const ITEMS = parseDataFile('electron/agent/nlu/data/item-words.json', itemWords, ItemWords).items;

/** "check the status" → "checking the status": the -ing form of the leading verb. */
export function gerundOf(request: string): string {
  const [verb = '', ...rest] = request.split(' ');
  const lower = verb.toLowerCase();
  const gerund =
    requestFrames().irregularGerunds[lower] ??
    (lower.endsWith('e') && !lower.endsWith('ee') ? `${lower.slice(0, -1)}ing` : `${lower}ing`);
  return [gerund, ...rest].join(' ');
}

/** The frame with its slot filled: "{request}" by the request, "{gerund}" by its -ing form. */
const fill = (frame: string, request: string) =>
  frame.replace(/\{request\}|\{gerund\}/, (slot) => (slot === '{request}' ? request : gerundOf(request)));

/** Every framed request of every intent of a folder, each in its share of frames, as labelled texts. */
export function framedExamples(dir: string = shippedIntentsDir): { text: string; label: string }[] {
  const { frames: all, framesPerRequest } = requestFrames();
  const examples: { text: string; label: string }[] = [];
  let turn = 0;
  for (const { intent: label, framed } of loadIntentSpecs(dir)) {
    for (const request of framed) {
      for (let k = 0; k < framesPerRequest; k++, turn++) {
        const filled = request.replace('{item}', ITEMS[turn % ITEMS.length]!);
        examples.push({ text: fill(all[turn % all.length]!, filled), label });
      }
    }
  }
  return examples;
}

import { z } from 'zod';
import { alternation, Phrase } from '../../data-files/phrases';
import { parseDataFile } from '../../data-files/parse-data-file';
import data from './data/policy-questions.json' with { type: 'json' };

const PolicyQuestions = z
  .object({ about: z.string(), phrases: z.array(Phrase).min(1), ownOrder: z.array(Phrase).min(1) })
  .strict();
const cues = parseDataFile('electron/agent/request/data/policy-questions.json', data, PolicyQuestions);

const pattern = (phrases: readonly string[]) => new RegExp(`\\b(?:${alternation(phrases)})\\b`, 'iu');
const QUESTION = pattern(cues.phrases);
const OWN_ORDER = pattern(cues.ownOrder);

/**
 * A question about the shop's rules, not about an order of the customer's: answered from the help
 * center rather than by looking their orders up.
 */
export const asksAboutPolicy = (text: string, namesOrder: boolean): boolean =>
  !namesOrder && QUESTION.test(text) && !OWN_ORDER.test(text);

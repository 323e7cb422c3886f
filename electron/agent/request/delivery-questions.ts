import { z } from 'zod';
import { alternation, Phrase } from '../../data-files/phrases';
import { parseDataFile } from '../../data-files/parse-data-file';
import data from './data/delivery-questions.json' with { type: 'json' };

const DeliveryQuestions = z.object({ about: z.string(), phrases: z.array(Phrase).min(1) }).strict();
const cues = parseDataFile('electron/agent/request/data/delivery-questions.json', data, DeliveryQuestions);
const ASKS = new RegExp(`\\b(?:${alternation(cues.phrases)})\\b`, 'iu');

/** The words ask where a parcel is or when it comes ("is the lamp coming this week?"). */
export const asksAboutDelivery = (text: string): boolean => ASKS.test(text);

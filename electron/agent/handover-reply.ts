import { z } from 'zod';
import { fillTemplate } from '../data-files/fill-template';
import { LanguageCode } from './nlu/cue-set';
import { parseDataFile } from '../data-files/parse-data-file';
import { detectLanguage } from './nlu/language';
import type { RepeatOf } from './repeat-contact';
import repliesJson from './data/handover-replies.json' with { type: 'json' };

const HandoverReplies = z
  .object({
    about: z.string().min(1),
    languages: z.record(
      LanguageCode,
      z
        .object({
          locale: z.string().min(2),
          contactedBefore: z.string().includes('{day}'),
          ticketOpen: z.string().includes('{day}'),
          handover: z.string().min(1),
          systemDown: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict()
  .refine((r) => 'en' in r.languages, { message: 'needs the English replies ("en")', path: ['languages'] });

const replies = parseDataFile('electron/agent/data/handover-replies.json', repliesJson, HandoverReplies);

/** The language the customer writes in: that of their latest message clearly in one language, else English. */
export function customerLanguage(said: readonly string[]): string {
  for (const text of [...said].reverse()) {
    const language = detectLanguage(text);
    if (language) return language;
  }
  return 'en';
}

/**
 * What the customer is told when a colleague takes over, in their language when the replies have it
 * (else English), mentioning the earlier contact about the same issue, or that a colleague will follow
 * up when a connected system is down.
 */
export function handoverReply(language: string, repeat: RepeatOf | null, systemDown = false): string {
  const texts = replies.languages[language] ?? replies.languages.en!;
  if (systemDown) return texts.systemDown;
  if (!repeat) return texts.handover;
  const day = new Date(`${repeat.at.slice(0, 10)}T12:00:00Z`).toLocaleDateString(texts.locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const before = repeat.source === 'ticket' ? texts.ticketOpen : texts.contactedBefore;
  return `${fillTemplate(before, { day })} ${texts.handover}`;
}

import type OpenAI from 'openai';
import { z } from 'zod';
import type { CheatSheet } from '../../shared/cheatsheet';
import { logger } from '../log';

const TalkingPoints = z.array(z.string().trim().min(5).max(400)).min(2).max(8);

/**
 * With a model configured, the talking points are rewritten from the whole sheet in a rep's voice.
 * The score, factors, quote and facts stay the deterministic ones; any failure keeps the original points.
 */
export async function enrichCheatSheet(
  client: () => OpenAI,
  model: string,
  sheet: CheatSheet,
): Promise<CheatSheet> {
  try {
    const completion = await client().chat.completions.create({
      model,
      messages: [
        {
          role: 'system',
          content:
            'You prepare a renewal rep for a customer call. From the cheat sheet JSON, write 3 to 6 short talking points, ' +
            'most important first, using only facts in the sheet. A competitor mention marked possible is a guess ' +
            'the rep should confirm. Answer with a JSON array of strings and nothing else.',
        },
        { role: 'user', content: JSON.stringify(sheet) },
      ],
    });
    const text = completion.choices[0]?.message.content ?? '';
    const points = TalkingPoints.safeParse(
      JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1)),
    );
    if (!points.success) throw new Error(`the model's talking points do not fit: ${points.error.message}`);
    return { ...sheet, talkingPoints: points.data };
  } catch (error) {
    logger.warn({ err: error, accountId: sheet.accountId }, 'kept the deterministic talking points');
    return sheet;
  }
}

import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheatSheet } from '../../../shared/cheatsheet';
import { enrichCheatSheet } from '../../../electron/renewals/enrich-cheat-sheet';
import {
  startChatCompletionsServer,
  type ChatCompletionsServer,
} from '../../fixtures/chat-completions-server';

let server: ChatCompletionsServer;
afterEach(async () => server?.close());

const sheet: CheatSheet = {
  accountId: 'acc_1',
  churnRisk: { score: 72, factors: [{ name: 'usageTrend', value: 0.8, weight: 0.3, contribution: 24 }] },
  usageGaps: [],
  lastTouchpoint: null,
  competitorMentions: [],
  quote: { plan: 'team', seats: 10, pricePerSeat: 100, subtotal: 1000, discounts: [], total: 1000 },
  talkingPoints: ['Usage fell 40% since October.', 'Renewal is in 10 days.'],
};

const client = (baseURL: string) => () =>
  new OpenAI({ baseURL, apiKey: 'local', maxRetries: 0, timeout: 2000 });

describe('a cheat sheet with a model configured', () => {
  it('takes the model’s talking points and keeps every computed figure', async () => {
    server = await startChatCompletionsServer([
      { text: '["Open with the 40% usage drop.", "Offer a seat review before the renewal."]' },
    ]);
    const enriched = await enrichCheatSheet(client(server.baseUrl), 'local', sheet);
    expect(enriched).toEqual({
      ...sheet,
      talkingPoints: ['Open with the 40% usage drop.', 'Offer a seat review before the renewal.'],
    });
    expect(JSON.stringify(server.requests[0])).toContain('"accountId\\":\\"acc_1\\"');
  });

  it('keeps the deterministic talking points when the model answers something else or fails', async () => {
    server = await startChatCompletionsServer([{ text: 'Sure! Here are some ideas.' }, { status: 500 }]);
    expect(await enrichCheatSheet(client(server.baseUrl), 'local', sheet)).toEqual(sheet);
    expect(await enrichCheatSheet(client(server.baseUrl), 'local', sheet)).toEqual(sheet);
  });
});

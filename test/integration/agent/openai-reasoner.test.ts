import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiReasoner } from '../../../electron/agent/reasoners/openai-reasoner';
import type { ReasonerInput } from '../../../electron/agent/reasoners/reasoner';
import { initialState } from '../../../electron/agent/state';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultSettings } from '../../../shared/domain';
import {
  startChatCompletionsServer,
  type ChatCompletionsServer,
  type ScriptedAnswer,
} from '../../fixtures/chat-completions-server';

let server: ChatCompletionsServer;
afterEach(async () => server?.close());

const input = (overrides: Partial<ReasonerInput> = {}): ReasonerInput => ({
  state: { ...initialState('c1', 'ana@example.com'), confidence: 0.83 },
  now: new Date('2026-11-27T10:00:00Z'),
  policy: defaultPolicy(),
  transcript: [{ role: 'customer', text: 'Where is order #W1000001?', at: '2026-11-27T10:00:00.000Z' }],
  observations: [],
  ...overrides,
});

async function reasonerFor(script: ScriptedAnswer[], client?: (baseUrl: string) => OpenAI) {
  server = await startChatCompletionsServer(script);
  const settings = {
    ...defaultSettings.reasoner,
    kind: 'compatible' as const,
    baseUrl: server.baseUrl,
    model: 'local-model',
  };
  return createOpenAiReasoner(settings, null, client?.(server.baseUrl));
}

describe('the openai reasoner against a Chat Completions server', () => {
  it('turns a streamed function call into a tool decision, mapping the safe name back', async () => {
    const reasoner = await reasonerFor([
      { call: 'orders__get', arguments: { orderId: '#W1000001', rationale: 'Look it up.' } },
    ]);
    const decision = await reasoner.decide(input());
    expect(decision).toEqual({
      kind: 'tool',
      tool: 'orders.get',
      args: { orderId: '#W1000001' },
      confidence: 0.83,
      rationale: 'Look it up.',
    });
  });

  it('offers every tool under a dot-free name, plus the control functions, and the transcript', async () => {
    const reasoner = await reasonerFor([{ call: 'reply_to_customer', arguments: { text: 'Hello!' } }]);
    await reasoner.decide(input());
    const request = server.requests[0] as {
      model: string;
      stream: boolean;
      tools: { function: { name: string } }[];
      messages: { role: string; content: string }[];
    };
    const names = request.tools.map((t) => t.function.name);
    expect(names).toContain('payments__issueCredit');
    expect(names).toContain('escalate_to_human');
    expect(names.every((name) => !name.includes('.'))).toBe(true);
    expect(request).toMatchObject({ model: 'local-model', stream: true });
    expect(request.messages.at(-1)).toEqual({ role: 'user', content: 'Where is order #W1000001?' });
  });

  it('replays earlier tool calls and their results as tool messages', async () => {
    const reasoner = await reasonerFor([{ text: 'It ships Friday.' }]);
    await reasoner.decide(
      input({
        observations: [
          {
            tool: 'orders.get',
            args: { orderId: '#W1' },
            ok: true,
            result: { order: { id: '#W1' } },
            at: '2026-11-27T10:00:01.000Z',
          },
        ],
      }),
    );
    const messages = (server.requests[0] as { messages: Record<string, unknown>[] }).messages;
    expect(messages.at(-2)).toMatchObject({
      role: 'assistant',
      tool_calls: [{ function: { name: 'orders__get' } }],
    });
    expect(messages.at(-1)).toMatchObject({
      role: 'tool',
      content: JSON.stringify({ order: { id: '#W1' } }),
    });
  });

  it('streams a plain-text answer and makes it a reply', async () => {
    const reasoner = await reasonerFor([{ text: 'Your parcel is on its way.' }]);
    const drafts: string[] = [];
    const decision = await reasoner.decide(input({ onReplyDelta: (text) => drafts.push(text) }));
    expect(decision).toMatchObject({ kind: 'reply', text: 'Your parcel is on its way.' });
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.at(-1)).toBe('Your parcel is on its way.');
  });

  it('maps escalate_to_human to a structured escalation with a known reason', async () => {
    const reasoner = await reasonerFor([
      { call: 'escalate_to_human', arguments: { reason: 'explicit_request' } },
    ]);
    expect(await reasoner.decide(input())).toMatchObject({ kind: 'escalate', reasons: ['explicit_request'] });
  });

  it('retries a server error and then succeeds', async () => {
    const reasoner = await reasonerFor([
      { status: 500 },
      { call: 'kb__search', arguments: { query: 'returns' } },
    ]);
    expect(await reasoner.decide(input())).toMatchObject({ kind: 'tool', tool: 'kb.search' });
    expect(server.requests).toHaveLength(2);
  });

  it('fails clearly when the server does not answer in time', async () => {
    const reasoner = await reasonerFor(
      [{ hang: true }],
      (baseURL) => new OpenAI({ baseURL, apiKey: 'local', timeout: 200, maxRetries: 0 }),
    );
    await expect(reasoner.decide(input())).rejects.toThrow(/timed out/i);
  });

  it('refuses a function the registry does not know', async () => {
    const reasoner = await reasonerFor([{ call: 'payments__launder', arguments: {} }]);
    await expect(reasoner.decide(input())).rejects.toThrow('unknown function payments__launder');
  });
});

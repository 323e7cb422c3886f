import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../electron/app';
import { memorySettingsBackend } from '../../electron/services/settings';

let app: App;
const start = () =>
  (app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: false,
  }));
afterEach(async () => app?.close());

describe('dispatching contract calls', () => {
  it('answers app.info with the schema version of the migrated database', async () => {
    start();
    const result = await app.dispatch('app.info', {});
    expect(result).toMatchObject({
      ok: true,
      value: { transport: 'direct', schemaVersion: expect.any(Number) },
    });
    expect(result.ok && (result.value as { schemaVersion: number }).schemaVersion).toBeGreaterThan(0);
  });

  it('refuses an unknown method with an error naming it', async () => {
    start();
    const result = await app.dispatch('orders.explode', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown method "orders.explode".', field: 'method' },
    });
  });

  it('refuses bad params with an error naming the field, and changes nothing', async () => {
    start();
    const result = await app.dispatch('conversations.postCustomerMessage', {
      customer: 'ana@example.com',
      text: 42,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'params.text' } });
    const list = await app.dispatch('conversations.list', {});
    expect(list).toEqual({ ok: true, value: { items: [] } });
  });

  it('refuses params with keys the contract does not know', async () => {
    start();
    const result = await app.dispatch('settings.update', { theme: 'dark', admin: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('stores a customer message, lists its conversation and pushes it before the agent answers', async () => {
    start();
    const seen: string[] = [];
    app.bus.subscribe((event) => seen.push(event));
    const posted = await app.dispatch('conversations.postCustomerMessage', {
      customer: 'ana@example.com',
      text: 'Where is my order?',
    });
    expect(posted.ok).toBe(true);
    const list = await app.dispatch('conversations.list', {});
    expect(list).toMatchObject({
      ok: true,
      value: {
        items: [{ customer: 'ana@example.com', lastMessage: 'Where is my order?', status: 'agent_handling' }],
      },
    });
    expect(seen.slice(0, 2)).toEqual(['message.added', 'conversation.updated']);
    await app.idle();
    expect(seen).toContain('agent.step');
  });

  it('continues a conversation only when it exists', async () => {
    start();
    const result = await app.dispatch('conversations.postCustomerMessage', {
      conversationId: 'nope',
      customer: 'a',
      text: 'hi',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'conversationId' } });
  });

  it('persists a settings change through the backend and announces it', async () => {
    const backend = memorySettingsBackend();
    app = createApp({ dataDir: ':memory:', settings: backend, transport: 'direct', seed: false });
    const changed: unknown[] = [];
    app.bus.subscribe((event, payload) => event === 'settings.changed' && changed.push(payload));
    await app.dispatch('settings.update', { theme: 'dark' });
    expect(backend.read()).toMatchObject({ theme: 'dark', reasoner: { kind: 'offline' } });
    expect(changed).toMatchObject([{ theme: 'dark' }]);
  });

  it('falls back to the default for a stored setting that no longer validates', async () => {
    app = createApp({
      dataDir: ':memory:',
      settings: memorySettingsBackend({ theme: 'purple' }),
      transport: 'direct',
    });
    expect(await app.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { theme: 'system', reasoner: { kind: 'offline' } },
    });
  });
});

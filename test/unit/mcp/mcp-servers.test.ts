import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { McpServerConfig } from '../../../shared/mcp-servers';
import { McpServers } from '../../../electron/mcp/client/mcp-servers';
import { memorySecretStore } from '../../../electron/services/secrets';
import { ToolError } from '../../../electron/tools/tool-error';
import { testServerConfig, testServerTransport, type TestServerMode } from './test-server';

const open: McpServers[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((servers) => servers.close()));
});

function serversWith(configs: McpServerConfig[], now = () => Date.now()) {
  let settings = configs;
  const secrets = memorySecretStore();
  const servers = new McpServers({
    settings: () => settings,
    save: (next) => (settings = next),
    secrets,
    now,
  });
  open.push(servers);
  return { servers, secrets, settings: () => settings };
}

const allowedRead = { warranty_lookup: { allowed: true, risk: 'read' as const } };
const signal = () => new AbortController().signal;

async function started(mode: TestServerMode) {
  const setup = serversWith([testServerConfig('desk', mode, allowedRead)]);
  await setup.servers.start();
  return setup;
}

describe('MCP servers as tools of the app', () => {
  it("lists a server's tools, nothing allowed until a rep allows it, write by default", async () => {
    const { servers, settings } = serversWith([]);
    const added = await servers.add({ name: 'desk', transport: testServerTransport() });
    expect(added.ok && added.value.state).toBe('connected');
    expect(added.ok && added.value.tools.map((t) => [t.catalogName, t.allowed, t.risk])).toEqual([
      ['mcp.desk.warranty_lookup', false, 'write'],
      ['mcp.desk.rma_open', false, 'write'],
    ]);
    expect(servers.available()).toEqual([]);
    expect(servers.find('mcp.desk.warranty_lookup')).toBeUndefined();

    expect((await servers.setTool('desk', 'warranty_lookup', true, 'read')).ok).toBe(true);
    expect((await servers.setTool('desk', 'rma_open', true)).ok).toBe(true);
    expect(settings()[0]?.tools).toEqual({
      warranty_lookup: { allowed: true, risk: 'read' },
      rma_open: { allowed: true, risk: 'write' },
    });
    expect(servers.available().map((t) => [t.name, t.risk])).toEqual([
      ['mcp.desk.warranty_lookup', 'read'],
      ['mcp.desk.rma_open', 'write'],
    ]);
    expect((await servers.setTool('desk', 'drop_tables', true)).ok).toBe(false);
    expect((await servers.setTool('nope', 'rma_open', true)).ok).toBe(false);
  });

  it("validates arguments with the server's own schema", async () => {
    const { servers } = await started('normal');
    const tool = servers.find('mcp.desk.warranty_lookup')!;
    expect(tool.input.safeParse({ serial: 'SN-12345' }).success).toBe(true);
    for (const bad of [{}, { serial: 'x' }, { serial: 12 }, { serial: 'SN-1', extra: true }])
      expect(tool.input.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('answers with text from the tool', async () => {
    const { servers } = await started('normal');
    const answer = await servers.call('mcp.desk.warranty_lookup', { serial: 'SN-12345' }, signal());
    expect(answer).toEqual({
      text: "Serial SN-12345: covered by the manufacturer's warranty until 2027-05-31.",
      omittedBytes: 0,
    });
  });

  it('caps a 5 MB answer at the configured size', async () => {
    const { servers } = await started('huge');
    const answer = await servers.call('mcp.desk.warranty_lookup', { serial: 'SN-12345' }, signal());
    expect(Buffer.byteLength(answer.text)).toBe(16_384);
    expect(answer.omittedBytes).toBe(5 * 1024 * 1024 - 16_384);
  });

  it('times out a server that never answers, and fails fast after that', async () => {
    let clock = 0;
    const { servers } = serversWith([testServerConfig('desk', 'hang', allowedRead)], () => clock);
    await servers.start();
    const first = servers.call('mcp.desk.warranty_lookup', { serial: 'SN-12345' }, signal());
    await expect(first).rejects.toMatchObject({ code: 'timeout', system: 'MCP server desk' });
    expect(servers.available()).toEqual([]);
    expect(servers.overview().servers[0]).toMatchObject({ state: 'unavailable' });
    // Within the retry interval the next call does not wait for another timeout: it is refused at once.
    clock += 1000;
    await expect(
      servers.call('mcp.desk.warranty_lookup', { serial: 'SN-12345' }, signal()),
    ).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('makes the tools of a server that exits unavailable, and says so', async () => {
    const { servers } = await started('exit');
    const error = await servers
      .call('mcp.desk.warranty_lookup', { serial: 'SN-12345' }, signal())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect(error).toMatchObject({ code: 'unavailable', system: 'MCP server desk' });
    expect(servers.available()).toEqual([]);
    expect(servers.overview().servers[0]).toMatchObject({
      state: 'unavailable',
      problem: expect.stringMatching(/desk/),
    });
    // The schema stays known, so the executor can say "unavailable" rather than "unknown tool".
    expect(servers.find('mcp.desk.warranty_lookup')?.risk).toBe('read');
  });

  it('reports a command that cannot start, and keeps the settings', async () => {
    const { servers, settings } = serversWith([]);
    const added = await servers.add({
      name: 'broken',
      transport: {
        kind: 'stdio',
        command: path.join(os.tmpdir(), 'no-such-mcp-server'),
        args: [],
        envNames: [],
      },
    });
    expect(added.ok && added.value).toMatchObject({
      state: 'unavailable',
      problem: expect.stringMatching(/broken/),
    });
    expect(settings().map((c) => c.name)).toEqual(['broken']);
  });

  it('keeps credentials in the keychain, passes them to the server, and forgets them on remove', async () => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-')), 'writes.log');
    const { servers, secrets, settings } = serversWith([]);
    const added = await servers.add({
      name: 'desk',
      transport: testServerTransport('normal', ['MCP_TEST_LOG']),
      secrets: { MCP_TEST_LOG: log },
    });
    expect(added.ok && added.value.secretsSet).toEqual(['MCP_TEST_LOG']);
    expect(JSON.stringify(settings())).not.toContain(log);
    await servers.setTool('desk', 'rma_open', true);
    await servers.call('mcp.desk.rma_open', { serial: 'SN-1', reason: 'dead on arrival' }, signal());
    expect(fs.readFileSync(log, 'utf8')).toContain('dead on arrival');
    await servers.remove('desk');
    expect(secrets.getSecret('mcp.desk.MCP_TEST_LOG')).toBeNull();
    expect(settings()).toEqual([]);
  });

  it('refuses bad server settings with the field at fault', async () => {
    const { servers, settings } = serversWith([]);
    for (const bad of [
      { name: 'Bad Name', transport: testServerTransport() },
      { name: 'ok', transport: { kind: 'stdio', command: '', args: [], envNames: [] } },
      { name: 'ok', transport: { kind: 'http', url: 'ftp://example.test', headerNames: [] } },
      { name: 'ok', transport: testServerTransport(), secrets: { NOT_LISTED: 'x' } },
    ]) {
      const result = await servers.add(bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      expect(!result.ok && result.error.field).toBeTruthy();
    }
    expect(settings()).toEqual([]);
  });
});

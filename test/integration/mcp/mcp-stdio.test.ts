import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';

let dataDir: string | undefined;

afterEach(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

it('serves the catalog over stdio to a client that starts the command', { timeout: 60_000 }, async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-mcp-'));
  const transport = new StdioClientTransport({
    command: path.resolve('node_modules/.bin/tsx'),
    args: ['electron/host/mcp-cli.ts', 'serve', '--stdio', '--data-dir', dataDir],
    cwd: process.cwd(),
    env: { ...(process.env as Record<string, string>), ASSIST_LOG_LEVEL: 'info' },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'stdio-test', version: '1.0.0' });
  try {
    // Anything but protocol on stdout would break the connection.
    await client.connect(transport);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['orders_get', 'payments_refund', 'actions_get']),
    );

    // The server seeded the data folder's sandbox on its first run.
    const db = new BetterSqlite3(path.join(dataDir, 'assist.db'), { readonly: true });
    const orderId = db.prepare('SELECT id FROM sb_orders ORDER BY id LIMIT 1').pluck().get() as string;
    db.close();
    const result = (await client.callTool({ name: 'orders_get', arguments: { orderId } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as { order: { id: string } }).order.id).toBe(orderId);
  } finally {
    await client.close();
  }
});

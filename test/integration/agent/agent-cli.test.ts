import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../../shared/agent';
import { createApp } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';

const run = promisify(execFile);
let dataDir: string;
let returns: { email: string; orderId: string; total: number }[];

/** Runs the agent CLI as a separate process: every call is a fresh start of the app on the same data. */
async function agent(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'electron/host/agent-cli.ts', ...args, '--data-dir', dataDir],
      {
        env: { ...process.env, ASSIST_LOG_LEVEL: 'silent' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const json = (stdout: string) => JSON.parse(stdout) as RunReport;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-cli-'));
  // First start seeds the sandbox; then pick customers with one delivered order each.
  await createApp({
    dataDir,
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: { size: 200 },
  }).close();
  const db = new BetterSqlite3(path.join(dataDir, 'assist.db'), { readonly: true });
  returns = db
    .prepare(
      `SELECT c.email, o.id AS orderId, o.total_cents / 100.0 AS total FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
       WHERE o.status = 'delivered' AND o.total_cents BETWEEN 2000 AND 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id) ORDER BY o.id LIMIT 2`,
    )
    .all() as typeof returns;
  db.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('approvals through the agent CLI, across restarts', () => {
  it('edits and approves a refund in a later run, executes it once, and refuses a second approve', async () => {
    const { email, orderId, total } = returns[0]!;
    const chat = await agent(
      'chat',
      '--customer',
      email,
      '--message',
      `I want to return order ${orderId}`,
      '--json',
    );
    expect(chat.code).toBe(0);
    const proposed = json(chat.stdout).actions.find((a) => a.tool === 'payments.refund');
    expect(proposed).toMatchObject({ status: 'pending_approval', args: { amount: total } });

    const edited = Math.round((total - 10) * 100) / 100;
    const approved = await agent(
      'approve',
      proposed!.id,
      '--args',
      JSON.stringify({ amount: edited }),
      '--json',
    );
    expect(approved.code).toBe(0);
    const refund = json(approved.stdout).actions.find((a) => a.id === proposed!.id);
    expect(refund).toMatchObject({
      status: 'executed',
      args: { amount: edited },
      result: { refund: { amount: edited } },
    });

    const again = await agent('approve', proposed!.id, '--json');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already executed');

    const shown = await agent('show', json(chat.stdout).conversationId, '--json');
    const transcript = (JSON.parse(shown.stdout) as { messages: { role: string; text: string }[] }).messages;
    expect(transcript.at(-1)?.text).toMatch(/How did we do\?/);
    expect(transcript.at(-2)).toMatchObject({
      role: 'agent',
      text: expect.stringMatching(/refund of \$[\d,.]+ has been issued/),
    });
    const db = new BetterSqlite3(path.join(dataDir, 'assist.db'), { readonly: true });
    const refunds = db.prepare('SELECT amount_cents FROM sb_refunds WHERE order_id = ?').all(orderId);
    db.close();
    expect(refunds).toEqual([{ amount_cents: Math.round(edited * 100) }]);
  });

  it('rejects with a reason that the agent passes on to the customer', async () => {
    const { email, orderId } = returns[1]!;
    const chat = json(
      (
        await agent(
          'chat',
          '--customer',
          email,
          '--message',
          `Please take back order ${orderId}, I want a refund`,
          '--json',
        )
      ).stdout,
    );
    const pending = chat.actions.find((a) => a.status === 'pending_approval')!;
    const rejected = await agent('reject', pending.id, '--reason', 'the item was used', '--json');
    expect(rejected.code).toBe(0);
    const report = json(rejected.stdout);
    expect(report.actions.find((a) => a.id === pending.id)?.status).toBe('rejected');
    expect(report.reply).toContain('the item was used');
  });

  it('answers bad flags and unknown ids with a clear error and exit code 2', async () => {
    const unknown = await agent('approve', 'no-such-action');
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No action with id no-such-action'),
    });
    const badFlag = await agent('chat', '--customer', 'a@example.com', '--bogus', 'x');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('Usage');
    const missing = await agent('chat', '--customer', 'a@example.com');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('--message is required') });
  });
});

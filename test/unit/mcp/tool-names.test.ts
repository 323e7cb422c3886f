import { describe, expect, it } from 'vitest';
import { toolNames } from '../../../shared/tools';
import { annotationsFor } from '../../../electron/mcp/annotations';
import { actionsGetToolName, fromMcpToolName, toMcpToolName } from '../../../electron/mcp/tool-names';

describe('MCP tool names', () => {
  it('map catalog names to names MCP clients accept, and back', () => {
    expect(toMcpToolName('orders.get')).toBe('orders_get');
    expect(toMcpToolName('payments.issueCredit')).toBe('payments_issueCredit');
    expect(fromMcpToolName('orders_get')).toBe('orders.get');
    for (const tool of toolNames) {
      const name = toMcpToolName(tool);
      expect(name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(fromMcpToolName(name)).toBe(tool);
    }
    expect(new Set(toolNames.map(toMcpToolName)).size).toBe(toolNames.length);
  });

  it('know no other name', () => {
    for (const name of ['orders.get', 'orders__get', 'orders_', 'ORDERS_GET', '', 'toString', '__proto__'])
      expect(fromMcpToolName(name), name).toBeUndefined();
    expect(fromMcpToolName(actionsGetToolName)).toBeUndefined();
  });
});

describe('MCP annotations', () => {
  it('follow the risk class', () => {
    expect(annotationsFor('orders.get')).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
    });
    expect(annotationsFor('payments.refund')).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
    });
    expect(annotationsFor('payments.issueCredit')).toMatchObject({
      destructiveHint: true,
      idempotentHint: false,
    });
    expect(annotationsFor('orders.cancel')).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
    });
    expect(annotationsFor('orders.return')).toMatchObject({ destructiveHint: true, idempotentHint: false });
    expect(annotationsFor('tickets.create')).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
    expect(annotationsFor('email.send')).toMatchObject({ destructiveHint: false, idempotentHint: false });
  });
});

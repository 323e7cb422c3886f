import { describe, expect, it } from 'vitest';
import { parseTickets } from '../../../electron/eval/tickets-file';

const line = (ticket: unknown) => JSON.stringify(ticket);
const good = {
  id: 't1',
  customer: 'someone@example.com',
  messages: ['Where is my parcel?', 'It is order #W1'],
  expected: { intent: 'order_status', actions: [{ tool: 'orders.get', args: { orderId: '#W1' } }] },
};

describe('the tickets JSONL file', () => {
  it('reads every ticket of a good file, skipping blank lines', () => {
    const parsed = parseTickets(
      `${line(good)}\n\n${line({ ...good, id: 't2', expected: { escalate: true } })}\n`,
    );
    expect(parsed.ok && parsed.value.map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('names the line and the field of a ticket with a missing field', () => {
    const { customer: _customer, ...withoutCustomer } = good;
    const parsed = parseTickets(`${line(good)}\n${line({ ...withoutCustomer, id: 't2' })}`);
    expect(parsed.ok ? null : parsed.error).toMatchObject({
      field: 'customer',
      message: expect.stringMatching(/^line 2: customer: /),
    });
  });

  it('names the nested field of a bad expected action', () => {
    const bad = { ...good, expected: { actions: [{ tool: 'orders.get' }, { args: {} }] } };
    const parsed = parseTickets(line(bad));
    expect(parsed.ok ? null : parsed.error.message).toMatch(/^line 1: expected\.actions\.1\.tool: /);
  });

  it('refuses an escalation reason the agent does not have', () => {
    const parsed = parseTickets(line({ ...good, expected: { reasons: ['boredom'] } }));
    expect(parsed.ok ? null : parsed.error.field).toBe('expected.reasons.0');
  });

  it('names the line that is not JSON', () => {
    const parsed = parseTickets(`${line(good)}\n\n{"id": `);
    expect(parsed.ok ? null : parsed.error.message).toMatch(/^line 3: not valid JSON/);
  });

  it('refuses a second ticket with the same id, naming both lines', () => {
    const parsed = parseTickets(`${line(good)}\n${line(good)}`);
    expect(parsed.ok ? null : parsed.error.message).toBe('line 2: id: "t1" was already used on line 1');
  });

  it('refuses a file with no tickets', () => {
    expect(parseTickets('\n\n').ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { combineIssues, fieldPath, issue } from '../../../electron/data-files/issues';

describe('naming the record and field at fault', () => {
  it('writes list positions in brackets and keys with dots', () => {
    expect(fieldPath(['orders', 3, 'items', 0, 'qty'])).toBe('orders[3].items[0].qty');
  });

  it('prefixes the message with the field', () => {
    expect(issue(['customers', 1, 'email'], 'is required')).toEqual({
      code: 'bad_request',
      message: 'customers[1].email: is required',
      field: 'customers[1].email',
    });
  });

  it('folds many problems into one error that lists the first ten', () => {
    const many = Array.from({ length: 12 }, (_, i) => issue(['orders', i, 'id'], 'is required'));
    const combined = combineIssues(many);
    expect(combined.field).toBe('orders[0].id');
    expect(combined.message.split('\n')).toHaveLength(11);
    expect(combined.message).toMatch(/…and 2 more problems$/);
  });
});

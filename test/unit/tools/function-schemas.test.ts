import { describe, expect, it } from 'vitest';
import { toolNames } from '../../../shared/tools';
import { fromFunctionName, functionTools, toFunctionName } from '../../../electron/tools/function-schemas';

describe('tools as model functions', () => {
  it('maps every tool name to a dot-free function name and back', () => {
    for (const tool of toolNames) {
      const name = toFunctionName(tool);
      expect(name).toMatch(/^[a-zA-Z0-9_-]+$/);
      expect(fromFunctionName(name)).toBe(tool);
    }
  });

  it('does not map a function name the registry does not know', () => {
    expect(fromFunctionName('payments__launder')).toBeUndefined();
  });

  it('exports an object JSON Schema for each public tool', () => {
    const functions = functionTools();
    expect(functions).toHaveLength(22);
    for (const fn of functions) {
      expect(fn.function.parameters).toMatchObject({ type: 'object' });
      expect(fn.function.description.length).toBeGreaterThan(10);
    }
    const credit = functions.find((f) => f.function.name === 'payments__issueCredit');
    expect(credit?.function.parameters).toMatchObject({
      required: expect.arrayContaining(['customerId', 'amount', 'currency', 'reason']),
    });
  });
});

import { z } from 'zod';
import { isToolName, toolNames, tools, type ToolName } from '../../shared/tools';

/** Function names allow no dots: `orders.get` travels as `orders__get`. */
export const toFunctionName = (tool: ToolName): string => tool.replace('.', '__');

/** The tool a function name stands for, or undefined when a model invents one. */
export function fromFunctionName(name: string): ToolName | undefined {
  const tool = name.replace('__', '.');
  return isToolName(tool) ? tool : undefined;
}

export interface FunctionTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** The JSON Schema of a tool's input, as a model fills it in. */
export const inputJsonSchema = (tool: ToolName): Record<string, unknown> =>
  z.toJSONSchema(tools[tool].input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** Every tool as a Chat Completions function definition. */
export const functionTools = (only: readonly ToolName[] = toolNames): FunctionTool[] =>
  only.map((tool) => ({
    type: 'function',
    function: {
      name: toFunctionName(tool),
      description: tools[tool].description,
      parameters: inputJsonSchema(tool),
    },
  }));

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isToolName, toolNames, tools, type ToolName } from '../../shared/tools';
import type { ExternalTool } from './external-tools';

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

/**
 * An MCP tool's function name: `mcp.desk.warranty_lookup` travels as `mcp__desk__warranty_lookup`, in
 * the characters and length function names allow (a hash keeps cut names apart).
 */
export function externalFunctionName(name: string): string {
  const plain = name.replaceAll('.', '__').replace(/[^A-Za-z0-9_-]/g, '_');
  if (plain.length <= 64) return plain;
  return `${plain.slice(0, 55)}_${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

/**
 * The MCP tool a function name stands for, read back from its shape (`mcp__desk__warranty_lookup` →
 * `mcp.desk.warranty_lookup`): for a tool offered earlier whose server has since gone away.
 */
export function externalToolOfFunction(name: string): string | undefined {
  const match = /^mcp__([a-z][a-z0-9-]*)__(.+)$/.exec(name);
  return match ? `mcp.${match[1]}.${match[2]}` : undefined;
}

/** External tools as Chat Completions functions, with the server's own input schema. */
export const externalFunctionTools = (external: readonly ExternalTool[]): FunctionTool[] =>
  external.map((tool) => ({
    type: 'function',
    function: {
      name: externalFunctionName(tool.name),
      description: tool.description,
      parameters: tool.inputSchema,
    },
  }));

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

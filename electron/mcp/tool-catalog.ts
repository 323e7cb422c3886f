import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { toolNames, tools } from '../../shared/tools';
import { inputJsonSchema } from '../tools/function-schemas';
import { annotationsFor } from './annotations';
import { actionsGetToolName, toMcpToolName } from './tool-names';

const idempotencyKeySchema = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description:
    "Optional. The same key with the same tool and arguments returns the first call's action or result and never acts twice (use a new UUID per intended change; keys are global to the app). Without a key, every call is a new one.",
};

const writeNote =
  " Changes data: the app's policy decides whether it runs at once, waits for a rep's approval (then poll actions_get with the action id) or is refused.";

/** The catalog as MCP tools: the contract's input schema, description and risk annotations. */
export function mcpTools(): Tool[] {
  const catalog = toolNames.map((tool): Tool => {
    const schema = inputJsonSchema(tool);
    const write = tools[tool].risk !== 'read';
    const inputSchema = write
      ? {
          ...schema,
          properties: {
            ...(schema.properties as Record<string, unknown> | undefined),
            idempotencyKey: idempotencyKeySchema,
          },
        }
      : schema;
    return {
      name: toMcpToolName(tool),
      description: tools[tool].description + (write ? writeNote : ''),
      inputSchema: inputSchema as Tool['inputSchema'],
      annotations: annotationsFor(tool),
    };
  });
  return [
    ...catalog,
    {
      name: actionsGetToolName,
      description:
        "The status of an action that waited for a rep's approval: pending_approval, approved, executed (with its result), rejected (with the reason) or failed (with the error).",
      inputSchema: {
        type: 'object',
        properties: { actionId: { type: 'string', minLength: 1, maxLength: 100 } },
        required: ['actionId'],
        additionalProperties: false,
      },
      annotations: { title: 'actions.get', readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    },
  ];
}

import { toolNames, type ToolName } from '../../shared/tools';

/**
 * MCP clients accept tool names of letters, digits, `_` and `-` (many refuse dots): `orders.get` is
 * served as `orders_get`. The one mapping, both ways; a name that stands for no catalog tool maps to
 * undefined.
 */
export function toMcpToolName(tool: ToolName): string {
  return tool.replace('.', '_');
}

const byMcpName = new Map(toolNames.map((tool) => [toMcpToolName(tool), tool]));

export function fromMcpToolName(name: string): ToolName | undefined {
  return byMcpName.get(name);
}

/** The one tool the server adds to the catalog: the status of an action that waited for a rep. */
export const actionsGetToolName = 'actions_get';

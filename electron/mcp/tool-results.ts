import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Action } from '../../shared/agent';
import type { AppError, Result } from '../../shared/result';
import type { ToolName } from '../../shared/tools';
import { actionsGetToolName, toMcpToolName } from './tool-names';

export const answer = (
  value: Record<string, unknown>,
  text = JSON.stringify(value, null, 2),
): CallToolResult => ({
  content: [{ type: 'text', text }],
  structuredContent: value,
});

export const refusal = (error: AppError): CallToolResult => ({
  isError: true,
  content: [{ type: 'text', text: `${error.code}: ${error.message}` }],
  structuredContent: { error },
});

export const outcome = (result: Result<unknown>): CallToolResult =>
  result.ok ? answer(result.value as Record<string, unknown>) : refusal(result.error);

/** An action a client asked for, as its status: waiting, done (with its result), rejected or failed. */
export function actionAnswer(action: Action): CallToolResult {
  const status = {
    actionId: action.id,
    tool: toMcpToolName(action.tool as ToolName),
    status: action.status,
    rule: action.rule,
    result: action.result,
    error: action.error,
    rejectReason: action.rejectReason,
    decidedBy: action.decidedBy,
    decidedAt: action.decidedAt,
    executedAt: action.executedAt,
  };
  switch (action.status) {
    case 'pending_approval':
    case 'approved':
      return answer(
        status,
        `${action.tool} waits for a rep's approval (policy rule ${action.rule}); nothing was done yet. Action id: ${action.id}. Poll ${actionsGetToolName} with {"actionId": "${action.id}"} for its outcome.`,
      );
    case 'executed':
      return answer(status);
    case 'rejected':
      return {
        ...answer(status, `A rep rejected ${action.tool}: ${action.rejectReason ?? ''}`),
        isError: true,
      };
    default:
      return {
        ...answer(status, `${action.tool} ${action.status}: ${action.error?.message ?? ''}`),
        isError: true,
      };
  }
}

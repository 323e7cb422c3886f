import { assist } from '../../app/client';
import type { ActionView } from '../agent/action-view';
import { checkArgs, fieldsFor, initialValues, isEdited, type ArgsCheck } from './approval-form';
import { emptyDraft, useApprovalsStore } from './approvals-store';

/** The arguments on an action's card as they stand (edited or proposed), checked against its tool. */
export function checkCard(action: ActionView): ArgsCheck {
  const fields = fieldsFor(action.args);
  const draft = useApprovalsStore.getState().drafts[action.id] ?? emptyDraft;
  return checkArgs(action.tool, fields, draft.values ?? initialValues(action.args, fields));
}

/** Approves an action; edited arguments are sent only when the rep changed something. */
export async function approveAction(action: ActionView): Promise<void> {
  const store = useApprovalsStore.getState();
  if ((store.drafts[action.id] ?? emptyDraft).busy) return;
  const check = checkCard(action);
  if (!check.valid) return store.setError(action.id, 'Fix the marked arguments before approving.');
  store.setError(action.id, null);
  store.setBusy(action.id, 'approving');
  const edited = isEdited(action.args, check.args);
  const result = await assist.call('actions.approve', {
    actionId: action.id,
    ...(edited ? { args: check.args } : {}),
  });
  const after = useApprovalsStore.getState();
  if (result.ok) return after.forget(action.id);
  after.setBusy(action.id, null);
  after.setError(action.id, result.error.message);
}

/** Rejects an action with the rep's reason, which the agent passes on to the customer. */
export async function rejectAction(action: ActionView): Promise<void> {
  const store = useApprovalsStore.getState();
  const draft = store.drafts[action.id] ?? emptyDraft;
  if (draft.busy) return;
  const reason = draft.reason.trim();
  if (reason === '') return store.setError(action.id, 'Give a reason: the agent passes it on.');
  store.setError(action.id, null);
  store.setBusy(action.id, 'rejecting');
  const result = await assist.call('actions.reject', { actionId: action.id, reason });
  const after = useApprovalsStore.getState();
  if (result.ok) return after.forget(action.id);
  after.setBusy(action.id, null);
  after.setError(action.id, result.error.message);
}

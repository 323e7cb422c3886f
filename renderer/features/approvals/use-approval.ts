import { useMemo } from 'react';
import type { ActionView } from '../agent/action-view';
import { approveAction, rejectAction } from './approval-commands';
import { checkArgs, fieldsFor, initialValues } from './approval-form';
import { emptyDraft, useApprovalsStore } from './approvals-store';

/** Everything one approval card shows and does: fields, live validation, approve and reject. */
export function useApproval(action: ActionView) {
  const draft = useApprovalsStore((s) => s.drafts[action.id]) ?? emptyDraft;
  const fields = useMemo(() => fieldsFor(action.args), [action.args]);
  const initial = useMemo(() => initialValues(action.args, fields), [action.args, fields]);
  const values = draft.values ?? initial;
  const check = useMemo(() => checkArgs(action.tool, fields, values), [action.tool, fields, values]);
  const store = useApprovalsStore.getState();
  return {
    draft,
    fields,
    values,
    check,
    setValue: (name: string, value: string | boolean) => store.setValue(action.id, name, value, initial),
    approve: () => void approveAction(action),
    startReject: () => store.startReject(action.id),
    cancelReject: () => store.cancelReject(action.id),
    setReason: (reason: string) => store.setReason(action.id, reason),
    reject: () => void rejectAction(action),
    focus: () => store.focus(action.id),
  };
}

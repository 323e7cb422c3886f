import { create } from 'zustand';
import type { Action, Escalation, RunReport, Step } from '../../../shared/agent';
import { fromAction, fromReport, mergeAction, type ActionView } from './action-view';
import { ApprovalData, readData } from './step-data';

interface AgentState {
  /** The conversation whose agent run is shown; events of other conversations are ignored. */
  conversationId: string | null;
  steps: Step[];
  actions: Record<string, ActionView>;
  escalation: Escalation | null;
  /** The reply the model is streaming, until it is sent. */
  draft: string | null;
  reset(conversationId: string | null): void;
  loadReport(report: RunReport): void;
  addStep(step: Step): void;
  updateAction(action: Action): void;
  raiseEscalation(conversationId: string, escalation: Escalation): void;
  setDraft(conversationId: string, text: string): void;
  clearDraft(conversationId: string): void;
}

const byId = (a: Step, b: Step) => a.id - b.id;

/** Steps of both lists, each once, in the order they happened. */
function mergeSteps(current: Step[], incoming: Step[]): Step[] {
  const seen = new Set(current.map((step) => step.id));
  const added = incoming.filter((step) => !seen.has(step.id));
  return added.length === 0 ? current : [...current, ...added].sort(byId);
}

export const useAgentStore = create<AgentState>()((set) => ({
  conversationId: null,
  steps: [],
  actions: {},
  escalation: null,
  draft: null,
  reset: (conversationId) => set({ conversationId, steps: [], actions: {}, escalation: null, draft: null }),
  // Events can race the report: merge both, so neither a step nor a later status is lost.
  loadReport: (report) =>
    set((state) => {
      if (state.conversationId !== report.conversationId) return state;
      const actions: Record<string, ActionView> = {};
      for (const action of fromReport(report))
        actions[action.id] = mergeAction(state.actions[action.id], action);
      for (const [id, action] of Object.entries(state.actions)) actions[id] ??= action;
      return { steps: mergeSteps(state.steps, report.steps), actions, escalation: report.escalation };
    }),
  addStep: (step) =>
    set((state) => {
      if (state.conversationId !== step.conversationId) return state;
      const steps = mergeSteps(state.steps, [step]);
      // An approval step means the action left the queue of pending ones, even before it finishes.
      const approval = step.kind === 'approval' ? readData(ApprovalData, step.data) : null;
      const approved =
        approval && approval.reason === undefined ? state.actions[approval.actionId] : undefined;
      return approved?.status === 'pending_approval'
        ? { steps, actions: { ...state.actions, [approved.id]: { ...approved, status: 'approved' } } }
        : { steps };
    }),
  updateAction: (action) =>
    set((state) =>
      state.conversationId !== action.conversationId
        ? state
        : {
            actions: {
              ...state.actions,
              [action.id]: mergeAction(state.actions[action.id], fromAction(action)),
            },
          },
    ),
  raiseEscalation: (conversationId, escalation) =>
    set((state) => (state.conversationId === conversationId ? { escalation } : state)),
  setDraft: (conversationId, text) =>
    set((state) => (state.conversationId === conversationId ? { draft: text } : state)),
  clearDraft: (conversationId) =>
    set((state) =>
      state.conversationId === conversationId && state.draft !== null ? { draft: null } : state,
    ),
}));

/** Actions waiting for a rep, oldest first. */
export const pendingActions = (actions: Record<string, ActionView>): ActionView[] =>
  Object.values(actions).filter((action) => action.status === 'pending_approval');

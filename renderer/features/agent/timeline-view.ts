import type { Step, StepKind } from '../../../shared/agent';
import { formatIntent, formatSentiment } from '../queue/format';
import type { ActionView } from './action-view';
import { actionStatusLabels, formatConfidence, reasonLabel, stepKindLabels } from './labels';
import {
  ActData,
  ApprovalData,
  EscalateData,
  GateData,
  ObserveData,
  PerceiveData,
  ReasonData,
  readData,
} from './step-data';

export interface Fact {
  label: string;
  value: string;
}

/** One timeline entry, ready to render: what happened, with the tool, arguments, result, confidence and rule. */
export interface StepView {
  id: number;
  kind: StepKind;
  label: string;
  at: string;
  summary: string;
  facts: Fact[];
  args: Record<string, unknown> | null;
  result: unknown;
  error: string | null;
}

const fact = (label: string, value: string | null | undefined): Fact[] =>
  value === null || value === undefined || value === '' ? [] : [{ label, value }];

/** Turns a step and the actions it refers to into what the timeline shows. */
export function describeStep(step: Step, actions: Record<string, ActionView>): StepView {
  const view: StepView = {
    id: step.id,
    kind: step.kind,
    label: stepKindLabels[step.kind],
    at: step.at,
    summary: step.summary,
    facts: [],
    args: null,
    result: undefined,
    error: null,
  };
  switch (step.kind) {
    case 'perceive': {
      const data = readData(PerceiveData, step.data);
      if (!data) return view;
      const flags = Object.entries(data.flags ?? {})
        .filter(([, on]) => on === true)
        .map(([name]) => name);
      view.facts = [
        ...fact('Intent', data.intent === undefined ? null : formatIntent(data.intent)),
        ...fact('Confidence', data.confidence === undefined ? null : formatConfidence(data.confidence)),
        ...fact('Sentiment', data.sentiment === undefined ? null : formatSentiment(data.sentiment)),
        ...fact('Cues', flags.join(', ')),
      ];
      return view;
    }
    case 'reason': {
      const data = readData(ReasonData, step.data);
      if (!data) return view;
      view.facts = [
        ...fact('Tool', data.decision?.tool),
        ...fact('Confidence', data.confidence === undefined ? null : formatConfidence(data.confidence)),
        ...fact('Rationale', data.rationale),
      ];
      view.args = data.decision?.args ?? null;
      view.error = data.error ?? null;
      return view;
    }
    case 'gate': {
      const data = readData(GateData, step.data);
      if (!data) return view;
      view.facts = [
        ...fact('Verdict', data.verdict),
        ...fact('Policy rule', data.rule),
        ...fact('Reasons', data.reasons?.map(reasonLabel).join(', ')),
      ];
      return view;
    }
    case 'act': {
      const data = readData(ActData, step.data);
      if (!data) return view;
      const action = actions[data.actionId];
      view.facts = [
        ...fact('Tool', data.tool),
        ...fact('Status', action && actionStatusLabels[action.status]),
        ...fact('Policy rule', action?.rule),
      ];
      view.args = data.args;
      return view;
    }
    case 'observe': {
      const data = readData(ObserveData, step.data);
      if (!data) return view;
      view.facts = [
        ...fact('Tool', actions[data.actionId]?.tool),
        ...fact('Outcome', data.ok ? 'Succeeded' : 'Failed'),
      ];
      view.result = data.ok ? data.result : undefined;
      view.error = data.ok ? null : (data.error?.message ?? 'failed');
      return view;
    }
    case 'approval': {
      const data = readData(ApprovalData, step.data);
      if (!data) return view;
      const rejected = data.reason !== undefined;
      view.facts = [
        ...fact('Tool', actions[data.actionId]?.tool),
        ...fact('Decision', rejected ? 'Rejected' : data.edited ? 'Approved with edits' : 'Approved'),
        ...fact('Reason', data.reason),
      ];
      view.args = rejected ? null : (data.args ?? null);
      return view;
    }
    case 'escalate': {
      const data = readData(EscalateData, step.data);
      if (!data) return view;
      view.facts = [
        ...fact('Reasons', data.reasons?.map(reasonLabel).join(', ')),
        ...fact('Policy rule', data.rule),
      ];
      return view;
    }
  }
}

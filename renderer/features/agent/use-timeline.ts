import { useMemo } from 'react';
import { useAgentStore } from './agent-store';
import { describeStep, type StepView } from './timeline-view';

/** The selected conversation's timeline, ready to render. */
export function useTimeline(): StepView[] {
  const steps = useAgentStore((s) => s.steps);
  const actions = useAgentStore((s) => s.actions);
  return useMemo(() => steps.map((step) => describeStep(step, actions)), [steps, actions]);
}

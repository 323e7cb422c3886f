import type { EscalationReason } from '../../shared/agent';
import type { CatalogToolName } from '../../shared/tools';

interface Judged {
  /** The reasoner's calibrated belief that this is the right next step, in [0, 1]. */
  confidence: number;
  /** One short sentence a rep can read in the timeline. */
  rationale: string;
}

/** The one thing a reasoner decides per step. */
export type Decision = Judged &
  (
    | {
        kind: 'tool';
        tool: CatalogToolName;
        args: Record<string, unknown>;
        /**
         * Ask the customer first, whatever the confidence: what they are agreeing to, in their words
         * ("exchange the … for the … one; the difference of $5.00 will be charged to …").
         */
        confirmFirst?: string;
      }
    | { kind: 'reply'; text: string; citations?: string[] }
    | { kind: 'clarify'; text: string }
    | { kind: 'escalate'; reasons: EscalationReason[] }
    | { kind: 'resolve'; text: string }
  );

import { loadIntentSpecs } from './intent-specs';
import { OUT_OF_SCOPE } from './intent-model';

/**
 * The intents the offline reasoner knows, in training order: every intent file of `data/intents/` but
 * the out-of-scope one. Each starts a playbook elsewhere in the agent (its spec names which).
 */
export const INTENT_LABELS: readonly string[] = loadIntentSpecs()
  .map((spec) => spec.intent)
  .filter((intent) => intent !== OUT_OF_SCOPE);

/** One of the intents the offline reasoner knows (`data/intents/<intent>.yaml`). */
export type IntentLabel = string;

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../shared/result';
import { DEFAULT_INTENT_TRAINING, retrain, shippedIntentExamples } from '../agent/nlu/default-intent-model';
import { stratifiedSplit, trainIntentClassifier, type LabeledText } from '../agent/nlu/intent-classifier';
import type { IntentModel } from '../agent/nlu/intent-model';
import { writeOwnerOnlyFile } from '../security/owner-only-files';
import { databaseFile, openDatabase } from '../store/database';
import { collectCorrections, type CollectedCorrections, type Correction } from './corrections';
import type { SuiteResult } from './suites/suite-result';

/** Share of the shipped examples and of the corrections held out to measure before and after. */
export const heldOutFraction = 0.2;
// Fixed, so the shipped examples split the same way on every run.
const shippedSplitSeed = 20_240_601;

/** The file the retrained model is saved to, inside the data folder. */
export const retrainedModelFile = (dataDir: string): string => path.join(dataDir, 'intent-model.json');

/**
 * Whether a correction is held out: decided by a hash of its text, so the choice is the same on every run
 * and does not move when other corrections are added.
 */
export function isHeldOut(text: string): boolean {
  return createHash('sha256').update(text).digest().readUInt32BE(0) % 100 < heldOutFraction * 100;
}

/** Share of examples the model labels right (out-of-scope counts as wrong unless that is the label); null when empty. */
export function accuracyOn(model: IntentModel, examples: readonly LabeledText[]): number | null {
  if (examples.length === 0) return null;
  return examples.filter((e) => model.predict(e.text).label === e.label).length / examples.length;
}

/** Accuracy of one model on each part of the held-out set. */
export interface HeldOutAccuracy {
  shipped: number | null;
  corrections: number | null;
  all: number | null;
}

/** What a retrain from corrections measured and saved. */
export interface RetrainOutcome {
  collected: CollectedCorrections;
  heldOut: { shipped: number; corrections: number };
  before: HeldOutAccuracy;
  after: HeldOutAccuracy;
  savedTo: string;
}

function measure(model: IntentModel, shipped: LabeledText[], corrections: LabeledText[]): HeldOutAccuracy {
  return {
    shipped: accuracyOn(model, shipped),
    corrections: accuracyOn(model, corrections),
    all: accuracyOn(model, [...shipped, ...corrections]),
  };
}

const plain = (examples: readonly Correction[]): LabeledText[] =>
  examples.map(({ text, label }) => ({ text, label }));

/**
 * Collects reps' corrections from DATA_DIR/assist.db, measures a model trained without them and one
 * trained with them on the same held-out set (20% of the shipped examples, stratified, plus 20% of the
 * corrections), then retrains on everything and saves the model to DATA_DIR/intent-model.json.
 */
export function retrainFrom(dataDir: string): Result<RetrainOutcome> {
  const file = databaseFile(dataDir);
  if (!fs.existsSync(file))
    return fail('not_found', `--retrain-from: ${file} does not exist`, 'retrain-from');
  const db = openDatabase(file);
  let collected: CollectedCorrections;
  try {
    collected = collectCorrections(db);
  } finally {
    db.close();
  }
  const shipped = stratifiedSplit(shippedIntentExamples(), heldOutFraction, shippedSplitSeed);
  const corrections = plain(collected.examples);
  const correctionsTrain = corrections.filter((e) => !isHeldOut(e.text));
  const correctionsHeldOut = corrections.filter((e) => isHeldOut(e.text));
  const before = trainIntentClassifier(shipped.train, DEFAULT_INTENT_TRAINING);
  if (!before.ok) return before;
  const after = trainIntentClassifier([...shipped.train, ...correctionsTrain], DEFAULT_INTENT_TRAINING);
  if (!after.ok) return after;
  const final = retrain(corrections);
  if (!final.ok) return final;
  const savedTo = retrainedModelFile(dataDir);
  try {
    writeOwnerOnlyFile(savedTo, `${JSON.stringify(final.value.toJSON())}\n`);
  } catch (error) {
    return fail('internal', `cannot write ${savedTo} (${(error as Error).message})`, 'retrain-from');
  }
  return ok({
    collected,
    heldOut: { shipped: shipped.heldOut.length, corrections: correctionsHeldOut.length },
    before: measure(before.value, shipped.heldOut, correctionsHeldOut),
    after: measure(after.value, shipped.heldOut, correctionsHeldOut),
    savedTo,
  });
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** A retrain outcome as the CLI's JSON and printed table. */
export function retrainSuiteResult(outcome: RetrainOutcome): SuiteResult {
  const bySource = (source: Correction['source']) =>
    outcome.collected.examples.filter((e) => e.source === source).length;
  return {
    json: {
      suite: 'retrain-from',
      note:
        `${outcome.collected.examples.length} corrections (${bySource('rejected_action')} rejected actions, ` +
        `${bySource('edited_approval')} edited approvals, ${outcome.collected.skipped.length} skipped); held out ` +
        `${outcome.heldOut.shipped} shipped examples and ${outcome.heldOut.corrections} corrections; ` +
        `retrained model saved to ${outcome.savedTo}`,
      metrics: {
        corrections: outcome.collected.examples.length,
        skipped: outcome.collected.skipped,
        heldOut: outcome.heldOut,
        before: outcome.before,
        after: outcome.after,
        savedTo: outcome.savedTo,
      },
      failures: [],
    },
    table: [
      ['held-out set', 'examples', 'before', 'after'],
      [
        'shipped examples',
        String(outcome.heldOut.shipped),
        pct(outcome.before.shipped),
        pct(outcome.after.shipped),
      ],
      [
        'corrections',
        String(outcome.heldOut.corrections),
        pct(outcome.before.corrections),
        pct(outcome.after.corrections),
      ],
      [
        'all',
        String(outcome.heldOut.shipped + outcome.heldOut.corrections),
        pct(outcome.before.all),
        pct(outcome.after.all),
      ],
    ],
  };
}

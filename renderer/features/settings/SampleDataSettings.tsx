import { useState } from 'react';
import { assist } from '../../app/client';

type Stage =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'clearing' }
  | { kind: 'done'; removed: number }
  | { kind: 'failed'; message: string };

/**
 * Settings → Sample data: the month of past conversations the first run writes so Metrics has a history
 * to show. One click (and a confirmation) deletes them with their outcomes, approvals and CSAT.
 */
export function SampleDataSettings() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const clear = async () => {
    setStage({ kind: 'clearing' });
    const result = await assist.call('sandbox.clearSampleData', {});
    setStage(
      result.ok
        ? { kind: 'done', removed: result.value.removed }
        : { kind: 'failed', message: result.error.message },
    );
  };
  return (
    <section className="settings-form" aria-labelledby="sample-data-title">
      <h3 id="sample-data-title">Sample data</h3>
      <p className="hint">
        On first start the app writes a month of sample conversations (outcomes, approvals, CSAT and handle
        times) so Metrics has something to show. They never appear in the queue. Your own conversations are
        never sample data.
      </p>
      {stage.kind === 'confirming' ? (
        <div role="group" aria-labelledby="sample-data-confirm" className="field">
          <p id="sample-data-confirm">
            Delete every sample conversation with its outcomes, approvals and CSAT? This cannot be undone.
          </p>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => void clear()}>
              Delete them
            </button>
            <button type="button" className="secondary" onClick={() => setStage({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            disabled={stage.kind === 'clearing'}
            onClick={() => setStage({ kind: 'confirming' })}
          >
            Clear sample data
          </button>
        </div>
      )}
      <p role="status" className="key-status">
        {stage.kind === 'clearing'
          ? 'Clearing…'
          : stage.kind === 'done'
            ? stage.removed === 0
              ? 'There was no sample data to clear.'
              : `Removed ${stage.removed} sample ${stage.removed === 1 ? 'conversation' : 'conversations'}.`
            : ''}
      </p>
      {stage.kind === 'failed' && (
        <p role="alert" className="field-error">
          {stage.message}
        </p>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { DelegationResult } from './DelegationResult';
import { quickTasks, useDelegation } from './use-delegation';

/** The tasks the rep hands the agent about one account, and what came of each. */
export function DelegationPanel({ accountId }: { accountId: string }) {
  const { delegations, busy, delegate } = useDelegation(accountId);
  const [task, setTask] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (task.trim() === '') return;
    void delegate(task.trim());
    setTask('');
  };
  return (
    <section className="delegation-panel" aria-labelledby="delegate-title">
      <h3 id="delegate-title">Delegate to the agent</h3>
      <div className="button-row">
        {quickTasks.map((quick) => (
          <button key={quick} type="button" disabled={busy} onClick={() => void delegate(quick)}>
            {quick}
          </button>
        ))}
      </div>
      <form className="delegate-form" onSubmit={submit}>
        <label htmlFor="delegate-task">Delegate a task</label>
        <input id="delegate-task" value={task} onChange={(event) => setTask(event.target.value)} />
        <button type="submit" disabled={busy || task.trim() === ''}>
          Delegate
        </button>
      </form>
      <ul aria-label="Delegated tasks" aria-live="polite" className="delegations">
        {delegations.map((delegation) => (
          <DelegationResult key={delegation.id} delegation={delegation} />
        ))}
      </ul>
    </section>
  );
}

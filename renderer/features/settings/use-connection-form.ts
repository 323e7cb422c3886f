import { systems, type SystemName, type SystemStatus } from '../../../shared/connections';
import { assist } from '../../app/client';
import { testText } from './connection-text';
import { useConnectionsStore } from './connections-store';
import { refreshConnections } from './use-connections';

/** The form as saved: non-secret fields filled in, secrets always empty (they are never sent back). */
const savedForm = (system: SystemName, status: SystemStatus | undefined): Record<string, string> =>
  Object.fromEntries(
    systems[system].fields.map((field) => [field.key, field.secret ? '' : (status?.fields[field.key] ?? '')]),
  );

/**
 * What Save connection sends: every non-secret field (an emptied one is cleared), and only the secrets
 * the rep typed, so an empty secret keeps the one saved.
 */
const fieldsToSave = (system: SystemName, form: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    systems[system].fields
      .filter((field) => !field.secret || (form[field.key] ?? '').trim() !== '')
      .map((field) => [field.key, form[field.key] ?? '']),
  );

/**
 * The add/edit form of one system: what the rep typed (kept until it is saved), saving, testing the
 * saved settings (saving the form first when it has changes), and removing with a confirm step.
 */
export function useConnectionForm() {
  const editing = useConnectionsStore((s) => s.editing);
  const status = useConnectionsStore((s) => s.overview?.systems.find((system) => system.name === s.editing));
  const draft = useConnectionsStore((s) => (s.editing ? s.drafts[s.editing] : undefined));
  const busy = useConnectionsStore((s) => s.formBusy);
  const outcome = useConnectionsStore((s) => s.formOutcome);
  const errorField = useConnectionsStore((s) => s.formErrorField);
  const testOutcome = useConnectionsStore((s) => s.testOutcome);
  const confirmingRemove = useConnectionsStore((s) => s.confirmingRemove);
  const store = useConnectionsStore.getState();
  const form = editing ? (draft ?? savedForm(editing, status)) : {};

  const save = async (system: SystemName): Promise<boolean> => {
    store.setFormBusy(true);
    const result = await assist.call('connections.configure', { system, fields: fieldsToSave(system, form) });
    store.setFormBusy(false);
    if (!result.ok) {
      store.setFormOutcome({ ok: false, text: result.error.message }, result.error.field ?? null);
      return false;
    }
    store.systemSaved(result.value);
    store.setDraft(system, null);
    store.setFormOutcome({ ok: true, text: `${systems[system].label} saved.` });
    return true;
  };

  return {
    editing,
    status,
    form,
    dirty: draft !== undefined,
    busy,
    outcome,
    errorField,
    testOutcome,
    confirmingRemove,
    open: store.edit,
    change: (key: string, value: string) => {
      if (editing) store.setDraft(editing, { ...form, [key]: value });
    },
    discard: () => {
      if (editing) store.setDraft(editing, null);
    },
    save: () => (editing ? save(editing) : undefined),
    test: async () => {
      if (!editing) return;
      store.setTestOutcome(null);
      if (draft !== undefined && !(await save(editing))) return;
      store.setFormBusy(true);
      const result = await assist.call('connections.test', { system: editing });
      store.setFormBusy(false);
      store.setTestOutcome(
        result.ok
          ? { ok: result.value.ok, text: testText(result.value) }
          : { ok: false, text: result.error.message },
      );
      await refreshConnections();
    },
    confirmRemove: store.confirmRemove,
    remove: async () => {
      if (!editing) return;
      store.setFormBusy(true);
      const result = await assist.call('connections.remove', { system: editing });
      store.setFormBusy(false);
      store.confirmRemove(false);
      if (!result.ok) return store.setFormOutcome({ ok: false, text: result.error.message });
      store.loaded(result.value);
      store.setDraft(editing, null);
      store.setTestOutcome(null);
      store.setFormOutcome({
        ok: true,
        text: `${systems[editing].label} removed with its credentials; the groups it served are back on the sandbox.`,
      });
    },
  };
}

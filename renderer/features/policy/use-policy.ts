import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { usePolicyStore } from './policy-store';

async function load(): Promise<void> {
  const result = await assist.call('policy.get', {});
  const store = usePolicyStore.getState();
  if (result.ok) store.loaded(result.value);
  else store.setError(result.error.message);
}

/** The policy document: loaded when shown, edited as text, saved only when the main side accepts it. */
export function usePolicy() {
  const connection = useAppStore((s) => s.connection);
  const document = usePolicyStore((s) => s.document);
  const edited = usePolicyStore((s) => s.text);
  const problems = usePolicyStore((s) => s.problems);
  const saving = usePolicyStore((s) => s.saving);
  const notice = usePolicyStore((s) => s.notice);
  const error = usePolicyStore((s) => s.error);
  useEffect(() => {
    if (connection === 'open') void load();
  }, [connection]);

  const store = usePolicyStore.getState();
  const text = edited ?? document?.text ?? '';
  return {
    document,
    text,
    dirty: edited !== null,
    problems,
    saving,
    notice,
    error,
    edit: store.edit,
    discard: store.discard,
    save: async () => {
      store.setSaving(true);
      const result = await assist.call('policy.save', { text });
      if (!result.ok) return store.setError(result.error.message);
      if (!result.value.saved) return store.rejected(result.value.problems);
      store.saved();
      await load();
    },
  };
}

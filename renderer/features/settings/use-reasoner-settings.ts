import { useMemo } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { checkReasonerForm, formFromSettings, type ReasonerForm } from './reasoner-form';
import { useSettingsStore } from './settings-store';

/** The reasoner form: the saved settings until edited, checked as the rep types, saved through the contract. */
export function useReasonerSettings() {
  const saved = useAppStore((s) => s.settings?.reasoner);
  const edited = useSettingsStore((s) => s.reasonerForm);
  const saveState = useSettingsStore((s) => s.reasonerSave);
  const saveError = useSettingsStore((s) => s.reasonerError);
  const form = useMemo(() => edited ?? (saved ? formFromSettings(saved) : null), [edited, saved]);
  const check = useMemo(() => (form && saved ? checkReasonerForm(form, saved) : null), [form, saved]);
  const store = useSettingsStore.getState();
  return {
    form,
    check,
    dirty: edited !== null,
    saveState,
    saveError,
    change: <K extends keyof ReasonerForm>(field: K, value: ReasonerForm[K]) => {
      if (form) store.editReasoner({ ...form, [field]: value });
    },
    discard: store.discardReasoner,
    save: async () => {
      if (!check?.value) return;
      store.setReasonerSave('saving');
      const result = await assist.call('settings.update', { reasoner: check.value });
      if (!result.ok) return store.setReasonerSave('idle', result.error.message);
      useAppStore.getState().setSettings(result.value);
      store.discardReasoner();
      store.setReasonerSave('saved');
    },
  };
}

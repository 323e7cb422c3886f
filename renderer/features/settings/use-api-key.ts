import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useSettingsStore } from './settings-store';

/**
 * The model API key, write-only: the rep can store or remove it and see whether one is stored, but
 * the key is never read back. The typed key is cleared from the form as soon as it is saved.
 */
export function useApiKey() {
  const connection = useAppStore((s) => s.connection);
  const hasApiKey = useSettingsStore((s) => s.hasApiKey);
  const input = useSettingsStore((s) => s.apiKeyInput);
  const busy = useSettingsStore((s) => s.apiKeyBusy);
  const notice = useSettingsStore((s) => s.apiKeyNotice);
  const error = useSettingsStore((s) => s.apiKeyError);
  useEffect(() => {
    if (connection !== 'open') return;
    void assist.call('settings.apiKeyStatus', {}).then((result) => {
      const store = useSettingsStore.getState();
      if (result.ok) store.setApiKeyStatus(result.value.hasApiKey);
      else store.setApiKeyError(result.error.message);
    });
  }, [connection]);

  const store = useSettingsStore.getState();
  const update = async (apiKey: string | null, notice: string) => {
    store.setApiKeyBusy(true);
    const result = await assist.call('settings.setApiKey', { apiKey });
    store.setApiKeyBusy(false);
    if (!result.ok) return store.setApiKeyError(result.error.message);
    store.setApiKeyInput('');
    store.setApiKeyStatus(result.value.hasApiKey, notice);
  };
  return {
    hasApiKey,
    input,
    busy,
    notice,
    error,
    setInput: store.setApiKeyInput,
    save: () => (input.trim() === '' ? undefined : update(input.trim(), 'Key saved.')),
    remove: () => update(null, 'Key removed.'),
  };
}

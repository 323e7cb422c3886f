import { Theme } from '../../../shared/domain';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';

/** The saved theme, and a setter that saves through the contract so every window follows it. */
export function useThemeChoice() {
  const theme = useAppStore((s) => s.settings?.theme);
  return {
    theme,
    choose: async (value: string) => {
      const result = await assist.call('settings.update', { theme: Theme.parse(value) });
      if (!result.ok) useAppStore.getState().setError(result.error.message);
    },
  };
}

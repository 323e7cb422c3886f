import { Theme } from '../../../shared/domain';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The theme choice, saved through the contract so every window follows it. */
export function ThemePicker() {
  const theme = useAppStore((s) => s.settings?.theme);
  const setError = useAppStore((s) => s.setError);
  return (
    <label className="theme-picker">
      Theme
      <select
        value={theme ?? 'system'}
        disabled={!theme}
        onChange={async (event) => {
          const result = await assist.call('settings.update', { theme: Theme.parse(event.target.value) });
          if (!result.ok) setError(result.error.message);
        }}
      >
        {Theme.options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

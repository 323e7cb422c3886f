import { Theme } from '../../../shared/domain';
import { useThemeChoice } from './use-theme-choice';

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The theme choice: the system's, light or dark. */
export function ThemePicker() {
  const { theme, choose } = useThemeChoice();
  return (
    <div className="field">
      <label htmlFor="theme">Theme</label>
      <select
        id="theme"
        value={theme ?? 'system'}
        disabled={!theme}
        onChange={(e) => void choose(e.target.value)}
      >
        {Theme.options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

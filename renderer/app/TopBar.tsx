import { useAppStore, type View } from './app-store';

const connectionLabels = { connecting: 'Connecting…', open: 'Connected', closed: 'Disconnected, retrying…' };

const views: [View, string][] = [
  ['workspace', 'Workspace'],
  ['renewals', 'Renewals'],
  ['metrics', 'Metrics'],
  ['settings', 'Settings'],
  ['audit', 'Audit log'],
];

/** The app's name, where the rep is, and whether the main side is reachable. */
export function TopBar() {
  const connection = useAppStore((s) => s.connection);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <header className="topbar">
      <h1>Agent Assist</h1>
      <nav aria-label="Views" className="views">
        {views.map(([name, label]) => (
          <button
            key={name}
            type="button"
            className="nav-button"
            aria-current={view === name ? 'page' : undefined}
            onClick={() => setView(name)}
          >
            {label}
          </button>
        ))}
      </nav>
      <span role="status" aria-label="Connection" className={`connection connection-${connection}`}>
        {connectionLabels[connection]}
      </span>
    </header>
  );
}

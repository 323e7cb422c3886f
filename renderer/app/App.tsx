import { useAgentSync } from '../features/agent/use-agent-sync';
import { AuditView } from '../features/audit/AuditView';
import { MetricsView } from '../features/metrics/MetricsView';
import { RenewalsView } from '../features/renewals/RenewalsView';
import { UpcomingCallDialog } from '../features/renewals/UpcomingCallDialog';
import { useConversationSync } from '../features/conversation/use-conversation-sync';
import { useQueueSync } from '../features/queue/use-queue-sync';
import { SettingsView } from '../features/settings/SettingsView';
import { useTheme } from '../features/settings/use-theme';
import { useAppStore } from './app-store';
import { TopBar } from './TopBar';
import { useAppSync } from './use-app-sync';
import { Workspace } from './Workspace';

const views = {
  workspace: Workspace,
  renewals: RenewalsView,
  metrics: MetricsView,
  settings: SettingsView,
  audit: AuditView,
};

/** The app: a top bar, the view the rep chose below it, and the cheat sheet of a call about to start. */
export function App() {
  useAppSync();
  useQueueSync();
  useConversationSync();
  useAgentSync();
  const error = useAppStore((s) => s.error);
  const View = views[useAppStore((s) => s.view)];
  const theme = useAppStore((s) => s.settings?.theme);
  useTheme(theme);

  return (
    <div className="app">
      <TopBar />
      {error && (
        <div role="alert" className="error-banner">
          {error}
          <button type="button" className="secondary" onClick={() => useAppStore.getState().setError(null)}>
            Dismiss
          </button>
        </div>
      )}
      <View />
      <UpcomingCallDialog />
    </div>
  );
}

import { useAgentSync } from '../features/agent/use-agent-sync';
import { AuditView } from '../features/audit/AuditView';
import { useConversationSync } from '../features/conversation/use-conversation-sync';
import { useQueueSync } from '../features/queue/use-queue-sync';
import { SettingsView } from '../features/settings/SettingsView';
import { useTheme } from '../features/settings/use-theme';
import { useAppStore } from './app-store';
import { TopBar } from './TopBar';
import { useAppSync } from './use-app-sync';
import { Workspace } from './Workspace';

/** The app: a top bar, and the workspace, the settings or the audit log below it. */
export function App() {
  useAppSync();
  useQueueSync();
  useConversationSync();
  useAgentSync();
  const error = useAppStore((s) => s.error);
  const view = useAppStore((s) => s.view);
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
      {view === 'workspace' ? <Workspace /> : view === 'settings' ? <SettingsView /> : <AuditView />}
    </div>
  );
}

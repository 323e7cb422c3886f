import { ConversationPanel } from '../features/conversation/ConversationPanel';
import { useConversationSync } from '../features/conversation/use-conversation-sync';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { QueuePanel } from '../features/queue/QueuePanel';
import { useQueueSync } from '../features/queue/use-queue-sync';
import { ThemePicker } from '../features/settings/ThemePicker';
import { useTheme } from '../features/settings/use-theme';
import { useAppStore } from './app-store';
import { useAppSync } from './use-app-sync';

const connectionLabels = { connecting: 'Connecting…', open: 'Connected', closed: 'Disconnected, retrying…' };

/** The rep's workspace: queue, conversation and details side by side. */
export function App() {
  useAppSync();
  useQueueSync();
  useConversationSync();
  const connection = useAppStore((s) => s.connection);
  const error = useAppStore((s) => s.error);
  const theme = useAppStore((s) => s.settings?.theme);
  useTheme(theme);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Agent Assist</h1>
        <span role="status" className={`connection connection-${connection}`}>
          {connectionLabels[connection]}
        </span>
        <ThemePicker />
      </header>
      {error && (
        <div role="alert" className="error-banner">
          {error}
          <button type="button" onClick={() => useAppStore.getState().setError(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="workspace">
        <QueuePanel />
        <ConversationPanel />
        <DetailsPanel />
      </main>
    </div>
  );
}

import { PolicySection } from '../policy/PolicySection';
import { AboutApp } from './AboutApp';
import { ApiKeyForm } from './ApiKeyForm';
import { ConnectionsSettings } from './ConnectionsSettings';
import { McpServerSettings } from './McpServerSettings';
import { McpServersSettings } from './McpServersSettings';
import { ReasonerSettingsForm } from './ReasonerSettingsForm';
import { SampleDataSettings } from './SampleDataSettings';
import { ThemePicker } from './ThemePicker';

/** Settings: the reasoner and its key, the theme, about this app, the connections, the MCP server and MCP servers, the sample data and the policy document. */
export function SettingsView() {
  return (
    <main className="view settings-view" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <div className="settings-grid">
        <ReasonerSettingsForm />
        <ApiKeyForm />
        <section className="settings-form" aria-labelledby="appearance-title">
          <h3 id="appearance-title">Appearance</h3>
          <ThemePicker />
        </section>
        <AboutApp />
      </div>
      <div className="settings-grid">
        <ConnectionsSettings />
        <McpServerSettings />
        <SampleDataSettings />
      </div>
      <McpServersSettings />
      <PolicySection />
    </main>
  );
}

import { useAppStore } from '../../app/app-store';

/** The app's version, how this window is connected, and where it keeps its data. */
export function AboutApp() {
  const info = useAppStore((s) => s.info);
  return (
    <section className="settings-form" aria-labelledby="about-title">
      <h3 id="about-title">About this app</h3>
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Connected by</dt>
          <dd>{info.transport}</dd>
          <dt>Data folder</dt>
          <dd className="path">{info.dataDir}</dd>
          <dt>Schema</dt>
          <dd>v{info.schemaVersion}</dd>
        </dl>
      ) : (
        <p className="muted">Connecting…</p>
      )}
    </section>
  );
}

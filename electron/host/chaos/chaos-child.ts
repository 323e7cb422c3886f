import { createApp } from '../../app';
import { memorySettingsBackend } from '../../services/settings';
import { printError } from '../cli-output';
import { chaosMessages, type ChaosCast } from './chaos-scenario';

/**
 * The process a durability run kills: `scenario` plays the whole story (a late parcel credited by the
 * agent, a refund parked for a rep, the rep's approval); `recover` only opens the app, which resumes
 * whatever was cut short, and waits until it is done.
 */
async function main([mode, dataDir, castJson]: string[]): Promise<void> {
  const app = createApp({ dataDir: dataDir!, settings: memorySettingsBackend(), transport: 'direct' });
  await app.idle();
  if (mode === 'scenario') {
    const cast = JSON.parse(castJson!) as ChaosCast;
    for (const [customer, text] of [
      [cast.lateEmail, chaosMessages.late],
      [cast.refundEmail, chaosMessages.refund],
    ] as const) {
      const posted = app.conversations.postCustomerMessage({ customer, text });
      if (!posted.ok) throw new Error(posted.error.message);
      await app.agent.handleCustomerMessage(posted.value.conversation.id, posted.value.message);
    }
    for (const action of app.db
      .prepare("SELECT id FROM actions WHERE tool = 'payments.refund' AND status = 'pending_approval'")
      .pluck()
      .all() as string[]) {
      const approved = await app.agent.approve(action, undefined);
      if (!approved.ok) throw new Error(approved.error.message);
    }
  }
  await app.close();
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    printError(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { one, say, scenarioApp } from './agent-fixture';

let app: App;
afterEach(async () => app?.close());

const customerWithOrder = (offset: number) =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status = 'shipped' ORDER BY c.id LIMIT 1 OFFSET ?`,
    offset,
  );

describe('a message the English NLU cannot serve', () => {
  it('goes to a person, and the customer is told so in Spanish', async () => {
    app = scenarioApp();
    const { email, orderId } = customerWithOrder(0);
    const report = await say(
      app,
      email,
      `Hola, ¿dónde está mi pedido ${orderId}? Lo necesito para el viernes.`,
    );
    expect(report.outcome).toBe('escalated');
    expect(report.escalation?.reasons).toEqual(['language']);
    expect(report.reply).toMatch(/^Le paso con un compañero que puede ayudarle/);
    const briefing = report.escalation!.briefing;
    expect(briefing.summary).toContain('the customer wrote in a language the agent cannot serve');
    expect(briefing.suggestedNextStep).toMatch(/^Answer in Spanish/);
    // Looked up before the handoff, so the rep knows who it is.
    expect(briefing.customer?.email).toBe(email);
  });

  for (const [language, text, reply] of [
    ['German', 'Hallo, wo ist meine Bestellung? Sie ist noch nicht angekommen.', /^Ich verbinde Sie/],
    ['German', 'Ich möchte bitte mit einem Mitarbeiter sprechen.', /^Ich verbinde Sie/],
    ['Italian', 'Buongiorno, vorrei parlare con un operatore per il mio ordine.', /^La metto in contatto/],
    ['Portuguese', 'Olá, o meu pedido ainda não chegou. Quero falar com um atendente.', /^Vou passá-lo/],
  ] as const)
    it(`goes to a person when written in ${language}, and says so in ${language}: "${text}"`, async () => {
      app = scenarioApp();
      const { email } = customerWithOrder(2);
      const report = await say(app, email, text);
      expect(report.outcome).toBe('escalated');
      expect(report.escalation?.reasons).toContain('language');
      expect(report.reply).toMatch(reply);
      expect(report.escalation!.briefing.suggestedNextStep).toMatch(new RegExp(`^Answer in ${language}`));
      expect(report.actions.filter((a) => !a.tool.startsWith('crm.'))).toEqual([]);
    });

  it('asks for a person in French: both reasons, and the reply in French', async () => {
    app = scenarioApp();
    const { email } = customerWithOrder(1);
    const report = await say(app, email, "Bonjour, je voudrais parler à un conseiller s'il vous plaît");
    expect(report.escalation?.reasons).toEqual(['language', 'explicit_request']);
    expect(report.reply).toMatch(/^Je vous passe un collègue/);
  });

  it('leaves English with a foreign greeting, name or street to the agent', async () => {
    app = scenarioApp();
    const { email, orderId } = customerWithOrder(2);
    const report = await say(app, email, `Hola! Where is my order ${orderId}? Gracias`);
    expect(report.escalation?.reasons ?? []).not.toContain('language');
    expect(report.intent).toBe('order_status');
  });
});

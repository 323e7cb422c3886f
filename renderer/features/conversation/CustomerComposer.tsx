import type { FormEvent } from 'react';
import { useCustomerComposer } from './use-customer-composer';
import { useDemoCustomers } from './use-demo-customers';

/**
 * The simulated customer side of the sandbox: type as the customer to start or continue a
 * conversation, so the whole loop can be tried on a fresh machine.
 */
export function CustomerComposer({ conversationId }: { conversationId: string | null }) {
  const composer = useCustomerComposer(conversationId);
  const { existing } = composer;
  const demo = useDemoCustomers();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void composer.send();
  };

  return (
    <form className="composer customer-composer" aria-label="Customer side" onSubmit={submit}>
      <span className="composer-title">Customer side (simulated)</span>
      {!existing && demo.length > 0 && (
        <div className="demo-customers">
          <span id="demo-customers-title">Try a sandbox customer:</span>
          <ul aria-labelledby="demo-customers-title">
            {demo.map((customer) => (
              <li key={customer.email}>
                <button
                  type="button"
                  aria-pressed={composer.customer === customer.email}
                  onClick={() => {
                    composer.setCustomer(customer.email);
                    if (!composer.text.trim()) composer.setText(customer.try);
                  }}
                >
                  <strong>{customer.name}</strong> {customer.why}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!existing && (
        <input
          aria-label="Customer email or id"
          placeholder="Customer email or id"
          value={composer.customer}
          onChange={(event) => composer.setCustomer(event.target.value)}
          required
        />
      )}
      <textarea
        aria-label="Message as the customer"
        placeholder={existing ? `Reply as ${existing.customer}` : 'What the customer writes'}
        value={composer.text}
        rows={2}
        onChange={(event) => composer.setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey))
            event.currentTarget.form?.requestSubmit();
        }}
        required
      />
      <button type="submit" disabled={composer.sending}>
        Send as customer
      </button>
    </form>
  );
}

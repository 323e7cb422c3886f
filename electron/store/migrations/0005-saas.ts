import type { Migration } from './types';

/**
 * The SaaS side of the sandbox: accounts (each linked to a CRM customer), their subscription, weekly
 * feature usage and touchpoints. Prefixed `sb_` like the rest of the sandbox, so a reset empties them
 * too. Prices are integer cents; feature names are checked by the import format, which lists them.
 */
export const saas: Migration = {
  version: 5,
  name: 'saas',
  up: `
    CREATE TABLE sb_accounts (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      name TEXT NOT NULL
    );
    CREATE INDEX sb_accounts_by_customer ON sb_accounts (customer_id);

    CREATE TABLE sb_subscriptions (
      account_id TEXT PRIMARY KEY REFERENCES sb_accounts (id),
      plan TEXT NOT NULL CHECK (plan IN ('starter', 'team', 'business', 'enterprise')),
      seats INTEGER NOT NULL CHECK (seats > 0),
      seats_used INTEGER NOT NULL CHECK (seats_used >= 0),
      price_per_seat_cents INTEGER NOT NULL CHECK (price_per_seat_cents >= 0),
      renewal_date TEXT NOT NULL
    );
    CREATE INDEX sb_subscriptions_by_renewal ON sb_subscriptions (renewal_date);

    CREATE TABLE sb_usage (
      account_id TEXT NOT NULL REFERENCES sb_accounts (id),
      feature TEXT NOT NULL,
      date TEXT NOT NULL,
      active_users INTEGER NOT NULL CHECK (active_users >= 0),
      UNIQUE (account_id, feature, date)
    );

    CREATE TABLE sb_touchpoints (
      account_id TEXT NOT NULL REFERENCES sb_accounts (id),
      at TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('call', 'email', 'meeting', 'note')),
      summary TEXT NOT NULL
    );
    CREATE INDEX sb_touchpoints_by_account ON sb_touchpoints (account_id, at);
  `,
};

import type { Migration } from './types';

/**
 * The embedded sandbox systems of record: CRM, catalog and orders, carrier tracking, payments,
 * tickets, knowledge base, email outbox and calendar. Every table is prefixed `sb_` so a reset can
 * empty exactly these. Money is integer cents; nested lists that are always read whole (addresses,
 * payment methods, variant options, tags, return items) are JSON text.
 */
export const sandbox: Migration = {
  version: 2,
  name: 'sandbox',
  up: `
    CREATE TABLE sb_customers (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      phone TEXT,
      phone_digits TEXT,
      tier TEXT NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold', 'platinum')),
      lifetime_value_cents INTEGER NOT NULL CHECK (lifetime_value_cents >= 0),
      currency TEXT NOT NULL,
      address TEXT,
      payment_methods TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX sb_customers_by_email ON sb_customers (email COLLATE NOCASE);
    CREATE INDEX sb_customers_by_phone ON sb_customers (phone_digits);
    CREATE INDEX sb_customers_by_name ON sb_customers (name COLLATE NOCASE);

    CREATE TABLE sb_customer_notes (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      author TEXT NOT NULL,
      text TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX sb_notes_by_customer ON sb_customer_notes (customer_id, at);

    CREATE TABLE sb_interactions (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      channel TEXT NOT NULL CHECK (channel IN ('chat', 'email', 'phone', 'sms')),
      at TEXT NOT NULL,
      topic TEXT NOT NULL,
      summary TEXT NOT NULL,
      outcome TEXT NOT NULL,
      csat INTEGER CHECK (csat BETWEEN 1 AND 5)
    );
    CREATE INDEX sb_interactions_by_customer ON sb_interactions (customer_id, at);

    CREATE TABLE sb_products (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT NOT NULL,
      currency TEXT NOT NULL
    );
    CREATE TABLE sb_variants (
      sku TEXT PRIMARY KEY,
      product_id TEXT NOT NULL REFERENCES sb_products (id),
      position INTEGER NOT NULL,
      options TEXT NOT NULL,
      price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
      available INTEGER NOT NULL CHECK (available IN (0, 1))
    );
    CREATE INDEX sb_variants_by_product ON sb_variants (product_id, position);

    CREATE TABLE sb_orders (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'shipped', 'delivered', 'cancelled')),
      placed_at TEXT NOT NULL,
      promised_by TEXT,
      currency TEXT NOT NULL,
      subtotal_cents INTEGER NOT NULL,
      shipping_cents INTEGER NOT NULL,
      tax_cents INTEGER NOT NULL,
      discount_cents INTEGER NOT NULL,
      total_cents INTEGER NOT NULL,
      shipping_address TEXT NOT NULL,
      payment_method TEXT NOT NULL,
      cancelled_at TEXT,
      cancel_reason TEXT
    );
    CREATE INDEX sb_orders_by_customer ON sb_orders (customer_id, placed_at);
    CREATE TABLE sb_order_items (
      order_id TEXT NOT NULL REFERENCES sb_orders (id),
      line INTEGER NOT NULL,
      sku TEXT NOT NULL,
      name TEXT NOT NULL,
      qty INTEGER NOT NULL CHECK (qty > 0),
      price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
      PRIMARY KEY (order_id, line)
    );

    CREATE TABLE sb_returns (
      id TEXT PRIMARY KEY,
      order_id TEXT NOT NULL REFERENCES sb_orders (id),
      kind TEXT NOT NULL CHECK (kind IN ('return', 'exchange')),
      items TEXT NOT NULL,
      reason TEXT NOT NULL,
      payment_method TEXT,
      amount_cents INTEGER NOT NULL,
      currency TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('requested', 'received', 'completed', 'rejected')),
      created_at TEXT NOT NULL
    );
    CREATE INDEX sb_returns_by_order ON sb_returns (order_id);

    CREATE TABLE sb_shipments (
      id TEXT PRIMARY KEY,
      order_id TEXT NOT NULL REFERENCES sb_orders (id),
      carrier TEXT NOT NULL,
      tracking_number TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('in_transit', 'delayed', 'delivered', 'exception')),
      eta TEXT
    );
    CREATE INDEX sb_shipments_by_order ON sb_shipments (order_id);
    CREATE TABLE sb_shipment_events (
      shipment_id TEXT NOT NULL REFERENCES sb_shipments (id),
      seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      location TEXT NOT NULL,
      description TEXT NOT NULL,
      PRIMARY KEY (shipment_id, seq)
    );

    CREATE TABLE sb_credits (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      order_id TEXT REFERENCES sb_orders (id),
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      currency TEXT NOT NULL,
      reason TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );
    CREATE INDEX sb_credits_by_customer ON sb_credits (customer_id, currency);
    CREATE TABLE sb_refunds (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      order_id TEXT NOT NULL REFERENCES sb_orders (id),
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      currency TEXT NOT NULL,
      reason TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );
    CREATE INDEX sb_refunds_by_order ON sb_refunds (order_id);
    CREATE INDEX sb_refunds_by_customer ON sb_refunds (customer_id, currency);

    CREATE TABLE sb_tickets (
      id TEXT PRIMARY KEY,
      customer_id TEXT REFERENCES sb_customers (id),
      order_id TEXT REFERENCES sb_orders (id),
      subject TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')),
      priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
      tags TEXT NOT NULL,
      assignee TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX sb_tickets_by_customer ON sb_tickets (customer_id, updated_at);
    CREATE TABLE sb_ticket_comments (
      id TEXT PRIMARY KEY,
      ticket_id TEXT NOT NULL REFERENCES sb_tickets (id),
      seq INTEGER NOT NULL,
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      public INTEGER NOT NULL CHECK (public IN (0, 1)),
      at TEXT NOT NULL,
      UNIQUE (ticket_id, seq)
    );

    -- The knowledge base: an explicit integer rowid so the external-content FTS5 index can point at it.
    CREATE TABLE sb_kb_articles (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      tags TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE sb_kb_fts USING fts5 (
      title, body, tags,
      content = 'sb_kb_articles', content_rowid = 'rowid',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sb_kb_articles_ai AFTER INSERT ON sb_kb_articles BEGIN
      INSERT INTO sb_kb_fts (rowid, title, body, tags) VALUES (new.rowid, new.title, new.body, new.tags);
    END;
    CREATE TRIGGER sb_kb_articles_ad AFTER DELETE ON sb_kb_articles BEGIN
      INSERT INTO sb_kb_fts (sb_kb_fts, rowid, title, body, tags) VALUES ('delete', old.rowid, old.title, old.body, old.tags);
    END;
    CREATE TRIGGER sb_kb_articles_au AFTER UPDATE ON sb_kb_articles BEGIN
      INSERT INTO sb_kb_fts (sb_kb_fts, rowid, title, body, tags) VALUES ('delete', old.rowid, old.title, old.body, old.tags);
      INSERT INTO sb_kb_fts (rowid, title, body, tags) VALUES (new.rowid, new.title, new.body, new.tags);
    END;

    CREATE TABLE sb_outbox (
      id TEXT PRIMARY KEY,
      to_address TEXT NOT NULL,
      subject TEXT NOT NULL,
      body TEXT NOT NULL,
      sent_at TEXT NOT NULL,
      related_order_id TEXT REFERENCES sb_orders (id),
      customer_id TEXT REFERENCES sb_customers (id)
    );
    CREATE INDEX sb_outbox_by_time ON sb_outbox (sent_at);

    CREATE TABLE sb_calendar (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES sb_customers (id),
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
      title TEXT NOT NULL,
      notes TEXT NOT NULL
    );
    CREATE INDEX sb_calendar_by_time ON sb_calendar (starts_at);
    CREATE INDEX sb_calendar_by_customer ON sb_calendar (customer_id, starts_at);
  `,
};

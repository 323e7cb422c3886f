/**
 * The shipped policy document, as text so every runtime (Electron bundle, web host, CLIs) has it.
 * Team leads edit their copy (policy.yaml in the data folder); this is what a fresh install starts from.
 */
export const defaultPolicyText = `# The agent's policy. Team leads own this file: the app validates it on load and shows which rule
# decided each step. Rules are read top to bottom; the first rule whose tool and conditions match wins.
version: 1

# Confidence is the reasoner's calibrated probability that it understood the request.
thresholds:
  act: 0.6 # at or above: act on the decision
  clarify: 0.35 # from here up to act: ask a clarifying question first
  escalate: 0.2 # below this (or twice below clarify): hand over to a rep

# Most decisions the agent may take for one inbound message before it must stop and hand over.
stepBudget: 12

tools:
  - id: reads-are-automatic
    risk: read
    effect: auto
  # The automatic goodwill credit: once per order, and at most twice per customer in 30 days, counted
  # from the payment records (not from the chat), so asking again in a new conversation earns nothing.
  - id: late-shipment-goodwill-credit
    tool: payments.issueCredit
    effect: auto
    when:
      amountAtMost: 15
      tierIn: [gold, platinum]
      shipmentLate: true
      priorCreditsOnOrderAtMost: 0
      priorCreditsAtMost: { count: 1, withinDays: 30 }
  - id: other-credits-need-approval
    tool: payments.issueCredit
    effect: approve
    when:
      amountAtMost: 100
  - id: credits-over-limit
    tool: payments.issueCredit
    effect: deny
  - id: refunds-need-approval
    tool: payments.refund
    effect: approve
    when:
      amountAtMost: 1000
  - id: refunds-over-limit
    tool: payments.refund
    effect: deny
  - id: cancel-pending-orders
    tool: orders.cancel
    effect: auto
    when:
      orderStatusIn: [pending]
  - id: cancel-only-pending
    tool: orders.cancel
    effect: deny
  - id: address-change-before-shipping
    tool: orders.updateAddress
    effect: auto
    when:
      orderStatusIn: [pending, processing]
  - id: address-change-after-shipping
    tool: orders.updateAddress
    effect: deny
  - id: returns-of-delivered-orders
    tool: [orders.return, orders.exchange]
    effect: auto
    when:
      orderStatusIn: [delivered]
  - id: returns-only-delivered
    tool: [orders.return, orders.exchange]
    effect: deny
  - id: records-and-messages
    tool: [crm.logInteraction, tickets.create, tickets.comment, tickets.update, email.send, calendar.schedule]
    effect: auto
  - id: anything-else-needs-approval
    effect: approve

# Irreversible changes. When the customer asked for the change in so many words ("cancel order
# O-1001", "please refund the lamp") and its target (the order, the items, the address) comes from
# what they wrote matched against their records, the agent goes ahead: the tool rules above still
# decide whether a rep approves it first. When the agent only inferred the change ("this needs to go
# back") or had to pick its target itself, it asks the customer once. explicit/inferred: proceed or ask.
confirmation:
  tools: [orders.cancel, orders.return, orders.exchange, orders.updateAddress, payments.refund]
  explicit: proceed
  inferred: ask

# Whose records a call may reach. A customer conversation only ever reaches the customer its channel
# verified (the chat's signed-in email, the ticket's requester, or a one-time code sent to the address
# on file); that is not a setting. Other records are "not found" to it, and writes on them are refused.
scopes:
  approvals: conversation # a rep's approval acts on that conversation's customer only (or: any)
  delegatedTasks: account # a delegated task reaches only its account's customer (or: any)

escalation:
  explicitRequest: true
  legalWords:
    [
      lawyer,
      attorney,
      solicitor,
      sue,
      suing,
      lawsuit,
      legal action,
      chargeback,
      regulator,
      ombudsman,
      gdpr,
      data protection,
      court,
      small claims,
    ]
  sentimentBelow: -0.6
  previousAgentComplaint: true
  repeatContact:
    withinDays: 14
  lowConfidence: true
  toolFailures: 2

# Renewal quotes on the pre-call cheat sheet (a year at the current plan, seats and price per seat).
# Every discount whose conditions all hold applies, top to bottom, as a percent of the subtotal;
# together they never pass maxTotalDiscountPercent (the later ones shrink to fit). Conditions:
# seatsAtLeast, seatsBelow, churnRiskAtLeast (0-100) and planIn (starter, team, business, enterprise).
renewals:
  maxTotalDiscountPercent: 20
  discounts:
    - id: volume-50-seats
      percent: 5
      when:
        seatsAtLeast: 50
        seatsBelow: 200
    - id: volume-200-seats
      percent: 10
      when:
        seatsAtLeast: 200
    - id: at-risk-retention-offer
      percent: 15
      when:
        churnRiskAtLeast: 60
  # Rival vendors the cheat sheet looks for in touchpoints: each name and alias in any case, as whole
  # words, reported under the vendor's name; a mention counts towards churn risk. Any other capitalised
  # name after phrases such as "switching to", "quote from" or "evaluating" is shown as a possible
  # competitor for the rep to confirm (it does not count; add the vendor here once it is one).
  # matchCase: true matches a name that is also an everyday word only as written here.
  competitors:
    - name: Zendesk
    - name: Freshworks
      aliases: [Freshdesk, Freshchat, Freshservice]
    - name: Intercom
    - name: HubSpot
      aliases: [Service Hub]
    - name: Salesforce
      aliases: [Service Cloud]
    - name: Gorgias
    - name: Help Scout
      aliases: [HelpScout]
    - name: Front
      aliases: [Frontapp]
      matchCase: true # "front desk" is not the vendor
    - name: Kustomer
    - name: Zoho Desk
      aliases: [Zoho]
    - name: Gladly
      matchCase: true # "they would gladly renew" is not the vendor
    - name: ServiceNow

# Personal data a remote model (the openai reasoner) never sees: in the transcript, the facts and tool
# results sent to it, each value becomes a placeholder such as [EMAIL_1] or [ADDRESS_1], and the model's
# replies and tool calls are filled back in before anything is sent or run. Leave a kind out to let the
# model see it. Kinds: card_number (Luhn-checked), ssn, iban (checksum-checked), phone, email, address.
# Without this section every kind is redacted. The offline reasoner runs locally and sees everything.
privacy:
  redactForModel: [card_number, ssn, iban, phone, email, address]
`;

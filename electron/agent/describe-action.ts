/** A tool call in words a customer understands, for "Just to confirm: you'd like me to …?". */
export function describeAction(tool: string, args: Record<string, unknown>): string {
  const money =
    typeof args.amount === 'number' ? `${args.amount.toFixed(2)} ${String(args.currency ?? '')}`.trim() : '';
  switch (tool) {
    case 'orders.cancel':
      return `cancel order ${String(args.orderId)}`;
    case 'orders.updateAddress':
      return `change the shipping address of order ${String(args.orderId)}`;
    case 'orders.return':
      return `open a return for order ${String(args.orderId)}`;
    case 'orders.exchange':
      return `exchange items of order ${String(args.orderId)}`;
    case 'payments.refund':
      return `refund ${money} for order ${String(args.orderId)}`;
    case 'payments.issueCredit':
      return `add a credit of ${money} to your account`;
    case 'email.send':
      return `email you at ${String(args.to)}`;
    case 'calendar.schedule':
      return `schedule a call on ${String(args.startsAt).slice(0, 16).replace('T', ' at ')}`;
    case 'tickets.create':
      return 'open a support ticket for this';
    default:
      return `go ahead with ${tool}`;
  }
}

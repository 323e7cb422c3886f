import type { RenewalQuote } from '../../../shared/cheatsheet';
import { formatMoney } from './cheat-sheet-format';

/** The one-year renewal quote line by line: plan × seats, discounts by policy rule, and the total. */
export function QuoteTable({ quote }: { quote: RenewalQuote }) {
  return (
    <table className="data-table quote" aria-label="Renewal quote">
      <tbody>
        <tr>
          <th scope="row">
            {quote.plan} × {quote.seats} seats at {formatMoney(quote.pricePerSeat)}
          </th>
          <td>{formatMoney(quote.subtotal)}</td>
        </tr>
        {quote.discounts.map((discount) => (
          <tr key={discount.ruleId}>
            <th scope="row">
              Discount {discount.percent}% <span className="muted">({discount.ruleId})</span>
            </th>
            <td>−{formatMoney(discount.amount)}</td>
          </tr>
        ))}
        <tr className="quote-total">
          <th scope="row">Total</th>
          <td>{formatMoney(quote.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

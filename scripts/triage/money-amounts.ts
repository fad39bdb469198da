/**
 * Money amounts written in a ticket ("$1,200", "600 USD", "€750.50",
 * "EUR 900", "800 dollars"), for rules such as "refund above $500". The
 * currency is not converted: an amount counts at face value.
 */

const symbol = String.raw`[$€£]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const codeBefore = String.raw`\b(?:usd|eur|gbp|cad|aud)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const codeAfter = String.raw`\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(?:usd|eur|gbp|cad|aud|dollars|euros|pounds)\b`;
const amountPattern = new RegExp(`${symbol}|${codeBefore}|${codeAfter}`, 'gi');

/** Every amount in the text, in order of appearance. */
export function moneyAmounts(text: string): number[] {
  const out: number[] = [];
  amountPattern.lastIndex = 0;
  for (let m = amountPattern.exec(text); m !== null; m = amountPattern.exec(text)) {
    const whole = m[1] ?? m[3] ?? m[5];
    const cents = m[2] ?? m[4] ?? m[6];
    if (whole === undefined) continue;
    out.push(Number(whole.replace(/,/g, '')) + (cents ? Number(`0.${cents}`) : 0));
  }
  return out;
}

/** The largest amount in the text, or 0 when it names none. */
export function largestAmount(text: string): number {
  let max = 0;
  for (const amount of moneyAmounts(text)) if (amount > max) max = amount;
  return max;
}

/**
 * A count in words' digits, grouped by thousands with commas as in English ("1,048,576"): what
 * `n.toLocaleString('en-US')` gives for a whole number, without starting the browser's locale data (ICU), which
 * costs tens of milliseconds on the first call, in the task that shows the first token. Fractions are cut.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const whole = Math.trunc(n);
  const digits = String(Math.abs(whole));
  // Exponent notation (1e21 and above) is left as it is: no count of anything on a page reaches it.
  const grouped = digits.includes('e') ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return whole < 0 ? `-${grouped}` : grouped;
}

/** The button under a list too long to show at once: "Show 200 more (4,600 not shown)". */
export function describeShowMore(next: number, hidden: number): string {
  return `Show ${formatCount(next)} more (${formatCount(hidden)} not shown)`;
}

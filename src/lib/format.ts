// Number and list wording for English text, without Intl. The first Intl object a page makes
// loads the browser's locale data, which took 35–80 ms of main-thread time here (several times
// that on a slow phone), so the results page, which needs only these two, does without it.

/**
 * A number as English text with at most one decimal and thousands grouped, as
 * `new Intl.NumberFormat('en', { maximumFractionDigits: 1 })` writes it: 1300 → "1,300",
 * 2.0 → "2", 0.5 → "0.5". For the knowledge base's amounts, which have one decimal at most.
 */
export function formatAmount(value: number): string {
  const tenths = Math.round(Math.abs(value) * 10);
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, ',');
  const decimal = tenths % 10 === 0 ? '' : `.${tenths % 10}`;
  return `${value < 0 && tenths !== 0 ? '-' : ''}${whole}${decimal}`;
}

/**
 * Words joined as an English list, as `new Intl.ListFormat('en', { type: 'conjunction' })`
 * joins them: "a", "a and b", "a, b, and c".
 */
export function joinWithAnd(words: readonly string[]): string {
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')}, and ${words[words.length - 1]}`;
}

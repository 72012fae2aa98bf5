/**
 * Calendar dates. Documents and assessments carry dates as 'YYYY-MM-DD' in the user's local time
 * (China Standard Time for our users), never as UTC instants that could show the previous day.
 */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** '2026-11-29' → '2026年11月29日' (how Chinese documents print dates). */
export function zhDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

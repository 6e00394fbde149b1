/** "Step N of M" as a native progress bar (its text is in the step heading). */
export function Progress({ step, total, label }: { step: number; total: number; label: string }) {
  return <progress className="progress" value={step} max={total} aria-label={label} />;
}

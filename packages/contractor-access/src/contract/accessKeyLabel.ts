/**
 * Access keys are named `<engagement>-key-<first day of the rotation period>`.
 * A new period is a new name, so the first `pulumi up` of the period declares
 * a new key and deletes the old one; the policy pack reads the day back to
 * judge the key's age.
 */
const LABEL = /-key-(\d{4}-\d{2}-\d{2})$/;

/**
 * The logical name of an engagement's access key for a rotation period.
 *
 * @example
 * accessKeyName("checkout-fix-2026-11", "2026-11-24"); // "checkout-fix-2026-11-key-2026-11-24"
 */
export function accessKeyName(engagementName: string, periodLabel: string): string {
  return `${engagementName}-key-${periodLabel}`;
}

/**
 * The rotation period's first day from an access key's logical name, as UTC
 * midnight; `undefined` when the name carries no label or it is not a real date.
 *
 * @example
 * accessKeyPeriodDay("checkout-fix-2026-11-key-2026-11-24"); // 2026-11-24T00:00:00.000Z
 * accessKeyPeriodDay("checkout-fix-2026-11-key-2026-02-30"); // undefined
 */
export function accessKeyPeriodDay(name: string): Date | undefined {
  const label = LABEL.exec(name)?.[1];
  if (label === undefined) return undefined;
  const day = new Date(`${label}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(label) ? day : undefined;
}

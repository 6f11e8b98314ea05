import * as pulumi from "@pulumi/pulumi";

/**
 * `protect` and `retainOnDelete` on a component are inherited by every child:
 * either one pins the user, its keys and its team in place, so removing the
 * engagement or `pulumi destroy` no longer revokes anything. Refused, never
 * passed on.
 *
 * @throws {pulumi.ResourceError} naming the options, when either is `true`.
 */
export function refusePinningOptions(name: string, opts: pulumi.ComponentResourceOptions | undefined): void {
  const pinning = (["protect", "retainOnDelete"] as const).filter((option) => opts?.[option] === true);
  if (pinning.length === 0) return;
  // No resource exists yet to attach the error to: the component refuses before it registers.
  throw new pulumi.ResourceError(
    `engagement "${name}" sets ${pinning.map((option) => `"${option}"`).join(" and ")}; every child would inherit it and outlive the engagement, so revocation would leave access in place. Remove the option: the engagement's end date is what keeps or ends its access`,
    undefined,
  );
}

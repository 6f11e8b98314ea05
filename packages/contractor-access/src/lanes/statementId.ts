/**
 * Turns a catalog name into the alphanumeric tail of a statement id
 * (`masked-orders` → `MaskedOrders`), because IAM Sids allow only [A-Za-z0-9].
 *
 * @example
 * statementId("Read", "masked-orders"); // "ReadMaskedOrders"
 */
export function statementId(prefix: string, name: string): string {
  const tail = name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
  return `${prefix}${tail}`;
}

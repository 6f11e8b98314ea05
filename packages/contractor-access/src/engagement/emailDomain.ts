/**
 * Whether an email address belongs to one of the internal domains, including
 * their subdomains (`eu.acme.example` is internal when `acme.example` is).
 *
 * @example
 * isInternalEmail("priya@acme.example", ["acme.example"]); // true
 */
export function isInternalEmail(email: string, internalDomains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return internalDomains.some((internal) => domain === internal || domain.endsWith(`.${internal}`));
}

import { engagementRule, type Problem } from "./rule";

/** Every shared secret is in the stack's catalog (`settings.sharedSecrets`) and listed once. */
export const sharedSecretsInCatalog = engagementRule(
  "sharedSecretsInCatalog",
  "Every shared secret is in the stack's catalog (settings.sharedSecrets) and listed once.",
  ({ sharedSecrets }, settings) => {
    const catalog = Object.keys(settings.sharedSecrets);
    const choice =
      catalog.length > 0 ? ` (${catalog.join(", ")}); use one of those, or add it` : ", which is empty; add it";
    return sharedSecrets.flatMap((secret, index): Problem[] => {
      const first = sharedSecrets.indexOf(secret);
      if (first !== index) {
        return [
          {
            path: ["sharedSecrets", index],
            message: `shared secret "${secret}" is already listed at sharedSecrets[${first}]; list each secret once`,
          },
        ];
      }
      if (Object.hasOwn(settings.sharedSecrets, secret)) return [];
      return [
        {
          path: ["sharedSecrets", index],
          message: `shared secret "${secret}" is not in the stack's shared secret catalog${choice} to the contractorAccess:sharedSecrets stack setting first`,
        },
      ];
    });
  },
);

/** A problem with the vault or its configuration that stops a command; printed as one line. */
export class VaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VaultError";
  }
}

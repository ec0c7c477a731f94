/** A model engine that cannot start: unknown engine, missing key or model, bad option. Printed as one line. */
export class EngineError extends Error {
  override name = "EngineError";
}

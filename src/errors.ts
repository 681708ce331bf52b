/** A problem with how migration-guard was invoked or configured: exit code 2, message without a stack. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * A thrown value as one line. Not everything thrown is an Error: the WebAssembly parser can throw
 * a plain object when it runs out of memory, which String() turns into "[object Object]".
 */
export function describeThrown(value: unknown): string {
  if (value instanceof Error) return value.message || value.name;
  if (typeof value === "object" && value !== null) {
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) return message;
    try {
      const json = JSON.stringify(value);
      if (json && json !== "{}") return json.length > 300 ? `${json.slice(0, 297)}...` : json;
    } catch {
      // Circular or otherwise unprintable: fall through to its kind.
    }
    return `a ${value.constructor?.name ?? "value"} without a message`;
  }
  return String(value);
}

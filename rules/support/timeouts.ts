import type { Operation, SetSetting } from "../../src/index.js";

/**
 * Follows a timeout setting (lock_timeout, statement_timeout) through a migration: a plain SET
 * lasts for the session, SET LOCAL only until its transaction ends, and 0 (or RESET, back to the
 * server's usual default of 0) turns it off.
 */
export function timeoutTracker() {
  let session = false;
  const local = new Map<number, boolean>();
  return {
    apply(op: SetSetting): void {
      const on = op.value !== null && !isZero(op.value);
      if (op.local) {
        // SET LOCAL outside a transaction block has no effect.
        if (op.transaction !== null) local.set(op.transaction, on);
        return;
      }
      session = on;
      if (op.transaction !== null) local.delete(op.transaction);
    },
    covers(op: Operation): boolean {
      if (op.transaction !== null && local.has(op.transaction)) return local.get(op.transaction)!;
      return session;
    },
  };
}

function isZero(value: string): boolean {
  return /^\s*0+(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i.test(value);
}

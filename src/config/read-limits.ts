import { DEFAULT_READ_LIMITS } from "../safe-read.js";
import type { ResolvedConfig } from "./types.js";

/** The config's read limits, with those of the command line (or the Action's inputs) in place of any given. */
export function withReadLimits(config: ResolvedConfig, maxFileBytes: number | undefined, maxRunBytes: number | undefined): Pick<ResolvedConfig, "readLimits"> {
  if (maxFileBytes === undefined && maxRunBytes === undefined) return config.readLimits ? { readLimits: config.readLimits } : {};
  const current = config.readLimits ?? DEFAULT_READ_LIMITS;
  return { readLimits: { maxFileBytes: maxFileBytes ?? current.maxFileBytes, maxRunBytes: maxRunBytes ?? current.maxRunBytes } };
}

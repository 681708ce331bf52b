class UsageError extends Error {
  name = "UsageError";
}

export { UsageError as U };

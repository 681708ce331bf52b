import { expect, test } from "vitest";
import { closest } from "../../src/config/did-you-mean.js";

test.each([
  ["require-concurent-index", ["require-concurrent-index", "require-lock-timeout"], "require-concurrent-index"],
  ["warn", ["off", "info", "warning", "error"], "warning"],
  ["eror", ["off", "info", "warning", "error"], "error"],
  ["no-such-thing", ["require-concurrent-index", "require-lock-timeout"], undefined],
  ["of", ["off", "info"], "off"],
])("closest(%j) is %j", (input, candidates, expected) => {
  expect(closest(input, new Set(candidates).values())).toBe(expected);
});

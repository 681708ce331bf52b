import { describe, expect, test } from "vitest";
import { MAX_BODY_LENGTH, truncateBody } from "../../src/github/truncate.js";

describe("truncateBody", () => {
  test("leaves a body within the limit alone", () => {
    expect(truncateBody("short")).toBe("short");
  });

  test("cuts a long body below GitHub's 65,536 characters, at a line break, keeping the marker", () => {
    const body = `<!-- migration-guard:summary -->\n${Array.from({ length: 5_000 }, (_, i) => `| row ${i} | ${"x".repeat(20)} |`).join("\n")}`;
    const cut = truncateBody(body);
    expect(cut.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(MAX_BODY_LENGTH).toBeLessThan(65_536);
    expect(cut.startsWith("<!-- migration-guard:summary -->\n")).toBe(true);
    expect(cut).toMatch(/\|\n\n_…cut to fit GitHub's size limit/);
  });

  test("closes a code fence it cut through", () => {
    const body = `intro\n\`\`\`sql\n${"SELECT 1;\n".repeat(1_000)}\`\`\`\n`;
    const cut = truncateBody(body, 2_000);
    expect(cut.length).toBeLessThanOrEqual(2_000);
    expect(cut.match(/^```/gm)).toHaveLength(2);
  });

  test("never splits a surrogate pair", () => {
    const body = "😀".repeat(40_000);
    const cut = truncateBody(body, 1_001);
    expect(cut.length).toBeLessThanOrEqual(1_001);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});

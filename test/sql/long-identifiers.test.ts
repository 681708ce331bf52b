import { describe, expect, test } from "vitest";
import { longIdentifiers } from "../../src/sql/long-identifiers.js";

const LONG = "a_name_that_is_far_too_long_for_postgres_to_keep_as_it_is_written_x";

describe("identifiers longer than 63 bytes, read from the statement text", () => {
  test("unquoted (folded to lower case) and quoted names, with what Postgres keeps", () => {
    const found = longIdentifiers(`CREATE INDEX ${LONG.toUpperCase()} ON "${LONG}_quoted" (a)`);
    expect(found.map((f) => [f.name, f.truncated.length, f.offset])).toEqual([
      [LONG, 63, 13],
      [`${LONG}_quoted`, 63, 17 + LONG.length],
    ]);
  });

  test("strings, comments and dollar-quoted bodies are not identifiers", () => {
    const sql = `-- ${LONG}\nCOMMENT ON TABLE t IS '${LONG}'; /* ${LONG} */ SELECT E'it''s \\' ${LONG}', $body$ ${LONG} $body$`;
    expect(longIdentifiers(sql)).toEqual([]);
  });

  test("multi-byte names are cut on a character boundary", () => {
    const name = "é".repeat(40); // 80 bytes
    const [found] = longIdentifiers(`CREATE TABLE "${name}" (a int)`);
    expect(found!.truncated).toBe("é".repeat(31));
  });
});

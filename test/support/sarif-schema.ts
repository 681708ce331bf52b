import { createRequire } from "node:module";
import Ajv from "ajv";

const require = createRequire(import.meta.url);

/**
 * Validates against the official SARIF 2.1.0 JSON schema, as shipped in @microsoft/jest-sarif (a
 * draft-04 schema, which ajv 6 reads natively). Returns the schema violations, none when valid.
 */
export function sarifSchemaErrors(log: unknown): string[] {
  const ajv = new Ajv({ schemaId: "id", allErrors: true, jsonPointers: true });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json") as object);
  const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json") as object;
  const valid = ajv.validate(schema, log);
  return valid ? [] : (ajv.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}

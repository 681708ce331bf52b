export { c as compareVersions, d as defineRule, e as describeSite, b as lockAtLeast, a as lockImpact, l as locksOf, m as mappedColumn } from './app-schema-BaWCdwnc.js';

function tableOf(op) {
  switch (op.kind) {
    case "vacuum":
    case "cluster":
      return op.table;
    case "drop-index":
      return op.table;
    case "refresh-materialized-view":
      return op.view;
    default:
      return "table" in op && typeof op.table === "string" ? op.table : void 0;
  }
}

export { tableOf };

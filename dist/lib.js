export { d as defineRule, a as lockAtLeast, b as lockImpact, l as locksOf } from './rule-8b7Dwi5c.js';

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

export { d as defineRule, a as lockAtLeast, l as lockImpact, b as locksOf } from './rule-DJaUlFxx.js';
export { c as compareVersions, d as describeSite, m as mappedColumn } from './app-schema-DCApo0zc.js';

function defineConfig(config) {
  return config;
}

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

export { defineConfig, tableOf };

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function defineRule(rule) {
  if (!RULE_ID.test(rule.id)) {
    throw new Error(`Rule id "${rule.id}" must be lower-case words joined by "-" (e.g. "no-drop-column").`);
  }
  if (!rule.check && !rule.checkSet && !rule.checkSuppressions) {
    throw new Error(`Rule "${rule.id}" needs a check(ctx) function.`);
  }
  return rule;
}

const STRENGTH = {
  "ACCESS SHARE": 1,
  "ROW SHARE": 2,
  "ROW EXCLUSIVE": 3,
  "SHARE UPDATE EXCLUSIVE": 4,
  SHARE: 5,
  "SHARE ROW EXCLUSIVE": 6,
  EXCLUSIVE: 7,
  "ACCESS EXCLUSIVE": 8
};
function lockAtLeast(mode, than) {
  return STRENGTH[mode] >= STRENGTH[than];
}
function lockImpact(mode) {
  if (mode === "ACCESS EXCLUSIVE") return "blocks every read and write of the table";
  if (lockAtLeast(mode, "SHARE")) return "blocks every write to the table (reads continue)";
  if (mode === "SHARE UPDATE EXCLUSIVE") return "blocks other schema changes and VACUUM, not reads or writes";
  return "does not block reads or writes";
}
function locksOf(op, state) {
  const on = (table, mode) => table ? [{ table, mode }] : [];
  switch (op.kind) {
    case "create-table": {
      const referenced = /* @__PURE__ */ new Set();
      for (const c of op.columns) if (c.references) referenced.add(c.references.table);
      for (const c of op.constraints) if (c.references) referenced.add(c.references.table);
      return [...referenced].map((table) => ({ table, mode: "SHARE ROW EXCLUSIVE" }));
    }
    case "drop-table":
    case "rename-table":
    case "drop-column":
    case "rename-column":
    case "alter-column-type":
    case "set-not-null":
    case "drop-not-null":
    case "set-default":
    case "drop-default":
    case "drop-constraint":
    case "rename-constraint":
    case "truncate":
    case "cluster":
      return on(op.table, "ACCESS EXCLUSIVE");
    case "add-column": {
      const locks = on(op.table, "ACCESS EXCLUSIVE");
      if (op.column.references) locks.push(...on(op.column.references.table, "SHARE ROW EXCLUSIVE"));
      return locks;
    }
    case "add-constraint":
      if (op.constraint.type === "foreign-key") {
        return [...on(op.table, "SHARE ROW EXCLUSIVE"), ...on(op.constraint.references?.table, "SHARE ROW EXCLUSIVE")];
      }
      return on(op.table, "ACCESS EXCLUSIVE");
    case "validate-constraint":
      return on(op.table, "SHARE UPDATE EXCLUSIVE");
    case "alter-table-other":
      return on(op.table, op.lock);
    case "create-index":
      return on(op.table, op.concurrent ? "SHARE UPDATE EXCLUSIVE" : "SHARE");
    case "drop-index": {
      const table = op.table ?? state?.index(op.index)?.table;
      return on(table ?? op.index, op.concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE");
    }
    case "rename-index": {
      const table = state?.index(op.index)?.table;
      return on(table ?? op.index, "SHARE UPDATE EXCLUSIVE");
    }
    case "reindex":
      if (op.target !== "index" && op.target !== "table") return [];
      return on(op.target === "index" ? state?.index(op.name)?.table ?? op.name : op.name, op.concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE");
    case "data-change":
      return on(op.table, "ROW EXCLUSIVE");
    case "lock-table":
      return on(op.table, op.mode);
    case "vacuum":
      return on(op.table, op.full ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE");
    case "refresh-materialized-view":
      return on(op.view, op.concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE");
    case "attach-partition":
      return [...on(op.table, "SHARE UPDATE EXCLUSIVE"), ...on(op.partition, "ACCESS EXCLUSIVE")];
    case "detach-partition":
      return op.concurrent ? [...on(op.table, "SHARE UPDATE EXCLUSIVE"), ...on(op.partition, "SHARE UPDATE EXCLUSIVE")] : [...on(op.table, "ACCESS EXCLUSIVE"), ...on(op.partition, "ACCESS EXCLUSIVE")];
    case "other":
      return op.lock ? op.tables.map((table) => ({ table, mode: op.lock })) : [];
    default:
      return [];
  }
}

export { lockImpact as a, locksOf as b, defineRule as d, lockAtLeast as l };

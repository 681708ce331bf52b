import type {
  CreateStmt,
  DeleteStmt,
  DropStmt,
  IndexStmt,
  InsertStmt,
  Node,
  RenameStmt,
  SelectStmt,
  TransactionStmt,
  UpdateStmt,
  VariableSetStmt,
} from "@pgsql/types";
import { defaultConstraintName } from "../../core/database-state.js";
import type { ConstraintSpec, LockMode, Operation, Reindex, RowSelection, Transaction } from "../../core/operations.js";
import { as, nameFromParts, nameFromText, qualify, relationName, stringList, walk } from "../ast.js";
import { render, stringLiterals } from "../expressions.js";
import { isLimitedQuery, limitedCteNames, rowSelection } from "../row-selection.js";
import { alterTableOperations } from "./alter-table.js";
import { functionChange } from "./functions.js";
import { columnSpec, constraintSpec } from "./definitions.js";
import type { ExtractContext } from "./context.js";
import { longIdentifiers } from "../long-identifiers.js";
import { booleanOption } from "../option-values.js";
import { rejections } from "./rejections.js";

export { extractContext, type ExtractContext } from "./context.js";

/** The operations one parsed SQL statement performs; the first carries what Postgres would reject in it. */
export function statementOperations(ast: Node, ctx: ExtractContext): Operation[] {
  const ops = operationsOf(ast, ctx);
  const rejected = rejections(ast, ctx);
  if (rejected.length > 0 && ops[0]) ops[0].rejected = rejected;
  const long = longIdentifiers(ctx.statement.sql);
  if (long.length > 0 && ops[0]) {
    ops[0].longNames = long.map((l) => ({ name: l.name, truncated: l.truncated, span: ctx.baseAtOffset(l.offset).span }));
  }
  return ops;
}

function operationsOf(ast: Node, ctx: ExtractContext): Operation[] {
  const base = ctx.base();
  const n = ast as Record<string, unknown>;
  if (n["CreateStmt"]) return [createTable(n["CreateStmt"] as CreateStmt, ctx)];
  const alter = as(ast, "AlterTableStmt");
  if (alter) return alterTableOperations(alter, ctx);
  const rename = as(ast, "RenameStmt");
  if (rename) return renameOperations(rename, ctx);
  const index = as(ast, "IndexStmt");
  if (index) return [createIndex(index, ctx)];
  const drop = as(ast, "DropStmt");
  if (drop) return dropOperations(drop, ctx);
  const insert = as(ast, "InsertStmt");
  if (insert) return [insertOperation(insert, ctx)];
  const update = as(ast, "UpdateStmt");
  if (update) return [updateOperation(update, ctx)];
  const del = as(ast, "DeleteStmt");
  if (del) return [deleteOperation(del, ctx)];
  const merge = as(ast, "MergeStmt");
  if (merge) {
    return [
      {
        ...base,
        kind: "data-change",
        dml: "merge",
        table: relationName(merge.relation),
        rows: "unbounded",
        columns: [],
        overridingSystemValue: false,
        literals: stringLiterals(merge),
      },
    ];
  }
  const truncate = as(ast, "TruncateStmt");
  if (truncate) {
    return (truncate.relations ?? []).map((r) => ({
      ...base,
      kind: "truncate" as const,
      table: relationName(as(r, "RangeVar")),
      cascade: truncate.behavior === "DROP_CASCADE",
    }));
  }
  const set = as(ast, "VariableSetStmt");
  if (set) return [setOperation(set, ctx)];
  const tx = as(ast, "TransactionStmt");
  if (tx) return [transactionOperation(tx, ctx)];
  const lock = as(ast, "LockStmt");
  if (lock) {
    const mode = LOCK_MODES[lock.mode ?? 8] ?? "ACCESS EXCLUSIVE";
    return (lock.relations ?? []).map((r) => ({
      ...base,
      kind: "lock-table" as const,
      table: relationName(as(r, "RangeVar")),
      mode,
    }));
  }
  const vacuum = as(ast, "VacuumStmt");
  if (vacuum) {
    // libpg-query omits false booleans: ANALYZE is a VacuumStmt without is_vacuumcmd.
    if (!vacuum.is_vacuumcmd) return [otherOperation(ast, ctx)];
    const full = booleanOption(vacuum.options, "full") === true;
    const rels = (vacuum.rels ?? []).map((r) => relationName(as(r, "VacuumRelation")?.relation));
    if (rels.length === 0) return [{ ...base, kind: "vacuum", full }];
    return rels.map((table) => ({ ...base, kind: "vacuum" as const, table, full }));
  }
  const explain = as(ast, "ExplainStmt");
  if (explain) {
    // EXPLAIN ANALYZE runs the statement it explains (an UPDATE really updates); plain EXPLAIN only plans it.
    if (explain.query && booleanOption(explain.options, "analyze") === true) return operationsOf(explain.query, ctx);
    return [otherOperation(ast, ctx)];
  }
  const cluster = as(ast, "ClusterStmt");
  if (cluster) {
    return [{ ...base, kind: "cluster", ...(cluster.relation ? { table: relationName(cluster.relation) } : {}) }];
  }
  const reindex = as(ast, "ReindexStmt");
  if (reindex) {
    return [
      {
        ...base,
        kind: "reindex",
        target: REINDEX_TARGETS[reindex.kind ?? ""] ?? "index",
        name: reindex.relation ? relationName(reindex.relation) : (reindex.name ?? ""),
        concurrent: booleanOption(reindex.params, "concurrently") === true,
      },
    ];
  }
  const refresh = as(ast, "RefreshMatViewStmt");
  if (refresh) {
    return [
      {
        ...base,
        kind: "refresh-materialized-view",
        view: relationName(refresh.relation),
        concurrent: refresh.concurrent === true,
      },
    ];
  }
  const createEnum = as(ast, "CreateEnumStmt");
  if (createEnum) {
    return [
      {
        ...base,
        kind: "create-enum",
        type: nameFromParts(stringList(createEnum.typeName)),
        values: stringList(createEnum.vals),
      },
    ];
  }
  const alterEnum = as(ast, "AlterEnumStmt");
  if (alterEnum) {
    const type = nameFromParts(stringList(alterEnum.typeName));
    if (alterEnum.oldVal !== undefined) {
      return [{ ...base, kind: "rename-enum-value", type, value: alterEnum.oldVal, newValue: alterEnum.newVal ?? "" }];
    }
    return [
      {
        ...base,
        kind: "add-enum-value",
        type,
        value: alterEnum.newVal ?? "",
        ifNotExists: alterEnum.skipIfNewValExists === true,
      },
    ];
  }
  const createAs = as(ast, "CreateTableAsStmt");
  if (createAs && (createAs.objtype === "OBJECT_TABLE" || createAs.objtype === "OBJECT_MATVIEW")) {
    const into = createAs.into;
    return [
      {
        ...base,
        kind: "create-table",
        table: relationName(into?.rel),
        columns: stringList(into?.colNames).map((name) => ({
          name,
          notNull: false,
          primaryKey: false,
          unique: false,
          checks: [],
        })),
        constraints: [],
        ifNotExists: createAs.if_not_exists === true,
        fromQuery: true,
        ...(createAs.objtype === "OBJECT_MATVIEW" ? { materializedView: true } : {}),
      },
    ];
  }
  const alterSeq = as(ast, "AlterSeqStmt");
  if (alterSeq) {
    const restarts = (alterSeq.options ?? []).some((o) => as(o, "DefElem")?.defname === "restart");
    if (restarts) return [{ ...base, kind: "sequence-reset", mentions: [relationName(alterSeq.sequence)] }];
  }
  const select = as(ast, "SelectStmt");
  if (select) return selectOperations(select, ast, ctx);
  const trigger = as(ast, "CreateTrigStmt");
  if (trigger) {
    return [{ ...otherOperation(ast, ctx), tables: [relationName(trigger.relation)], lock: "SHARE ROW EXCLUSIVE" }];
  }
  return [{ ...otherOperation(ast, ctx), ...functionChange(ast) }];
}

const LOCK_MODES: Record<number, LockMode> = {
  1: "ACCESS SHARE",
  2: "ROW SHARE",
  3: "ROW EXCLUSIVE",
  4: "SHARE UPDATE EXCLUSIVE",
  5: "SHARE",
  6: "SHARE ROW EXCLUSIVE",
  7: "EXCLUSIVE",
  8: "ACCESS EXCLUSIVE",
};

const REINDEX_TARGETS: Record<string, Reindex["target"]> = {
  REINDEX_OBJECT_INDEX: "index",
  REINDEX_OBJECT_TABLE: "table",
  REINDEX_OBJECT_SCHEMA: "schema",
  REINDEX_OBJECT_SYSTEM: "system",
  REINDEX_OBJECT_DATABASE: "database",
};

function createTable(stmt: CreateStmt, ctx: ExtractContext): Operation {
  const table = relationName(stmt.relation);
  const columns = [];
  const constraints: ConstraintSpec[] = [];
  for (const element of stmt.tableElts ?? []) {
    const def = as(element, "ColumnDef");
    if (def) columns.push({ ...columnSpec(def, table), span: ctx.lineSpanAt(def.location ?? 0) });
    const c = as(element, "Constraint");
    const spec = c && constraintSpec(c, table);
    if (spec) constraints.push(spec);
  }
  const parent = stmt.partbound ? relationName(as(stmt.inhRelations?.[0], "RangeVar")) : undefined;
  return {
    ...ctx.base(),
    kind: "create-table",
    table,
    columns,
    constraints,
    ifNotExists: stmt.if_not_exists === true,
    ...(parent ? { partitionOf: parent } : {}),
    ...(stmt.partspec ? { partitioned: true } : {}),
    fromQuery: false,
  };
}

function renameOperations(stmt: RenameStmt, ctx: ExtractContext): Operation[] {
  const base = ctx.base();
  const table = relationName(stmt.relation);
  const newName = stmt.newname ?? "";
  switch (stmt.renameType) {
    case "OBJECT_TABLE":
      return [{ ...base, kind: "rename-table", table, newName: qualify(stmt.relation?.schemaname, newName) }];
    case "OBJECT_COLUMN":
      if (stmt.relationType !== "OBJECT_TABLE" && stmt.relationType !== "OBJECT_FOREIGN_TABLE") break;
      return [{ ...base, kind: "rename-column", table, column: stmt.subname ?? "", newName }];
    case "OBJECT_TABCONSTRAINT":
      return [{ ...base, kind: "rename-constraint", table, name: stmt.subname ?? "", newName }];
    case "OBJECT_INDEX":
      return [{ ...base, kind: "rename-index", index: table, newName: qualify(stmt.relation?.schemaname, newName) }];
    default:
      break;
  }
  return [otherOperation({ RenameStmt: stmt }, ctx)];
}

function createIndex(stmt: IndexStmt, ctx: ExtractContext): Operation {
  const table = relationName(stmt.relation);
  const columns = (stmt.indexParams ?? []).map((p) => as(p, "IndexElem")?.name ?? "expr");
  const bareName = stmt.idxname ?? defaultConstraintName(table, columns, "idx");
  return {
    ...ctx.base(),
    kind: "create-index",
    table,
    name: qualify(stmt.relation?.schemaname, bareName),
    columns,
    unique: stmt.unique === true,
    concurrent: stmt.concurrent === true,
    ifNotExists: stmt.if_not_exists === true,
    partial: stmt.whereClause !== undefined,
    // libpg-query leaves out `inh` (false) for ON ONLY.
    ...(stmt.relation && stmt.relation.inh !== true ? { onlyParent: true } : {}),
  };
}

function dropOperations(stmt: DropStmt, ctx: ExtractContext): Operation[] {
  const base = ctx.base();
  const names = (stmt.objects ?? []).map((o) => nameFromParts(stringList(as(o, "List")?.items)));
  const cascade = stmt.behavior === "DROP_CASCADE";
  const ifExists = stmt.missing_ok === true;
  if (stmt.removeType === "OBJECT_TABLE") {
    return names.map((table) => ({ ...base, kind: "drop-table" as const, table, cascade, ifExists }));
  }
  if (stmt.removeType === "OBJECT_INDEX") {
    return names.map((index) => ({
      ...base,
      kind: "drop-index" as const,
      index,
      concurrent: stmt.concurrent === true,
      cascade,
      ifExists,
    }));
  }
  return [{ ...otherOperation({ DropStmt: stmt }, ctx), ...functionChange({ DropStmt: stmt }) }];
}

function insertOperation(stmt: InsertStmt, ctx: ExtractContext): Operation {
  return {
    ...ctx.base(),
    kind: "data-change",
    dml: "insert",
    table: relationName(stmt.relation),
    rows: insertedRows(stmt),
    columns: (stmt.cols ?? []).map((c) => as(c, "ResTarget")?.name ?? ""),
    overridingSystemValue: stmt.override === "OVERRIDING_SYSTEM_VALUE",
    literals: stringLiterals(stmt),
  };
}

/**
 * `VALUES` lists, a `SELECT` of constants without FROM (`INSERT ... SELECT 'x' WHERE NOT EXISTS
 * (...)`, the idempotent seed) and `SELECT ... LIMIT n` insert a bounded number of rows; otherwise
 * the source query's WHERE decides. Its matched columns are the source table's, so they are not kept.
 */
function insertedRows(stmt: InsertStmt): RowSelection {
  const select = as(stmt.selectStmt, "SelectStmt");
  return select ? sourceRows(select, stmt.withClause) : "bounded";
}

function sourceRows(select: SelectStmt, withClause: InsertStmt["withClause"]): RowSelection {
  if (select.valuesLists !== undefined) return "bounded";
  if (select.larg && select.rarg) {
    const sides = [sourceRows(select.larg, withClause), sourceRows(select.rarg, withClause)];
    return sides.includes("none") ? "none" : sides.includes("unbounded") ? "unbounded" : "bounded";
  }
  if (isLimitedQuery({ SelectStmt: select }, limitedCteNames(withClause))) return "bounded";
  if ((select.fromClause ?? []).length === 0) return "bounded";
  return rowSelection(select.whereClause, { from: select.fromClause ?? [], withClause: withClause ?? select.withClause }).rows;
}

function updateOperation(stmt: UpdateStmt, ctx: ExtractContext): Operation {
  return {
    ...ctx.base(),
    kind: "data-change",
    dml: "update",
    table: relationName(stmt.relation),
    ...rowSelection(stmt.whereClause, { from: stmt.fromClause ?? [], withClause: stmt.withClause }),
    columns: (stmt.targetList ?? []).map((t) => as(t, "ResTarget")?.name ?? ""),
    overridingSystemValue: false,
    literals: stringLiterals(stmt),
  };
}

function deleteOperation(stmt: DeleteStmt, ctx: ExtractContext): Operation {
  return {
    ...ctx.base(),
    kind: "data-change",
    dml: "delete",
    table: relationName(stmt.relation),
    ...rowSelection(stmt.whereClause, { from: stmt.usingClause ?? [], withClause: stmt.withClause }),
    columns: [],
    overridingSystemValue: false,
    literals: stringLiterals(stmt),
  };
}

function setOperation(stmt: VariableSetStmt, ctx: ExtractContext): Operation {
  const resets = stmt.kind === "VAR_RESET" || stmt.kind === "VAR_RESET_ALL" || stmt.kind === "VAR_SET_DEFAULT";
  const value = resets ? null : (stmt.args ?? []).map((a) => settingValue(a)).join(", ");
  return { ...ctx.base(), kind: "set", name: (stmt.name ?? "").toLowerCase(), value, local: stmt.is_local === true };
}

function settingValue(node: Node): string {
  const c = as(node, "A_Const");
  if (c?.sval) return c.sval.sval ?? "";
  return render(node);
}

const TRANSACTION_ACTIONS: Record<string, Transaction["action"]> = {
  TRANS_STMT_BEGIN: "begin",
  TRANS_STMT_START: "begin",
  TRANS_STMT_COMMIT: "commit",
  TRANS_STMT_ROLLBACK: "rollback",
  TRANS_STMT_SAVEPOINT: "savepoint",
  TRANS_STMT_RELEASE: "release",
  TRANS_STMT_ROLLBACK_TO: "rollback-to",
  TRANS_STMT_PREPARE: "prepare",
  TRANS_STMT_COMMIT_PREPARED: "commit",
  TRANS_STMT_ROLLBACK_PREPARED: "rollback",
};

function transactionOperation(stmt: TransactionStmt, ctx: ExtractContext): Operation {
  return { ...ctx.base(), kind: "transaction", action: TRANSACTION_ACTIONS[stmt.kind ?? ""] ?? "begin" };
}

/**
 * SELECT statements matter for two calls: `setval(...)`, which moves a sequence, and
 * `set_config('lock_timeout', ...)`, which is SET by another name.
 */
function selectOperations(stmt: SelectStmt, ast: Node, ctx: ExtractContext): Operation[] {
  const ops: Operation[] = [];
  walk(stmt, (type, value) => {
    if (type !== "FuncCall") return;
    const parts = stringList(value["funcname"] as Node[]);
    const name = (parts[parts.length - 1] ?? "").toLowerCase();
    const args = (value["args"] as Node[] | undefined) ?? [];
    if (name === "setval") {
      // `setval('"User_id_seq"', ...)`, `setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))`
      const mentions = new Set(stringLiterals(args).map(nameFromText));
      walk([args, stmt.fromClause], (t, v) => {
        if (t === "RangeVar") mentions.add(relationName(v));
      });
      ops.push({ ...ctx.base(), kind: "sequence-reset", mentions: [...mentions] });
    } else if (name === "set_config") {
      const [setting, settingValueNode, isLocal] = args;
      const settingName = as(setting, "A_Const")?.sval?.sval;
      if (settingName) {
        ops.push({
          ...ctx.base(),
          kind: "set",
          name: settingName.toLowerCase(),
          value: settingValueNode ? settingValue(settingValueNode) : null,
          local: as(isLocal, "A_Const")?.boolval?.boolval === true,
        });
      }
    }
  });
  return ops.length > 0 ? ops : [otherOperation(ast, ctx)];
}

function otherOperation(ast: Node, ctx: ExtractContext): Operation & { kind: "other" } {
  let nodeType = "Unknown";
  for (const key in ast) nodeType = key;
  return { ...ctx.base(), kind: "other", nodeType, tables: [] };
}

import type { AlterTableCmd, AlterTableStmt, Node } from "@pgsql/types";
import type { LockMode, Operation } from "../../core/operations.js";
import type { TypeSpec } from "../../core/sql-values.js";
import { as, relationName } from "../ast.js";
import { valueExpr, render } from "../expressions.js";
import { topLevelParts } from "../split.js";
import { typeFromAst } from "../type-names.js";
import { columnSpec, constraintSpec } from "./definitions.js";
import type { ExtractContext } from "./context.js";

/** ALTER TABLE sub-commands that rewrite every row of the table. */
const REWRITING = new Set(["AT_SetLogged", "AT_SetUnLogged", "AT_SetTableSpace", "AT_SetAccessMethod", "AT_SetExpression"]);

/** Sub-commands on one column: their `name` is the column (for others it names a trigger, index, tablespace, ...). */
const COLUMN_COMMANDS = new Set([
  "AT_SetExpression",
  "AT_DropExpression",
  "AT_SetStatistics",
  "AT_SetOptions",
  "AT_ResetOptions",
  "AT_SetStorage",
  "AT_SetCompression",
  "AT_AddIdentity",
  "AT_SetIdentity",
  "AT_DropIdentity",
  "AT_AlterColumnGenericOptions",
]);

/** Sub-commands that take less than ACCESS EXCLUSIVE (see the ALTER TABLE reference). */
const LIGHTER_LOCKS: Record<string, LockMode> = {
  AT_SetStatistics: "SHARE UPDATE EXCLUSIVE",
  AT_SetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ClusterOn: "SHARE UPDATE EXCLUSIVE",
  AT_DropCluster: "SHARE UPDATE EXCLUSIVE",
  AT_SetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_EnableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableAlwaysTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableReplicaTrig: "SHARE ROW EXCLUSIVE",
  AT_DisableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_AttachPartition: "SHARE UPDATE EXCLUSIVE",
  AT_ValidateConstraint: "SHARE UPDATE EXCLUSIVE",
};

export function alterTableOperations(stmt: AlterTableStmt, ctx: ExtractContext): Operation[] {
  const table = relationName(stmt.relation);
  const cmds = stmt.cmds ?? [];
  // Sub-commands carry no position in the AST; with several, find each one's own line.
  const parts = cmds.length > 1 ? topLevelParts(ctx.statement.sql) : [];
  const ops: Operation[] = [];
  cmds.forEach((node, i) => {
    const cmd = as(node, "AlterTableCmd");
    const start = parts.length === cmds.length && i > 0 ? parts[i] : undefined;
    if (cmd) ops.push(...commandOperations(cmd, table, stmt, ctx, start === undefined ? ctx.base() : ctx.baseAtOffset(start)));
  });
  return ops;
}

function commandOperations(
  cmd: AlterTableCmd,
  table: string,
  stmt: AlterTableStmt,
  ctx: ExtractContext,
  base: ReturnType<ExtractContext["base"]>,
): Operation[] {
  const column = cmd.name ?? "";
  if (stmt.objtype && stmt.objtype !== "OBJECT_TABLE" && stmt.objtype !== "OBJECT_FOREIGN_TABLE") {
    return [other(cmd, table, base)];
  }
  switch (cmd.subtype) {
    case "AT_AddColumn": {
      const def = as(cmd.def, "ColumnDef");
      if (!def) return [other(cmd, table, base)];
      return [
        {
          ...ctx.base(def.location),
          kind: "add-column",
          table,
          column: columnSpec(def, table),
          ifNotExists: cmd.missing_ok === true,
        },
      ];
    }
    case "AT_DropColumn":
      return [
        {
          ...base,
          kind: "drop-column",
          table,
          column,
          cascade: cmd.behavior === "DROP_CASCADE",
          ifExists: cmd.missing_ok === true,
        },
      ];
    case "AT_AlterColumnType": {
      const def = as(cmd.def, "ColumnDef");
      const type = typeFromAst(def?.typeName);
      if (!type) return [other(cmd, table, base)];
      return [
        {
          ...ctx.base(def?.location),
          kind: "alter-column-type",
          table,
          column,
          type,
          ...(def?.raw_default && !isDefaultConversion(def.raw_default, column, type) ? { using: render(def.raw_default) } : {}),
        },
      ];
    }
    case "AT_SetNotNull":
      return [{ ...base, kind: "set-not-null", table, column }];
    case "AT_DropNotNull":
      return [{ ...base, kind: "drop-not-null", table, column }];
    case "AT_ColumnDefault":
      return cmd.def
        ? [{ ...base, kind: "set-default", table, column, default: valueExpr(cmd.def) }]
        : [{ ...base, kind: "drop-default", table, column }];
    case "AT_AddConstraint": {
      const c = as(cmd.def, "Constraint");
      const spec = c && constraintSpec(c, table);
      if (!spec) return [other(cmd, table, base)];
      return [{ ...ctx.base(c.location), kind: "add-constraint", table, constraint: spec }];
    }
    case "AT_DropConstraint":
      return [
        {
          ...base,
          kind: "drop-constraint",
          table,
          name: column,
          cascade: cmd.behavior === "DROP_CASCADE",
          ifExists: cmd.missing_ok === true,
        },
      ];
    case "AT_ValidateConstraint":
      return [{ ...base, kind: "validate-constraint", table, name: column }];
    case "AT_AttachPartition": {
      const part = as(cmd.def, "PartitionCmd");
      return [{ ...base, kind: "attach-partition", table, partition: relationName(part?.name) }];
    }
    case "AT_DetachPartition": {
      const part = as(cmd.def, "PartitionCmd");
      return [
        {
          ...base,
          kind: "detach-partition",
          table,
          partition: relationName(part?.name),
          concurrent: part?.concurrent === true,
        },
      ];
    }
    case "AT_SetIdentity":
    case "AT_AddIdentity": {
      const ops: Operation[] = [other(cmd, table, base)];
      if (mentionsRestart(cmd)) ops.push({ ...base, kind: "sequence-reset", mentions: [table] });
      return ops;
    }
    default:
      return [other(cmd, table, base)];
  }
}

function mentionsRestart(cmd: AlterTableCmd): boolean {
  const items = as(cmd.def, "List")?.items ?? [];
  const defs = [cmd.def, ...items].map((n) => as(n, "DefElem"));
  return defs.some((d) => d?.defname === "restart");
}

function other(cmd: AlterTableCmd, table: string, base: ReturnType<ExtractContext["base"]>): Operation {
  const action = cmd.subtype ?? "AT_Unknown";
  return {
    ...base,
    kind: "alter-table-other",
    table,
    action,
    ...(cmd.name && COLUMN_COMMANDS.has(action) ? { column: cmd.name } : {}),
    rewrites: REWRITING.has(action),
    lock: LIGHTER_LOCKS[action] ?? "ACCESS EXCLUSIVE",
  };
}

/**
 * `USING col` and `USING col::<the new type>` are the conversion Postgres applies when USING is
 * left out (it assigns the column to the new type either way), so they cost no more than no USING:
 * a widening stays catalog-only. Any other expression is evaluated per row.
 */
function isDefaultConversion(expr: Node, column: string, to: TypeSpec): boolean {
  const cast = as(expr, "TypeCast");
  if (cast) {
    const castTo = typeFromAst(cast.typeName);
    const same = castTo !== undefined && castTo.name === to.name && castTo.array === to.array && castTo.modifiers.join() === to.modifiers.join();
    return same && cast.arg !== undefined && isColumn(cast.arg, column);
  }
  return isColumn(expr, column);
}

function isColumn(expr: Node, column: string): boolean {
  const fields = as(expr, "ColumnRef")?.fields ?? [];
  const last = fields.length > 0 ? as(fields[fields.length - 1]!, "String")?.sval : undefined;
  return last === column;
}

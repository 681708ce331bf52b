import type { SourceSpan } from "../core/location.js";
import type { Migration } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { DatabaseError } from "./database.js";
import type { MigrationPlan, SqlStep } from "./replay-plan.js";

export interface Explanation {
  cause?: string;
  /** A more precise place than the statement: the clause naming the missing object. */
  span?: SourceSpan;
  missingFromEnvironment: boolean;
}

/** Schemas and roles a hosting platform creates before any migration runs. */
const PLATFORM_SCHEMAS: Record<string, string> = {
  auth: "Supabase",
  storage: "Supabase",
  realtime: "Supabase",
  extensions: "Supabase",
  graphql_public: "Supabase",
  vault: "Supabase",
};
const PLATFORM_ROLES: Record<string, string> = {
  anon: "Supabase",
  authenticated: "Supabase",
  service_role: "Supabase",
  supabase_admin: "Supabase",
  supabase_auth_admin: "Supabase",
  rds_superuser: "Amazon RDS",
  cloudsqlsuperuser: "Google Cloud SQL",
  azure_pg_admin: "Azure",
};

/** Tables migration runners create for their own bookkeeping. */
const RUNNER_TABLES: Record<string, string> = {
  __diesel_schema_migrations: "diesel",
  _prisma_migrations: "Prisma",
  "drizzle.__drizzle_migrations": "drizzle-kit",
  __drizzle_migrations: "drizzle-kit",
  knex_migrations: "Knex",
  migrations: "TypeORM",
  schema_migrations: "the migration runner (dbmate, golang-migrate)",
  goose_db_version: "goose",
  flyway_schema_history: "Flyway",
  mikro_orm_migrations: "MikroORM",
  pgmigrations: "node-pg-migrate",
  SequelizeMeta: "Sequelize",
  kysely_migration: "Kysely",
};

/** Canonical name as the model spells it: unquoted, `public.` dropped. */
function canonical(name: string): string {
  return name.replace(/^public\./, "");
}

/**
 * Why Postgres rejected a statement, in plain words, where the set's history shows it: an object
 * that a later migration creates, or one the platform provides.
 */
export function explainFailure(error: DatabaseError, step: SqlStep, migration: Migration, plans: readonly MigrationPlan[], engine: "embedded" | "server"): Explanation {
  const name = /"([^"]+)"/.exec(error.message)?.[1];
  const later = laterOperations(step, migration, plans);
  if (error.code === "42P01" && name) {
    const table = canonical(name);
    const span = step.operations.find((op) => mentions(op, table))?.span;
    const creator = later.find(({ op }) => op.kind === "create-table" && op.table === table);
    if (creator) return { cause: `\`${table}\` is created later, ${where(creator, migration)}`, ...(span ? { span } : {}), missingFromEnvironment: false };
    const runner = RUNNER_TABLES[table];
    if (runner) return { cause: `\`${table}\` is ${runner}'s own bookkeeping table, which the tool creates when it runs, not a migration; declare it in a \`verify.setup\` file`, missingFromEnvironment: true };
    const schema = table.includes(".") ? table.split(".")[0]! : undefined;
    if (schema && PLATFORM_SCHEMAS[schema]) return { cause: platform(`the \`${schema}\` schema`, PLATFORM_SCHEMAS[schema]!), missingFromEnvironment: true };
    return { cause: `no migration of this set creates \`${table}\`: it was made by hand or by another tool, so a fresh database never has it`, ...(span ? { span } : {}), missingFromEnvironment: false };
  }
  if (error.code === "42703" && name) {
    const column = name;
    const adder = later.find(({ op }) => (op.kind === "add-column" && op.column.name === column) || (op.kind === "rename-column" && op.newName === column));
    if (adder) return { cause: `column \`${column}\` is added later, ${where(adder, migration)}`, missingFromEnvironment: false };
  }
  if (error.code === "3F000" && name && PLATFORM_SCHEMAS[name]) return { cause: platform(`the \`${name}\` schema`, PLATFORM_SCHEMAS[name]!), missingFromEnvironment: true };
  if (error.code === "42704" && /^role /.test(error.message) && name) {
    const provider = PLATFORM_ROLES[name];
    return {
      cause: provider
        ? platform(`the role \`${name}\``, provider)
        : `the role \`${name}\` is not created by any migration (roles belong to the server, not to one database); declare it in a \`verify.setup\` file: \`CREATE ROLE ${name};\``,
      missingFromEnvironment: true,
    };
  }
  if (error.code === "42704" && /^type /.test(error.message) && name) {
    const creator = later.find(({ op }) => op.kind === "create-enum" && op.type === canonical(name));
    if (creator) return { cause: `type \`${canonical(name)}\` is created later, ${where(creator, migration)}`, missingFromEnvironment: false };
  }
  if (error.code === "0A000" && /^extension ".*" is not available/.test(error.message) && name) {
    const remedy =
      engine === "embedded"
        ? "the embedded engine does not ship it: replay on a server that has it (`--database-url`), or declare what the migrations use from it in a `verify.setup` file"
        : "the server does not have it installed: install it there, or declare what the migrations use from it in a `verify.setup` file";
    return { cause: `the extension \`${name}\` is not available: ${remedy}`, missingFromEnvironment: true };
  }
  return { missingFromEnvironment: false };
}

function platform(what: string, provider: string): string {
  return `${what} is provided by ${provider}, not by a migration; declare it for verify in a \`verify.setup\` SQL file run before the first migration (see docs/verify.md)`;
}

function mentions(op: Operation, table: string): boolean {
  if (op.kind === "add-constraint") return op.constraint.references?.table === table || op.table === table;
  if (op.kind === "add-column") return op.column.references?.table === table || op.table === table;
  if (op.kind === "create-table") return op.columns.some((c) => c.references?.table === table) || op.constraints.some((c) => c.references?.table === table);
  return "table" in op && op.table === table;
}

interface Located {
  op: Operation;
  migration: Migration;
}

/** The operations that run after the failing statement: later in its migration, then in later migrations. */
function laterOperations(step: SqlStep, migration: Migration, plans: readonly MigrationPlan[]): Located[] {
  const located: Located[] = [];
  const at = plans.findIndex((p) => p.migration === migration);
  for (const plan of plans.slice(at)) {
    for (const s of plan.steps) {
      if (s.kind !== "sql" || (plan.migration === migration && s.span.line <= step.span.line)) continue;
      for (const op of s.operations) located.push({ op, migration: plan.migration });
    }
  }
  return located;
}

function where({ op, migration }: Located, failing: Migration): string {
  if (migration === failing) return `at line ${op.span.line} of this migration`;
  return `in ${baseName(migration.path)}`;
}

function baseName(file: string): string {
  const parts = file.split("/");
  const name = parts[parts.length - 1]!;
  // Prisma and similar tools name the folder, not the file: `20240101_init/migration.sql`.
  return /^(migration|up)\.sql$/.test(name) && parts.length > 1 ? `${parts[parts.length - 2]}/${name}` : name;
}

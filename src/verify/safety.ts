import { walk } from "../sql/ast.js";
import { parseSql } from "../sql/parse.js";

/** Functions that read or write the server's files, load code, or reach other servers. */
const ESCAPING_FUNCTIONS = new Set([
  "pg_read_file",
  "pg_read_binary_file",
  "pg_ls_dir",
  "pg_stat_file",
  "pg_ls_logdir",
  "pg_ls_waldir",
  "pg_ls_tmpdir",
  "pg_ls_archive_statusdir",
  "lo_import",
  "lo_export",
  "pg_file_write",
  "pg_file_rename",
  "pg_file_unlink",
  "pg_logdir_ls",
  "pg_reload_conf",
  "pg_rotate_logfile",
  "pg_terminate_backend",
  "pg_cancel_backend",
  "dblink",
  "dblink_exec",
  "dblink_connect",
  "dblink_connect_u",
  "dblink_send_query",
]);

/** Procedural languages that can do anything the server's operating-system user can. */
const UNTRUSTED_LANGUAGES = new Set(["plpythonu", "plpython2u", "plpython3u", "plperlu", "pltclu", "plsh", "c", "internal"]);

/** Extensions whose purpose is to reach files or other servers. */
const ESCAPING_EXTENSIONS = new Set(["file_fdw", "dblink", "postgres_fdw", "adminpack", "plpython3u", "plpythonu", "plperlu", "pltclu", "plsh", "pg_execute_server_program"]);

/** Statement kinds that act on the server or cluster rather than on the scratch database. */
const CLUSTER_STATEMENTS: Record<string, string> = {
  AlterSystemStmt: "ALTER SYSTEM changes the server's configuration",
  CreateRoleStmt: "it creates a role, which belongs to the whole server",
  AlterRoleStmt: "it changes a role, which belongs to the whole server",
  AlterRoleSetStmt: "it changes a role's settings, which belong to the whole server",
  DropRoleStmt: "it drops a role, which belongs to the whole server",
  GrantRoleStmt: "it grants role membership, which applies to the whole server",
  CreatedbStmt: "it creates another database",
  DropdbStmt: "it drops a database",
  AlterDatabaseStmt: "it changes a database other than the scratch one",
  AlterDatabaseSetStmt: "it changes a database's settings",
  CreateTableSpaceStmt: "a tablespace is a directory on the server",
  DropTableSpaceStmt: "a tablespace is a directory on the server",
  LoadStmt: "LOAD loads a shared library into the server",
  CreatePLangStmt: "it installs a procedural language on the server",
};

/** Code bodies (DO blocks, functions) are text: these words in them reach outside the database. */
const ESCAPING_WORDS = /\b((to|from)\s+program|pg_read_(binary_)?file|lo_(import|export)|pg_ls_dir|alter\s+system|dblink\w*|superuser|create\s+role|alter\s+role)\b/i;

/**
 * Why a statement must not run on the user's real server, or undefined when it stays inside the
 * scratch database. Checked before anything runs: a migration is untrusted code, and on a real
 * server `COPY ... PROGRAM` or `pg_read_file` would act on the machine, not on a throwaway database.
 */
export function reachesOutside(sql: string): string | undefined {
  let reason: string | undefined;
  for (const parsed of parseSql(sql)) {
    if (!parsed.ast) continue;
    walk(parsed.ast, (type, node) => {
      if (reason) return false;
      if (CLUSTER_STATEMENTS[type]) reason = CLUSTER_STATEMENTS[type];
      else if (type === "CopyStmt" && node["is_program"]) reason = "COPY ... PROGRAM runs a program on the database server";
      else if (type === "CopyStmt" && typeof node["filename"] === "string") reason = "COPY with a file name reads or writes a file on the database server";
      else if (type === "FuncCall") {
        const name = lastName(node["funcname"]);
        if (name && ESCAPING_FUNCTIONS.has(name)) reason = `${name}() reaches the server's files or other servers`;
      } else if (type === "CreateExtensionStmt" && ESCAPING_EXTENSIONS.has(String(node["extname"]))) {
        reason = `the extension ${String(node["extname"])} exists to reach files, programs or other servers`;
      } else if (type === "CreateFunctionStmt" || type === "DoStmt") {
        const options = (type === "DoStmt" ? node["args"] : node["options"]) as unknown[] | undefined;
        const language = defElem(options, "language")?.toLowerCase();
        const body = defElem(options, "as");
        if (language && UNTRUSTED_LANGUAGES.has(language)) reason = `the untrusted language ${language} runs code as the server's operating-system user`;
        else if (body && ESCAPING_WORDS.test(body)) reason = `its code body mentions \`${ESCAPING_WORDS.exec(body)![0]}\`, which reaches outside the database`;
      }
      return undefined;
    });
    if (reason) return reason;
  }
  return reason;
}

function lastName(parts: unknown): string | undefined {
  if (!Array.isArray(parts)) return undefined;
  const last = parts[parts.length - 1] as { String?: { sval?: string } } | undefined;
  return last?.String?.sval?.toLowerCase();
}

/** A DefElem's string value (`LANGUAGE x`, `AS 'body'`, including a function's body list). */
function defElem(options: unknown[] | undefined, name: string): string | undefined {
  for (const option of options ?? []) {
    const def = (option as { DefElem?: { defname?: string; arg?: unknown } }).DefElem;
    if (def?.defname !== name) continue;
    const arg = def.arg as { String?: { sval?: string }; List?: { items?: { String?: { sval?: string } }[] } } | undefined;
    if (arg?.String?.sval !== undefined) return arg.String.sval;
    const items = arg?.List?.items?.map((i) => i.String?.sval ?? "").join("\n");
    if (items !== undefined) return items;
  }
  return undefined;
}

/**
 * COPY from or to a program or a server file: the embedded engine has neither (and PGlite's COPY
 * PROGRAM leaves the engine unusable), so such a statement is listed as not replayed there.
 */
export function needsServerFiles(sql: string): string | undefined {
  let reason: string | undefined;
  for (const parsed of parseSql(sql)) {
    walk(parsed.ast, (type, node) => {
      if (reason || type !== "CopyStmt") return;
      if (node["is_program"]) reason = "COPY ... PROGRAM runs a program, and the embedded engine has none";
      else if (typeof node["filename"] === "string") reason = "COPY with a file name reads or writes a server file, and the embedded engine has none";
    });
  }
  return reason;
}

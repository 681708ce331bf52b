import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtCliPath, GitProject, type CliRun } from "./support/git-project.js";

/**
 * End to end, per ORM: a repository whose `main` holds an app and its first migration, a branch
 * per scenario that adds a migration (and maybe changes the models), and the built CLI run with
 * `--base main`, as a pull request check runs it.
 */

interface OrmScenario {
  /** The fixture project the repository starts from (its app and first migration). */
  fixture: string;
  /** Writes a migration holding `sql`; returns its path and the line of the statement. */
  addMigration(project: GitProject, name: string, sql: string): { file: string; line: number };
  quote(name: string): string;
  /** Where the app maps `users.display_name` and the `posts` table at the base. */
  columnSite: string;
  tableSite: string;
  removeColumnFromModel(project: GitProject): void;
  renameColumnInModel(project: GitProject): void;
  removePostModel(project: GitProject): void;
}

const plain = (name: string) => name;
const quoted = (name: string) => `"${name}"`;

function sqlMigration(dir: string, version: string) {
  return (project: GitProject, name: string, sql: string) => {
    const file = `${dir}/${version}_${name}.sql`;
    project.write(file, `-- ${name.replace(/_/g, " ")}\n${sql}\n`);
    return { file, line: 2 };
  };
}

/** Deletes a decorated property: the line naming it and the decorator line above. */
function dropDecorated(property: string) {
  return (text: string) => text.replace(new RegExp(`\\n  @\\w+\\([^\\n]*\\)\\n  ${property}[^\\n]*`), "");
}

const ORMS: Record<string, OrmScenario> = {
  prisma: {
    fixture: "fixtures/rules/no-drop-mapped-column/prisma",
    addMigration(project, name, sql) {
      const file = `prisma/migrations/20240301000000_${name}/migration.sql`;
      project.write(file, `-- ${sql.startsWith("DROP TABLE") ? "DropTable" : "AlterTable"}\n${sql}\n`);
      return { file, line: 2 };
    },
    quote: quoted,
    columnSite: "User.displayName (prisma/schema.prisma:13)",
    tableSite: "Post (prisma/schema.prisma:20)",
    removeColumnFromModel: (p) => p.edit("prisma/schema.prisma", (t) => t.replace(/\n  displayName[^\n]*/, "")),
    renameColumnInModel: (p) => p.edit("prisma/schema.prisma", (t) => t.replace('@map("display_name")', '@map("full_name")')),
    removePostModel: (p) =>
      p.edit("prisma/schema.prisma", (t) => t.replace(/\nmodel Post \{[\s\S]*?\n\}\n/, "").replace(/\n  posts\s+Post\[\]/, "")),
  },
  drizzle: {
    fixture: "fixtures/rules/no-drop-mapped-column/drizzle",
    addMigration(project, name, sql) {
      const file = `drizzle/0001_${name}.sql`;
      project.write(file, `${sql}\n`);
      project.write("drizzle/meta/_journal.json", drizzleJournal(["0000_init", `0001_${name}`]));
      return { file, line: 1 };
    },
    quote: quoted,
    columnSite: "users.displayName (src/db/schema.ts:6)",
    tableSite: "posts (src/db/schema.ts:10)",
    removeColumnFromModel: (p) => p.edit("src/db/schema.ts", (t) => t.replace(/\n  displayName: text\(\),/, "")),
    renameColumnInModel: (p) => p.edit("src/db/schema.ts", (t) => t.replace("displayName: text(),", 'displayName: text("full_name"),')),
    removePostModel: (p) => p.edit("src/db/schema.ts", (t) => t.replace(/\nexport const posts = pgTable\([\s\S]*?\n\}\);\n/, "")),
  },
  typeorm: {
    fixture: "fixtures/rules/no-drop-mapped-column/sql",
    addMigration: sqlMigration("migrations", "002"),
    quote: plain,
    columnSite: "User.displayName (src/entities/user.entity.ts:13)",
    tableSite: "Post (src/entities/post.entity.ts:5)",
    removeColumnFromModel: (p) => p.edit("src/entities/user.entity.ts", dropDecorated("displayName")),
    renameColumnInModel: (p) =>
      p.edit("src/entities/user.entity.ts", (t) => t.replace("@Column({ nullable: true })\n  displayName", '@Column({ name: "full_name", nullable: true })\n  displayName')),
    removePostModel: (p) => {
      p.remove("src/entities/post.entity.ts");
      p.edit("src/entities/user.entity.ts", (t) => dropDecorated("posts")(t).replace('import { Post } from "./post.entity";\n', ""));
    },
  },
  sequelize: {
    fixture: "fixtures/rules/no-drop-mapped-column/sequelize",
    addMigration: sqlMigration("migrations", "20240301000000"),
    quote: plain,
    columnSite: "User.displayName (src/models/user.js:9)",
    tableSite: "Post (src/models/post.js:5)",
    removeColumnFromModel: (p) => p.edit("src/models/user.js", (t) => t.replace("    displayName: DataTypes.STRING,\n", "")),
    renameColumnInModel: (p) =>
      p.edit("src/models/user.js", (t) => t.replace("displayName: DataTypes.STRING,", 'displayName: { type: DataTypes.STRING, field: "full_name" },')),
    removePostModel: (p) => p.remove("src/models/post.js"),
  },
  "mikro-orm": {
    fixture: "fixtures/rules/no-drop-mapped-column/mikro-orm",
    addMigration: sqlMigration("migrations", "20240301000000"),
    quote: plain,
    columnSite: "User.displayName (src/entities/User.ts:13)",
    tableSite: "Post (src/entities/Post.ts:5)",
    removeColumnFromModel: (p) => p.edit("src/entities/User.ts", dropDecorated("displayName")),
    renameColumnInModel: (p) =>
      p.edit("src/entities/User.ts", (t) => t.replace("@Property({ nullable: true })\n  displayName", '@Property({ fieldName: "full_name", nullable: true })\n  displayName')),
    removePostModel: (p) => {
      p.remove("src/entities/Post.ts");
      p.edit("src/mikro-orm.config.ts", (t) => t.replace('import { Post } from "./entities/Post";\n', "").replace("[User, Post]", "[User]"));
    },
  },
};

function drizzleJournal(tags: string[]): string {
  const entries = tags.map((tag, idx) => ({ idx, version: "7", when: 1704067200000 + idx * 86_400_000, tag, breakpoints: true }));
  return `${JSON.stringify({ version: "7", dialect: "postgresql", entries }, null, 2)}\n`;
}

const SCHEMA_RULES = new Set(["no-drop-mapped-column", "no-rename-mapped-column", "no-drop-mapped-table"]);

function schemaFindings(run: CliRun) {
  return run.findings.filter((f) => SCHEMA_RULES.has(f.ruleId));
}

let cli: string;
beforeAll(() => {
  cli = builtCliPath();
});

describe.each(Object.entries(ORMS))("%s app, --base main", (_orm, orm) => {
  const project = new GitProject();

  beforeAll(() => {
    project.copyFrom(orm.fixture, (f) => /(^|[^a-z])(bad|good)([^a-z]|$)/.test(f) || f === "base" || f.startsWith("base/"));
    if (orm.fixture.endsWith("drizzle")) project.write("drizzle/meta/_journal.json", drizzleJournal(["0000_init"]));
    project.commit("App and its first migration");
  });
  afterAll(() => project.dispose());

  test("dropping a column the models still map is an error at the migration's line, naming the model's file:line", () => {
    project.branch("drop-mapped");
    const { file, line } = orm.addMigration(project, "drop_display_name", `ALTER TABLE ${orm.quote("users")} DROP COLUMN ${orm.quote("display_name")};`);
    project.commit("Drop display_name");
    const run = project.run(cli, "--base", "main");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(schemaFindings(run)).toMatchObject([{ ruleId: "no-drop-mapped-column", severity: "error", file, line }]);
    expect(schemaFindings(run)[0]!.message).toContain(orm.columnSite);
  });

  test("dropping a column no model maps passes", () => {
    project.branch("drop-unmapped");
    orm.addMigration(project, "drop_legacy_notes", `ALTER TABLE ${orm.quote("users")} DROP COLUMN ${orm.quote("legacy_notes")};`);
    project.commit("Drop legacy_notes");
    const run = project.run(cli, "--base", "main");
    expect(schemaFindings(run)).toEqual([]);
    expect(run.code).toBe(0);
  });

  test("removing the field in the same change set is a warning: the old code still maps it during the rollout", () => {
    project.branch("drop-with-model");
    orm.removeColumnFromModel(project);
    const { file, line } = orm.addMigration(project, "drop_display_name", `ALTER TABLE ${orm.quote("users")} DROP COLUMN ${orm.quote("display_name")};`);
    project.commit("Remove displayName and drop its column");
    const run = project.run(cli, "--base", "main");
    expect(schemaFindings(run)).toMatchObject([{ ruleId: "no-drop-mapped-column", severity: "warning", file, line }]);
    expect(schemaFindings(run)[0]!.message).toContain(orm.columnSite);
    expect(run.code).toBe(0);
  });

  test("renaming a mapped column is an error, also when the model moves to the new name in the same change set", () => {
    const sql = `ALTER TABLE ${orm.quote("users")} RENAME COLUMN ${orm.quote("display_name")} TO ${orm.quote("full_name")};`;
    project.branch("rename-mapped");
    const first = orm.addMigration(project, "rename_display_name", sql);
    project.commit("Rename display_name");
    const stillMapped = project.run(cli, "--base", "main");
    expect(schemaFindings(stillMapped)).toMatchObject([{ ruleId: "no-rename-mapped-column", severity: "error", file: first.file, line: first.line }]);
    expect(schemaFindings(stillMapped)[0]!.message).toContain(orm.columnSite);

    project.branch("rename-with-model");
    orm.renameColumnInModel(project);
    const second = orm.addMigration(project, "rename_display_name", sql);
    project.commit("Rename display_name in the model and the database");
    const moved = project.run(cli, "--base", "main");
    expect(schemaFindings(moved)).toMatchObject([{ ruleId: "no-rename-mapped-column", severity: "error", file: second.file, line: second.line }]);
    expect(schemaFindings(moved)[0]!.message).toContain("only since this change set");
    expect(moved.code).toBe(1);
  });

  test("dropping a mapped table is an error; deleting its model in the same change set makes it a warning", () => {
    const sql = `DROP TABLE ${orm.quote("posts")};`;
    project.branch("drop-table");
    const first = orm.addMigration(project, "drop_posts", sql);
    project.commit("Drop posts");
    const stillMapped = project.run(cli, "--base", "main");
    expect(schemaFindings(stillMapped)).toMatchObject([{ ruleId: "no-drop-mapped-table", severity: "error", file: first.file, line: first.line }]);
    expect(schemaFindings(stillMapped)[0]!.message).toContain(orm.tableSite);

    project.branch("drop-table-with-model");
    orm.removePostModel(project);
    const second = orm.addMigration(project, "drop_posts", sql);
    project.commit("Remove Post and its table");
    const removed = project.run(cli, "--base", "main");
    expect(schemaFindings(removed)).toMatchObject([{ ruleId: "no-drop-mapped-table", severity: "warning", file: second.file, line: second.line }]);
    expect(schemaFindings(removed)[0]!.message).toContain(orm.tableSite);
  });

  test("--no-schema turns the cross-check off", () => {
    project.branch("no-schema");
    orm.addMigration(project, "drop_display_name", `ALTER TABLE ${orm.quote("users")} DROP COLUMN ${orm.quote("display_name")};`);
    project.commit("Drop display_name");
    expect(schemaFindings(project.run(cli, "--base", "main", "--no-schema"))).toEqual([]);
  });
});

describe("migration history, --base main", () => {
  const project = new GitProject();
  const HISTORY = {
    "db/migrations/20240101000000_create_users.sql": "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL\n);\n",
    "db/migrations/20240201000000_create_orders.sql": "CREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  total numeric(12, 2) NOT NULL\n);\n",
    "db/migrations/20240301000000_add_user_name.sql": "ALTER TABLE users ADD COLUMN name text;\n",
  };

  beforeAll(() => {
    for (const [file, text] of Object.entries(HISTORY)) project.write(file, text);
    project.commit("Migrations so far");
  });
  afterAll(() => project.dispose());

  const history = (run: CliRun) => run.findings.filter((f) => f.ruleId === "no-edit-applied-migration" || f.ruleId === "migration-order");

  test("editing a merged migration is an error at the first changed line, committed or not", () => {
    project.branch("edit");
    project.edit("db/migrations/20240201000000_create_orders.sql", (t) => t.replace("total numeric(12, 2) NOT NULL", "total numeric(12, 2) NOT NULL,\n  currency char(3)"));
    const uncommitted = project.run(cli, "--base", "main");
    expect(history(uncommitted)).toMatchObject([{ ruleId: "no-edit-applied-migration", severity: "error", file: "db/migrations/20240201000000_create_orders.sql", line: 3 }]);
    project.commit("Edit orders");
    expect(history(project.run(cli, "--base", "main"))).toMatchObject([{ ruleId: "no-edit-applied-migration", line: 3 }]);
  });

  test("renaming or deleting a merged migration is an error", () => {
    project.branch("rename");
    project.git("mv", "db/migrations/20240301000000_add_user_name.sql", "db/migrations/20240302000000_add_user_name.sql");
    project.commit("Rename");
    const renamed = history(project.run(cli, "--base", "main"));
    expect(renamed).toMatchObject([{ ruleId: "no-edit-applied-migration", file: "db/migrations/20240302000000_add_user_name.sql", line: 1 }]);
    expect(renamed[0]!.message).toContain("`20240301000000_add_user_name.sql` renamed");

    project.branch("delete");
    project.remove("db/migrations/20240201000000_create_orders.sql");
    project.commit("Delete");
    const run = project.run(cli, "--base", "main");
    expect(history(run)).toMatchObject([{ ruleId: "no-edit-applied-migration", severity: "error", file: "db/migrations/20240201000000_create_orders.sql", line: 1 }]);
    expect(run.code).toBe(1);
  });

  test("a new migration older than the newest merged one is a warning; a newer one passes", () => {
    project.branch("order");
    project.write("db/migrations/20240215000000_create_coupons.sql", "-- Branched off before add_user_name was merged.\nCREATE TABLE coupons (code text PRIMARY KEY);\n");
    project.write("db/migrations/20240401000000_create_refunds.sql", "CREATE TABLE refunds (id bigserial PRIMARY KEY);\n");
    project.commit("Two new migrations");
    const run = project.run(cli, "--base", "main");
    expect(history(run)).toMatchObject([{ ruleId: "migration-order", severity: "warning", file: "db/migrations/20240215000000_create_coupons.sql", line: 2 }]);
    expect(run.code).toBe(0);
  });
});

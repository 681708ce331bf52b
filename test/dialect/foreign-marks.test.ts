import { describe, expect, test } from "vitest";
import { foreignMarks } from "../../src/dialect/foreign-syntax.js";
import { fileDatabase } from "../../src/dialect/skip-sets.js";

const marks = (sql: string) => foreignMarks(sql).map((m) => [m.mark, m.dialect]);

describe("another database's syntax in a statement Postgres rejected", () => {
  test("MySQL, SQLite and SQL Server marks", () => {
    expect(marks("CREATE TABLE `t` (`id` int NOT NULL AUTO_INCREMENT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")).toEqual([
      ["backtick-quoted names", "mysql-or-sqlite"],
      ["AUTO_INCREMENT", "mysql"],
      ["ENGINE=", "mysql"],
      ["CHARSET", "mysql"],
    ]);
    expect(marks("ALTER TABLE users MODIFY name varchar(100)")).toEqual([["MODIFY COLUMN", "mysql"]]);
    expect(marks("ALTER TABLE users ADD INDEX users_name (name)")).toEqual([["ADD/DROP INDEX inside ALTER TABLE", "mysql"]]);
    expect(marks("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT) WITHOUT ROWID")).toEqual([
      ["AUTOINCREMENT", "sqlite"],
      ["WITHOUT ROWID", "sqlite"],
    ]);
    expect(marks("INSERT OR REPLACE INTO t VALUES (1)")).toEqual([["INSERT OR REPLACE", "sqlite"]]);
    expect(marks("CREATE TABLE [dbo].[t] (id int IDENTITY(1,1), body NVARCHAR(MAX))")).toEqual([
      ["IDENTITY(1,1)", "sqlserver"],
      ["[bracketed] names", "sqlserver"],
      ["NVARCHAR(MAX)", "sqlserver"],
    ]);
  });

  test("a plain Postgres mistake has none", () => {
    expect(marks("ALTER TABLE users ADD COLUM bio text")).toEqual([]);
    expect(marks("DROP INDEX CONCURRENTLY IF EXISTS a b")).toEqual([]);
    expect(marks("SELEC 1")).toEqual([]);
    expect(marks("CREATE INDEX users_email_idx ON users (email")).toEqual([]);
  });
});

describe("a file name's database tag (gobuffalo/pop)", () => {
  test.each([
    ["migrations/20200601_messages.mysql.up.sql", "mysql"],
    ["migrations/20200601_messages.sqlite3.down.sql", "sqlite"],
    ["migrations/20200601_messages.cockroach.up.sql", "cockroachdb"],
    ["migrations/20200601_messages.postgres.up.sql", "postgresql"],
    ["migrations/20200601_messages.up.sql", undefined],
    ["migrations/mysql.sql", undefined],
    ["migrations/0001_add_db.table.sql", undefined],
    ["mysql/0001_init.sql", undefined],
  ])("%s", (file, database) => {
    expect(fileDatabase(file)).toBe(database);
  });
});

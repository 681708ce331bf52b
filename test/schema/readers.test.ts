import { describe, expect, test } from "vitest";
import { columnsByTable, schemaOf, siteOf } from "./support.js";

describe("Prisma", () => {
  test("the schema path in prisma.config.ts, and a conventional prisma/schema.prisma elsewhere", async () => {
    const schema = await schemaOf({
      "prisma.config.ts": 'import path from "node:path";\nimport { defineConfig } from "prisma/config";\n\nexport default defineConfig({\n  schema: path.join("database", "models"),\n});\n',
      "database/models/a.prisma": "model Account {\n  id    Int    @id\n  owner User   @relation(fields: [ownerId], references: [id])\n  ownerId Int\n  tags  String[]\n}\n",
      "database/models/b.prisma": 'model User {\n  id       Int       @id\n  accounts Account[]\n  // email String\n  name     String    @db.VarChar(200) @map(name: "full_name")\n}\n',
      "services/legacy/prisma/schema.prisma": 'model Thing {\n  id Int @id\n  @@map(name: "things")\n}\n',
    });
    expect(columnsByTable(schema)).toEqual({ Account: ["id", "ownerId", "tags"], User: ["id", "full_name"], things: ["id"] });
    expect(siteOf(schema, "User", "full_name")).toBe("User.name database/models/b.prisma:5");
  });

  test("an attribute spanning lines keeps the field's line", async () => {
    const schema = await schemaOf({
      "prisma/schema.prisma": 'model Post {\n  id    Int @id\n  slug  String @unique(\n    map: "post_slug_key"\n  ) @map("url_slug")\n  title String\n}\n',
    });
    expect(columnsByTable(schema)).toEqual({ Post: ["id", "url_slug", "title"] });
    expect(siteOf(schema, "Post", "title")).toBe("Post.title prisma/schema.prisma:6");
  });
});

describe("TypeORM", () => {
  test("default naming: table names snake-cased, columns as written, join columns camel-cased", async () => {
    const schema = await schemaOf({
      "src/user-profile.entity.ts": `import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "./account.entity";

@Entity()
export class UserProfile {
  @PrimaryGeneratedColumn() id: number;
  @Column() firstName: string;
  @ManyToOne(() => Account) account: Account;
  @OneToOne(() => Account) @JoinColumn({ referencedColumnName: "uuid" }) billingAccount: Account;
  @OneToOne(() => Account, (a) => a.profile) inverseSide: Account;
}
`,
      "src/account.entity.ts": `import { Entity, PrimaryColumn } from "typeorm";
@Entity("accounts", { schema: "iam" })
export class Account { @PrimaryColumn() uuid: string; }
`,
    });
    expect(columnsByTable(schema)).toEqual({
      user_profile: ["id", "firstName", "accountUuid", "billingAccountUuid"],
      "iam.accounts": ["uuid"],
    });
  });

  test("single-table inheritance puts child columns in the parent's table, with the discriminator", async () => {
    const schema = await schemaOf({
      "src/content.ts": `import { ChildEntity, Column, Entity, PrimaryGeneratedColumn, TableInheritance } from "typeorm";
@Entity("contents")
@TableInheritance({ column: { type: "varchar", name: "kind" } })
export class Content { @PrimaryGeneratedColumn() id: number; @Column() title: string; }
@ChildEntity()
export class Video extends Content { @Column() duration: number; }
`,
    });
    expect(columnsByTable(schema)).toEqual({ contents: ["id", "title", "kind", "duration"] });
  });

  test("entityPrefix and a custom snake naming strategy class", async () => {
    const schema = await schemaOf({
      "src/naming.ts": `import { DefaultNamingStrategy } from "typeorm";
import { snakeCase } from "typeorm/util/StringUtils";
export class DbNames extends DefaultNamingStrategy { columnName(p: string, c: string) { return c || snakeCase(p); } }
`,
      "src/db.ts": `import { DataSource } from "typeorm";
import { DbNames } from "./naming";
export default new DataSource({ type: "postgres", entityPrefix: "app_", namingStrategy: new DbNames() });
`,
      "src/invoice.ts": `import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
@Entity() export class Invoice { @PrimaryGeneratedColumn() id: number; @Column() dueDate: Date; }
`,
    });
    expect(columnsByTable(schema)).toEqual({ app_invoice: ["id", "due_date"] });
  });

  test("configured sources read entities that import the decorators through the app's own barrel file", async () => {
    const schema = await schemaOf(
      {
        "src/db/orm.ts": 'export { Column, Entity, PrimaryGeneratedColumn } from "typeorm";\n',
        "src/billing/invoice.ts": 'import { Column, Entity, PrimaryGeneratedColumn } from "../db/orm";\n@Entity("invoices") export class Invoice { @PrimaryGeneratedColumn() id: number; @Column() total: string; }\n',
      },
      { sources: [{ orm: "typeorm", include: ["src/billing/**"] }] },
    );
    expect(columnsByTable(schema)).toEqual({ invoices: ["id", "total"] });
  });

  test("an @Entity of MikroORM is not read as TypeORM", async () => {
    const schema = await schemaOf({
      "src/a.ts": 'import { Entity, PrimaryKey } from "@mikro-orm/core";\nimport { Repository } from "typeorm";\n@Entity() export class Lamp { @PrimaryKey() id!: number; }\n',
    });
    expect(schema?.sources).toEqual(["mikro-orm"]);
  });
});

describe("Drizzle", () => {
  test("without casing the key is the column name; pgTableCreator prefixes tables", async () => {
    const schema = await schemaOf({
      "src/schema.ts": `import { integer, pgTableCreator, text } from "drizzle-orm/pg-core";
const createTable = pgTableCreator((name) => \`acme_\${name}\`);
export const posts = createTable("posts", { id: integer().primaryKey(), bodyText: text(), authorId: integer("author_id") });
`,
    });
    expect(columnsByTable(schema)).toEqual({ acme_posts: ["id", "bodyText", "author_id"] });
  });
});

describe("Sequelize", () => {
  test("define with the defaults: pluralized table, id and timestamps added", async () => {
    const schema = await schemaOf({
      "models/category.js": `const { DataTypes } = require("sequelize");
module.exports = (sequelize) => sequelize.define("Category", { title: DataTypes.STRING });
`,
      "models/person.js": `import { DataTypes } from "sequelize";
export default (sequelize) => sequelize.define("Person", { name: DataTypes.STRING }, { freezeTableName: true, timestamps: false, version: true });
`,
    });
    expect(columnsByTable(schema)).toEqual({ Categories: ["title", "id", "createdAt", "updatedAt"], Person: ["name", "id", "version"] });
  });
});

describe("sequelize-typescript", () => {
  test("attributes and timestamp decorators of base classes, and @Table options inherited", async () => {
    const schema = await schemaOf({
      "server/models/base/IdModel.ts": `import { Column, CreatedAt, DataType, Model, PrimaryKey, UpdatedAt } from "sequelize-typescript";
export default class IdModel extends Model {
  @PrimaryKey
  @Column(DataType.UUID)
  id: string;
  @CreatedAt
  createdAt: Date;
  @UpdatedAt
  updatedAt: Date;
}
`,
      "server/models/base/ParanoidModel.ts": `import { DeletedAt } from "sequelize-typescript";
import IdModel from "./IdModel";
export default class ParanoidModel extends IdModel {
  @DeletedAt
  deletedAt: Date | null;
}
`,
      "server/models/Pin.ts": `import { Column, Table } from "sequelize-typescript";
import ParanoidModel from "./base/ParanoidModel";
@Table({ tableName: "pins", modelName: "pin" })
class Pin extends ParanoidModel {
  @Column
  index: string;
}
export default Pin;
`,
    });
    expect(columnsByTable(schema)).toEqual({ pins: ["id", "createdAt", "updatedAt", "deletedAt", "index"] });
    expect(siteOf(schema, "pins", "deletedAt")).toBe("ParanoidModel.deletedAt server/models/base/ParanoidModel.ts:5");
  });
});

describe("MikroORM", () => {
  test("EntitySchema, EntityCaseNamingStrategy, embedded prefix:false and object embeddables, owning one-to-one", async () => {
    const schema = await schemaOf({
      "src/config.ts": 'import { EntityCaseNamingStrategy, defineConfig } from "@mikro-orm/postgresql";\nexport default defineConfig({ namingStrategy: EntityCaseNamingStrategy });\n',
      "src/schemas.ts": `import { EntitySchema } from "@mikro-orm/core";
export const Geo = new EntitySchema({ name: "Geo", embeddable: true, properties: { lat: { type: "number" }, lng: { type: "number" } } });
export const Shop = new EntitySchema({
  name: "Shop",
  tableName: "shops",
  properties: {
    id: { type: "number", primary: true },
    openedAt: { type: "Date" },
    geo: { kind: "embedded", entity: "Geo", prefix: false },
    meta: { kind: "embedded", entity: "Geo", object: true },
    manager: { kind: "1:1", entity: "Manager", owner: true },
    note: { type: "string", persist: false },
  },
});
`,
    });
    expect(columnsByTable(schema)).toEqual({ shops: ["id", "openedAt", "lat", "lng", "meta", "manager"] });
  });
});

describe("MikroORM relations", () => {
  test("targets from the property type, and a pivot table's own column names", async () => {
    const schema = await schemaOf({
      "src/user.entity.ts": `import { Collection, Entity, ManyToMany, ManyToOne, PrimaryKey, Ref } from "@mikro-orm/core";
import { Article } from "./article.entity";
@Entity()
export class User {
  @PrimaryKey() id!: number;
  @ManyToOne() team!: Ref<Team>;
  @ManyToMany() favorites = new Collection<Article>(this);
  @ManyToMany({ entity: () => User, owner: true, pivotTable: "user_to_follower", joinColumn: "follower", inverseJoinColumn: "following" })
  followers = new Collection<User>(this);
}
@Entity()
export class Team {
  @PrimaryKey() uuid!: string;
}
`,
      "src/article.entity.ts": 'import { Entity, PrimaryKey } from "@mikro-orm/core";\n@Entity() export class Article { @PrimaryKey() id!: number; }\n',
    });
    expect(columnsByTable(schema)).toMatchObject({
      user: ["id", "team_uuid"],
      user_favorites: ["user_id", "article_id"],
      user_to_follower: ["follower", "following"],
    });
  });
});

describe("detection", () => {
  test("no schema files: no schema", async () => {
    expect(await schemaOf({ "src/index.ts": "export const x = 1;\n", "package.json": "{}" })).toBeUndefined();
  });

  test("models in tests and fixtures are not the app's", async () => {
    const schema = await schemaOf({
      "src/__tests__/fake.ts": 'import { Entity, PrimaryGeneratedColumn } from "typeorm";\n@Entity() class Fake { @PrimaryGeneratedColumn() id: number; }\n',
      "test/fixtures/models.ts": 'import { pgTable, text } from "drizzle-orm/pg-core";\nexport const t = pgTable("t", { a: text() });\n',
    });
    expect(schema).toBeUndefined();
  });
});

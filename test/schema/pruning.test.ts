import { describe, expect, test } from "vitest";
import { columnsByTable, schemaOf } from "./support.js";

const entity = `import { Entity, Column, PrimaryColumn } from "typeorm";
@Entity("users")
export class User {
  @PrimaryColumn() id!: number;
  @Column() email!: string;
}
`;

/**
 * A pull request's run reads only the files that can map something: these pin down what is
 * skipped and what still is, so that a faster run never loses a mapping.
 */
describe("which files the model readers parse", () => {
  test("no package.json depends on a code ORM: TS/JS files are not read for models", async () => {
    const schema = await schemaOf({ "package.json": JSON.stringify({ dependencies: { express: "^5" } }), "src/user.ts": entity });
    expect(schema).toBeUndefined();
  });

  test("a package.json of the workspace depends on it (any dependency field): the models are read", async () => {
    for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
      const schema = await schemaOf({
        "package.json": JSON.stringify({ workspaces: ["packages/*"] }),
        "packages/api/package.json": JSON.stringify({ [field]: { typeorm: "^0.3" } }),
        "packages/api/src/user.ts": entity,
      });
      expect(columnsByTable(schema), field).toEqual({ users: ["id", "email"] });
    }
  });

  test("a package.json that cannot be parsed, or none at all, rules nothing out", async () => {
    expect(columnsByTable(await schemaOf({ "package.json": "{ not json", "src/user.ts": entity }))).toEqual({ users: ["id", "email"] });
    expect(columnsByTable(await schemaOf({ "src/user.ts": entity }))).toEqual({ users: ["id", "email"] });
  });

  test("a file that imports the ORM without declaring a model is still followed into for a base class", async () => {
    const schema = await schemaOf({
      "package.json": JSON.stringify({ dependencies: { typeorm: "^0.3" } }),
      // Imports TypeORM for its decorators but declares no entity: not read as models, yet its class is the base.
      "src/base.ts": `import { Column, PrimaryGeneratedColumn } from "typeorm";\nexport abstract class Audited {\n  @PrimaryGeneratedColumn() id!: number;\n  @Column() createdAt!: Date;\n}\n`,
      "src/post.ts": `import { Entity, Column } from "typeorm";\nimport { Audited } from "./base";\n@Entity("posts")\nexport class Post extends Audited {\n  @Column() title!: string;\n}\n`,
    });
    expect(columnsByTable(schema)).toEqual({ posts: ["id", "createdAt", "title"] });
  });

  test("a base class imported through a path alias is found by its declaration among files that only mention it", async () => {
    const schema = await schemaOf({
      "package.json": JSON.stringify({ dependencies: { typeorm: "^0.3" } }),
      "src/models/base.ts": `import { Column, PrimaryColumn } from "typeorm";\nexport class IdModel {\n  @PrimaryColumn() id!: number;\n  @Column() version!: number;\n}\n`,
      // Mentions IdModel without declaring it: must not count as a second declaration.
      "src/util/kinds.ts": `export type Kind = "IdModel" | "Other";\n`,
      "src/models/team.ts": `import { Entity, Column } from "typeorm";\nimport { IdModel } from "@app/models/base";\n@Entity("teams")\nexport class Team extends IdModel {\n  @Column() name!: string;\n}\n`,
    });
    expect(columnsByTable(schema)).toEqual({ teams: ["id", "version", "name"] });
  });

  test("the naming strategy is found in a config file that declares no model", async () => {
    const schema = await schemaOf({
      "package.json": JSON.stringify({ dependencies: { sequelize: "^6" } }),
      "src/db.ts": `import { Sequelize } from "sequelize";\nexport const sequelize = new Sequelize("postgres://x", { define: { underscored: true } });\n`,
      "src/user.ts": `import { Model, DataTypes } from "sequelize";\nimport { sequelize } from "./db";\nexport class User extends Model {}\nUser.init({ firstName: DataTypes.STRING }, { sequelize });\n`,
    });
    expect(columnsByTable(schema)).toEqual({ users: ["first_name", "id", "created_at", "updated_at"] });
  });
});

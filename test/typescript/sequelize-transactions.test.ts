import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

/** Transactions are the calls that open them; the names code gives them say nothing. */
describe("Sequelize: which transaction a call runs in", () => {
  const transactionsOf = (text: string) => read("migrations/1.js", text).operations.map((o) => [o.kind, o.transaction]);

  test("two transaction blocks whose callbacks both name their parameter `transaction` are two transactions", () => {
    expect(
      transactionsOf(`module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addColumn("users", "a", { type: Sequelize.INTEGER }, { transaction });
    });
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.sequelize.query("UPDATE users SET a = 1 WHERE id < 100", { transaction });
    });
  },
};`),
    ).toEqual([
      ["add-column", 0],
      ["data-change", 1],
    ]);
  });

  test("calls passing the same block's transaction share it, under any option spelling", () => {
    expect(
      transactionsOf(`module.exports = {
  up: (queryInterface, Sequelize) =>
    queryInterface.sequelize.transaction(async (t) => {
      await queryInterface.addColumn("users", "a", { type: Sequelize.INTEGER }, { transaction: t });
      const options = { transaction: t };
      await queryInterface.sequelize.query("UPDATE users SET a = 1", options);
    }),
};`),
    ).toEqual([
      ["add-column", 0],
      ["data-change", 0],
    ]);
  });

  test("two unmanaged transactions held in variables of the same name in different blocks are two", () => {
    expect(
      transactionsOf(`async function addA(queryInterface, Sequelize) {
  const t = await queryInterface.sequelize.transaction();
  await queryInterface.addColumn("users", "a", { type: Sequelize.INTEGER }, { transaction: t });
  await t.commit();
}
async function backfill(queryInterface) {
  const t = await queryInterface.sequelize.transaction();
  await queryInterface.sequelize.query("UPDATE users SET a = 1", { transaction: t });
  await t.commit();
}
module.exports = {
  async up(queryInterface, Sequelize) {
    await addA(queryInterface, Sequelize);
    await backfill(queryInterface);
  },
};`),
    ).toEqual([
      ["add-column", 0],
      ["data-change", 1],
    ]);
  });

  test("a helper handed the block's transaction runs its calls in that transaction", () => {
    expect(
      transactionsOf(`async function backfill(queryInterface, transaction) {
  await queryInterface.sequelize.query("UPDATE users SET a = 1", { transaction });
}
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addColumn("users", "a", { type: Sequelize.INTEGER }, { transaction });
      await backfill(queryInterface, transaction);
    });
    await queryInterface.sequelize.transaction(async (transaction) => {
      await backfill(queryInterface, transaction);
    });
  },
};`),
    ).toEqual([
      ["add-column", 0],
      ["data-change", 0],
      ["data-change", 1],
    ]);
  });
});

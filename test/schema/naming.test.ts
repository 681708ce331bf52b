import { describe, expect, test } from "vitest";
import {
  drizzleSnakeCase,
  mikroUnderscore,
  pluralize,
  sequelizeUnderscore,
  typeormCamelCase,
  typeormSnakeCase,
  typeormTitleCase,
} from "../../src/schema/naming.js";

describe("ORM naming", () => {
  test("TypeORM", () => {
    expect(typeormSnakeCase("UserProfile")).toBe("user_profile");
    expect(typeormSnakeCase("HTMLParser")).toBe("html_parser");
    expect(typeormSnakeCase("line2Total")).toBe("line2_total");
    expect(typeormCamelCase("author_id")).toBe("authorId");
    expect(typeormCamelCase("billingAddress")).toBe("billingAddress");
    expect(typeormTitleCase("postalCode")).toBe("Postalcode");
  });

  test("MikroORM keeps acronyms together", () => {
    expect(mikroUnderscore("BookTag")).toBe("book_tag");
    expect(mikroUnderscore("HTMLPage")).toBe("htmlpage");
  });

  test("Drizzle splits words", () => {
    expect(drizzleSnakeCase("userID")).toBe("user_id");
    expect(drizzleSnakeCase("fullName")).toBe("full_name");
    expect(drizzleSnakeCase("line2Total")).toBe("line2_total");
  });

  test("Sequelize underscores and pluralizes like inflection", () => {
    expect(sequelizeUnderscore("RoomCategories")).toBe("room_categories");
    expect(sequelizeUnderscore("firstName")).toBe("first_name");
    expect(pluralize("User")).toBe("Users");
    expect(pluralize("Category")).toBe("Categories");
    expect(pluralize("Person")).toBe("People");
    expect(pluralize("Address")).toBe("Addresses");
    expect(pluralize("Status")).toBe("Statuses");
    expect(pluralize("Day")).toBe("Days");
    expect(pluralize("Shelf")).toBe("Shelves");
    expect(pluralize("Knife")).toBe("Knives");
    expect(pluralize("Information")).toBe("Information");
    expect(pluralize("UserInformation")).toBe("UserInformations");
    expect(pluralize("Users")).toBe("Users");
  });
});

import { describe, expect, test } from "vitest";
import { appSchema, columnsByTable, siteOf } from "./support.js";

/** The fixture apps under fixtures/apps, one per ORM, read as the CLI reads a working tree. */
describe("reading fixture apps", () => {
  test("Prisma: multi-file schema found through package.json, @map/@@map/@@schema/@ignore/@@ignore, relation fields skipped", async () => {
    const schema = await appSchema("prisma");
    expect(schema?.sources).toEqual(["prisma"]);
    expect(columnsByTable(schema)).toEqual({
      "billing.invoices": ["id", "number", "amount", "customer_id", "issued_at", "search"],
      users: ["id", "email", "display_name", "role", "created_at", "team_id"],
      teams: ["id", "name"],
    });
    expect(siteOf(schema, "users", "display_name")).toBe("User.displayName db/schema/users.prisma:12");
    expect(siteOf(schema, "billing.invoices")).toBe("Invoice db/schema/billing.prisma:1");
  });

  test("TypeORM: SnakeNamingStrategy from the DataSource, base class, embedded prefixes, join columns, junction table, EntitySchema", async () => {
    const schema = await appSchema("typeorm");
    const audited = ["id", "created_at", "updated_at", "deleted_at"];
    expect(columnsByTable(schema)).toEqual({
      customers: [
        ...audited,
        "email",
        "display_name",
        "billing_address_street",
        "billing_address_postal_code",
        "billing_address_country_code",
        "ship_street",
        "ship_postal_code",
        "ship_country_code",
        "org_id",
      ],
      coupons: ["code", "percent_off"],
      purchase_order: [...audited, "status", "total_amount", "revision", "customer_id"],
      purchase_order_coupons_coupons: ["purchase_order_id", "coupons_code"],
      organizations: ["id", "name", "vat_id"],
    });
    expect(siteOf(schema, "customers", "created_at")).toBe("AuditedEntity.createdAt src/common/base.entity.ts:9");
    expect(siteOf(schema, "customers", "ship_postal_code")).toBe("Customer.shippingAddress.postalCode src/customers/address.ts:8");
    expect(siteOf(schema, "purchase_order", "customer_id")).toBe("PurchaseOrder.customer src/orders/order.entity.ts:23");
    expect(siteOf(schema, "organizations", "vat_id")).toBe("Organization.vatNumber src/organizations/organization.schema.ts:15");
  });

  test("Drizzle: casing snake_case from the config, spread helper columns, callback columns, pgSchema tables", async () => {
    const schema = await appSchema("drizzle");
    expect(columnsByTable(schema)).toEqual({
      notes: ["id", "author_id", "body", "created_at", "modified_at"],
      "archive.notes": ["id", "author", "body"],
      users: ["id", "full_name", "email_address", "is_admin", "created_at", "modified_at"],
    });
    expect(siteOf(schema, "users", "created_at")).toBe("users.createdAt src/db/schema/columns.ts:5");
    expect(siteOf(schema, "users", "email_address")).toBe("users.email src/db/schema/users.ts:7");
  });

  test("Sequelize: global underscored, init/define/super.init, virtual attributes, timestamps, paranoid, associations", async () => {
    const schema = await appSchema("sequelize");
    expect(columnsByTable(schema)).toEqual({
      guests: ["id", "first_name", "last_name", "email_address", "created_at", "updated_at", "deleted_at"],
      reservations: ["check_in", "nights", "room", "id", "created_at", "modified_at", "guest_id"],
      room_categories: ["label", "id"],
    });
    expect(siteOf(schema, "guests", "email_address")).toBe("Guest.email src/models/guest.js:15");
    expect(siteOf(schema, "reservations", "guest_id")).toBe("Reservation.belongsTo(Guest) src/models/reservation.js:15");
  });

  test("Sequelize: sequelize-cli model factories, class + init and define, CommonJS, with underscored, tableName, field: and associations", async () => {
    const schema = await appSchema("sequelize-cli");
    expect(columnsByTable(schema)).toEqual({
      invoices: ["number", "amount_cents", "due_date", "id", "created_at", "updated_at", "customer_id"],
      customer_accounts: ["displayName", "email_address", "id", "createdAt", "updatedAt"],
    });
    expect(siteOf(schema, "invoices", "due_date")).toBe("Invoice.dueOn models/invoice.js:18");
    expect(siteOf(schema, "customer_accounts", "email_address")).toBe("Customer.email models/customer.js:7");
  });

  test("Sequelize: the same factories as ES modules (export default arrow and function), this.hasMany in associate", async () => {
    const schema = await appSchema("sequelize-cli-esm");
    expect(columnsByTable(schema)).toEqual({
      billing_invoices: ["reference", "total_cents", "id", "created_at", "updated_at"],
      payments: ["amount", "paid_at", "id", "invoice_ref"],
    });
    expect(siteOf(schema, "payments", "invoice_ref")).toBe("Invoice.hasMany(Payment) src/models/invoice.js:6");
  });

  test("sequelize-typescript: @Table options, @Column fields, timestamp decorators, freezeTableName", async () => {
    const schema = await appSchema("sequelize-typescript");
    expect(columnsByTable(schema)).toEqual({
      drivers: ["license_number", "name", "hired_at", "updated_at", "id"],
      Vehicle: ["vin", "plate_no", "driverId"],
    });
    expect(siteOf(schema, "drivers", "hired_at")).toBe("Driver.hiredAt src/models/driver.model.ts:18");
  });

  test("MikroORM: underscore naming, base class, embeddable, persist:false and formulas skipped, pivot table, defineEntity", async () => {
    const schema = await appSchema("mikro-orm");
    const base = ["id", "created_at", "updated_at"];
    expect(columnsByTable(schema)).toEqual({
      author: [...base, "full_name", "email_address", "home_address_street", "home_address_zip"],
      books: [...base, "title", "author_id"],
      books_tags: ["books_id", "book_tag_id"],
      book_tag: ["id", "name"],
      publisher: ["id", "name", "registered_name"],
    });
    expect(siteOf(schema, "author", "home_address_zip")).toBe("Author.homeAddress.postalCode src/modules/catalog/address.embeddable.ts:9");
    expect(siteOf(schema, "publisher", "registered_name")).toBe("Publisher.legalName src/modules/publishing/publisher.entity.ts:9");
  });

  test("configured sources replace detection", async () => {
    const schema = await appSchema("typeorm", { sources: [{ orm: "typeorm", include: ["src/orders/**/*.ts"], naming: "default" }] });
    expect(columnsByTable(schema)).toEqual({
      purchase_order: ["id", "createdAt", "updatedAt", "deletedAt", "status", "totalAmount", "revision", "customerId"],
      coupons: ["code", "percentOff"],
      purchase_order_coupons_coupons: ["purchaseOrderId", "couponsCode"],
    });
  });
});

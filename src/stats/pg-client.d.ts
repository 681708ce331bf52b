// The driver's Client module on its own: the package entry point pulls in pg-pool, whose
// require("pg") cycles back into the entry point once bundled.
declare module "pg/lib/client.js" {
  import type { Client } from "pg";
  const ClientClass: typeof Client;
  export default ClientClass;
}

/** `serial` and its spellings: an integer column whose default draws from a sequence it owns. */
const SERIAL_TYPES = new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);

export function isSerialType(name: string | undefined): boolean {
  return name !== undefined && SERIAL_TYPES.has(name);
}

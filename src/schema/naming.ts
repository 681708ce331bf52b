/**
 * How each ORM derives a database name from a name in code. They differ in small ways (what
 * happens to acronyms and digits), and a wrong guess means a missed match, so each ORM gets its
 * own function matching its documented behaviour.
 */

/** TypeORM's `snakeCase`: `UserProfile` → `user_profile`, `HTMLParser` → `html_parser`, `line2Total` → `line2_total`. */
export function typeormSnakeCase(name: string): string {
  return name
    .replace(/([A-Z])([A-Z])([a-z])/g, "$1_$2$3")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** TypeORM's `camelCase`: `author_id` → `authorId`, `Author id` → `authorId`. */
export function typeormCamelCase(name: string): string {
  return name.replace(/^([A-Z])|[\s\-_](\w)/g, (_match, first: string | undefined, next: string | undefined) =>
    next ? next.toUpperCase() : first!.toLowerCase(),
  );
}

/** TypeORM's `titleCase`: each word's first letter upper-cased and the rest lower-cased (`firstName` → `Firstname`). */
export function typeormTitleCase(name: string): string {
  return name.replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** MikroORM's UnderscoreNamingStrategy: `UserProfile` → `user_profile` (acronyms stay together: `HTMLPage` → `htmlpage`). */
export function mikroUnderscore(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Drizzle's `casing: 'snake_case'`: splits into words (`userID` → `user_id`, `line2Total` → `line2_total`). */
export function drizzleSnakeCase(name: string): string {
  const words = name.replace(/['\u2019]/g, "").match(/[\p{Ll}\d]+|\p{Lu}+(?!\p{Ll})|\p{Lu}[\p{Ll}\d]+|[\p{Lo}\d]+/gu) ?? [];
  return words.map((w) => w.toLowerCase()).join("_");
}

/** Drizzle's `casing: 'camelCase'`. */
export function drizzleCamelCase(name: string): string {
  const words = name.replace(/['\u2019]/g, "").match(/[\p{Ll}\d]+|\p{Lu}+(?!\p{Ll})|\p{Lu}[\p{Ll}\d]+|[\p{Lo}\d]+/gu) ?? [];
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : `${w[0]!.toUpperCase()}${w.slice(1)}`)).join("");
}

/** Sequelize's `underscored` (the inflection library's `underscore`): `UserProfiles` → `user_profiles`. */
export function sequelizeUnderscore(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
}

/** Sequelize's `camelize` of `a_b` (used for default foreign keys): `User_id` → `UserId`. */
export function sequelizeCamelize(name: string): string {
  return name.replace(/_([a-z\d])/gi, (_m, c: string) => c.toUpperCase());
}

/**
 * English plurals as Sequelize derives default table names (`User` → `Users`, `Category` →
 * `Categories`, `Person` → `People`): the common rules of the inflection library it uses.
 */
export function pluralize(word: string): string {
  if (UNCOUNTABLE.has(word.toLowerCase())) return word;
  for (const [pattern, replacement] of PLURAL_RULES) {
    if (pattern.test(word)) return replacement === undefined ? word : word.replace(pattern, replacement);
  }
  return `${word}s`;
}

/** Whole names inflection leaves alone (it compares the whole name, so `UserInformation` still gets an `s`). */
const UNCOUNTABLE = new Set([
  "equipment", "information", "rice", "money", "species", "series", "sheep", "deer", "news", "software", "hardware",
  "traffic", "furniture", "luggage", "advice", "knowledge", "research", "evidence", "music", "homework", "weather",
  "welfare", "wildlife", "food", "education", "safety", "shopping",
]);

/** First match wins; a rule without replacement means "already plural, leave it". */
const PLURAL_RULES: [RegExp, string?][] = [
  [/(m|wom)en$/i],
  [/people$/i],
  [/children$/i],
  [/(quiz)zes$/i],
  [/(matr|vert|ind)ices$/i],
  [/(alias|status|campus|bus)es$/i],
  [/(x|ch|ss|sh)es$/i],
  [/([^aeiouy]|qu)ies$/i],
  [/([ti])a$/i],
  [/^(m|wom)an$/i, "$1en"],
  [/(m|wom)an$/i, "$1en"],
  [/(pe)rson$/i, "$1ople"],
  [/(child)$/i, "$1ren"],
  [/^(ox)$/i, "$1en"],
  [/(ax|test)is$/i, "$1es"],
  [/(octop|vir)us$/i, "$1uses"],
  [/(alias|status|campus|canvas)$/i, "$1es"],
  [/(bu)s$/i, "$1ses"],
  [/(buffal|tomat|potat)o$/i, "$1oes"],
  [/([ti])um$/i, "$1a"],
  [/sis$/i, "ses"],
  [/(?:([^f])fe|([lr])f)$/i, "$1$2ves"],
  [/(hi|ti)ve$/i, "$1ves"],
  [/([^aeiouy]|qu)y$/i, "$1ies"],
  [/(matr)ix$/i, "$1ices"],
  [/(vert|ind)ex$/i, "$1ices"],
  [/(x|ch|ss|sh)$/i, "$1es"],
  [/([ml])ouse$/i, "$1ice"],
  [/(quiz)$/i, "$1zes"],
  [/s$/i, "s"],
];

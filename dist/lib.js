export { d as defineRule, a as lockAtLeast, l as lockImpact, b as locksOf, t as tableOf } from './rule-Cnc1Aa19.js';
export { c as compareVersions, d as describeSite, m as mappedColumn } from './app-schema-DCApo0zc.js';

function defineConfig(config) {
  return config;
}

export { defineConfig };

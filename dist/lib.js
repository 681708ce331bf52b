export { d as defineRule } from './rule-DEDXEAYr.js';
export { t as tableOf } from './operations-RGWoK5XR.js';
export { d as describeSite, m as mappedColumn } from './app-schema-DvHJx9OH.js';
export { c as compareVersions } from './versions-BtAAZ9m4.js';
export { l as lockAtLeast, a as lockImpact, b as locksOf } from './locks-BZkzKF1c.js';

function defineConfig(config) {
  return config;
}

export { defineConfig };

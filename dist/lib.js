export { d as defineRule, l as lockAtLeast, a as lockImpact, b as locksOf } from './locks-Fx4bbqIT.js';
export { t as tableOf } from './operations-RGWoK5XR.js';
export { d as describeSite, m as mappedColumn } from './app-schema-DvHJx9OH.js';
export { c as compareVersions } from './versions-LHSCgUBv.js';

function defineConfig(config) {
  return config;
}

export { defineConfig };

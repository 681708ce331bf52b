var version = "0.1.0";
const packageJson = {
	version: version};

const VERSION = packageJson.version;

export { VERSION as V };

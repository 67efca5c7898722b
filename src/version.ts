/** The tool version written into reports and labels (kept in step with package.json). */
export const TOOL_VERSION = '0.1.0';

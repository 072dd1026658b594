/** Bumped whenever a stage changes its output; stored with every result so `reprocess` can find stale ones. */
export const PIPELINE_VERSION = '0.2.0';

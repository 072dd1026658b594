/**
 * robots.txt for `sitrep ingest URL…`, one fetch per origin, kept for the run. The rules are read by
 * `robots-parser` (RFC 9309 matching with wildcards and Crawl-delay); what this module adds is the
 * RFC's answer to each way the file can fail to arrive:
 * - 2xx: the file's rules;
 * - 4xx (no file, forbidden): everything allowed;
 * - 5xx after the fetcher's retries: the site counts as unreachable, so nothing is allowed.
 * (No answer at all is the fetcher's network error, reported as such.)
 */
import robotsParserModule from 'robots-parser';

// The package's typings declare an ES default export, but it is CommonJS whose `module.exports` is
// the parser function itself, which is what a default import yields under Node.
const robotsParser = robotsParserModule as unknown as (url: string, body: string) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};

export interface RobotsAnswer {
  /** Status of the robots.txt request. */
  status: number;
  body: string;
}

export interface RobotsRules {
  allowed(url: string): boolean;
  /** Crawl-delay for our user agent, ms (undefined when the file sets none). */
  crawlDelayMs: number | undefined;
  /** Why everything is refused, when it is (unreachable robots.txt). */
  refusal: string | null;
}

/** Longest Crawl-delay honoured; a larger one is treated as this (a run must end). */
export const MAX_CRAWL_DELAY_MS = 60_000;

export function robotsRules(robotsUrl: string, answer: RobotsAnswer, userAgent: string): RobotsRules {
  if (answer.status >= 200 && answer.status < 300) {
    const robot = robotsParser(robotsUrl, answer.body);
    const delay = robot.getCrawlDelay(userAgent);
    return {
      allowed: (url) => robot.isAllowed(url, userAgent) !== false,
      crawlDelayMs: delay !== undefined && Number.isFinite(delay) && delay >= 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : undefined,
      refusal: null,
    };
  }
  if (answer.status >= 400 && answer.status < 500) return { allowed: () => true, crawlDelayMs: undefined, refusal: null };
  return { allowed: () => false, crawlDelayMs: undefined, refusal: `${robotsUrl} answered HTTP ${answer.status}, so the site counts as closed to crawlers (RFC 9309)` };
}

/** The product token robots.txt groups are matched against: `sitrep/1.2 (…)` → `sitrep`. */
export function productToken(userAgent: string): string {
  return /^[A-Za-z0-9_-]+/.exec(userAgent)?.[0] ?? userAgent;
}

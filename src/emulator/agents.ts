// Who counts as an agent (reference §11 "Who gets a draft"): only the request headers decide. Agent
// edits of enabled destinations are staged as drafts; everything else with a personal API key is live.

const AGENT_USER_AGENTS = [
  /posthog\/terraform-provider/i,
  /posthog\/wizard/i,
  /posthog\/mcp-server/i,
  // `posthog/code…` is matched as a substring, so posthog/codex and posthog/code-review count too.
  /posthog\/code/i,
  /posthog\/[^\s/]+\.hog\.dev/i,
  /posthog-cli/i,
];

/** `X-PostHog-Client: mcp`: an agent for functions, and the only header that stages flow drafts. */
export function isMcpRequest(headers: Record<string, string>): boolean {
  return (headers['x-posthog-client'] ?? '').trim().toLowerCase() === 'mcp';
}

export function isAgentRequest(headers: Record<string, string>): boolean {
  const userAgent = headers['user-agent'] ?? '';
  return isMcpRequest(headers) || AGENT_USER_AGENTS.some((pattern) => pattern.test(userAgent));
}

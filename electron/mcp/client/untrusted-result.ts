import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** What the agent gets from another MCP server's tool: text, capped, and marked as data. */
export interface UntrustedText {
  text: string;
  /** Bytes left out past the cap (0 when nothing was). */
  omittedBytes: number;
}

/** A non-text part, named rather than passed on: nothing but text reaches the reasoner. */
const placeholder = (part: CallToolResult['content'][number]): string => `[${part.type} omitted]`;

/**
 * The text of a tool result, cut at `maxBytes` of UTF-8 on a character boundary. Images, audio and
 * embedded resources are named, not forwarded; structured content is used only when there is no text.
 */
export function untrustedText(result: CallToolResult, maxBytes: number): UntrustedText {
  const parts = result.content.map((part) => (part.type === 'text' ? part.text : placeholder(part)));
  let text = parts.join('\n');
  if (text.trim() === '' && result.structuredContent) text = JSON.stringify(result.structuredContent);
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return { text, omittedBytes: 0 };
  // Decoding a cut buffer drops a split last character as U+FFFD; strip it rather than pass it on.
  const kept = bytes
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return { text: kept, omittedBytes: bytes.length - Buffer.byteLength(kept, 'utf8') };
}

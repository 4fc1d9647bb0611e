// What a Bot Framework activity must hold before anything acts on it: a JSON object with a type, the channel, a
// conversation, who it is from and to, and a serviceUrl that is a URL (replies go there). A request that fails gets
// 400 with the reason, before authentication can make an outbound call and before any handler runs.
import { isObject } from '../../shared/json.js';

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function idOf(value: unknown): unknown {
  return isObject(value) ? value['id'] : undefined;
}

/** Why this body is not an activity we can act on, or null when it is one. */
export function activityProblem(body: unknown, contentType: string): string | null {
  if (!/^application\/json\b/i.test(contentType)) return 'expected a JSON Bot Framework activity';
  if (!isObject(body)) return 'expected a JSON object';
  if (!text(body['type'])) return 'the activity has no type';
  if (!text(body['channelId'])) return 'the activity has no channelId';
  if (!text(idOf(body['conversation']))) return 'the activity has no conversation id';
  if (!text(idOf(body['from']))) return 'the activity has no sender (from.id)';
  if (!text(idOf(body['recipient']))) return 'the activity has no recipient (recipient.id)';
  if (!isServiceUrl(body['serviceUrl'])) return 'the activity has no serviceUrl, or it is not an http(s) URL';
  return null;
}

function isServiceUrl(value: unknown): boolean {
  if (!text(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

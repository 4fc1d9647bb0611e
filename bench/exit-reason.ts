// Why a server under test stopped: its exit code or signal and the last lines of its log, pino's JSON lines shown as
// "level message: error" so the cause reads in one glance instead of "see the log".

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
/** A line longer than this is cut: a stack or a dumped request would bury the others. */
const LINE_LIMIT = 300;

function field(record: object, key: string): unknown {
  return Reflect.get(record, key);
}

/** One log line as a person would read it: pino's JSON as `level message: error message`, anything else as is. */
export function readableLine(line: string): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    record = undefined;
  }
  let text = line;
  if (typeof record === 'object' && record !== null && typeof field(record, 'msg') === 'string') {
    const level = field(record, 'level');
    const err = field(record, 'err');
    const errMessage = typeof err === 'object' && err !== null ? field(err, 'message') : undefined;
    text = [
      typeof level === 'number' ? `${LEVELS[level] ?? level} ` : '',
      String(field(record, 'msg')),
      typeof errMessage === 'string' && errMessage !== '' ? `: ${errMessage}` : '',
    ].join('');
  }
  return text.length > LINE_LIMIT ? `${text.slice(0, LINE_LIMIT)}…` : text;
}

/** Lines that say nothing of the cause: a stack frame, node's version footer, the brace closing an error's fields. */
const NOISE = [/^\s*at /, /^Node\.js v\d/, /^\s*[{}]\s*$/];

/** The last `count` lines of a log that say something, readable. */
export function lastLines(log: string, count: number): string[] {
  return log
    .split('\n')
    .filter((line) => line.trim() !== '' && !NOISE.some((noise) => noise.test(line)))
    .slice(-count)
    .map(readableLine);
}

/** "exited with code 1 (last log lines: …)" for a process's exit and its log text. */
export function describeExit(code: number | null, signal: string | null, log: string, count = 6): string {
  const how = code !== null ? `exited with code ${code}` : `was stopped by ${signal ?? 'an unknown signal'}`;
  const lines = lastLines(log, count);
  return lines.length === 0
    ? `${how}, with nothing in its log`
    : `${how}; its last log lines:\n    ${lines.join('\n    ')}`;
}

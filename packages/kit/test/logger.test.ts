import { Writable } from 'node:stream';
import { createLogger } from '@shanzhi/kit';

/** A logger whose lines are collected as raw JSON text. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger('test', 'info', stream), lines };
}

describe('logger', () => {
  it('never lets a domain field overwrite the keys pino writes itself', () => {
    const { log, lines } = capture();
    log.info({ event: 'division_created', level: 'GROUP', time: 'yesterday', msg: 'x', pid: 1, hostname: 'h', service: 's', code: '511425' }, 'division created');
    expect(lines).toHaveLength(1);
    const raw = lines[0]!;
    for (const key of ['level', 'time', 'msg', 'service']) expect(raw.split(`"${key}":`).length - 1).toBe(1);
    // The service name replaces pino's pid and hostname, so those appear only as the renamed domain fields.
    for (const key of ['pid', 'hostname']) expect(raw).not.toContain(`"${key}":`);
    const line = JSON.parse(raw) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'division created', service: 'test', _level: 'GROUP', _time: 'yesterday', _msg: 'x', _pid: 1, _hostname: 'h', _service: 's', code: '511425' });
  });

  it('still redacts secrets and personal data', () => {
    const { log, lines } = capture();
    log.info({ input: { password: 'p', idNumber: '511425199001011234' }, variables: { a: 1 } }, 'x');
    expect(lines[0]).not.toContain('511425199001011234');
    expect(JSON.parse(lines[0]!)).toMatchObject({ input: { password: '[redacted]', idNumber: '[redacted]' }, variables: '[redacted]' });
  });
});

import 'reflect-metadata';
import pino from 'pino';
import { Arg, ID, Query, Resolver } from 'type-graphql';
import { baseConfigSchema, buildSubgraph, createOrm, parseConfig, startSubgraphServer, type RunningServer } from '@shanzhi/kit';
import { createTestDatabase, postGraphQL } from '@shanzhi/kit/testing';

const seen: string[] = [];

@Resolver()
class EchoResolver {
  @Query(() => String, { description: 'echoes a plain String argument (no @TextField)' })
  echo(@Arg('code', () => String) code: string, @Arg('ids', () => [ID], { nullable: true }) _ids?: string[]): string {
    seen.push(code);
    return code;
  }
}

describe('the text policy on plain String and ID arguments', () => {
  let server: RunningServer;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('kittext');
    drop = db.drop;
    const orm = await createOrm({ clientUrl: db.url, entities: [], migrationsPath: __dirname });
    server = await startSubgraphServer({
      config: parseConfig(baseConfigSchema, { SERVICE_NAME: 'test', PORT: '0', LOG_LEVEL: 'silent' }),
      schema: await buildSubgraph({ resolvers: [EchoResolver] }),
      orm,
      log: pino({ level: 'silent' }),
      verifyToken: async () => {
        throw new Error('no tokens here');
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await drop();
  });

  it.each([
    ['NUL', '511425\u0000'],
    ['RLO', '5114\u202e25'],
    ['zero-width space', '511\u200b425'],
    ['lone surrogate', '511425\ud800'],
    ['BEL', '511425\u0007'],
  ])('refuses a plain String argument with %s, in a variable and inline, before any resolver runs', async (_name, bad) => {
    seen.length = 0;
    const viaVariable = await postGraphQL(server.url, 'query($c: String!) { echo(code: $c) }', { c: bad });
    // 200, as for any refused argument, so a gateway passes the coded error on instead of reporting a failed subgraph.
    expect(viaVariable.status).toBe(200);
    expect(viaVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const inline = await postGraphQL(server.url, `{ echo(code: ${JSON.stringify(bad)}) }`);
    // GraphQL's own parser already refuses a lone surrogate inside the document.
    expect(inline.status).toBeLessThan(500);
    expect(inline.errors?.[0]?.extensions).toMatchObject(bad.includes('\ud800') ? { code: 'GRAPHQL_PARSE_FAILED' } : { code: 'BAD_USER_INPUT', field: 'code' });
    const inList = await postGraphQL(server.url, 'query($ids: [ID!]) { echo(code: "511425", ids: $ids) }', { ids: ['a', bad] });
    expect(inList.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(seen).toEqual([]);
  });

  it('lets ordinary text through, line breaks included', async () => {
    const ok = await postGraphQL<{ echo: string }>(server.url, 'query($c: String!) { echo(code: $c) }', { c: '百家池村\n第一组' });
    expect(ok.data?.echo).toBe('百家池村\n第一组');
  });
});

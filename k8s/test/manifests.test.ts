/**
 * Builds k8s/base and k8s/overlays/production offline, validates every object against the
 * Kubernetes schemas (kubernetes-models) and checks the deployment invariants.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { loadRegistry, urlSetting, type ServiceModule } from '@shanzhi/kit';
import { gatewayConfigSchema } from '../../gateway/src/config';
import { build, type K8sObject, parseImage, quantity, validateObject } from './kustomize';

const REGISTRY = loadRegistry(path.resolve(__dirname, '..', '..'));
const moduleOf = (dir: string) => (require(path.resolve(__dirname, '..', '..', dir, 'src', 'service')) as { default: ServiceModule }).default;

/** Each process's own config schema: the manifests must satisfy exactly what the process parses. */
const SCHEMAS: Record<string, z.ZodTypeAny> = {
  ...Object.fromEntries(REGISTRY.map((s) => [s.name, moduleOf(s.dir).configSchema])),
  gateway: gatewayConfigSchema,
};
/** The settings a schema declares (looking through refinements and transforms). */
const settingsOf = (schema: z.ZodTypeAny): string[] => {
  let s: z.ZodTypeAny = schema;
  while (!('shape' in s) && 'innerType' in s) s = (s as z.ZodEffects<z.ZodTypeAny>).innerType();
  return Object.keys((s as z.AnyZodObject).shape);
};

const K8S = path.resolve(__dirname, '..');
const README = readFileSync(path.join(K8S, 'README.md'), 'utf8');

const bundles: [string, K8sObject[]][] = [
  ['base', build(path.join(K8S, 'base'))],
  ['production', build(path.join(K8S, 'overlays', 'production'))],
];
const production = bundles[1][1];

/** Every Deployment: the subgraphs of the registry and the gateway. */
const WORKLOADS: Record<string, { port: number; image: string; workingDir: string }> = {
  ...Object.fromEntries(REGISTRY.map((s) => [s.name, { port: s.port, image: `shanzhi/${s.name}`, workingDir: `/app/${s.dir}` }])),
  gateway: { port: 4000, image: 'shanzhi/gateway', workingDir: '/app/gateway' },
};
type Workload = string;
const SUBGRAPHS: Workload[] = REGISTRY.map((s) => s.name);

/** Settings each process must receive (from ConfigMaps or Secrets). */
const COMMON_ENV = [
  'NODE_ENV', 'SERVICE_NAME', 'HOST', 'PORT', 'LOG_LEVEL', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'REDIS_URL',
  'SHUTDOWN_TIMEOUT_MS', 'GATEWAY_SHARED_SECRET',
];
/** Secrets and files only some services need; every other subgraph needs just the common settings. */
const OWN_ENV: Record<Workload, string[]> = { organizations: ['AUTH_SIGNING_KEY_FILE'], grid: ['GRID_PII_KEY'] };
const REQUIRED_ENV: Record<Workload, string[]> = {
  ...Object.fromEntries(SUBGRAPHS.map((w) => [w, [...COMMON_ENV, 'DATABASE_URL', 'DATABASE_POOL_MAX', 'KAFKA_BROKERS', ...(OWN_ENV[w] ?? [])]])),
  gateway: [...COMMON_ENV, ...SUBGRAPHS.map(urlSetting), 'SUBGRAPH_TIMEOUT_MS'],
};
/** Settings read by Node or glibc, for every process, not by the process's schema. */
const RUNTIME_ENV = ['NODE_OPTIONS', 'MALLOC_MMAP_THRESHOLD_'];
/** Settings shared by all ConfigMaps that a workload does not read itself. */
const EXTRA_ENV: Record<Workload, string[]> = { gateway: ['KAFKA_BROKERS'] };
/** Stand-ins for Secret values, so the resolved environment can go through the real zod schemas. */
const SECRET_PLACEHOLDERS: Record<string, string> = {
  DATABASE_URL: 'postgresql://shanzhi:secret@postgres.example:5432/shanzhi',
  REDIS_URL: 'redis://redis.example:6379',
  GRID_PII_KEY: Buffer.alloc(32, 7).toString('base64'),
  GATEWAY_SHARED_SECRET: 'x'.repeat(43),
};

const of = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const find = (objects: K8sObject[], kind: string, name: string) => {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`${kind} ${name} not found`);
  return o;
};
const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const podLabels = (d: K8sObject): Record<string, string> => d.spec.template.metadata.labels;
const container = (d: K8sObject) => {
  expect(d.spec.template.spec.containers).toHaveLength(1);
  return d.spec.template.spec.containers[0];
};
/** A probe or Service port (name or number) → the container port number. */
const resolvePort = (c: any, port: string | number): number | undefined =>
  typeof port === 'number' ? port : c.ports?.find((p: any) => p.name === port)?.containerPort;

/** The environment a Deployment's container starts with: envFrom in order, then env. */
/**
 * The image's console folder (`/app/...`) as it is in this checkout, for the gateway's schema, which checks that
 * the folder holds a build: '' (no console) when the console has not been built here.
 */
function consoleDirHere(imageDir: string | undefined): string {
  if (!imageDir) return '';
  const here = path.resolve(__dirname, '..', '..', path.posix.relative('/app', imageDir));
  return existsSync(path.join(here, 'index.html')) ? here : '';
}

function resolveEnv(objects: K8sObject[], d: K8sObject): Record<string, string> {
  const c = container(d);
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    if (!from.configMapRef) throw new Error(`${d.metadata.name}: only configMapRef envFrom is expected`);
    Object.assign(env, find(objects, 'ConfigMap', from.configMapRef.name).data);
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.configMapKeyRef) {
      const ref = e.valueFrom.configMapKeyRef;
      const value = find(objects, 'ConfigMap', ref.name).data?.[ref.key];
      if (value === undefined) throw new Error(`${d.metadata.name}: ConfigMap ${ref.name} has no key ${ref.key}`);
      env[e.name] = value;
    } else if (e.valueFrom?.secretKeyRef) {
      const placeholder = SECRET_PLACEHOLDERS[e.name];
      if (placeholder === undefined) throw new Error(`${d.metadata.name}: no test placeholder for secret ${e.name}`);
      env[e.name] = placeholder;
    } else throw new Error(`${d.metadata.name}: unexpected env source for ${e.name}`);
  }
  return env;
}

/** Every Secret a Deployment references, with the keys it reads. */
function secretRefs(objects: K8sObject[]): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  const add = (name: string, key?: string) => {
    if (!refs.has(name)) refs.set(name, new Set());
    if (key) refs.get(name)!.add(key);
  };
  for (const d of of(objects, 'Deployment')) {
    const spec = d.spec.template.spec;
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
      for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) add(e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
      for (const f of c.envFrom ?? []) if (f.secretRef) add(f.secretRef.name);
    }
    for (const v of spec.volumes ?? []) {
      if (v.secret) {
        add(v.secret.secretName);
        for (const item of v.secret.items ?? []) add(v.secret.secretName, item.key);
      }
      for (const s of v.projected?.sources ?? []) if (s.secret) add(s.secret.name);
    }
  }
  return refs;
}

/** Secrets listed in the README's table: "| `name` | `KEY` … |". */
function readmeSecrets(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const m of README.matchAll(/^\|\s*`(shanzhi-[a-z0-9-]+)`\s*\|(.*)$/gm)) rows.set(m[1], m[2]);
  return rows;
}

describe('schema validation (kubernetes-models)', () => {
  it.each(bundles)('%s: every object validates against its Kubernetes schema', (_name, objects) => {
    expect(objects.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const o of objects) {
      try {
        validateObject(o);
      } catch (err) {
        failures.push(`${o.kind}/${o.metadata?.name}: ${(err as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('production contains exactly the expected objects', () => {
    const ids = production.map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(ids).toEqual(
      [
        'ConfigMap/gateway-config', 'ConfigMap/shanzhi-common', 'Deployment/gateway', 'HorizontalPodAutoscaler/gateway', 'Namespace/shanzhi',
        'NetworkPolicy/gateway-public', 'PodDisruptionBudget/gateway', 'Service/gateway',
        ...SUBGRAPHS.flatMap((w) => [`ConfigMap/${w}-config`, `Deployment/${w}`, `NetworkPolicy/${w}-from-gateway`, `Service/${w}`]),
      ].sort(),
    );
  });

  it('rejects an unknown kind', () => {
    expect(() => validateObject({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } })).toThrow(/no schema/);
  });

  describe('the validator catches broken objects', () => {
    const good = () => structuredClone(find(production, 'Deployment', 'grid'));
    it('accepts the unbroken Deployment', () => {
      expect(() => validateObject(good())).not.toThrow();
    });
    it.each<[string, (d: any) => void, RegExp]>([
      ['replicas as a string', (d) => { d.spec.replicas = '2'; }, /replicas must be integer/],
      ['no containers', (d) => { delete d.spec.template.spec.containers; }, /required property containers/],
      ['no selector', (d) => { delete d.spec.selector; }, /required property selector/],
      ['a malformed memory limit', (d) => { d.spec.template.spec.containers[0].resources.limits.memory = '512 megabytes'; }, /memory/],
      ['a probe port as an object', (d) => { d.spec.template.spec.containers[0].livenessProbe.httpGet.port = { n: 1 }; }, /port/],
    ])('rejects %s', (_what, breakIt, message) => {
      const d = good();
      breakIt(d);
      expect(() => validateObject(d)).toThrow(message);
    });
  });
});

describe.each(bundles)('%s', (_name, objects) => {
  it('has the three Deployments, each with a ClusterIP Service selecting its pods', () => {
    expect(of(objects, 'Deployment').map((d) => d.metadata.name).sort()).toEqual(Object.keys(WORKLOADS).sort());
    for (const d of of(objects, 'Deployment')) {
      expect(matches(d.spec.selector.matchLabels, podLabels(d))).toBe(true);
      const c = container(d);
      const services = of(objects, 'Service').filter((s) => matches(s.spec.selector, podLabels(d)));
      expect(services.map((s) => s.metadata.name)).toEqual([d.metadata.name]);
      const svc = services[0];
      expect(svc.spec.type ?? 'ClusterIP').toBe('ClusterIP');
      const port = WORKLOADS[d.metadata.name as Workload]!.port;
      expect(svc.spec.ports.map((p: any) => [p.port, resolvePort(c, p.targetPort ?? p.port)])).toEqual([[port, port]]);
    }
  });

  it.each(Object.keys(WORKLOADS) as Workload[])('%s: image, command, ports and probes', (w) => {
    const d = find(objects, 'Deployment', w);
    const c = container(d);
    const want = WORKLOADS[w]!;
    expect(parseImage(c.image).name).toBe(want.image);
    expect(c.command).toEqual(['node', 'dist/main.js']);
    expect(c.workingDir).toBe(want.workingDir);
    expect(c.ports.map((p: any) => p.containerPort)).toEqual([want.port]);

    expect(c.livenessProbe.httpGet.path).toBe('/healthz');
    expect(resolvePort(c, c.livenessProbe.httpGet.port)).toBe(want.port);
    expect(c.readinessProbe.httpGet.path).toBe('/readyz');
    expect(resolvePort(c, c.readinessProbe.httpGet.port)).toBe(want.port);
    expect(c.startupProbe.httpGet.path).toBe('/healthz');
    expect(resolvePort(c, c.startupProbe.httpGet.port)).toBe(want.port);
  });

  it.each(Object.keys(WORKLOADS) as Workload[])('%s: resources requested and limited', (w) => {
    const { resources } = container(find(objects, 'Deployment', w));
    for (const r of ['cpu', 'memory']) {
      expect(resources.requests?.[r]).toBeDefined();
      expect(resources.limits?.[r]).toBeDefined();
      expect(quantity(resources.limits[r])).toBeGreaterThanOrEqual(quantity(resources.requests[r]));
    }
  });

  it.each(Object.keys(WORKLOADS) as Workload[])('%s: non-root, read-only, no capabilities, seccomp (Pod Security "restricted")', (w) => {
    const d = find(objects, 'Deployment', w);
    const pod = d.spec.template.spec;
    const c = container(d);
    expect(c.securityContext.runAsNonRoot ?? pod.securityContext?.runAsNonRoot).toBe(true);
    expect(c.securityContext.runAsUser ?? pod.securityContext?.runAsUser).toBeGreaterThan(0);
    expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(c.securityContext.allowPrivilegeEscalation).toBe(false);
    expect(c.securityContext.capabilities.drop).toEqual(['ALL']);
    expect(c.securityContext.capabilities.add).toBeUndefined();
    expect((c.securityContext.seccompProfile ?? pod.securityContext?.seccompProfile)?.type).toBe('RuntimeDefault');
    expect(pod.hostNetwork ?? false).toBe(false);
    expect(pod.automountServiceAccountToken).toBe(false);
    // Restricted allows only these volume types; /tmp is writable through an emptyDir.
    for (const v of pod.volumes ?? []) expect(Object.keys(v).filter((k) => k !== 'name')).toEqual([expect.stringMatching(/^(emptyDir|secret|configMap|projected)$/)]);
    expect(c.volumeMounts).toContainEqual(expect.objectContaining({ mountPath: '/tmp' }));
  });

  it.each(Object.keys(WORKLOADS) as Workload[])('%s: graceful shutdown fits the grace period', (w) => {
    const d = find(objects, 'Deployment', w);
    const c = container(d);
    const env = resolveEnv(objects, d);
    const preStop = c.lifecycle.preStop.exec.command.join(' ');
    const sleepMs = Number(/setTimeout\(\(\) => \{\}, (\d+)\)/.exec(preStop)?.[1]);
    expect(sleepMs).toBeGreaterThan(0);
    expect(Number(env.SHUTDOWN_TIMEOUT_MS)).toBe(10000);
    const grace = d.spec.template.spec.terminationGracePeriodSeconds;
    expect(grace).toBeGreaterThanOrEqual(25);
    expect(grace * 1000).toBeGreaterThanOrEqual(sleepMs + Number(env.SHUTDOWN_TIMEOUT_MS) + 5000);
  });

  it.each(Object.keys(WORKLOADS) as Workload[])('%s: environment is complete and passes the zod config schema', (w) => {
    const d = find(objects, 'Deployment', w);
    const env = resolveEnv(objects, d);
    for (const name of REQUIRED_ENV[w]!) expect([name, env[name]]).toEqual([name, expect.any(String)]);
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', LOG_LEVEL: 'info', SERVICE_NAME: w, AUTH_AUDIENCE: 'shanzhi-api' });
    const schema: z.ZodTypeAny = SCHEMAS[w]!;
    // A misspelt variable would be silently ignored by zod: every name must be one the process reads.
    const known = new Set([...settingsOf(schema), ...RUNTIME_ENV, ...(EXTRA_ENV[w] ?? [])]);
    expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
    const config = schema.parse(w === 'gateway' ? { ...env, CONSOLE_DIR: consoleDirHere(env.CONSOLE_DIR) } : env);
    expect(config.PORT).toBe(WORKLOADS[w]!.port);
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10000);
  });

  it('organizations mounts the signing key read-only at AUTH_SIGNING_KEY_FILE', () => {
    const d = find(objects, 'Deployment', 'organizations');
    const file = resolveEnv(objects, d).AUTH_SIGNING_KEY_FILE;
    const mount = container(d).volumeMounts.find((m: any) => file.startsWith(`${m.mountPath}/`));
    expect(mount).toMatchObject({ readOnly: true });
    const volume = d.spec.template.spec.volumes.find((v: any) => v.name === mount.name);
    expect(volume.secret.secretName).toBe('shanzhi-auth-signing-key');
    expect(volume.secret.items.map((i: any) => i.path)).toContain(path.posix.relative(mount.mountPath, file));
    expect(volume.secret.defaultMode & 0o007).toBe(0); // not world-readable
  });

  it('tokens from organizations’ login verify everywhere: organizations reads its own JWKS, the others reach it', () => {
    for (const w of Object.keys(WORKLOADS)) {
      const env = resolveEnv(objects, find(objects, 'Deployment', w));
      const url = new URL(env.AUTH_JWKS_URL!);
      expect(url.pathname).toBe('/.well-known/jwks.json');
      expect(url.host).toBe(w === 'organizations' ? '127.0.0.1:4001' : 'organizations:4001');
    }
  });

  it('the gateway serves the built console at / from the image\'s packages/console/dist', () => {
    const d = find(objects, 'Deployment', 'gateway');
    const dir = resolveEnv(objects, d).CONSOLE_DIR!;
    // The image holds the repository under /app: the console's build sits where it does in the repository.
    const app = path.posix.dirname(container(d).workingDir);
    expect(dir).toBe(path.posix.join(app, 'packages', 'console', 'dist'));
    // …which is the console package's build output (vite's outDir) in this repository.
    const pkg = path.resolve(__dirname, '..', '..', path.posix.relative(app, path.posix.dirname(dir)));
    expect(JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')).name).toBe('@shanzhi/console');
    // Only files under it are public; the container never writes there (read-only root filesystem).
    expect(container(d).securityContext.readOnlyRootFilesystem).toBe(true);
  });

  it('the gateway reaches the subgraphs by their Service names and ports', () => {
    const data = find(objects, 'ConfigMap', 'gateway-config').data;
    for (const [setting, subgraph] of SUBGRAPHS.map((w) => [urlSetting(w), w] as const)) {
      const url = new URL(data[setting]);
      const svc = find(objects, 'Service', url.hostname);
      expect(svc.metadata.name).toBe(subgraph);
      expect(svc.spec.ports.map((p: any) => p.port)).toContain(Number(url.port));
      expect(Number(url.port)).toBe(WORKLOADS[subgraph]!.port);
      expect(url.pathname).toBe('/graphql');
      expect(url.protocol).toBe('http:');
    }
  });

  it('NetworkPolicies admit only the gateway to the subgraphs, and leave egress open', () => {
    const policies = of(objects, 'NetworkPolicy');
    const gatewayPods = podLabels(find(objects, 'Deployment', 'gateway'));
    for (const w of SUBGRAPHS) {
      const pods = podLabels(find(objects, 'Deployment', w));
      // An empty podSelector selects every pod in the namespace.
      const selecting = policies.filter((p) => Object.keys(p.spec.podSelector.matchLabels ?? {}).length === 0 || matches(p.spec.podSelector.matchLabels, pods));
      expect(selecting.length).toBeGreaterThan(0);
      for (const p of selecting) {
        expect(p.spec.podSelector.matchExpressions).toBeUndefined();
        expect(p.spec.policyTypes).toEqual(['Ingress']);
        for (const rule of p.spec.ingress ?? []) {
          expect(rule.from?.length).toBeGreaterThan(0); // no `from` would mean from anywhere
          for (const peer of rule.from) {
            expect(Object.keys(peer)).toEqual(['podSelector']); // same namespace; no ipBlock or namespaceSelector
            if (w === 'organizations' && peer.podSelector.matchLabels['app.kubernetes.io/component'] === 'subgraph') {
              // The other subgraphs fetch organizations' JWKS to verify tokens.
              expect(peer.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/component': 'subgraph' });
              continue;
            }
            expect(peer.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'gateway' });
            expect(matches(peer.podSelector.matchLabels, gatewayPods)).toBe(true);
          }
          expect(rule.ports).toEqual([{ protocol: 'TCP', port: WORKLOADS[w]!.port }]);
        }
      }
      // At least one rule actually admits the gateway.
      expect(selecting.flatMap((p) => p.spec.ingress ?? [])).not.toHaveLength(0);
    }
    const publicPolicies = policies.filter((p) => matches(p.spec.podSelector.matchLabels, gatewayPods));
    expect(publicPolicies.flatMap((p) => p.spec.ingress).flatMap((r: any) => r.ports)).toEqual([{ protocol: 'TCP', port: 4000 }]);
  });

  it('the HPA scales the gateway Deployment 2-6 on 70 % CPU, and the Deployment leaves replicas to it', () => {
    const [hpa] = of(objects, 'HorizontalPodAutoscaler');
    expect(of(objects, 'HorizontalPodAutoscaler')).toHaveLength(1);
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
    const target = find(objects, 'Deployment', hpa.spec.scaleTargetRef.name);
    expect(target.metadata.namespace).toBe(hpa.metadata.namespace);
    expect(target.spec.replicas).toBeUndefined();
    expect(container(target).resources.requests.cpu).toBeDefined(); // Utilization is relative to it
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(hpa.spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
    ]);
  });

  it('the PodDisruptionBudget covers the gateway pods', () => {
    const [pdb] = of(objects, 'PodDisruptionBudget');
    expect(matches(pdb.spec.selector.matchLabels, podLabels(find(objects, 'Deployment', 'gateway')))).toBe(true);
    expect(pdb.spec.maxUnavailable ?? 0).toBeLessThan(2);
  });

  it('every referenced Secret (and key) is listed in the README; no Secret objects are shipped', () => {
    expect(of(objects, 'Secret')).toEqual([]);
    const listed = readmeSecrets();
    const refs = secretRefs(objects);
    expect([...refs.keys()].sort()).toEqual([...listed.keys()].sort());
    for (const [name, keys] of refs) for (const key of keys) expect([name, listed.get(name)]).toEqual([name, expect.stringContaining(`\`${key}\``)]);
  });

  it('every ConfigMap referenced by a Deployment exists', () => {
    for (const d of of(objects, 'Deployment')) {
      for (const f of container(d).envFrom ?? []) if (f.configMapRef) expect(() => find(objects, 'ConfigMap', f.configMapRef.name)).not.toThrow();
    }
  });

  it('every object carries app.kubernetes.io/name and part-of=shanzhi, pod templates too', () => {
    for (const o of objects) {
      expect([o.kind, o.metadata.name, o.metadata.labels]).toEqual([
        o.kind, o.metadata.name, expect.objectContaining({ 'app.kubernetes.io/part-of': 'shanzhi', 'app.kubernetes.io/name': expect.any(String) }),
      ]);
    }
    for (const d of of(objects, 'Deployment')) {
      expect(podLabels(d)).toMatchObject({ 'app.kubernetes.io/part-of': 'shanzhi', 'app.kubernetes.io/name': d.metadata.name });
      // Selectors stay minimal (immutable after creation).
      expect(d.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': d.metadata.name });
    }
  });
});

describe('production overlay', () => {
  const overlay = readFileSync(path.join(K8S, 'overlays', 'production', 'kustomization.yaml'), 'utf8');

  it('puts every namespaced object in namespace shanzhi, which enforces Pod Security "restricted"', () => {
    for (const o of production) {
      if (o.kind === 'Namespace') continue;
      expect([o.kind, o.metadata.name, o.metadata.namespace]).toEqual([o.kind, o.metadata.name, 'shanzhi']);
    }
    expect(find(production, 'Namespace', 'shanzhi').metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('pins the image tags the overlay names', () => {
    for (const w of Object.keys(WORKLOADS) as Workload[]) {
      const tag = new RegExp(`- name: ${WORKLOADS[w]!.image}\\n\\s+newTag: "([^"]+)"`).exec(overlay)?.[1];
      expect(tag).toBeDefined();
      expect(container(find(production, 'Deployment', w)).image).toBe(`${WORKLOADS[w]!.image}:${tag}`);
      expect(parseImage(container(find(production, 'Deployment', w)).image).tag).not.toBe('latest');
    }
  });

  it('runs two replicas of each subgraph', () => {
    for (const w of SUBGRAPHS) expect(find(production, 'Deployment', w).spec.replicas).toBe(2);
  });

  it('base has no namespace, so it can be reused by any overlay', () => {
    for (const o of bundles[0][1]) expect(o.metadata.namespace).toBeUndefined();
  });
});

/**
 * Offline stand-ins for `kustomize build` and the API server's schema check, enough for
 * k8s/base and k8s/overlays/*: no kustomize or kubectl binary is needed.
 *
 * The assembler implements only the kustomization fields this repository uses and throws on
 * any other, so a manifest can never depend on a transformation the test silently skipped.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: any;
};

/** apiVersion/kind → kubernetes-models class. A kind missing here fails validation. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

const CLUSTER_SCOPED = new Set(['Namespace']);

/** Validates one object against the Kubernetes OpenAPI schema (throws with the offending paths). */
export function validateObject(obj: unknown): void {
  const o = obj as Partial<K8sObject> | null;
  const key = `${o?.apiVersion}/${o?.kind}`;
  const Model = MODELS[key];
  if (!Model) throw new Error(`no schema for ${key}: unknown or unsupported kind`);
  new Model(structuredClone(o)).validate();
}

/**
 * Loads every YAML document of a file. Kubernetes tooling reads YAML 1.1 (where `0440` is
 * octal and `on`/`yes` are booleans); the file must mean the same under 1.1 and 1.2.
 */
export function loadDocuments(file: string): K8sObject[] {
  const src = readFileSync(file, 'utf8');
  const read = (version: '1.1' | '1.2') =>
    parseAllDocuments(src, { version }).map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return doc.toJS() as K8sObject | null;
    });
  const v12 = read('1.2');
  if (JSON.stringify(read('1.1')) !== JSON.stringify(v12)) {
    throw new Error(`${file}: reads differently as YAML 1.1 and 1.2 (quote octal-looking numbers and yes/no/on/off)`);
  }
  return v12.filter((d): d is K8sObject => d !== null);
}

const SUPPORTED_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'replicas']);

type Kustomization = {
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  replicas?: { name: string; count: number }[];
};

/** `kustomize build dir`, for the fields listed in SUPPORTED_FIELDS. */
export function build(dir: string): K8sObject[] {
  const file = path.join(dir, 'kustomization.yaml');
  const [k] = loadDocuments(file) as unknown as Kustomization[];
  for (const field of Object.keys(k)) {
    if (!SUPPORTED_FIELDS.has(field)) throw new Error(`${file}: field "${field}" is not supported by the test assembler`);
  }

  const objects: K8sObject[] = [];
  for (const ref of k.resources ?? []) {
    const target = path.resolve(dir, ref);
    objects.push(...(statSync(target).isDirectory() ? build(target) : loadDocuments(target)));
  }

  for (const label of k.labels ?? []) {
    if (label.includeSelectors) throw new Error(`${file}: labels.includeSelectors is not supported by the test assembler`);
    for (const o of objects) {
      o.metadata.labels = { ...o.metadata.labels, ...label.pairs };
      if (label.includeTemplates && o.spec?.template) {
        o.spec.template.metadata ??= {};
        o.spec.template.metadata.labels = { ...o.spec.template.metadata.labels, ...label.pairs };
      }
    }
  }

  if (k.namespace) {
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  }

  for (const image of k.images ?? []) {
    let matched = false;
    for (const c of podContainers(objects)) {
      const { name, tag, digest } = parseImage(c.image);
      if (name !== image.name) continue;
      matched = true;
      const newName = image.newName ?? name;
      if (image.digest) c.image = `${newName}@${image.digest}`;
      else if (image.newTag) c.image = `${newName}:${image.newTag}`;
      else c.image = `${newName}${digest ? `@${digest}` : tag ? `:${tag}` : ''}`;
    }
    if (!matched) throw new Error(`${file}: images entry ${image.name} matches no container`);
  }

  for (const r of k.replicas ?? []) {
    const targets = objects.filter((o) => o.kind === 'Deployment' && o.metadata.name === r.name);
    if (!targets.length) throw new Error(`${file}: replicas entry ${r.name} matches no Deployment`);
    for (const o of targets) o.spec.replicas = r.count;
  }

  const seen = new Set<string>();
  for (const o of objects) {
    const id = `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    if (seen.has(id)) throw new Error(`${file}: duplicate resource ${id}`);
    seen.add(id);
  }
  return objects;
}

function podContainers(objects: K8sObject[]): { image: string }[] {
  return objects.flatMap((o) => {
    const spec = o.spec?.template?.spec;
    return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
  });
}

/** `registry:5000/ns/name:tag@sha256:…` → name, tag, digest. */
export function parseImage(image: string): { name: string; tag?: string; digest?: string } {
  const [rest, digest] = image.split('@');
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  return colon > slash ? { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest } : { name: rest, digest };
}

/** Kubernetes resource quantity → number (cores or bytes). */
export function quantity(q: string | number): number {
  if (typeof q === 'number') return q;
  const m = /^([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(q);
  if (!m) throw new Error(`unparseable quantity ${q}`);
  const factor: Record<string, number> = {
    '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40,
  };
  return Number(m[1]) * factor[m[2] ?? ''];
}

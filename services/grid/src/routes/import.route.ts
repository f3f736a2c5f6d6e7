import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import { isWithinScope } from '@shanzhi/divisions';
import { verifierFromConfig, viewerFromAuthorization, type Worker } from '@shanzhi/kit';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { GridConfig } from '../config';
import { Area } from '../entities/area.entity';
import { ImportJob, ImportMode } from '../entities/import-job.entity';
import { GridDeps } from '../services/grid-deps';
import { AREA_ADMIN_ROLES, GRID_READ_ROLES } from '../services/grid-roles';
import { ExportRefusal, exportRegister } from '../services/register-export.service';
import { ImportFileError, readRegister, runImport } from '../services/register-import.service';

/** Largest register file accepted: 10,000 rows of a clerk's sheet are well under it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Runs uploaded imports in the background and lets the service wait for them when it stops (a Worker), so
 * no import is cut off between two of its transactions by a clean shutdown.
 */
export class ImportRunner implements Worker {
  private readonly running = new Set<Promise<void>>();
  constructor(readonly orm: MikroORM, readonly deps: GridDeps, readonly log: Logger) {}

  start(): void {}

  async stop(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** Starts one job's import; returns at once. */
  run(job: ImportJob, viewer: Viewer, rows: Awaited<ReturnType<typeof readRegister>>): void {
    const p = runImport(this.orm, this.deps, this.log, job, viewer, rows).finally(() => this.running.delete(p));
    this.running.add(p);
  }
}

/** A JSON error in the shape GraphQL clients already read: a message with its code and field. */
function refuse(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

/**
 * `POST /import/households`: a multipart upload (fields `divisionCode`, `mode`, file `file` as .xlsx or .csv)
 * behind the same token verification and scope checks as /graphql. Answers 202 with the job id; the caller
 * follows `importJob(id)`.
 */
export function registerImportRoutes(app: Express, deps: { config: GridConfig; log: Logger; runner: () => ImportRunner }): void {
  const verify = verifierFromConfig(deps.config);
  registerExportRoute(app, verify, deps);
  app.post('/import/households', (req: Request, res: Response) => {
    void (async () => {
      let viewer: Viewer | null;
      try {
        viewer = await viewerFromAuthorization(verify, req.headers.authorization, deps.log);
      } catch {
        return refuse(res, 401, 'UNAUTHENTICATED', '登录已失效 (invalid or expired token)');
      }
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', '请先登录 (authentication required)');
      if (!AREA_ADMIN_ROLES.includes(viewer.role)) {
        deps.log.warn({ event: 'role_denied', username: viewer.username, role: viewer.role }, 'register import refused for role');
        return refuse(res, 403, 'FORBIDDEN', '无权导入户籍 (your role may not import registers)');
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', '文件过大 (the file is too large)', 'file');
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) return refuse(res, 400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传 (upload as multipart/form-data)', 'file');
      let form: FormData;
      try {
        form = await new globalThis.Request('http://upload.local/', {
          method: 'POST',
          headers: { 'content-type': String(req.headers['content-type']) },
          body: Readable.toWeb(req) as unknown as ReadableStream,
          duplex: 'half',
        } as RequestInit).formData();
      } catch {
        return refuse(res, 400, 'BAD_USER_INPUT', '无法读取上传内容 (the upload cannot be read)', 'file');
      }
      const divisionCode = String(form.get('divisionCode') ?? '').trim();
      if (!/^\d{12}$/.test(divisionCode)) return refuse(res, 400, 'BAD_USER_INPUT', '村代码应为 12 位数字 (a village code has 12 digits)', 'divisionCode');
      if (!isWithinScope(viewer.scope, divisionCode)) {
        deps.log.warn({ event: 'scope_denied', username: viewer.username, role: viewer.role, scope: viewer.scope, divisionCode }, 'register import outside scope refused');
        return refuse(res, 403, 'FORBIDDEN', '无权访问 (outside your scope)');
      }
      const mode = String(form.get('mode') ?? ImportMode.ALL_OR_NOTHING);
      if (!Object.values(ImportMode).includes(mode as ImportMode)) return refuse(res, 400, 'BAD_USER_INPUT', '导入方式应为 ALL_OR_NOTHING 或 VALID_ROWS_ONLY (unknown mode)', 'mode');
      const file = form.get('file');
      if (!file || typeof file === 'string') return refuse(res, 400, 'BAD_USER_INPUT', '请上传文件 (a file is required)', 'file');
      let rows;
      try {
        rows = await readRegister(Buffer.from(await file.arrayBuffer()), file.name);
      } catch (err) {
        if (err instanceof ImportFileError) return refuse(res, 400, 'BAD_USER_INPUT', err.message, 'file');
        throw err;
      }
      const runner = deps.runner();
      const em = runner.orm.em.fork();
      const job = em.create(ImportJob, { divisionCode, mode: mode as ImportMode, totalRows: rows.length, createdBy: viewer.username });
      await em.flush();
      runner.run(job, viewer, rows);
      res.status(202).json({ jobId: job.id, totalRows: rows.length });
    })().catch((err: unknown) => {
      deps.log.error({ event: 'internal_error', err }, 'register import upload failed');
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误 (internal server error)');
    });
  });
}

/**
 * `GET /export/households?divisionCode=&format=csv|xlsx[&reason=]`: the register in the import's columns, ID
 * numbers and phones masked; with a reason, a role that may reveal identities gets them in plain text and
 * each exported resident is audited like a reveal.
 */
function registerExportRoute(app: Express, verify: (token: string) => Promise<Viewer>, deps: { log: Logger; runner: () => ImportRunner }): void {
  app.get('/export/households', (req: Request, res: Response) => {
    void (async () => {
      let viewer: Viewer | null;
      try {
        viewer = await viewerFromAuthorization(verify, req.headers.authorization, deps.log);
      } catch {
        return refuse(res, 401, 'UNAUTHENTICATED', '登录已失效 (invalid or expired token)');
      }
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', '请先登录 (authentication required)');
      if (!GRID_READ_ROLES.includes(viewer.role)) return refuse(res, 403, 'FORBIDDEN', '无权导出户籍 (your role may not export registers)');
      const divisionCode = String(req.query.divisionCode ?? '');
      if (!/^(\d{12}|\d{15})$/.test(divisionCode)) return refuse(res, 400, 'BAD_USER_INPUT', '村或村民小组代码 (a village or villager-group code is required)', 'divisionCode');
      if (!isWithinScope(viewer.scope, divisionCode)) {
        deps.log.warn({ event: 'scope_denied', username: viewer.username, role: viewer.role, scope: viewer.scope, divisionCode }, 'register export outside scope refused');
        return refuse(res, 403, 'FORBIDDEN', '无权访问 (outside your scope)');
      }
      const format = String(req.query.format ?? 'csv');
      if (format !== 'csv' && format !== 'xlsx') return refuse(res, 400, 'BAD_USER_INPUT', '格式应为 csv 或 xlsx (format is csv or xlsx)', 'format');
      const em = deps.runner().orm.em.fork();
      const chiefAreas = viewer.role === 'AREA_CHIEF'
        ? (await em.find(Area, { chiefUsername: viewer.username }, { fields: ['id'] })).map((a) => a.id)
        : null;
      try {
        const body = await exportRegister(em, deps.runner().deps, viewer, { divisionCode, format, reason: req.query.reason ? String(req.query.reason) : null, chiefAreas });
        deps.log.info({ event: 'register_exported', divisionCode, username: viewer.username, revealed: Boolean(req.query.reason) }, 'register exported');
        res.status(200)
          .type(format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
          .setHeader('content-disposition', `attachment; filename="register-${divisionCode}.${format}"`)
          .setHeader('cache-control', 'no-store')
          .send(body);
      } catch (err) {
        if (err instanceof ExportRefusal) return refuse(res, err.status, err.code, err.message, err.field);
        throw err;
      }
    })().catch((err: unknown) => {
      deps.log.error({ event: 'internal_error', err }, 'register export failed');
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误 (internal server error)');
    });
  });
}

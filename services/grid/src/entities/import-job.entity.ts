import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';

/** 导入方式: all rows or none, or the valid households only. */
export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}

registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: '导入方式 (import mode)',
  valuesConfig: {
    ALL_OR_NOTHING: { description: '全部成功才导入 (write nothing when any row fails)' },
    VALID_ROWS_ONLY: { description: '只导入有效的户 (write the households whose rows are all valid, one transaction per batch)' },
  },
});

/** 导入状态. */
export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  PARTIAL = 'PARTIAL',
  FAILED = 'FAILED',
}

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: '导入状态 (import status)',
  valuesConfig: {
    RUNNING: { description: '导入中 (running)' },
    SUCCEEDED: { description: '全部导入 (every row imported)' },
    PARTIAL: { description: '部分导入 (valid households imported; the report lists the rest)' },
    FAILED: { description: '未导入 (nothing imported; see the report)' },
  },
});

/** One finding of the validation report: which row and column, a code and a message. */
@ObjectType('ImportIssue', { description: '导入问题 (one finding of the validation report)' })
export class ImportIssue {
  @Field(() => Int, { description: '行号 (row number in the file, the header being row 1)' })
  row!: number;

  @Field(() => String, { description: '列 (column header, e.g. 身份证号码)' })
  column!: string;

  @Field(() => String, { description: '问题代码 (ID_CHECKSUM, PHONE, DUPLICATE_IN_FILE, DUPLICATE_IN_VILLAGE, UNKNOWN_GROUP, UNKNOWN_AREA, UNKNOWN_RELATION, NO_HEAD, REQUIRED)' })
  code!: string;

  @Field(() => String, { description: '说明 (message)' })
  message!: string;
}

/** 导入任务: one register file being imported into a village, with its progress and report. */
@Entity({ tableName: 'import_job' })
@ObjectType('ImportJob', { description: '户籍导入任务 (a register file being imported, with progress and the validation report)' })
export class ImportJob {
  [OptionalProps]?: 'status' | 'processedRows' | 'importedHouseholds' | 'report' | 'createdAt' | 'finishedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '任务编号 (job id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Enum({ items: () => ImportMode })
  @Field(() => ImportMode, { description: '导入方式 (mode)' })
  mode!: ImportMode;

  @Enum({ items: () => ImportStatus })
  @Field(() => ImportStatus, { description: '状态 (status)' })
  status: ImportStatus = ImportStatus.RUNNING;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '总行数 (data rows in the file)' })
  totalRows!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '已处理行数 (rows processed so far)' })
  processedRows: number = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '已导入户数 (households written)' })
  importedHouseholds: number = 0;

  @Property({ type: 'json' })
  @Field(() => [ImportIssue], { description: '验证报告 (findings per row and column)' })
  report: ImportIssue[] = [];

  @Property({ type: 'string', length: 100 })
  createdBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '开始时间 (when the upload arrived)' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '结束时间 (when it finished)' })
  finishedAt: Date | null = null;
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261130092023 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_job" ("id" uuid not null, "division_code" varchar(12) not null, "mode" text check ("mode" in ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')) not null, "status" text check ("status" in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')) not null default 'RUNNING', "total_rows" int not null, "processed_rows" int not null default 0, "imported_households" int not null default 0, "report" jsonb not null, "created_by" varchar(100) not null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`);
    this.addSql(`create index "import_job_division_code_index" on "import_job" ("division_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`);
  }

}

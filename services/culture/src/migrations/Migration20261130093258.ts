import { Migration } from '@mikro-orm/migrations';

export class Migration20261130093258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "birthday_resident" add column "ended" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "birthday_resident" drop column "ended";`);
  }

}

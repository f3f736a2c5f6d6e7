import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090038 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "resident" add column "id_number_masked" varchar(18) null, add column "phone_masked" varchar(11) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resident" drop column "id_number_masked", drop column "phone_masked";`);
  }

}

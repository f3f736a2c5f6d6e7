import type { Role } from '@shanzhi/auth';

/** Roles that keep the village's lists, consultations, decisions and disclosures: the village's cadres and the township. */
export const PROJECTS_WRITE_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER'];

/** Roles that read the lists, projects, consultations and decisions of divisions in their scope. */
export const PROJECTS_READ_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF'];

/** 乡镇党委评估备案: only the township files or returns a project. */
export const TOWNSHIP_ROLES: readonly Role[] = ['TOWNSHIP_OFFICER'];

/** 村"两委": the village cadres review, deliver and withdraw projects. */
export const VILLAGE_ROLES: readonly Role[] = ['VILLAGE_CADRE'];

/** Who may raise an objection on a decision for the village affairs supervision committee (村务监督委员会). */
export const SUPERVISOR_ROLES: readonly Role[] = ['VILLAGER', 'VILLAGE_CADRE', 'TOWNSHIP_OFFICER'];

/** The county sets the budget above which a project needs an approved 四议两公开 decision. */
export const COUNTY_ROLES: readonly Role[] = ['COUNTY_ADMIN'];

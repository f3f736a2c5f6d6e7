/**
 * The signed-in session: the token lives in memory and in sessionStorage (one browser tab, gone when the
 * tab closes), never in localStorage. A timer ends the session at the token's expiry; the sign-in page then
 * shows why the user is back there.
 */
import { useSyncExternalStore } from 'react';
import type { Role } from './gql/graphql';

/** The signed-in viewer and the token that proves it. */
export interface Session {
  token: string;
  expiresAt: string;
  viewer: { username: string; role: Role; scope: string; displayName: string };
}

/** Why a session ended: the token expired or was refused, or the user signed out. */
export type EndReason = 'expired' | 'signed-out';

const KEY = 'shanzhi.session';
const listeners = new Set<() => void>();
let current: Session | null = restore();
let endReason: EndReason | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
armExpiry();

function restore(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (typeof s?.token !== 'string' || Date.parse(s.expiresAt) <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

function armExpiry(): void {
  clearTimeout(expiryTimer);
  if (!current) return;
  // setTimeout overflows past ~24.8 days; tokens live hours, but a clamp keeps a long one from firing at once.
  const ms = Math.min(Date.parse(current.expiresAt) - Date.now(), 2 ** 31 - 1);
  expiryTimer = setTimeout(() => endSession('expired'), Math.max(ms, 0));
}

function emit(): void {
  for (const l of listeners) l();
}

/** The current session, or null when signed out. */
export function currentSession(): Session | null {
  return current;
}

/** Starts a session after a successful sign-in. */
export function startSession(s: Session): void {
  current = s;
  endReason = null;
  sessionStorage.setItem(KEY, JSON.stringify(s));
  armExpiry();
  emit();
}

/** Ends the session: by the user, or because the token expired or was refused. */
export function endSession(reason: EndReason = 'signed-out'): void {
  if (!current) return;
  current = null;
  endReason = reason;
  sessionStorage.removeItem(KEY);
  clearTimeout(expiryTimer);
  emit();
}

/** Why the last session ended, without consuming it. */
export function peekEndReason(): EndReason | null {
  return endReason;
}

/** Why the last session ended, read once by the sign-in page. */
export function takeEndReason(): EndReason | null {
  const r = endReason;
  endReason = null;
  return r;
}

/** React hook: the current session, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** 角色 labels shown in the shell. */
export const ROLE_LABELS: Record<Role, string> = {
  COUNTY_ADMIN: '县级管理员',
  TOWNSHIP_OFFICER: '乡镇干部',
  VILLAGE_CADRE: '村干部',
  AREA_CHIEF: '片长',
  VILLAGER: '村民',
};

/** The home page of a role: where the shell sends a user after sign-in. */
export function homeOf(s: Session): string {
  const { role, scope } = s.viewer;
  if (role === 'COUNTY_ADMIN') return `/county/${scope}`;
  if (role === 'TOWNSHIP_OFFICER') return `/township/${scope}`;
  if (role === 'VILLAGER') return '/villager';
  return `/village/${scope.slice(0, 12)}`;
}

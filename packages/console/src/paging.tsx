/**
 * Cursor paging of a list view: the cursors of the pages up to the current one ("上一页" pops, "下一页"
 * pushes the current end cursor), and the pager under the list.
 */
import { Button, Space } from 'antd';
import { useState } from 'react';

/** A list's paging state: `after` goes into the query's variables. */
export interface CursorPages {
  after: string | null;
  pageNumber: number;
  back(): void;
  forward(endCursor: string | null): void;
  /** Back to the first page, e.g. after a filter changed. */
  restart(): void;
}

/** Paging state of one list. */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    pageNumber: cursors.length,
    back: () => setCursors((c) => c.slice(0, -1)),
    forward: (endCursor) => setCursors((c) => [...c, endCursor]),
    restart: () => setCursors([null]),
  };
}

/** "上一页 · 第 n / m 页，共 N 户 · 下一页" under a list; `unit` is the measure word of what is counted. */
export function CursorPager(props: {
  paging: CursorPages;
  page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  pageSize: number;
  loading: boolean;
  unit: string;
}) {
  const { paging, page, pageSize, loading, unit } = props;
  const pages = Math.max(1, Math.ceil(page.totalCount / pageSize));
  return (
    <Space wrap>
      <Button disabled={paging.pageNumber <= 1 || loading} onClick={paging.back}>
        上一页
      </Button>
      <span aria-live="polite">
        第 {paging.pageNumber} / {pages} 页，共 {page.totalCount} {unit}
      </span>
      <Button disabled={!page.pageInfo.hasNextPage || loading} onClick={() => paging.forward(page.pageInfo.endCursor ?? null)}>
        下一页
      </Button>
    </Space>
  );
}

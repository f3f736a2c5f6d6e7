/**
 * The rows of one query as a table, with the states every list card shares: a skeleton while the query first
 * loads, the refusal or failure when it returned no rows, a banner over rows that came with errors, and a
 * sentence instead of an empty table.
 */
import { Empty, Skeleton, Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { ApiErrorResult, PartialDataAlert } from './ApiErrorResult';

/** The table of one query's rows, or what stands in for them while they load or when they failed. */
export function QueryTable<T extends object>(props: {
  /** The query's state, as `useQuery` returns it. */
  query: { loading: boolean; error?: unknown; data?: unknown };
  /** The rows; null or undefined when the query returned none (refused, failed). */
  rows: readonly T[] | null | undefined;
  columns: TableColumnsType<T>;
  rowKey: Extract<keyof T, string>;
  /** What an empty list says. */
  empty: string;
  testId: string;
  /** Paragraph lines of the loading skeleton (antd's default when left out). */
  skeletonRows?: number;
  /** `false` for a list that is never paged here (a cursor pager under it, or a few rows); else pages of 10. */
  pagination?: false;
  /** A line above the table naming what it lists. */
  caption?: string;
  expandable?: TableProps<T>['expandable'];
}) {
  const { query, rows, skeletonRows, caption } = props;
  if (query.loading && !query.data) return <Skeleton active paragraph={skeletonRows === undefined ? undefined : { rows: skeletonRows }} />;
  if (!rows) return <ApiErrorResult error={query.error} />;
  return (
    <>
      <PartialDataAlert error={query.error} />
      <Table<T>
        rowKey={props.rowKey}
        size="small"
        loading={query.loading}
        dataSource={rows}
        data-testid={props.testId}
        // Ten rows fit a card; a longer list pages, a shorter one shows no pager.
        pagination={props.pagination ?? (rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false)}
        locale={{ emptyText: <Empty description={props.empty} /> }}
        columns={props.columns}
        {...(caption ? { title: () => caption } : {})}
        {...(props.expandable ? { expandable: props.expandable } : {})}
      />
    </>
  );
}

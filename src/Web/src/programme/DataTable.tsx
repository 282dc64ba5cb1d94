import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { programmeText } from '../text/programme';
import { downloadCsv, toCsv } from './csv';

export interface Column<T> {
  header: string;
  cell: (row: T) => string | number;
  /** The value written to CSV and sorted by; the cell text when absent. */
  value?: (row: T) => string | number | null;
  numeric?: boolean;
}

/** A table with a caption and a CSV download of exactly its rows; sortable by any column when asked. */
export function DataTable<T>({ caption, columns, rows, fileName, sortable = false }: {
  caption: string; columns: Column<T>[]; rows: T[]; fileName: string; sortable?: boolean;
}) {
  const [sort, setSort] = useState<{ index: number; ascending: boolean } | null>(null);
  const valueOf = (c: Column<T>, r: T) => (c.value ? c.value(r) : c.cell(r));
  const sorted = sort
    ? [...rows].sort((a, b) => {
        const x = valueOf(columns[sort.index], a) ?? '';
        const y = valueOf(columns[sort.index], b) ?? '';
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nb');
        return sort.ascending ? order : -order;
      })
    : rows;
  return (
    <div className="dashboard-table">
      <table className="ds-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.header} scope="col" aria-sort={sort?.index === i ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                {sortable ? (
                  <button type="button" className="dashboard-sort" onClick={() => setSort({ index: i, ascending: sort?.index === i ? !sort.ascending : true })}>
                    {c.header}
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? 'dashboard-numeric' : undefined}>{c.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Button variant="secondary" data-size="sm" onClick={() => downloadCsv(fileName, toCsv(columns.map((c) => c.header), sorted.map((r) => columns.map((c) => valueOf(c, r)))))}>
        {programmeText.downloadCsv}
        <span className="sr-only">: {caption}</span>
      </Button>
    </div>
  );
}

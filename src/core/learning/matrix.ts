// A feature matrix as named Float32 columns (NaN = missing): the one input both learners and the scorer read.

export type FeatureMatrix = {
  readonly rows: number;
  readonly names: readonly string[];
  /** One column per name, each `rows` long. */
  readonly columns: readonly Float32Array[];
};

export function featureMatrix(names: readonly string[], columns: readonly Float32Array[]): FeatureMatrix {
  if (names.length !== columns.length) throw new RangeError(`${names.length} names for ${columns.length} columns`);
  const rows = columns[0]?.length ?? 0;
  for (const [i, column] of columns.entries()) {
    if (column.length !== rows) throw new RangeError(`column ${names[i]} has ${column.length} rows, expected ${rows}`);
  }
  return { rows, names, columns };
}

/** Builds a matrix from row arrays; for tests and small inputs. */
export function matrixFromRows(names: readonly string[], rows: readonly (readonly number[])[]): FeatureMatrix {
  const columns = names.map((_, f) => Float32Array.from(rows, (row) => row[f] ?? Number.NaN));
  return featureMatrix(names, columns);
}

export function selectRows(matrix: FeatureMatrix, rows: ArrayLike<number>): FeatureMatrix {
  const columns = matrix.columns.map((column) => {
    const out = new Float32Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) out[i] = column[rows[i]!]!;
    return out;
  });
  return { rows: rows.length, names: matrix.names, columns };
}

/** The matrix with its columns put in the order of `names`; names it lacks become all-missing columns. */
export function alignColumns(matrix: FeatureMatrix, names: readonly string[]): FeatureMatrix {
  const index = new Map(matrix.names.map((name, i) => [name, i]));
  const columns = names.map((name) => {
    const at = index.get(name);
    return at === undefined ? new Float32Array(matrix.rows).fill(Number.NaN) : matrix.columns[at]!;
  });
  return { rows: matrix.rows, names, columns };
}

/** Appends columns (same row count) to a matrix. */
export function withColumns(matrix: FeatureMatrix, names: readonly string[], columns: readonly Float32Array[]): FeatureMatrix {
  return featureMatrix([...matrix.names, ...names], [...matrix.columns, ...columns]);
}

/** Stacks matrices with the same column names, one under the other. */
export function concatRows(parts: readonly FeatureMatrix[], names: readonly string[]): FeatureMatrix {
  const rows = parts.reduce((n, part) => n + part.rows, 0);
  const columns = names.map(() => new Float32Array(rows));
  let at = 0;
  for (const part of parts) {
    const aligned = alignColumns(part, names);
    aligned.columns.forEach((column, f) => columns[f]!.set(column, at));
    at += part.rows;
  }
  return { rows, names, columns };
}

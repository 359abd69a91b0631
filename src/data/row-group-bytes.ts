/**
 * The compressed size of a Parquet row group, which progress reports count as bytes read. Its
 * own module so that the flat reader, the nested reader and the splitter share it without an
 * import cycle (parquet-reader.ts imports parquet-nested.ts).
 */
import type { RowGroup } from 'hyparquet';

/** Compressed bytes of a row group's column chunks. */
export function rowGroupBytes(group: RowGroup): number {
  return group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
}

// DuckDB doing the same checks in SQL: a join on the id, on the raw text, and on a hash of the
// normalised text (DuckDB has NFC, not NFKC, so its normalisation is slightly weaker).
import { DuckDBInstance } from '@duckdb/node-api';

const [mode, train, evalPath] = process.argv.slice(2);
const read = (p) => `read_ndjson('${p}', columns = {id: 'VARCHAR', text: 'VARCHAR'})`;
const normalised = (col) => `hash(trim(regexp_replace(lower(nfc_normalize(${col})), '\\s+', ' ', 'g')))`;
const queries = {
  id: `SELECT count(DISTINCT e.id) AS n FROM ${read(evalPath)} e JOIN ${read(train)} t ON e.id = t.id`,
  raw_text: `SELECT count(DISTINCT e.id) AS n FROM ${read(evalPath)} e JOIN ${read(train)} t ON e.text = t.text`,
  normalised: `SELECT count(DISTINCT e.id) AS n FROM (SELECT id, ${normalised('text')} AS h FROM ${read(evalPath)}) e
               JOIN (SELECT ${normalised('text')} AS h FROM ${read(train)}) t ON e.h = t.h`,
};
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const rows = (await connection.runAndReadAll(queries[mode])).getRows();
console.log(JSON.stringify({ [mode]: Number(rows[0][0]) }));

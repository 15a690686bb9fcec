// The SQL helpers are shared with features outside matching; they live in common/.
export { fieldsAndDescendantsSql, regionWithinSql, SqlParams } from '../../common/sql-params';

-- PostgreSQL serves LIKE 'prefix%' from a B-tree index only when the index compares bytes:
-- the C collation or a pattern operator class. Most databases use a language collation
-- (en_US.UTF-8, fr_FR.UTF-8, even C.UTF-8), so with the index of V2 a name search that
-- matches nothing read the whole index (220 ms for a million rows; docs/performance.md).
-- This index has the pattern operator class; the order of the list comes after it.
DROP INDEX ix_assessment_name;
CREATE INDEX ix_assessment_name ON assessment (client_name_key varchar_pattern_ops, created_at DESC, id DESC);

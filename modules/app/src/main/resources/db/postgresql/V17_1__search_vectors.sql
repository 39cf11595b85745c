-- PostgreSQL only (ApplicationStartup adds db/postgresql to Flyway's locations on PostgreSQL): the
-- search documents' weighted tsvector (title A, summary B, body C, in the text-search
-- configuration of the document's language) and its GIN index. The embedded database has no
-- tsvector type; it searches search_term instead.
alter table search_document add column search_vector tsvector;
create index ix_search_document_vector on search_document using gin (search_vector);

-- Search folds accents (issue 21): documents and queries are folded in Java before they are
-- stemmed (réintégration = reintegration, الْهِجْرَة = الهجرة), on both engines. The rows indexed
-- before were stemmed unfolded, so they are dropped here: at start-up, after the migrations,
-- SearchRebuild finds the index empty and indexes every office's content again (one transaction
-- per office; the server log says "Search index built for existing content: N documents").
-- Nothing else is lost: the index is derived from the content. No schema change, no extension.
delete from search_term;
delete from search_document;

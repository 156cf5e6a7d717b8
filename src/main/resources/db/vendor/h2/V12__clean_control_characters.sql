-- Issue 10: text input refuses control characters now (common/InputLimits); this removes those stored before:
-- C0 controls other than tab, line feed and carriage return, DEL and the C1 controls, U+FFFE/U+FFFF and unpaired surrogates (H2 only; PostgreSQL cannot hold them, nor NUL), from every column of
-- free text, and their JSON escapes (\u0001) from the authors and wijken lists (stored as JSON).
-- Score drafts are JSON too, and a draft over 1,000,000 characters cannot have been typed into the form (the limits
-- allow some 60,000): such a draft is removed, it could only ever exhaust the database.
-- One file per database (db/vendor/{vendor}): H2 replaces every match by default, PostgreSQL needs the flag 'g'.
update organisation set name = regexp_replace(name, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(name, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update declared_conflict set reason = regexp_replace(reason, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(reason, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update study set title = regexp_replace(title, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(title, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update study set summary = regexp_replace(summary, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(summary, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update study_event set remarks = regexp_replace(remarks, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(remarks, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update report_version set title_metadata = regexp_replace(title_metadata, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(title_metadata, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update review_assignment set summary = regexp_replace(summary, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(summary, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update review_assignment set conflict_reason = regexp_replace(conflict_reason, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(conflict_reason, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update independent_score set comment = regexp_replace(comment, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(comment, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update independent_score set pages = regexp_replace(pages, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(pages, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update consolidation set reasons = regexp_replace(reasons, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(reasons, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update consolidation set rationale = regexp_replace(rationale, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(rationale, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update assessment set motivation = regexp_replace(motivation, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(motivation, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update advice_round set conclusions = regexp_replace(conclusions, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(conclusions, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update advice_round set recommendations = regexp_replace(recommendations, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(recommendations, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update advice_round set approval_remarks = regexp_replace(approval_remarks, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(approval_remarks, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update outbox_message set subject = regexp_replace(subject, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(subject, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update outbox_message set body = regexp_replace(body, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(body, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update report_text set content = regexp_replace(content, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]', '') where regexp_like(content, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{FFFE}\x{FFFF}\p{Cs}]');
update study set authors = regexp_replace(authors, '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])', '') where regexp_like(authors, '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])');
update study set wijken = regexp_replace(wijken, '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])', '') where regexp_like(wijken, '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])');
delete from score_draft where length(content) > 1000000;

-- Issue 10: text input refuses control characters now (common/InputLimits); this removes those stored before:
-- C0 controls other than tab, line feed and carriage return, DEL and the C1 controls and U+FFFE/U+FFFF (PostgreSQL cannot hold NUL or unpaired surrogates at all), from every column of
-- free text, and their JSON escapes (\u0001) from the authors and wijken lists (stored as JSON).
-- Score drafts are JSON too, and a draft over 1,000,000 characters cannot have been typed into the form (the limits
-- allow some 60,000): such a draft is removed, it could only ever exhaust the database.
-- One file per database (db/vendor/{vendor}): H2 replaces every match by default, PostgreSQL needs the flag 'g'.
update organisation set name = regexp_replace(name, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update declared_conflict set reason = regexp_replace(reason, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where reason ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update study set title = regexp_replace(title, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where title ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update study set summary = regexp_replace(summary, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where summary ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update study_event set remarks = regexp_replace(remarks, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where remarks ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update report_version set title_metadata = regexp_replace(title_metadata, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where title_metadata ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update review_assignment set summary = regexp_replace(summary, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where summary ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update review_assignment set conflict_reason = regexp_replace(conflict_reason, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where conflict_reason ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update independent_score set comment = regexp_replace(comment, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where comment ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update independent_score set pages = regexp_replace(pages, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where pages ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update consolidation set reasons = regexp_replace(reasons, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where reasons ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update consolidation set rationale = regexp_replace(rationale, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where rationale ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update assessment set motivation = regexp_replace(motivation, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where motivation ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update advice_round set conclusions = regexp_replace(conclusions, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where conclusions ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update advice_round set recommendations = regexp_replace(recommendations, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where recommendations ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update advice_round set approval_remarks = regexp_replace(approval_remarks, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where approval_remarks ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update outbox_message set subject = regexp_replace(subject, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where subject ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update outbox_message set body = regexp_replace(body, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where body ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update report_text set content = regexp_replace(content, '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]', '', 'g') where content ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
update study set authors = regexp_replace(authors, '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])', '', 'g') where authors ~ '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])';
update study set wijken = regexp_replace(wijken, '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])', '', 'g') where wijken ~ '\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])';
delete from score_draft where length(content) > 1000000;
